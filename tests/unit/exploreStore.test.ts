import { describe, expect, it } from "vitest";
import {
  createAppStore,
  selectActivePath,
  selectCounts,
  selectFocus,
  selectRelationTypeCounts,
  selectShown,
} from "../../src/store";
import type { GraphDocument } from "../../src/model";
import cytoscape from "cytoscape";
import { degreeOnly, metricsFor } from "../../src/graph/metrics";
import { loadSeed } from "../helpers/seed";

function seededStore(doc: GraphDocument = loadSeed()) {
  const store = createAppStore();
  store.getState().loadDocument(doc, "data/graph.json");
  return store;
}

const focusEntities = (store: ReturnType<typeof createAppStore>) =>
  [...(selectFocus(store.getState())?.entities ?? [])].sort();
const pathOf = (store: ReturnType<typeof createAppStore>) =>
  selectActivePath(store.getState())?.entities ?? null;

describe("neighbourhoods around a selection", () => {
  it("depth 1 on Minnikhanov keeps his direct partners and fades KAMAZ; depth 2 reaches KAMAZ", () => {
    const store = seededStore();
    store.getState().selectEntity("minnikhanov");
    expect(focusEntities(store)).toEqual(
      ["karaganda-region", "kazakhstan", "minnikhanov", "tatarstan", "tokayev"].sort(),
    );
    store.getState().setDepth(2);
    expect(focusEntities(store)).toContain("kamaz");
    expect(focusEntities(store)).toContain("russia");
  });

  it("'show only this neighbourhood' hides the rest, and clearing the selection brings it back", () => {
    const store = seededStore();
    store.getState().selectEntity("minnikhanov");
    store.getState().setOnlyNeighbourhood(true);
    expect(selectShown(store.getState()).entities.has("kamaz")).toBe(false);
    expect(selectCounts(store.getState()).entities.visible).toBe(5);
    store.getState().clearSelection();
    expect(store.getState().onlyNeighbourhood).toBe(false);
    expect(selectShown(store.getState()).entities.has("kamaz")).toBe(true);
  });

  it("a hidden relation is no road: with 'visited' off, Karaganda is not his neighbour", () => {
    const store = seededStore();
    store.getState().selectEntity("minnikhanov");
    store.getState().setRelationTypeVisible("visited", false);
    expect(focusEntities(store)).not.toContain("karaganda-region");
    expect(focusEntities(store)).toContain("tatarstan");
  });
});

describe("the path between two entities", () => {
  it("KAMAZ to Tatarstan runs through Kazakhstan, each step with its relations and evidence", () => {
    const store = seededStore();
    store.getState().selectEntity("kamaz");
    store.getState().pathTo("tatarstan");
    const path = selectActivePath(store.getState())!;
    expect(path.entities).toEqual(["kamaz", "kazakhstan", "tatarstan"]);
    expect(path.steps.map((s) => s.relations.map((r) => r.type))).toEqual([
      ["operates_in"],
      ["cooperates_with"],
    ]);
    expect(path.steps.every((s) => s.relations.every((r) => r.evidence.length > 0))).toBe(true);
    // The focus is the path itself, nothing else.
    expect(focusEntities(store)).toEqual(["kamaz", "kazakhstan", "tatarstan"]);
  });

  it("hidden elements take no part: with Countries off there is no path from KAMAZ at all", () => {
    const store = seededStore();
    store.getState().selectEntity("kamaz");
    store.getState().pathTo("tatarstan");
    store.getState().setTypeVisible("country", false);
    // KAMAZ itself is still shown but its only road went through Kazakhstan.
    expect(store.getState().selection).toEqual({ kind: "entity", id: "kamaz" });
    expect(pathOf(store)).toEqual([]);
  });

  it("with weak links shown, the path may take them; with them off it never does", () => {
    const store = seededStore();
    store.getState().selectEntity("kamaz");
    store.getState().pathTo("tatneft");
    const typedOnly = selectActivePath(store.getState())!;
    expect(typedOnly.entities).toEqual(["kamaz", "kazakhstan", "tatneft"]);
    store.getState().setShowWeakRelations(true);
    const withWeak = selectActivePath(store.getState())!;
    expect(withWeak.entities).toEqual(["kamaz", "tatneft"]);
    expect(withWeak.steps[0].relations.map((r) => r.type)).toEqual(["co_occurs"]);
  });

  it("selecting another entity drops the path; Shift+click with nothing selected just selects", () => {
    const store = seededStore();
    store.getState().pathTo("kamaz");
    expect(store.getState().selection).toEqual({ kind: "entity", id: "kamaz" });
    expect(store.getState().path).toBeNull();
    store.getState().pathTo("tatarstan");
    expect(pathOf(store)).toHaveLength(3);
    store.getState().selectEntity("tokayev");
    expect(store.getState().path).toBeNull();
  });

  it("the path's far end hidden by a filter drops the path", () => {
    const store = seededStore();
    store.getState().selectEntity("kamaz");
    store.getState().pathTo("tatarstan");
    store.getState().setTypeVisible("place", false);
    expect(store.getState().path).toBeNull();
    expect(store.getState().selection?.id).toBe("kamaz");
  });
});

describe("filters beyond entity types", () => {
  it("each relation type counts shown of total, and unticking one hides its relations", () => {
    const store = seededStore();
    const before = selectRelationTypeCounts(store.getState());
    expect(before.get("involves")).toEqual({ shown: 6, total: 6 });
    expect(before.get("co_occurs")).toEqual({ shown: 0, total: 29 });
    store.getState().setRelationTypeVisible("involves", false);
    expect(selectRelationTypeCounts(store.getState()).get("involves")).toEqual({
      shown: 0,
      total: 6,
    });
    expect(selectCounts(store.getState()).relations).toEqual({ visible: 22, total: 28 });
  });

  it("'at least 2 sentences' keeps only relations stated twice or more", () => {
    const store = seededStore();
    store.getState().setMinSupport(2);
    const shown = selectShown(store.getState());
    const doc = store.getState().document!;
    for (const r of doc.relations) {
      expect(shown.relations.has(r.id)).toBe(r.type !== "co_occurs" && r.evidence.length >= 2);
    }
    expect(shown.relations.has("r-kazakhstan-cooperates_with-tatarstan")).toBe(true);
    expect(shown.relations.has("r-kamaz-operates_in-kazakhstan")).toBe(false);
  });

  it("unticking the only source hides everything it supports; hide-isolated drops the loners", () => {
    const store = seededStore();
    const doc = store.getState().document!;
    store.getState().setSourceVisible(doc.sources[0].id, false);
    expect(selectCounts(store.getState()).entities.visible).toBe(0);
    expect(selectCounts(store.getState()).relations.visible).toBe(0);
    store.getState().setSourceVisible(doc.sources[0].id, true);

    store.getState().setMinSupport(2);
    store.getState().setHideIsolated(true);
    const shown = selectShown(store.getState());
    expect(shown.entities.has("kamaz")).toBe(false);
    expect(shown.entities.has("tatarstan")).toBe(true);
    for (const id of shown.entities) {
      const touching = doc.relations.some(
        (r) => shown.relations.has(r.id) && (r.source === id || r.target === id),
      );
      expect(touching).toBe(true);
    }
  });

  it("a filter that hides the selection clears it; one reset puts every filter back", () => {
    const store = seededStore();
    store.getState().selectRelation("r-kamaz-operates_in-kazakhstan");
    store.getState().setMinSupport(2);
    expect(store.getState().selection).toBeNull();
    store.getState().setRelationTypeVisible("cites", false);
    store.getState().setTypeVisible("company", false);
    store.getState().setHideIsolated(true);
    store.getState().resetFilters();
    const s = store.getState();
    expect(s.minSupport).toBe(1);
    expect(s.hiddenRelationTypes.size).toBe(0);
    expect(s.visibleTypes.has("company")).toBe(true);
    expect(s.hideIsolated).toBe(false);
    expect(selectCounts(s)).toEqual({
      entities: { visible: 21, total: 21 },
      relations: { visible: 28, total: 28 },
    });
  });
});

describe("who matters, among what is shown", () => {
  it("Kazakhstan has the highest degree, betweenness and PageRank on the seed", async () => {
    const store = seededStore();
    const m = await metricsFor(store.getState().document, selectShown(store.getState()));
    expect(m.complete).toBe(true);
    expect(m.pending).toBe(false);
    const top = (k: "degree" | "betweenness" | "pagerank") =>
      [...m.byId].sort((a, b) => b[1][k] - a[1][k])[0][0];
    expect(top("degree")).toBe("kazakhstan");
    expect(top("betweenness")).toBe("kazakhstan");
    expect(top("pagerank")).toBe("kazakhstan");
    expect(m.byId.get("kazakhstan")!.degree).toBe(13);
    // GBNews only cites Kazinform: nobody's shortest path runs through it.
    expect(m.byId.get("gbnews")!.betweenness).toBe(0);
    expect(m.byId.get("kamaz")!.betweenness).toBe(0);
    expect(m.byId.get("tatarstan")!.betweenness).toBeGreaterThan(0);
  });

  it("degree is what Cytoscape's own degree() says, on the shown graph", () => {
    const store = seededStore();
    store.getState().setShowWeakRelations(true);
    const doc = store.getState().document!;
    const shown = selectShown(store.getState());
    const cy = cytoscape({
      headless: true,
      elements: [
        ...[...shown.entities].map((id) => ({ group: "nodes" as const, data: { id } })),
        ...doc.relations
          .filter((r) => shown.relations.has(r.id))
          .map((r) => ({
            group: "edges" as const,
            data: { id: r.id, source: r.source, target: r.target },
          })),
      ],
    });
    const ours = degreeOnly(doc, shown);
    cy.nodes().forEach((n) => expect(ours.byId.get(n.id())!.degree).toBe(n.degree(false)));
    expect(ours.pending).toBe(true);
    cy.destroy();
  });

  it("hidden entities and relations are not counted: without Countries, Kazakhstan has no score", async () => {
    const store = seededStore();
    const all = await metricsFor(store.getState().document, selectShown(store.getState()));
    store.getState().setTypeVisible("country", false);
    const m = await metricsFor(store.getState().document, selectShown(store.getState()));
    expect(m.byId.has("kazakhstan")).toBe(false);
    // KAMAZ's only shown relation went to Kazakhstan.
    expect(m.byId.get("kamaz")!.degree).toBe(0);
    expect(m.byId.get("tatarstan")!.degree).toBeLessThan(all.byId.get("tatarstan")!.degree);
  });
});
