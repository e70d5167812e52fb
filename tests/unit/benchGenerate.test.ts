import { describe, expect, it } from "vitest";
import { ENTITY_TYPES, RELATION_TYPES, parseDocument } from "../../src/model";
import { generateDocument } from "../bench/generate";

describe("the benchmark's synthetic documents", () => {
  it("open in the app: a 1000-entity document passes the schema", () => {
    const result = parseDocument(generateDocument({ entities: 1000, seed: 7 }));
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.document.entities).toHaveLength(1000);
  });

  it("have every entity type, about two relations per entity and a few weak links", () => {
    const doc = generateDocument({ entities: 2000, seed: 3 });
    expect(new Set(doc.entities.map((e) => e.type))).toEqual(new Set(ENTITY_TYPES));
    expect(doc.relations.length / doc.entities.length).toBeGreaterThanOrEqual(1.8);
    expect(doc.relations.length / doc.entities.length).toBeLessThanOrEqual(2.2);
    for (const r of doc.relations) expect(RELATION_TYPES).toContain(r.type);
    const weak = doc.relations.filter((r) => r.type === "co_occurs").length;
    expect(weak).toBeGreaterThan(0);
    expect(weak / doc.relations.length).toBeLessThan(0.15);
  });

  it("place every entity, so no layout has to run", () => {
    const doc = generateDocument({ entities: 500 });
    for (const e of doc.entities) {
      expect(Number.isFinite(doc.positions[e.id]?.x)).toBe(true);
      expect(Number.isFinite(doc.positions[e.id]?.y)).toBe(true);
    }
    expect(Object.keys(doc.positions)).toHaveLength(500);
  });

  it("are the same for the same seed and differ for another", () => {
    const a = JSON.stringify(generateDocument({ entities: 300, seed: 42 }));
    expect(JSON.stringify(generateDocument({ entities: 300, seed: 42 }))).toBe(a);
    expect(JSON.stringify(generateDocument({ entities: 300, seed: 43 }))).not.toBe(a);
  });

  it("stay valid for tiny graphs", () => {
    for (const n of [1, 2, 3, 7]) {
      const doc = generateDocument({ entities: n });
      expect(parseDocument(doc).ok).toBe(true);
      expect(doc.entities).toHaveLength(n);
    }
  });
});
