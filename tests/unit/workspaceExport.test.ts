import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/extract/cli";
import { runExtraction } from "../../src/io/extraction";
import { seedWorkspace } from "../../src/io/seed";
import { applyOp, extractionInput, extractionKey, toWorkspaceFile } from "../../src/workspace";
import { article, KARAVAN_TEXT } from "../helpers/workspace";

const now = "2026-12-03T10:00:00.000Z";
const extract = (ws: Awaited<ReturnType<typeof seedWorkspace>>) =>
  runExtraction(extractionInput(ws), extractionKey(ws), () => {});

describe("the app and `npm run extract` make the same graph", () => {
  it("the shipped example workspace extracts to exactly the shipped data/graph.json", async () => {
    const ws = await seedWorkspace(now);
    const shipped = JSON.parse(readFileSync("data/graph.json", "utf8"));
    expect(JSON.parse(JSON.stringify(extract(ws).document))).toEqual(shipped);
  });

  it("running the CLI on an exported workspace's parts gives the graph the app shows", async () => {
    let ws = await seedWorkspace(now);
    ws = applyOp(ws, {
      id: "op-1",
      at: now,
      kind: "addArticles",
      articles: [
        article(KARAVAN_TEXT, "Karavan opens a plant", {
          date: "2026-11-30",
          url: "https://example.org/k",
        }),
      ],
    });
    ws = applyOp(ws, {
      id: "op-2",
      at: now,
      kind: "accept",
      suggestion: "karavan-holding",
      entry: {
        id: "karavan-holding",
        type: "company",
        label: "Karavan Holding",
        aliases: [],
        attributes: {},
        roles: [],
        facts: [],
      },
    });
    ws = applyOp(ws, {
      id: "op-3",
      at: now,
      kind: "curate",
      operation: { op: "rename", id: "karavan-holding", label: "Karavan Holding A.Ş." },
    });
    const shown = extract(ws).document;
    expect(shown.entities.find((e) => e.id === "karavan-holding")?.label).toBe(
      "Karavan Holding A.Ş.",
    );

    // Export, then take the file apart as a person would for the command line.
    const file = JSON.parse(JSON.stringify(toWorkspaceFile(ws, shown, now)));
    const dir = mkdtempSync(join(tmpdir(), "relgraph-export-"));
    mkdirSync(join(dir, "articles"));
    for (const a of file.articles) writeFileSync(join(dir, "articles", `${a.id}.txt`), a.text);
    writeFileSync(join(dir, "gazetteer.json"), JSON.stringify(file.gazetteer));
    writeFileSync(join(dir, "curation.json"), JSON.stringify(file.curation));
    const out = join(dir, "graph.json");
    const log: string[] = [];
    const code = main(
      [
        "--gazetteer",
        "data/gazetteer.json",
        "--gazetteer",
        join(dir, "gazetteer.json"),
        "--curation",
        join(dir, "curation.json"),
        "--out",
        out,
        "--suggestions",
        join(dir, "s.json"),
        join(dir, "articles"),
      ],
      { out: (l) => log.push(l), err: (l) => log.push(l) },
    );
    expect(log.join("\n")).not.toMatch(/extract: .*(problem|invalid|stale)/);
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(file.document);
  });
});
