import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { readDocumentFile, readDocumentText } from "../../src/io/readDocument";
import type { ReadProgress } from "../../src/io/readDocument";
import { readingLine } from "../../src/graph/GraphView";

const seedText = readFileSync("data/graph.json", "utf8");

describe("reading a document a person opens", () => {
  it("accepts the shipped seed graph", () => {
    const r = readDocumentText(seedText);
    expect(r.ok).toBe(true);
  });

  it("points at the line and column of a JSON syntax error", () => {
    const r = readDocumentText('{\n  "format": "relgraph",\n  "version": 1,,\n}');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0].path).toBe("line 3, column 16");
    expect(r.problems[0].message).toMatch(/not valid JSON/);
  });

  it("says an empty file is empty", () => {
    const r = readDocumentText("  \n");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].message).toBe("is empty");
  });

  it("refuses a file that is not UTF-8, naming it", async () => {
    const file = new File([new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])], "latin.json");
    const r = await readDocumentFile(file);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems[0]).toEqual({
        path: "latin.json",
        message: expect.stringMatching(/not UTF-8/),
      });
  });

  it("reads a UTF-8 file with a byte order mark", async () => {
    const file = new File(["\uFEFF" + seedText], "bom.json");
    expect((await readDocumentFile(file)).ok).toBe(true);
  });

  it("names the field of a valid JSON file that breaks the schema", () => {
    const doc = JSON.parse(seedText);
    doc.relations[2].source = "ghost";
    const r = readDocumentText(JSON.stringify(doc));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toContainEqual({
        path: "relations[2].source",
        owner: doc.relations[2].id,
        message: 'names entity "ghost", which is not in entities',
      });
    }
  });

  it("says how far it has got: parsing, then checking so many entities and relations", async () => {
    const doc = JSON.parse(seedText);
    const seen: ReadProgress[] = [];
    const file = new File([seedText], "graph.json");
    expect((await readDocumentFile(file, (p) => seen.push(p))).ok).toBe(true);
    expect(seen).toEqual([
      { stage: "parsing" },
      { stage: "checking", entities: doc.entities.length, relations: doc.relations.length },
    ]);
  });

  it("writes the progress line a person reads while a big file opens", () => {
    const reading = { name: "region-2026.json", bytes: 30_400_000 };
    expect(readingLine({ ...reading, stage: "reading" })).toBe(
      "Reading “region-2026.json” (30.4 MB): loading…",
    );
    expect(readingLine({ ...reading, stage: "checking", entities: 50000, relations: 95123 })).toBe(
      "Reading “region-2026.json” (30.4 MB): checking 50,000 entities and 95,123 relations…",
    );
  });
});
