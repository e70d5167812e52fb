// @vitest-environment node
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/extract/cli";

const dir = mkdtempSync(join(tmpdir(), "relgraph-cli-"));

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main([...args, "--suggestions", join(dir, "s.json")], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

function file(name: string, content: string | Buffer) {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe("npm run extract on bad input", () => {
  it("an empty file is named and skipped", () => {
    const r = run(["--no-curation", "--out", join(dir, "g1.json"), file("empty.txt", "  \n")]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/empty\.txt: is empty/);
  });

  it("a binary file is named as binary, not read as text", () => {
    const r = run([
      "--no-curation",
      "--out",
      join(dir, "g2.json"),
      file("pic.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])),
    ]);
    expect(r.err).toMatch(/pic\.txt: looks like a binary file/);
  });

  it("invalid UTF-8 is refused with a message naming the file", () => {
    const r = run([
      "--no-curation",
      "--out",
      join(dir, "g3.json"),
      file("latin1.txt", Buffer.from([0x4b, 0x61, 0x7a, 0xfd, 0x6e, 0x20, 0xe7])),
    ]);
    expect(r.err).toMatch(/latin1\.txt: is not valid UTF-8/);
  });

  it("a text without a single known name gives an empty, valid graph", () => {
    const out = join(dir, "g4.json");
    const r = run([
      "--no-curation",
      "--out",
      out,
      file("nothing.txt", "Bugün hava çok güzeldi. Yarın yağmur yağacak."),
    ]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(out, "utf8"));
    expect(doc.entities).toEqual([]);
    expect(doc.sources).toHaveLength(1);
    expect(r.out).toMatch(/suggestion\(s\) for unknown names written to/);
  });

  // How fast is measured by `npm run bench:extract`; this only proves a 5 MB article is read to
  // the end (a generous timeout catches a hang, not a slow machine).
  it("a 5 MB article is read to its end: the last copy of the paragraph is evidence too", () => {
    const paragraph = readFileSync("data/articles/000_d7abfb82a5c11602.txt", "utf8") + "\n\n";
    const copies = Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(paragraph));
    const big = paragraph.repeat(copies);
    const out = join(dir, "g5.json");
    const r = run(["--no-curation", "--out", out, file("big.txt", big)]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const graph = JSON.parse(readFileSync(out, "utf8"));
    const met = graph.relations.find((x: { type: string }) => x.type === "met_with");
    expect(met.evidence).toHaveLength(copies);
  }, 300_000);

  it("a missing file and an unknown option are clear messages", () => {
    expect(
      run(["--no-curation", "--out", join(dir, "g6.json"), join(dir, "nope.txt")]).err,
    ).toMatch(/nope\.txt: no such file/);
    const usage = run(["--frobnicate"]);
    expect(usage.code).toBe(2);
    expect(usage.err).toMatch(/unknown option --frobnicate/);
  });

  it("a broken gazetteer names the file and the field", () => {
    const g = file(
      "gaz.json",
      JSON.stringify({ format: "relgraph-gazetteer", version: 1, entities: [{ id: "x" }] }),
    );
    const r = run([
      "--gazetteer",
      g,
      "--no-curation",
      "--out",
      join(dir, "g7.json"),
      file("ok.txt", "Tokayev geldi."),
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/gaz\.json: gazetteer: entities\.0\.type/);
  });

  it("--check says whether the shipped graph is up to date", () => {
    const r = run(["--check"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/data\/graph\.json is up to date/);
  });

  // Speed is `npm run bench:extract`'s; here: a folder of 100 articles all goes in.
  it("a folder of 100 articles goes in whole, each its own source", () => {
    const seed = readFileSync("data/articles/000_d7abfb82a5c11602.txt", "utf8");
    const folder = mkdtempSync(join(dir, "many-"));
    for (let i = 0; i < 100; i++)
      writeFileSync(join(folder, `a${String(i).padStart(3, "0")}.txt`), seed);
    const out = join(dir, "g8.json");
    const r = run(["--no-curation", "--out", out, folder]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/100 article\(s\)/);
    expect(JSON.parse(readFileSync(out, "utf8")).sources).toHaveLength(100);
  }, 120_000);
});
