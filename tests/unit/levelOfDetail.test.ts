import { afterEach, beforeAll, describe, expect, it } from "vitest";
import cytoscape from "cytoscape";
import type { Core } from "cytoscape";
import fcose from "cytoscape-fcose";
import { bindStoreToGraph } from "../../src/graph/bridge";
import { shortLabel } from "../../src/graph/elements";
import { BIG_GRAPH_ELEMENTS, detailLevelFor } from "../../src/graph/levelOfDetail";
import { buildStylesheet } from "../../src/graph/stylesheet";
import { parseDocument } from "../../src/model";
import { createAppStore } from "../../src/store";
import { generateDocument } from "../bench/generate";
import { loadSeed } from "../helpers/seed";

beforeAll(() => {
  cytoscape.use(fcose); // the seed has no positions: it is laid out on load
});

let cy: Core;
let unbind: () => void;
afterEach(() => {
  unbind?.();
  cy?.destroy();
});

describe("what a big graph gives up to stay responsive", () => {
  it("the seed and a 1,000-entity document keep every detail", () => {
    for (const n of [78, 3000]) {
      expect(detailLevelFor(n)).toEqual({
        cheapEdges: false,
        cheapLabels: false,
        textureOnViewport: false,
        hideEdgesOnViewport: false,
        pixelRatio: null,
      });
    }
  });

  it("5,000 entities with their 10,000 relations get straight edges, one-line labels and a still view while moving", () => {
    expect(15_000).toBeGreaterThanOrEqual(BIG_GRAPH_ELEMENTS);
    expect(detailLevelFor(15_000)).toEqual({
      cheapEdges: true,
      cheapLabels: true,
      textureOnViewport: true,
      hideEdgesOnViewport: true,
      pixelRatio: 1,
    });
  });

  it("a big graph shows a relation's direction only while it is in focus, as an arrow at the middle", () => {
    cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet(detailLevelFor(BIG_GRAPH_ELEMENTS)),
      elements: [
        { data: { id: "a", label: "A", type: "company" } },
        { data: { id: "b", label: "B", type: "country" } },
        { data: { id: "ab", source: "a", target: "b" }, classes: "directed" },
      ],
    });
    const edge = cy.getElementById("ab");
    expect(edge.style("curve-style")).toBe("haystack");
    expect(edge.style("target-arrow-shape")).toBe("none");
    expect(edge.style("mid-target-arrow-shape")).toBe("none");
    edge.addClass("highlight"); // the selected entity's relation
    expect(edge.style("mid-target-arrow-shape")).toBe("triangle");
  });

  it("a big graph writes a long name on one line, cut after a whole word; a small one wraps it whole", () => {
    const name = "Türkiye Petrolleri Anonim Ortaklığı";
    const node = { data: { id: "tpao", label: name, short: shortLabel(name), type: "company" } };
    cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet(detailLevelFor(BIG_GRAPH_ELEMENTS)),
      elements: [node],
    });
    const big = cy.getElementById("tpao");
    expect(big.style("label")).toBe("Türkiye Petrolleri…");
    expect(big.style("text-wrap")).toBe("none");
    cy.destroy();
    cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet(),
      elements: [node],
    });
    const small = cy.getElementById("tpao");
    expect(small.style("label")).toBe(name);
    expect(small.style("text-wrap")).toBe("wrap");
  });

  it("opening the seed after a big document brings curved edges and end arrows back", () => {
    const store = createAppStore();
    cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet() });
    // A big document reaches the graph over a few tasks; run them at once, the chunks never.
    const tasks: (() => void)[] = [];
    unbind = bindStoreToGraph(cy, store, {
      schedule: () => {},
      defer: (next) => void tasks.push(next),
    });
    const big = parseDocument(generateDocument({ entities: 3000, seed: 3 }));
    if (!big.ok) throw new Error("generated document did not validate");
    store.getState().loadDocument(big.document, "big.json");
    while (tasks.length) tasks.shift()!();
    expect(cy.edges().first().style("curve-style")).toBe("haystack");
    store.getState().loadDocument(loadSeed(), "seed");
    const directed = cy.edges(".directed").first();
    expect(directed.style("curve-style")).toBe("bezier");
    expect(directed.style("target-arrow-shape")).toBe("triangle");
  });
});
