import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { readDocumentFile, readDocumentText } from "../../src/io/readDocument";

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
});
