import { afterEach, beforeAll, describe, expect, it } from "vitest";
import cytoscape from "cytoscape";
import type { Core } from "cytoscape";
import fcose from "cytoscape-fcose";
import { bindStoreToGraph } from "../../src/graph/bridge";
import { buildStylesheet } from "../../src/graph/stylesheet";
import { createAppStore } from "../../src/store";
import type { GraphDocument } from "../../src/model";
import { FORMAT_VERSION } from "../../src/model";
import { loadSeed } from "../helpers/seed";

// The store <-> graph bridge on a headless Cytoscape with the app's stylesheet: what a person
// would see in the canvas, checked through element classes and positions.

beforeAll(() => {
  cytoscape.use(fcose);
});

let cy: Core;
let unbind: () => void;
afterEach(() => {
  unbind?.();
  cy?.destroy();
});

function setUp() {
  const store = createAppStore();
  cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet() });
  unbind = bindStoreToGraph(cy, store);
  return store;
}

const pos = (id: string) => cy.getElementById(id).position();
/** Drawn or not, as the stylesheet decides (headless Cytoscape computes style on request). */
const visible = (id: string) => cy.getElementById(id).style("display") !== "none";

describe("the graph follows the store", () => {
  it("draws every entity and relation of the seed and lays it out, nobody stacked on anybody", async () => {
    const store = setUp();
    const doc = loadSeed();
    store.getState().loadDocument(doc, "seed");
    expect(cy.nodes()).toHaveLength(doc.entities.length);
    expect(cy.edges()).toHaveLength(doc.relations.length);
    const spots = new Set(
      cy.nodes().map((n) => `${Math.round(n.position("x"))},${Math.round(n.position("y"))}`),
    );
    expect(spots.size).toBe(doc.entities.length);
    await new Promise((r) => setTimeout(r, 0)); // the layout settles its "running" flag async
    expect(store.getState().layoutRunning).toBe(false);
  });

  it("unticking Companies hides KAMAZ and Tatneft without moving anyone or re-creating anything", () => {
    const store = setUp();
    store.getState().loadDocument(loadSeed(), "seed");
    const before = { kamaz: { ...pos("kamaz") }, tokayev: { ...pos("tokayev") } };
    const kamaz = cy.getElementById("kamaz");
    store.getState().setTypeVisible("company", false);
    expect(visible("kamaz")).toBe(false);
    expect(visible("tatneft")).toBe(false);
    expect(visible("tokayev")).toBe(true);
    expect(pos("tokayev")).toEqual(before.tokayev);
    store.getState().setTypeVisible("company", true);
    expect(cy.getElementById("kamaz").same(kamaz)).toBe(true);
    expect(pos("kamaz")).toEqual(before.kamaz);
  });

  it("a type that was hidden when the document arrived still gets a place of its own", () => {
    const store = setUp();
    store.getState().setTypeVisible("company", false);
    store.getState().loadDocument(loadSeed(), "seed");
    store.getState().setTypeVisible("company", true);
    const k = pos("kamaz");
    const t = pos("tatneft");
    expect(k).not.toEqual(t);
    expect(Math.hypot(k.x - t.x, k.y - t.y)).toBeGreaterThan(10);
  });

  it("weak 'mentioned with' links stay hidden until asked for", () => {
    const store = setUp();
    store.getState().loadDocument(loadSeed(), "seed");
    const weak = cy.edges(".weak");
    expect(weak.length).toBeGreaterThan(0);
    expect(weak.filter((e) => visible(e.id()))).toHaveLength(0);
    store.getState().setShowWeakRelations(true);
    expect(weak.filter((e) => visible(e.id()))).toHaveLength(weak.length);
  });

  it("selecting Tokayev fades everyone but his neighbours through shown links", () => {
    const store = setUp();
    store.getState().loadDocument(loadSeed(), "seed");
    store.getState().selectEntity("tokayev");
    expect(cy.getElementById("tokayev").hasClass("selected")).toBe(true);
    expect(cy.getElementById("minnikhanov").hasClass("faded")).toBe(false);
    expect(cy.getElementById("kamaz").hasClass("faded")).toBe(true);
    // Showing weak links brings the people he is merely mentioned with into focus too.
    store.getState().setShowWeakRelations(true);
    const weakNeighbour = cy
      .getElementById("tokayev")
      .connectedEdges(".weak")
      .connectedNodes()
      .filter((n) => n.id() !== "tokayev")
      .first();
    expect(weakNeighbour.nonempty()).toBe(true);
    expect(weakNeighbour.hasClass("faded")).toBe(false);
  });

  it("hiding the selected entity's type clears the selection and the fading", () => {
    const store = setUp();
    store.getState().loadDocument(loadSeed(), "seed");
    store.getState().selectEntity("tokayev");
    store.getState().setTypeVisible("leader", false);
    expect(store.getState().selection).toBeNull();
    expect(cy.elements(".faded")).toHaveLength(0);
  });

  it("re-opening an edited file redraws a relation between its new ends", () => {
    const store = setUp();
    const doc = loadSeed();
    store.getState().loadDocument(doc, "seed");
    const r = doc.relations.find((x) => x.type === "met_with")!;
    const edited: GraphDocument = {
      ...doc,
      relations: doc.relations.map((x) => (x.id === r.id ? { ...x, target: "nazarbayev" } : x)),
    };
    store.getState().loadDocument(edited, "edited.json");
    const edge = cy.getElementById(r.id);
    expect(edge.source().id()).toBe(r.source);
    expect(edge.target().id()).toBe("nazarbayev");
  });

  it("positions saved in a re-opened file move the nodes there, without a layout", () => {
    const store = setUp();
    const doc = loadSeed();
    store.getState().loadDocument(doc, "seed");
    const positions = Object.fromEntries(doc.entities.map((e, i) => [e.id, { x: i * 100, y: 7 }]));
    store.getState().loadDocument({ ...doc, positions }, "saved.json");
    expect(pos("tokayev")).toEqual(positions.tokayev);
    expect(pos(doc.entities[3].id)).toEqual({ x: 300, y: 7 });
  });
});

describe("the store owns the arrangement", () => {
  it("keeps the layout's result in the store, so a reload can draw the same picture", async () => {
    const store = setUp();
    const doc = loadSeed();
    store.getState().loadDocument(doc, "seed");
    await new Promise((r) => setTimeout(r, 0));
    const stored = store.getState().positions;
    expect(stored.size).toBe(doc.entities.length);
    expect(stored.get("tokayev")!.x).toBeCloseTo(pos("tokayev").x, 0);
  });

  it("lays the same document out the same way every time", async () => {
    const doc = loadSeed();
    const first = setUp();
    first.getState().loadDocument(doc, "seed");
    const picture = new Map(first.getState().positions);
    unbind();
    cy.destroy();
    const second = setUp();
    second.getState().loadDocument(doc, "seed");
    expect(second.getState().positions).toEqual(picture);
  });

  it("a node dragged by the person is stored where it was dropped", () => {
    const store = setUp();
    store.getState().loadDocument(loadSeed(), "seed");
    const kamaz = cy.getElementById("kamaz");
    kamaz.position({ x: 1234, y: -56 });
    kamaz.emit("dragfree");
    expect(store.getState().positions.get("kamaz")).toEqual({ x: 1234, y: -56 });
  });

  it("positions set in the store move the node without a new layout", () => {
    const store = setUp();
    store.getState().loadDocument(loadSeed(), "seed");
    const tokayevBefore = { ...pos("tokayev") };
    store.getState().setPositions(new Map([["kamaz", { x: 5, y: 6 }]]));
    expect(pos("kamaz")).toEqual({ x: 5, y: 6 });
    expect(pos("tokayev")).toEqual(tokayevBefore);
  });

  it("entities named like object properties are drawn at their saved positions", () => {
    const store = setUp();
    const ids = ["constructor", "toString", "__proto__", "hasOwnProperty"];
    const doc: GraphDocument = {
      format: "relgraph",
      version: FORMAT_VERSION,
      title: "Tricky ids",
      sources: [],
      entities: ids.map((id) => ({
        id,
        type: "person",
        label: id,
        aliases: [],
        attributes: {},
        mentions: [],
      })),
      relations: [],
      positions: JSON.parse(
        '{"constructor":{"x":10,"y":1},"toString":{"x":20,"y":2},"__proto__":{"x":30,"y":3},"hasOwnProperty":{"x":40,"y":4}}',
      ),
    };
    store.getState().loadDocument(doc, "tricky.json");
    expect(ids.map((id) => pos(id))).toEqual([
      { x: 10, y: 1 },
      { x: 20, y: 2 },
      { x: 30, y: 3 },
      { x: 40, y: 4 },
    ]);
  });
});
