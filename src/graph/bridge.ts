import type { Core, EdgeSingular } from "cytoscape";
import type { AppStore, AppState } from "../store";
import { toElements } from "./elements";
import { runLayout, spiralPositions } from "./layout";

// The only place where the store and the graph meet. Store -> graph through subscriptions;
// graph -> store through actions, read fresh with getState() so handlers never go stale.

type Unsubscribe = () => void;

function applyDocument(cy: Core, state: AppState) {
  const doc = state.document;
  const elements = doc ? toElements(doc) : [];
  const wanted = new Set(elements.map((e) => e.data.id as string));
  cy.batch(() => {
    // Diff by id: remove what is gone, patch what stays, add what is new.
    cy.elements()
      .filter((ele) => !wanted.has(ele.id()))
      .remove();
    const toAdd = [];
    for (const def of elements) {
      const existing = cy.getElementById(def.data.id as string);
      if (existing.nonempty()) {
        existing.data(def.data);
        existing.classes(def.classes ?? "");
      } else {
        toAdd.push(def);
      }
    }
    cy.add(toAdd);
  });
}

function applyFilter(cy: Core, state: AppState) {
  const { visibleTypes, showWeakRelations } = state;
  // A class toggle, not a remove: elements keep their positions and the layout is not re-run.
  // Only elements whose state changes are touched, so Cytoscape restyles just those: at 20k
  // entities a per-element toggle of everything costs more than the redraw.
  const hiddenNodes = cy.nodes().filter((n) => !visibleTypes.has(n.data("type")));
  const toHide = showWeakRelations ? hiddenNodes : hiddenNodes.union(cy.edges(".weak"));
  const hiddenNow = cy.elements(".hidden");
  cy.batch(() => {
    hiddenNow.difference(toHide).removeClass("hidden");
    toHide.difference(hiddenNow).addClass("hidden");
  });
}

function applySelection(cy: Core, state: AppState) {
  const sel = state.selection;
  cy.batch(() => {
    cy.elements(".selected, .faded, .highlight").removeClass("selected faded highlight");
    if (!sel) return;
    const target = cy.getElementById(sel.id);
    if (target.empty()) return;
    // Neighbours through shown edges only: a hidden weak link must not light up a node.
    const focus =
      sel.kind === "entity"
        ? target
            .union(target.connectedEdges(":visible"))
            .union(target.connectedEdges(":visible").connectedNodes())
        : target.union((target as EdgeSingular).connectedNodes());
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

async function layoutAndFit(cy: Core, store: AppStore) {
  const { setLayoutRunning, layoutName } = store.getState();
  setLayoutRunning(true);
  try {
    await runLayout(cy, layoutName);
    if (!cy.destroyed()) cy.fit(cy.elements(":visible"), 30);
  } finally {
    store.getState().setLayoutRunning(false);
  }
}

export function bindStoreToGraph(cy: Core, store: AppStore): Unsubscribe {
  const initialise = (state: AppState) => {
    // The benchmark and the browser tests read this mark: first frame drawn with the document.
    if (state.document) cy.one("render", () => performance.mark("relgraph:first-frame"));
    applyDocument(cy, state);
    applyFilter(cy, state);
    applySelection(cy, state);
    const doc = state.document;
    if (!doc) return;
    if (doc.positions) {
      cy.fit(cy.elements(":visible"), 30);
      return;
    }
    // Big graphs: draw at once on a spiral, then move to the worker's layout.
    if (cy.nodes().length > 300) {
      const pos = spiralPositions(cy.nodes().map((n) => n.id()));
      cy.batch(() => cy.nodes().forEach((n) => void n.position(pos[n.id()])));
      cy.fit(cy.elements(":visible"), 30);
    }
    void layoutAndFit(cy, store);
  };

  const unsubs: Unsubscribe[] = [
    store.subscribe(
      (s) => s.document,
      () => initialise(store.getState()),
    ),
    store.subscribe(
      (s) => [s.visibleTypes, s.showWeakRelations] as const,
      () => applyFilter(cy, store.getState()),
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
      (s) => s.layoutRequest,
      () => void layoutAndFit(cy, store),
    ),
  ];

  // Graph -> store: taps become store actions.
  cy.on("tap", "node", (ev) => store.getState().selectEntity(ev.target.id()));
  cy.on("tap", "edge", (ev) => store.getState().selectRelation(ev.target.id()));
  cy.on("tap", (ev) => {
    if (ev.target === cy) store.getState().clearSelection();
  });

  initialise(store.getState());
  return () => {
    unsubs.forEach((u) => u());
    cy.removeAllListeners();
  };
}
