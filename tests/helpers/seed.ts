import { readFileSync } from "node:fs";
import { parseDocument } from "../../src/model";
import type { GraphDocument } from "../../src/model";

/** The shipped seed graph, parsed exactly as the app parses it. */
export function loadSeed(): GraphDocument {
  const result = parseDocument(JSON.parse(readFileSync("data/graph.json", "utf8")));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.document;
}
