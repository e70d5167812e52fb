import type {
  CollectionReturnValue,
  Core,
  EdgeSingular,
  NodeCollection,
  ElementDefinition,
  SingularElementArgument,
} from "cytoscape";
import { ENTITY_TYPES } from "../model";
import type { AppStore, AppState } from "../store";
import { toElements } from "./elements";
import { MAIN_THREAD_FCOSE_LIMIT } from "./fcoseOptions";
import { fcoseReady, loadFcose, runLayout, spiralPositions } from "./layout";

// The only place where the store and the graph meet. Store -> graph through subscriptions;
// graph -> store through actions, read fresh with getState() so handlers never go stale.

type Unsubscribe = () => void;

/** An element can be patched in place only if it is the same kind and joins the same nodes. */
function sameShape(ele: SingularElementArgument, def: ElementDefinition): boolean {
  if (ele.group() !== def.group) return false;
  if (def.group !== "edges") return true;
  return ele.data("source") === def.data.source && ele.data("target") === def.data.target;
}

/**
 * Diffs the graph against the document by id; every element comes out shown and unselected.
 * Returns true when every node has a saved position.
 */
function applyDocument(cy: Core, state: AppState): boolean {
  const doc = state.document;
  const elements = doc ? toElements(doc, state.positions) : [];
  const byId = new Map(elements.map((e) => [e.data.id as string, e]));
  cy.batch(() => {
    // Remove what is gone, and what changed kind or endpoints (Cytoscape cannot move an edge).
    cy.elements()
      .filter((ele) => {
        const def = byId.get(ele.id());
        return !def || !sameShape(ele, def);
      })
      .remove();
    const toAdd: ElementDefinition[] = [];
    for (const def of elements) {
      const existing = cy.getElementById(def.data.id as string);
      if (existing.empty()) {
        toAdd.push(def);
        continue;
      }
      existing.data(def.data);
      existing.classes(def.classes ?? "");
      if (def.position) existing.position(def.position);
    }
    cy.add(toAdd);
  });
  return !!doc && doc.entities.length > 0 && doc.entities.every((e) => state.positions.has(e.id));
}

/** Moves the nodes whose stored position differs from where they are drawn. */
function applyPositions(cy: Core, positions: AppState["positions"]) {
  cy.batch(() => {
    for (const [id, p] of positions) {
      const node = cy.getElementById(id);
      if (node.empty() || !node.isNode()) continue;
      const at = node.position();
      if (at.x !== p.x || at.y !== p.y) node.position({ x: p.x, y: p.y });
    }
  });
}

/** Where the nodes are drawn now, for the store. */
function drawnPositions(
  nodes: CollectionReturnValue | NodeCollection,
): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  nodes.forEach((n) => {
    const p = n.position();
    out.set(n.id(), { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 });
  });
  return out;
}

/**
 * A class toggle, not a remove: elements keep their positions and the layout is not re-run.
 * Only elements whose state changes are touched, so Cytoscape restyles just those: at 20k
 * entities a per-element toggle of everything costs more than the redraw. Call inside a batch.
 */
function applyFilterClasses(cy: Core, state: AppState) {
  const { visibleTypes, showWeakRelations } = state;
  const hiddenTypes = ENTITY_TYPES.filter((t) => !visibleTypes.has(t));
  const hiddenNodes = hiddenTypes.length
    ? cy.nodes(hiddenTypes.map((t) => `[type = "${t}"]`).join(", "))
    : cy.collection();
  const toHide = showWeakRelations ? hiddenNodes : hiddenNodes.union(cy.edges(".weak"));
  const hiddenNow = cy.elements(".hidden");
  hiddenNow.difference(toHide).removeClass("hidden");
  toHide.difference(hiddenNow).addClass("hidden");
}

function applySelection(cy: Core, state: AppState) {
  const sel = state.selection;
  const target = sel ? cy.getElementById(sel.id) : cy.collection();
  // Neighbours through shown edges only, so a hidden weak link does not light up a node.
  // Shown is read from our classes, not from computed style, which may be stale mid-batch.
  let focus = cy.collection();
  if (sel && target.nonempty()) {
    if (sel.kind === "entity") {
      const edges = target
        .connectedEdges()
        .filter(
          (e) =>
            !e.hasClass("hidden") &&
            !e.source().hasClass("hidden") &&
            !e.target().hasClass("hidden"),
        );
      focus = target.union(edges).union(edges.connectedNodes());
    } else {
      focus = target.union((target as EdgeSingular).connectedNodes());
    }
  }
  cy.batch(() => {
    cy.elements(".selected, .faded, .highlight").removeClass("selected faded highlight");
    if (focus.empty()) return;
    cy.elements().not(focus).addClass("faded");
    focus.edges().addClass("highlight");
    target.addClass("selected");
  });
}

function centreOn(cy: Core, id: string) {
  const ele = cy.getElementById(id);
  if (ele.empty() || !ele.visible()) return;
  const bb = ele.renderedBoundingBox({});
  const inView = bb.x1 >= 0 && bb.y1 >= 0 && bb.x2 <= cy.width() && bb.y2 <= cy.height();
  if (!inView) cy.animate({ center: { eles: ele } }, { duration: 250 });
}

export function bindStoreToGraph(cy: Core, store: AppStore): Unsubscribe {
  // Each layout or document bumps this; a slower, older layout then leaves positions alone.
  let layoutTicket = 0;

  const layoutAndFit = async (eles: CollectionReturnValue) => {
    const ticket = ++layoutTicket;
    const isCurrent = () => ticket === layoutTicket && !cy.destroyed();
    store.getState().setLayoutRunning(true);
    try {
      await runLayout(cy, store.getState().layoutName, eles, isCurrent);
      if (isCurrent()) {
        // The layout's result is the person's arrangement now: the store keeps it.
        store.getState().setPositions(drawnPositions(eles.nodes()));
        cy.fit(cy.elements(":visible"), 30);
      }
    } catch (err) {
      store.getState().notify("error", `The layout could not run: ${(err as Error).message}`);
    } finally {
      if (ticket === layoutTicket) store.getState().setLayoutRunning(false);
    }
  };

  /**
   * A small document without positions is laid out by fcose on the main thread before its first
   * frame. fcose is loaded on demand; until it is here the document waits (a few milliseconds
   * from the same server) instead of flashing up unlaid.
   */
  const waitsForFcose = (state: AppState) => {
    const doc = state.document;
    if (!doc || state.layoutName !== "fcose" || fcoseReady()) return false;
    const n = doc.entities.length;
    return (
      n > 0 && n <= MAIN_THREAD_FCOSE_LIMIT && doc.entities.some((e) => !doc.positions?.[e.id])
    );
  };

  const initialise = (state: AppState) => {
    if (waitsForFcose(state)) {
      const doc = state.document;
      const retry = () => {
        if (!cy.destroyed() && store.getState().document === doc) initialise(store.getState());
      };
      loadFcose().then(retry, (err: unknown) => {
        store.getState().notify("error", `The layout could not be loaded: ${String(err)}`);
      });
      return;
    }
    layoutTicket++; // whatever layout was running belongs to the previous document
    store.getState().setLayoutRunning(false);
    // The benchmark and the browser tests read this mark: first frame drawn with the document.
    if (state.document) cy.one("render", () => performance.mark("relgraph:first-frame"));
    const allPlaced = applyDocument(cy, state);
    if (state.document && !allPlaced) {
      // Every layout starts from the same spiral in id order, so the same document gives the
      // same picture; big graphs are drawn on it at once while the worker lays them out.
      const pos = spiralPositions(
        cy
          .nodes()
          .map((n) => n.id())
          .sort(),
      );
      cy.batch(() => cy.nodes().forEach((n) => void n.position(pos.get(n.id())!)));
      // Laid out before the type filter applies, so hidden types get places too (layouts skip
      // hidden nodes) and ticking one back on never reveals a pile at (0,0). Small graphs are
      // laid out synchronously here (fcose is loaded by now), before any frame is drawn.
      void layoutAndFit(cy.elements());
    }
    cy.batch(() => applyFilterClasses(cy, state));
    applySelection(cy, state);
    if (state.document) cy.fit(cy.elements(":visible"), 30);
  };

  const unsubs: Unsubscribe[] = [
    store.subscribe(
      (s) => s.document,
      () => initialise(store.getState()),
    ),
    store.subscribe(
      (s) => [s.visibleTypes, s.showWeakRelations] as const,
      () => {
        const state = store.getState();
        cy.batch(() => applyFilterClasses(cy, state));
        // The store has already dropped a selection the filter hides.
        applySelection(cy, state);
      },
      { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
    ),
    store.subscribe(
      (s) => s.selection,
      (sel) => {
        applySelection(cy, store.getState());
        if (sel) centreOn(cy, sel.id);
      },
    ),
    store.subscribe(
      (s) => [s.document, s.positions] as const,
      ([doc, positions], [prevDoc]) => {
        // A new document is drawn whole by initialise(); here only moves within the same one.
        if (doc === prevDoc) applyPositions(cy, positions);
      },
      { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
    ),
    store.subscribe(
      (s) => s.layoutRequest,
      () => void layoutAndFit(cy.elements(":visible")),
    ),
  ];

  // Graph -> store: taps become store actions.
  cy.on("tap", "node", (ev) => store.getState().selectEntity(ev.target.id()));
  cy.on("tap", "edge", (ev) => store.getState().selectRelation(ev.target.id()));
  cy.on("tap", (ev) => {
    if (ev.target === cy) store.getState().clearSelection();
  });
  // A drag ends: the store learns where the person put the node (and any others it dragged).
  cy.on("dragfree", "node", (ev) => {
    store.getState().setPositions(drawnPositions(cy.collection().union(ev.target)));
  });

  initialise(store.getState());
  return () => {
    layoutTicket++;
    unsubs.forEach((u) => u());
    cy.removeAllListeners();
  };
}
