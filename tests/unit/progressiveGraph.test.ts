import { afterEach, describe, expect, it } from "vitest";
import cytoscape from "cytoscape";
import type { Core } from "cytoscape";
import { bindStoreToGraph } from "../../src/graph/bridge";
import { buildStylesheet } from "../../src/graph/stylesheet";
import { parseDocument } from "../../src/model";
import type { GraphDocument } from "../../src/model";
import { createAppStore } from "../../src/store";
import { generateDocument } from "../bench/generate";

// A big document reaches the graph chunk by chunk. A manual queue stands in for the browser's
// frames, so the test decides when each chunk goes in.

let cy: Core;
let unbind: () => void;
afterEach(() => {
  unbind?.();
  cy?.destroy();
});

function bigDocument(entities: number, seed: number): GraphDocument {
  const parsed = parseDocument(generateDocument({ entities, seed }));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
  return parsed.document;
}

function setUp() {
  const store = createAppStore();
  const queue: (() => void)[] = [];
  cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet() });
  unbind = bindStoreToGraph(cy, store, { schedule: (next) => void queue.push(next) });
  const drain = () => {
    while (queue.length) queue.shift()!();
  };
  return { store, queue, drain };
}

const ids = (c: { map: (f: (e: { id: () => string }) => string) => string[] }) =>
  c.map((e) => e.id()).sort();

describe("a document of 2,000 entities and 4,000 relations", () => {
  const doc = bigDocument(2000, 1);

  it("arrives in several chunks, hubs first, and in the end every element is there once", () => {
    const { store, queue, drain } = setUp();
    store.getState().loadDocument(doc, "big.json");
    const first = cy.nodes();
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(doc.entities.length);
    expect(queue).toHaveLength(1);
    drain();
    // The first chunk held the best-connected entities.
    const firstDegree = Math.min(...first.map((n) => n.degree(false)));
    const later = cy.nodes().difference(first).nodes();
    expect(Math.max(...later.map((n) => n.degree(false)))).toBeLessThanOrEqual(firstDegree);
    expect(ids(cy.nodes())).toEqual(doc.entities.map((e) => e.id).sort());
    expect(ids(cy.edges())).toEqual(doc.relations.map((r) => r.id).sort());
  });

  it("unticking Companies while it loads hides the companies that arrive afterwards too", () => {
    const { store, drain, queue } = setUp();
    store.getState().loadDocument(doc, "big.json");
    store.getState().setTypeVisible("company", false);
    expect(queue).toHaveLength(1); // still loading
    drain();
    const companies = cy.nodes('[type = "company"]');
    expect(companies.length).toBe(doc.entities.filter((e) => e.type === "company").length);
    expect(companies.filter((n) => n.style("display") !== "none")).toHaveLength(0);
    expect(cy.nodes('[type = "person"]').filter((n) => n.style("display") === "none")).toHaveLength(
      0,
    );
    // Weak links arrived hidden as well, as they are when a document loads at once.
    expect(cy.edges(".weak").filter((e) => e.visible())).toHaveLength(0);
  });

  it("a new document arriving mid-load replaces it: nothing of the old one lost in it or doubled", () => {
    const { store, queue, drain } = setUp();
    store.getState().loadDocument(doc, "big.json");
    queue.shift()!(); // one more chunk of the first document
    const other = bigDocument(1800, 2);
    store.getState().loadDocument(other, "other.json");
    drain();
    expect(ids(cy.nodes())).toEqual(other.entities.map((e) => e.id).sort());
    expect(ids(cy.edges())).toEqual(other.relations.map((r) => r.id).sort());
    // The new document's labels, not the old one's, where ids are shared.
    const shared = other.entities.find((e) => cy.getElementById(e.id).data("label") !== e.label);
    expect(shared).toBeUndefined();
  });
});
