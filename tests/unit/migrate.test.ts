import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDocumentText } from "../../src/io/readDocument";
import { FORMAT_VERSION, parseDocument } from "../../src/model";
import { splitSentences } from "../../src/extract";

const TEXT = "Prof. Dr. Ayşe Kaya Ankarada konuştu. T.C. Dışişleri Bakanlığı açıklama yaptı.";

/** A version-1 file as an older Relgraph or another tool wrote it: no sentence spans. */
function versionOne() {
  return {
    format: "relgraph",
    version: 1,
    title: "Old file",
    sources: [{ id: "s1", title: "One article", language: "tr", text: TEXT }],
    entities: [
      {
        id: "kaya",
        type: "person",
        label: "Ayşe Kaya",
        mentions: [{ source: "s1", start: 10, end: 19, text: "Ayşe Kaya" }],
      },
    ],
  };
}

describe("opening a version-1 file", () => {
  it("upgrades it on load: every source gets the extractor's sentences, titles and 'T.C.' kept whole", () => {
    const r = readDocumentText(JSON.stringify(versionOne()));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.upgradedFrom).toBe(1);
    expect(r.document.version).toBe(FORMAT_VERSION);
    const spans = r.document.sources[0].sentences.map((s) => TEXT.slice(s.start, s.end));
    expect(spans).toEqual([
      "Prof. Dr. Ayşe Kaya Ankarada konuştu.",
      "T.C. Dışişleri Bakanlığı açıklama yaptı.",
    ]);
  });

  it("keeps sentence spans a version-1 file already had", () => {
    const doc = versionOne();
    const withSpans = {
      ...doc,
      sources: [{ ...doc.sources[0], sentences: [{ start: 0, end: TEXT.length }] }],
    };
    const r = parseDocument(withSpans, { splitSentences });
    expect(r.ok && r.document.sources[0].sentences).toEqual([{ start: 0, end: TEXT.length }]);
  });

  it("cannot be upgraded without a sentence splitter, and says so instead of guessing", () => {
    const r = parseDocument(versionOne());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ path: "version", message: /is 1, an older/ });
  });

  it("a version-1 file without sources needs no splitter", () => {
    const r = parseDocument({ format: "relgraph", version: 1, title: "Empty", entities: [] });
    expect(r.ok).toBe(true);
  });

  it("a file from a newer Relgraph is refused with a message saying to update", () => {
    const r = parseDocument({ ...versionOne(), version: FORMAT_VERSION + 1 }, { splitSentences });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].message).toMatch(/newer than this Relgraph.*update/);
  });

  it("the shipped graph is already current, and upgrading its version-1 form gives the same spans", () => {
    const current = JSON.parse(readFileSync("data/graph.json", "utf8"));
    expect(current.version).toBe(FORMAT_VERSION);
    const old = structuredClone(current);
    old.version = 1;
    for (const s of old.sources) delete s.sentences;
    const r = parseDocument(old, { splitSentences });
    expect(r.ok && r.document.sources.map((s) => s.sentences)).toEqual(
      current.sources.map((s: { sentences: unknown }) => s.sentences),
    );
  });
});

describe("sentence spans in a current file", () => {
  const current = () => ({
    ...versionOne(),
    version: FORMAT_VERSION,
    sources: [{ ...versionOne().sources[0], sentences: [] as { start: number; end: number }[] }],
  });

  it("must be present", () => {
    const doc = current() as Record<string, unknown> & { sources: Record<string, unknown>[] };
    delete doc.sources[0].sentences;
    const r = parseDocument(doc);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].path).toBe("sources[0].sentences");
  });

  it("must be in order, not overlap, and lie inside the text", () => {
    const doc = current();
    doc.sources[0].sentences = [
      { start: 0, end: 37 },
      { start: 30, end: 40 },
      { start: 41, end: 999 },
    ];
    const r = parseDocument(doc);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map((p) => p.path)).toEqual([
        "sources[0].sentences[1].start",
        "sources[0].sentences[2].end",
      ]);
      expect(r.problems[0].message).toMatch(/inside the sentence before it/);
    }
  });
});
