import { describe, expect, it } from "vitest";
import {
  createAppStore,
  selectCounts,
  selectSelectedEntity,
  selectSelectedEntityRelations,
  selectVisibleEntities,
} from "../../src/store";
import { RELATION_TYPE_INFO } from "../../src/model";
import type { GraphDocument } from "../../src/model";
import { loadSeed } from "../helpers/seed";

function seededStore() {
  const store = createAppStore();
  const doc = loadSeed();
  store.getState().loadDocument(doc, "data/graph.json");
  return { store, doc };
}

/** Relations shown by default: weak "mentioned with" links are off until asked for. */
const typed = (doc: GraphDocument) => doc.relations.filter((r) => !RELATION_TYPE_INFO[r.type].weak);

const labels = (store: ReturnType<typeof createAppStore>) =>
  selectVisibleEntities(store.getState()).map((e) => e.label);

describe("the store on the seed article", () => {
  it("indexes every entity and relation by id when a document loads", () => {
    const { store, doc } = seededStore();
    const { index } = store.getState();
    expect(index!.entityById.get("kamaz")!.label).toBe("KAMAZ");
    expect(index!.relationById.size).toBe(doc.relations.length);
    expect(index!.entityCountByType.company).toBe(2);
    const tokayev = index!.relationsByEntity.get("tokayev")!.map((r) => r.type);
    expect(tokayev).toContain("met_with");
    expect(tokayev).toContain("leader_of");
  });

  it("counts every entity and every typed relation as visible before any filter is touched", () => {
    const { store, doc } = seededStore();
    // "28 / 28", not "28 / 57": weak links not asked for are not part of the total either.
    expect(selectCounts(store.getState())).toEqual({
      entities: { visible: doc.entities.length, total: doc.entities.length },
      relations: { visible: typed(doc).length, total: typed(doc).length },
    });
  });

  it("unchecking Company hides KAMAZ and Tatneft and the relations that touch them", () => {
    const { store, doc } = seededStore();
    store.getState().setTypeVisible("company", false);
    expect(labels(store)).not.toContain("KAMAZ");
    expect(labels(store)).not.toContain("Tatneft");
    const touching = typed(doc).filter((r) =>
      ["kamaz", "tatneft"].some((id) => r.source === id || r.target === id),
    ).length;
    expect(touching).toBeGreaterThan(0);
    expect(selectCounts(store.getState())).toEqual({
      entities: { visible: doc.entities.length - 2, total: doc.entities.length },
      relations: { visible: typed(doc).length - touching, total: typed(doc).length },
    });
    store.getState().setTypeVisible("company", true);
    expect(labels(store)).toContain("KAMAZ");
  });

  it("'only leaders' leaves the four leaders, and 'show all' brings everyone back", () => {
    const { store, doc } = seededStore();
    store.getState().showOnlyType("leader");
    expect(labels(store).sort()).toEqual(
      [
        "Kassym-Jomart Tokayev",
        "Mintimer Shaimiev",
        "Nursultan Nazarbayev",
        "Rustam Minnikhanov",
      ].sort(),
    );
    store.getState().showAllTypes();
    expect(labels(store)).toHaveLength(doc.entities.length);
  });

  it("selecting Tokayev gives his entity and relations; an unknown id selects nothing", () => {
    const { store } = seededStore();
    store.getState().selectEntity("tokayev");
    expect(selectSelectedEntity(store.getState())!.label).toBe("Kassym-Jomart Tokayev");
    expect(selectSelectedEntityRelations(store.getState()).map((r) => r.type)).toContain(
      "met_with",
    );
    store.getState().selectEntity("no-such-entity");
    expect(store.getState().selection).toEqual({ kind: "entity", id: "tokayev" });
    store.getState().clearSelection();
    expect(selectSelectedEntity(store.getState())).toBeNull();
  });

  it("a rejected file leaves the loaded graph, the selection and the filter as they were", () => {
    const { store, doc } = seededStore();
    store.getState().setTypeVisible("company", false);
    store.getState().selectEntity("tokayev");
    store.getState().rejectDocument("broken.json", [{ path: "entities[0].type", message: "bad" }]);
    const s = store.getState();
    expect(s.document).toBe(doc);
    expect(s.selection).toEqual({ kind: "entity", id: "tokayev" });
    expect(s.visibleTypes.has("company")).toBe(false);
    expect(s.loadProblems?.origin).toBe("broken.json");
  });

  it("opening another document clears the selection but keeps the user's type filter", () => {
    const { store, doc } = seededStore();
    store.getState().setTypeVisible("place", false);
    store.getState().selectEntity("tokayev");
    const other: GraphDocument = {
      ...doc,
      title: "Other",
      relations: [],
      entities: doc.entities.slice(0, 3),
    };
    store.getState().loadDocument(other, "other.json");
    expect(store.getState().selection).toBeNull();
    expect(store.getState().visibleTypes.has("place")).toBe(false);
    expect(store.getState().index!.entityById.size).toBe(3);
  });

  it("selectors return the same object while nothing they read has changed", () => {
    const { store } = seededStore();
    const a = selectCounts(store.getState());
    store.getState().selectEntity("kamaz");
    expect(selectCounts(store.getState())).toBe(a);
    expect(selectVisibleEntities(store.getState())).toBe(selectVisibleEntities(store.getState()));
    store.getState().setTypeVisible("leader", false);
    expect(selectCounts(store.getState())).not.toBe(a);
  });

  it("weak 'mentioned with' links are hidden from the counts until the user asks for them", () => {
    const { store, doc } = seededStore();
    const weak = {
      id: "r-weak",
      type: "co_occurs" as const,
      source: "kamaz",
      target: "tatneft",
      directed: false,
      label: "mentioned with",
      evidence: [],
      attributes: { count: 1 },
    };
    const relations = [...doc.relations, weak];
    store.getState().loadDocument({ ...doc, relations }, "x");
    expect(selectCounts(store.getState()).relations.visible).toBe(typed(doc).length);
    expect(selectCounts(store.getState()).relations.total).toBe(typed(doc).length);
    store.getState().setShowWeakRelations(true);
    expect(selectCounts(store.getState()).relations).toEqual({
      visible: relations.length,
      total: relations.length,
    });
    store.getState().selectEntity("kamaz");
    const rels = selectSelectedEntityRelations(store.getState());
    expect(rels[rels.length - 1].type).toBe("co_occurs");
  });

  it("a slow first load that finishes after the user opened a file does not replace it", () => {
    const store = createAppStore();
    const doc = loadSeed();
    const initial = store.getState().beginLoad(); // the shipped data starts loading
    const mine = store.getState().beginLoad(); // the user opens their own file meanwhile
    const theirs: GraphDocument = { ...doc, title: "My file" };
    store.getState().loadDocument(theirs, "mine.json", mine);
    store.getState().loadDocument(doc, "data/graph.json", initial); // the slow one lands late
    store.getState().rejectDocument("data/graph.json", [{ path: "x", message: "y" }], initial);
    expect(store.getState().document?.title).toBe("My file");
    expect(store.getState().loadProblems).toBeNull();
  });
});

describe("the arrangement grows in place", () => {
  it("keeps where entities were when the graph is re-derived, and puts new ones near their neighbours", () => {
    const store = createAppStore();
    const doc = loadSeed();
    const old = doc.entities.filter((e) => e.id !== "kamaz");
    const before: GraphDocument = {
      ...doc,
      entities: old,
      relations: doc.relations.filter((r) => r.source !== "kamaz" && r.target !== "kamaz"),
    };
    const arranged = new Map(
      old.map((e, i) => [e.id, { x: (i % 5) * 200, y: Math.floor(i / 5) * 200 }]),
    );
    store.getState().loadDocument(before, "ws", { positions: arranged });
    store.getState().loadDocument(doc, "ws", { positions: store.getState().positions });
    const after = store.getState().positions;
    for (const [id, p] of arranged) expect(after.get(id)).toEqual(p);
    const kamaz = after.get("kamaz")!;
    const neighbours = doc.relations
      .filter((r) => r.source === "kamaz" || r.target === "kamaz")
      .map((r) => (r.source === "kamaz" ? r.target : r.source))
      .map((id) => arranged.get(id)!);
    const nearest = Math.min(...neighbours.map((p) => Math.hypot(p.x - kamaz.x, p.y - kamaz.y)));
    expect(nearest).toBeLessThan(250);
    for (const p of arranged.values())
      expect(Math.hypot(p.x - kamaz.x, p.y - kamaz.y)).toBeGreaterThan(40);
  });

  it("drops a selection the type filter hides, with no graph mounted", () => {
    const { store } = seededStore();
    store.getState().selectEntity("kamaz");
    store.getState().setTypeVisible("leader", false);
    expect(store.getState().selection).toEqual({ kind: "entity", id: "kamaz" });
    store.getState().setTypeVisible("company", false);
    expect(store.getState().selection).toBeNull();
  });
});
