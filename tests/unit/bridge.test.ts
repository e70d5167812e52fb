import { afterEach, beforeAll, describe, expect, it } from "vitest";
import cytoscape from "cytoscape";
import type { Core } from "cytoscape";
import fcose from "cytoscape-fcose";
import { bindStoreToGraph } from "../../src/graph/bridge";
import { spiralPositions } from "../../src/graph/layout";
import { buildStylesheet } from "../../src/graph/stylesheet";
import { createAppStore, selectShown } from "../../src/store";
import { readDocumentText } from "../../src/io/readDocument";
import { problemToString } from "../../src/model";
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

  it("after a run of filter changes every entity and relation is shown exactly as the store says", () => {
    // Each change touches only what it changes (src/graph/bridge.ts, applyFilterChange); after
    // many, nothing may be left hidden or shown by mistake.
    const store = setUp();
    const doc = loadSeed();
    store.getState().loadDocument(doc, "seed");
    const s = () => store.getState();
    const steps: (() => void)[] = [
      () => s().setTypeVisible("company", false),
      () => s().setShowWeakRelations(true),
      () => s().setTypeVisible("leader", false),
      () => s().setTypeVisible("company", true),
      () => s().setHideIsolated(true),
      () => s().setRelationTypeVisible(doc.relations[0].type, false),
      () => s().setShowWeakRelations(false),
      () => s().setTypeVisible("leader", true),
      () => s().setHideIsolated(false),
      () => s().setMinSupport(2),
      () => s().setRelationTypeVisible(doc.relations[0].type, true),
      () => s().setMinSupport(1),
    ];
    for (const step of steps) {
      step();
      const shown = selectShown(s());
      for (const e of doc.entities) expect(visible(e.id), e.id).toBe(shown.entities.has(e.id));
      // A relation is drawn when the store shows it; one with a hidden end is not drawn anyway.
      for (const r of doc.relations) {
        const drawn = visible(r.id) && visible(r.source) && visible(r.target);
        expect(drawn, r.id).toBe(shown.relations.has(r.id));
      }
    }
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

  it("a re-extraction that changes one label touches that entity only, and keeps the fading", () => {
    const store = setUp();
    const doc = loadSeed();
    // A workspace's graph (positions given): re-extractions keep the selection.
    store.getState().loadDocument(doc, "workspace", { positions: new Map() });
    store.getState().selectEntity("tokayev");
    const fadedBefore = cy.elements(".faded").map((e) => e.id());
    expect(fadedBefore.length).toBeGreaterThan(0);
    const changed: string[] = [];
    cy.on("data", (ev) => void changed.push(ev.target.id()));
    // What a re-extraction hands back: every entity and relation a new object, one label new.
    const again: GraphDocument = JSON.parse(JSON.stringify(doc));
    again.entities.find((e) => e.id === "kamaz")!.label = "KAMAZ PJSC";
    store.getState().loadDocument(again, "workspace", { positions: store.getState().positions });
    expect(changed).toEqual(["kamaz"]);
    expect(cy.getElementById("kamaz").data("label")).toBe("KAMAZ PJSC");
    expect(cy.elements(".faded").map((e) => e.id())).toEqual(fadedBefore);
    expect(cy.edges(".directed").length).toBe(doc.relations.filter((r) => r.directed).length);
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

describe("entities whose ids are also names JavaScript objects carry", () => {
  // Ids come from files and URLs. A plain-object lookup of "constructor" finds Object's own
  // function, and assigning "__proto__" replaces a prototype instead of storing a position.
  const TRICKY = ["constructor", "toString", "__proto__", "hasOwnProperty"];
  const TRICKY_RING = [
    "alice",
    "constructor",
    "toString",
    "__proto__",
    "hasOwnProperty",
    "valueOf",
  ];

  /** Read as a user's file is: JSON text through the schema, not a hand-built object. */
  function fileWith(ids: string[], positions?: Record<string, { x: number; y: number }>) {
    // Labels by place, not by id, so two files that differ only in their ids draw alike.
    const entities = ids.map((id, i) => ({ id, type: "person", label: `Person ${i + 1}` }));
    const json =
      `{"format":"relgraph","version":${FORMAT_VERSION},"title":"Tricky ids","entities":${JSON.stringify(entities)}` +
      // Written out by hand: JSON.stringify of an object literal would have lost "__proto__".
      (positions
        ? `,"positions":{${ids.map((id) => `"${id}":${JSON.stringify(positions[id])}`).join(",")}}`
        : "") +
      "}";
    const read = readDocumentText(json);
    if (!read.ok) throw new Error(read.problems.map(problemToString).join("\n"));
    return read.document;
  }

  it("draws constructor, toString, __proto__ and hasOwnProperty at the positions the file gives", () => {
    const store = setUp();
    const given = new Map(TRICKY.map((id, i) => [id, { x: 100 + i * 50, y: 40 * i - 30 }]));
    store.getState().loadDocument(fileWith(TRICKY, Object.fromEntries(given)), "tricky.json");
    expect(cy.nodes().map((n) => n.id())).toEqual(TRICKY);
    for (const [id, p] of given) expect(pos(id), id).toEqual(p);
  });

  it("a file with positions for everyone else lays constructor and toString out, not at (0,0)", () => {
    const store = setUp();
    const ids = ["alice", "bob", "carol", ...TRICKY];
    const placed = ["alice", "bob", "carol", "__proto__", "hasOwnProperty"];
    const doc = fileWith(ids);
    const positions = Object.fromEntries(placed.map((id, i) => [id, { x: i * 80, y: 80 }]));
    store.getState().loadDocument({ ...doc, positions }, "partly-placed.json");
    const spots = new Set(
      cy.nodes().map((n) => `${Math.round(n.position("x"))},${Math.round(n.position("y"))}`),
    );
    expect(spots.size).toBe(ids.length);
  });

  /** A ring, so every node has neighbours and a layout has something to arrange. */
  function ring(ids: string[]): GraphDocument {
    const relations = ids.map((id, i) => ({
      id: `r${i}`,
      type: "met_with" as const,
      source: id,
      target: ids[(i + 1) % ids.length],
      directed: false,
      label: "met",
      evidence: [],
      attributes: {},
    }));
    return { ...fileWith(ids), relations };
  }

  /**
   * Where each node is, in node order, once the ring is opened (laid out by fcose) and, for the
   * other layouts, once the person picks `layout` and presses Re-layout.
   */
  function relaidOut(ids: string[], layout: "fcose" | "circle" | "grid" | "concentric") {
    const store = setUp();
    store.getState().loadDocument(ring(ids), "ring.json");
    if (layout !== "fcose") {
      store.getState().setLayoutName(layout);
      store.getState().requestLayout();
    }
    const errors = store.getState().notices.filter((n) => n.kind === "error");
    const spots = cy.nodes().map((n) => {
      const p = n.position();
      return `${Math.round(p.x)},${Math.round(p.y)}`;
    });
    unbind();
    cy.destroy();
    return { errors, spots };
  }

  it.each(["circle", "grid", "concentric"] as const)(
    "%s lays out a ring of them exactly as it lays out a ring of ordinary names",
    (layout) => {
      // The ordinary names sort in the same order, so both rings start from the same spiral.
      const tricky = relaidOut(TRICKY_RING, layout);
      const plain = relaidOut(["a1", "a2", "a4", "a0", "a3", "a5"], layout);
      expect(tricky.errors).toEqual([]);
      expect(new Set(tricky.spots).size).toBe(6);
      expect(tricky.spots).toEqual(plain.spots);
    },
  );

  it("fcose lays out a ring of them when it is opened: nobody is left where the layout began", () => {
    // A new graph starts on a spiral in id order; fcose then moves every node from there.
    const start = spiralPositions([...TRICKY_RING].sort());
    const { errors, spots } = relaidOut(TRICKY_RING, "fcose");
    expect(errors).toEqual([]);
    expect(new Set(spots).size).toBe(6);
    TRICKY_RING.forEach((id, i) => {
      const p = start.get(id)!;
      expect(spots[i], id).not.toBe(`${Math.round(p.x)},${Math.round(p.y)}`);
    });
  });

  it("lays them out like anyone else when the file has no positions, in a big graph too", () => {
    const store = setUp();
    // Over 300 nodes: drawn at once on a spiral while the real layout is computed elsewhere.
    const ids = [...TRICKY, ...Array.from({ length: 320 }, (_, i) => `p${i}`)];
    store.getState().loadDocument(fileWith(ids), "big.json");
    const spots = new Set(
      cy.nodes().map((n) => `${Math.round(n.position("x"))},${Math.round(n.position("y"))}`),
    );
    expect(spots.size).toBe(ids.length);
    for (const id of TRICKY) expect(Number.isFinite(pos(id).x), id).toBe(true);
  });
});
