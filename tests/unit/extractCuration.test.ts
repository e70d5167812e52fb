import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileGazetteer, extractArticles, parseCuration } from "../../src/extract/index";
import type { CurationOperation } from "../../src/extract/index";

const gazetteer = compileGazetteer(JSON.parse(readFileSync("data/gazetteer.json", "utf8")));
const text = "Tokayev, Rustam Minnikhanov ile görüştü. Tatneft ve KAMAZ Kazakistanda büyüyor.";

function curated(operations: CurationOperation[], extra: object = {}) {
  const curation = parseCuration({ format: "relgraph-curation", version: 1, operations, ...extra });
  return extractArticles([{ id: "a", text }], gazetteer, { curation });
}

describe("human corrections applied after extraction", () => {
  it("merging two entities moves the mentions and relations and keeps the old name as an alias", () => {
    const { document } = curated([{ op: "merge", from: "kamaz", into: "tatneft" }]);
    expect(document.entities.find((e) => e.id === "kamaz")).toBeUndefined();
    const tatneft = document.entities.find((e) => e.id === "tatneft")!;
    expect(tatneft.mentions.map((m) => m.text)).toEqual(["Tatneft", "KAMAZ"]);
    expect(tatneft.aliases).toContain("KAMAZ");
    expect(document.relations.every((r) => r.source !== "kamaz" && r.target !== "kamaz")).toBe(
      true,
    );
  });

  it("rename and retype change the label and type a reader sees", () => {
    const { document } = curated([
      { op: "rename", id: "kamaz", label: "KAMAZ PJSC" },
      { op: "retype", id: "kamaz", type: "organisation" },
    ]);
    expect(document.entities.find((e) => e.id === "kamaz")).toMatchObject({
      label: "KAMAZ PJSC",
      type: "organisation",
    });
  });

  it("dropping an entity drops its relations; dropping a relation keeps the entities", () => {
    const dropped = curated([{ op: "dropEntity", id: "minnikhanov" }]).document;
    expect(dropped.entities.map((e) => e.id)).not.toContain("minnikhanov");
    expect(dropped.relations.some((r) => r.type === "met_with")).toBe(false);
    const kept = curated([
      { op: "dropRelation", type: "met_with", source: "tokayev", target: "minnikhanov" },
    ]).document;
    expect(kept.relations.some((r) => r.type === "met_with")).toBe(false);
    expect(kept.entities.map((e) => e.id)).toContain("minnikhanov");
  });

  it("an added relation's evidence is a quoted fragment, located in the text: no offsets typed by hand", () => {
    const { document, warnings } = curated([
      {
        op: "addRelation",
        type: "operates_in",
        source: "tatneft",
        target: "kazakhstan",
        evidence: [
          { source: "a", quote: "Tatneft ve KAMAZ   Kazakistanda", triggers: ["büyüyor"] },
        ],
      },
    ]);
    expect(warnings).toEqual([]);
    const r = document.relations.find((x) => x.id === "r-tatneft-operates_in-kazakhstan")!;
    const sentence = "Tatneft ve KAMAZ Kazakistanda büyüyor.";
    expect(r.evidence).toHaveLength(1);
    expect(text.slice(r.evidence[0].start, r.evidence[0].end)).toBe(sentence);
    const t = r.evidence[0].triggers![0];
    expect(text.slice(t.start, t.end)).toBe("büyüyor");
  });

  it("an added entity gets its mentions from quoted words", () => {
    const { document } = curated([
      {
        op: "addEntity",
        entity: { id: "rustam", type: "person", label: "Rustam" },
        mentions: [{ source: "a", text: "Rustam" }],
      },
    ]);
    expect(document.entities.find((e) => e.id === "rustam")!.mentions).toEqual([
      { source: "a", start: 9, end: 15, text: "Rustam" },
    ]);
  });

  it("a quote that is not in the article is a warning naming the operation, not a crash", () => {
    const { warnings } = curated([
      {
        op: "addRelation",
        type: "met_with",
        source: "tokayev",
        target: "kamaz",
        evidence: [{ source: "a", quote: "hiç yazılmamış bir cümle" }],
      },
      { op: "rename", id: "nobody", label: "Nobody" },
    ]);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/operations\[0\] \(addRelation\).*not in a/);
    expect(warnings[1]).toMatch(/operations\[1\] \(rename\).*"nobody" does not exist/);
  });

  it("source metadata and the document title come from the curation file", () => {
    const { document } = curated([], {
      document: { title: "My graph" },
      sources: [{ id: "a", title: "A readable title", publisher: "Kazinform" }],
    });
    expect(document.title).toBe("My graph");
    expect(document.sources[0]).toMatchObject({
      title: "A readable title",
      publisher: "Kazinform",
    });
  });

  it("a malformed curation file is refused with the path of the broken field", () => {
    expect(() =>
      parseCuration({ format: "relgraph-curation", version: 1, operations: [{ op: "explode" }] }),
    ).toThrow(/operations\.0/);
  });

  it('an attribute called "__proto__" is refused by name, not dropped without a word', () => {
    const operations = JSON.parse(
      '[{"op": "setAttributes", "entity": "kamaz", "attributes": {"__proto__": "x"}}]',
    );
    expect(() => parseCuration({ format: "relgraph-curation", version: 1, operations })).toThrow(
      'curation: operations.0.attributes.__proto__: "__proto__" cannot be an attribute name',
    );
  });
});
