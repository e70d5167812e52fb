import { afterEach, describe, expect, it, vi } from "vitest";
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
  const push = (next: () => void) => void queue.push(next);
  unbind = bindStoreToGraph(cy, store, { schedule: push, defer: push });
  const drain = () => {
    while (queue.length) queue.shift()!();
  };
  /** Runs the tasks a big document's arrival is split into, up to its first chunk. */
  const arrive = () => {
    while (cy.elements().empty() && queue.length) queue.shift()!();
  };
  return { store, queue, drain, arrive };
}

const ids = (c: { map: (f: (e: { id: () => string }) => string) => string[] }) =>
  c.map((e) => e.id()).sort();

describe("a document of 2,000 entities and 4,000 relations", () => {
  const doc = bigDocument(2000, 1);

  it("arrives in several chunks, hubs first, and in the end every element is there once", () => {
    const { store, queue, drain, arrive } = setUp();
    store.getState().loadDocument(doc, "big.json");
    // The store has it at once; the graph takes it in over the next tasks (the diff, then the
    // ordering and the first chunk), so no one task holds the page.
    expect(cy.elements()).toHaveLength(0);
    expect(queue).toHaveLength(1);
    queue.shift()!();
    expect(cy.elements()).toHaveLength(0);
    arrive();
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
    const { store, drain, queue, arrive } = setUp();
    store.getState().loadDocument(doc, "big.json");
    arrive();
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
    const { store, queue, drain, arrive } = setUp();
    store.getState().loadDocument(doc, "big.json");
    arrive();
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

  it("a new document during the tasks of the first one's arrival is the only one drawn", () => {
    const other = bigDocument(1800, 2);
    // Before the graph took the first one in at all, and after it diffed it but before the
    // ordering and the first chunk: either way the first one never reaches the graph.
    for (const tasksRun of [0, 1]) {
      const { store, queue, drain } = setUp();
      store.getState().loadDocument(doc, "big.json");
      for (let i = 0; i < tasksRun; i++) queue.shift()!();
      expect(cy.elements()).toHaveLength(0);
      store.getState().loadDocument(other, "other.json");
      drain();
      expect(ids(cy.nodes())).toEqual(other.entities.map((e) => e.id).sort());
      expect(ids(cy.edges())).toEqual(other.relations.map((r) => r.id).sort());
      unbind();
      cy.destroy();
    }
  });

  it("Companies unticked before the graph has taken the document in are hidden when it does", () => {
    const { store, queue, drain } = setUp();
    store.getState().loadDocument(doc, "big.json");
    store.getState().setTypeVisible("company", false);
    queue.shift()!(); // the diff
    store.getState().setTypeVisible("person", false);
    drain();
    const hidden = (sel: string) => cy.nodes(sel).filter((n) => n.style("display") === "none");
    expect(hidden('[type = "company"]').length).toBe(cy.nodes('[type = "company"]').length);
    expect(hidden('[type = "person"]').length).toBe(cy.nodes('[type = "person"]').length);
    expect(hidden('[type = "country"]')).toHaveLength(0);
    expect(cy.nodes('[type = "company"]').length).toBeGreaterThan(0);
    expect(cy.nodes('[type = "person"]').length).toBeGreaterThan(0);
  });
});

describe("articles that land in an empty workspace: a fresh graph of 120 entities", () => {
  // The size a hundred news articles give: laid out by fcose in a worker, so the graph is drawn
  // a task after the store has it, entities first and their relations a few dozen per frame.
  const unplaced = (d: GraphDocument): GraphDocument => ({ ...d, positions: undefined });
  const doc = unplaced(bigDocument(120, 3));
  const nextTask = () => new Promise((r) => setTimeout(r, 0));

  it("is drawn in the task after the store has it, entities first, then the relations in chunks", async () => {
    const { store, queue } = setUp();
    store.getState().loadDocument(doc, "articles");
    expect(cy.elements()).toHaveLength(0); // the panels are drawn in this task, the graph next
    await nextTask();
    expect(ids(cy.nodes())).toEqual(doc.entities.map((e) => e.id).sort());
    // The relations once the layout has placed the entities: a first few dozen, then the rest.
    await vi.waitFor(() => expect(cy.edges().length).toBeGreaterThan(0));
    expect(cy.edges().length).toBeLessThanOrEqual(40);
    let chunks = 1;
    while (queue.length) {
      const before = cy.edges().length;
      queue.shift()!();
      expect(cy.edges().length - before).toBeLessThanOrEqual(100);
      chunks++;
    }
    expect(chunks).toBeGreaterThan(2);
    expect(ids(cy.edges())).toEqual(doc.relations.map((r) => r.id).sort());
  });

  it("unticking Companies before the relations are in hides the ones that arrive afterwards too", async () => {
    const { store, drain } = setUp();
    store.getState().loadDocument(doc, "articles");
    await nextTask();
    expect(cy.edges().length).toBeLessThan(doc.relations.length);
    store.getState().setTypeVisible("company", false);
    await vi.waitFor(() => {
      drain();
      expect(cy.edges()).toHaveLength(doc.relations.length);
    });
    // Before a frame the renderer brings every restyled element up to date; headless, reading
    // the entities' style does that (an edge's visibility is worked out from its ends').
    cy.nodes().forEach((n) => void n.style("display"));
    const companies = cy.nodes('[type = "company"]');
    expect(companies.length).toBeGreaterThan(0);
    const toCompanies = companies.connectedEdges();
    expect(toCompanies.length).toBeGreaterThan(0);
    expect(toCompanies.filter((e) => e.visible())).toHaveLength(0);
  });

  it("a newer document before the graph was drawn is the one drawn, once", async () => {
    const { store, drain } = setUp();
    store.getState().loadDocument(doc, "articles");
    const other = unplaced(bigDocument(100, 4));
    store.getState().loadDocument(other, "more articles");
    await vi.waitFor(() => {
      drain();
      expect(cy.edges()).toHaveLength(other.relations.length);
    });
    expect(ids(cy.nodes())).toEqual(other.entities.map((e) => e.id).sort());
    expect(ids(cy.edges())).toEqual(other.relations.map((r) => r.id).sort());
  });
});
