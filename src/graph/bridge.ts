import type {
  CollectionArgument,
  CollectionReturnValue,
  Core,
  NodeCollection,
  NodeSingular,
  ElementDefinition,
  SingularElementArgument,
} from "cytoscape";
import {
  selectActivePath,
  selectFocus,
  selectResolvedTheme,
  selectSearchMatchIds,
  selectShown,
} from "../store";
import type { GraphDocument } from "../model";
import type { AppStore, AppState, MetricName, Visibility } from "../store";
import { DOCUMENT_CLASSES, toElements } from "./elements";
import {
  FIRST_SHARE,
  inNextTask,
  loadProgressively,
  orderForLoading,
  PROGRESSIVE_MIN_ELEMENTS,
} from "./chunkedLoader";
import type { LoadProgress, ProgressiveLoad, ProgressiveLoadOptions } from "./chunkedLoader";
import { DRAFT_FCOSE_FROM, MAIN_THREAD_FCOSE_LIMIT } from "./fcoseOptions";
import { frameControlFor } from "./frameControl";
import { whenPictureDrawn } from "./slicedFrame";
import { applyInSlices } from "./slicedApply";
import type { SlicedRun } from "./slicedApply";
import { applyViewportDetail, detailLevelFor, FULL_DETAIL, sameStyleLevel } from "./levelOfDetail";
import { applyStylesheet, drawnStyle } from "./stylesheet";
import { fcoseReady, loadFcose, runLayout, spiralPositions } from "./layout";
import { degreeOnly, metricsFor } from "./metrics";
import type { MetricsResult } from "./metrics";

// The only place where the store and the graph meet. Store -> graph through subscriptions;
// graph -> store through actions, read fresh with getState() so handlers never go stale.

type Unsubscribe = () => void;

/** An element can be patched in place only if it is the same kind and joins the same nodes. */
function sameShape(ele: SingularElementArgument, def: ElementDefinition): boolean {
  if (ele.group() !== def.group) return false;
  if (def.group !== "edges") return true;
  return ele.data("source") === def.data.source && ele.data("target") === def.data.target;
}

/** Whether any data field of `def` differs from the element's (the fields are primitives). */
function dataChanged(ele: SingularElementArgument, def: ElementDefinition): boolean {
  for (const key of Object.keys(def.data)) {
    if (ele.data(key) !== (def.data as Record<string, unknown>)[key]) return true;
  }
  return false;
}

/**
 * Diffs the graph against the document by id; every element comes out shown and unselected.
 * Small changes are added here, in the same batch; when a big document brings many new
 * elements they are handed back in `pending`, for `loadProgressively`. With `holdEdges` the new
 * nodes go in here and their relations are handed back.
 */
function applyDocument(
  cy: Core,
  state: AppState,
  holdEdges = false,
): { allPlaced: boolean; pending: ElementDefinition[] } {
  const doc = state.document;
  const elements = doc ? toElements(doc, state.positions) : [];
  const byId = new Map(elements.map((e) => [e.data.id as string, e]));
  let pending: ElementDefinition[] = [];
  cy.batch(() => {
    // Remove what is gone, and what changed kind or endpoints (Cytoscape cannot move an edge).
    cy.elements()
      .filter((ele) => {
        const def = byId.get(ele.id());
        return !def || !sameShape(ele, def);
      })
      .remove();
    const toAdd: ElementDefinition[] = [];
    // An empty graph takes everything: looking 60,000 ids up one by one (each answer a new
    // collection) was a tenth of a 20k document's arrival.
    const fresh = cy.elements().empty();
    for (const def of elements) {
      const existing = fresh ? null : cy.getElementById(def.data.id as string);
      if (!existing || existing.empty()) {
        toAdd.push(def);
        continue;
      }
      // Only what changed: each set restyles the element and redraws it, and a re-extraction
      // hands back every element anew although almost all are as they were.
      if (dataChanged(existing, def)) existing.data(def.data);
      // The document's own classes; the view's (hidden, faded, match…) are set after this.
      const defClasses = def.classes ?? "";
      const want = new Set(typeof defClasses === "string" ? defClasses.split(" ") : defClasses);
      for (const c of DOCUMENT_CLASSES) {
        if (existing.hasClass(c) !== want.has(c)) existing.toggleClass(c, want.has(c));
      }
      if (def.position) {
        const at = existing.position();
        if (at.x !== def.position.x || at.y !== def.position.y) existing.position(def.position);
      }
    }
    if (holdEdges) {
      cy.add(toAdd.filter((d) => d.group !== "edges"));
      pending = toAdd.filter((d) => d.group === "edges");
    } else if (toAdd.length < PROGRESSIVE_MIN_ELEMENTS) cy.add(toAdd);
    else pending = toAdd;
  });
  const allPlaced =
    !!doc && doc.entities.length > 0 && doc.entities.every((e) => state.positions.has(e.id));
  return { allPlaced, pending };
}

/**
 * Brings the shown entities into view (gliding, in a small graph). Shown by class, not by the `:visible` selector,
 * which works out visibility for every element (a large part of a filter click at 60,000); the
 * relations lie between their entities.
 */
function fitShown(cy: Core, animate: boolean) {
  const shown = cy.nodes().filter((n) => !n.hasClass("hidden"));
  if (shown.empty()) return;
  cy.stop();
  // A big graph jumps: each frame of a glide draws every entity anew (relations left out while
  // it moves), a quarter of a second or more a frame at 20,000 entities.
  if (animate) cy.animate({ fit: { eles: shown, padding: 40 } }, { duration: 250 });
  else cy.fit(shown, 40);
}

/** Fits the view to where nodes are and will be, so the view holds still while chunks arrive. */
function fitToPoints(cy: Core, points: Iterable<{ x: number; y: number }>, padding = 30) {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of points) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  if (!Number.isFinite(x1)) return;
  const r = 25; // about half a node and its label
  const w = x2 - x1 + 2 * r;
  const h = y2 - y1 + 2 * r;
  const zoom = Math.min(
    cy.maxZoom(),
    Math.max(
      cy.minZoom(),
      Math.min((cy.width() - 2 * padding) / w, (cy.height() - 2 * padding) / h),
    ),
  );
  cy.viewport({
    zoom,
    pan: {
      x: cy.width() / 2 - (zoom * (x1 + x2)) / 2,
      y: cy.height() / 2 - (zoom * (y1 + y2)) / 2,
    },
  });
}

/** The nodes whose stored position differs from where they are drawn, with their new places. */
function movesFor(
  cy: Core,
  positions: AppState["positions"],
): [NodeSingular, { x: number; y: number }][] {
  const out: [NodeSingular, { x: number; y: number }][] = [];
  for (const [id, p] of positions) {
    const node = cy.getElementById(id);
    if (node.empty() || !node.isNode()) continue;
    const at = node.position();
    if (at.x !== p.x || at.y !== p.y) out.push([node, { x: p.x, y: p.y }]);
  }
  return out;
}

/** Nodes moved per task when a layout's picture moves thousands of them (see slicedApply.ts). */
const MOVES_PER_SLICE = 800;

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

/** Whether an element should carry `.hidden` under `shown` (see applyFilterClasses). */
function hiddenUnder(ele: SingularElementArgument, shown: Visibility): boolean {
  const id = ele.id();
  return ele.group() === "nodes"
    ? !shown.entities.has(id)
    : !shown.relations.has(id) &&
        shown.entities.has(ele.data("source") as string) &&
        shown.entities.has(ele.data("target") as string);
}

/** One collection from elements (Cytoscape takes an array of elements; its typings do not say so). */
function asCollection(cy: Core, eles: SingularElementArgument[]): CollectionReturnValue {
  return cy.collection(eles as unknown as CollectionArgument);
}

function setHidden(cy: Core, hide: SingularElementArgument[], show: SingularElementArgument[]) {
  if (hide.length) asCollection(cy, hide).addClass("hidden");
  if (show.length) asCollection(cy, show).removeClass("hidden");
}

/**
 * A class toggle, not a remove: elements keep their positions and the layout is not re-run.
 * One pass over the elements against what the store says is shown; only elements whose state
 * changes are touched, so Cytoscape restyles just those (a restyle costs far more than the
 * pass). A relation with a hidden end is not drawn anyway, so it keeps its class: switching a
 * type off restyles the entities alone, not their relations too. Call inside a batch.
 * With `added` (a chunk that just arrived) only those are looked at, so a filter set while a big
 * document loads holds for what arrives after it. Returns the visibility the classes now follow.
 */
function applyFilterClasses(cy: Core, state: AppState, added?: CollectionReturnValue): Visibility {
  const shown = selectShown(state);
  const hide: SingularElementArgument[] = [];
  const show: SingularElementArgument[] = [];
  const eles = added ?? cy.elements();
  for (let i = 0; i < eles.length; i++) {
    const ele = eles[i];
    const h = hiddenUnder(ele, shown);
    if (h !== ele.hasClass("hidden")) (h ? hide : show).push(ele);
  }
  setHidden(cy, hide, show);
  return shown;
}

/**
 * The same classes as applyFilterClasses, when every element in the graph already follows
 * `before`: what each element's class should be is worked out from the two visibilities and the
 * document alone, and only the elements whose class should change are touched (a type switched
 * off: its entities, not the 13,000 relations at their ends that a pass over the graph would
 * look at; that pass was 0.15 s of a 20k filter click). Call inside a batch.
 */
function applyFilterChange(cy: Core, state: AppState, before: Visibility): Visibility {
  const shown = selectShown(state);
  const index = state.index;
  if (shown === before) return shown;
  if (!index) return applyFilterClasses(cy, state);
  const hide: SingularElementArgument[] = [];
  const show: SingularElementArgument[] = [];
  const set = (id: string, h: boolean) => {
    const ele = cy.getElementById(id);
    // Not in yet: a chunk gets its classes as it arrives.
    if (ele.nonempty() && ele.hasClass("hidden") !== h) (h ? hide : show).push(ele);
  };
  const relationHidden = (v: Visibility, r: { id: string; source: string; target: string }) =>
    !v.relations.has(r.id) && v.entities.has(r.source) && v.entities.has(r.target);
  const seen = new Set<string>();
  const relation = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const r = index.relationById.get(id);
    if (!r) return;
    const h = relationHidden(shown, r);
    if (h !== relationHidden(before, r)) set(id, h);
  };
  const entity = (id: string) => {
    set(id, !shown.entities.has(id));
    for (const r of index.relationsByEntity.get(id) ?? []) relation(r.id);
  };
  for (const id of before.entities) if (!shown.entities.has(id)) entity(id);
  for (const id of shown.entities) if (!before.entities.has(id)) entity(id);
  for (const id of before.relations) if (!shown.relations.has(id)) relation(id);
  for (const id of shown.relations) if (!before.relations.has(id)) relation(id);
  setHidden(cy, hide, show);
  return shown;
}

/**
 * Marks the focus. The store decides it (a neighbourhood to some depth, a path, a relation and
 * its ends); this only turns it into classes: `.selected`, `.near` (the focus's other entities),
 * `.highlight` (its relations), `.on-path`, and `.faded` on everything else when `fadeRest`. Big
 * graphs do not fade the rest: fading restyles every element (seconds at 60,000), while the marks
 * touch only the few in focus. Faded elements are diffed, so a new selection restyles only what
 * changes.
 */
function applyFocus(cy: Core, state: AppState, fadeRest: boolean) {
  const focus = selectFocus(state);
  cy.batch(() => {
    cy.elements(".selected, .near, .highlight, .on-path").removeClass(
      "selected near highlight on-path",
    );
    if (fadeRest || cy.elements(".faded").nonempty()) {
      const fade = (ele: SingularElementArgument) =>
        fadeRest &&
        !!focus &&
        !(ele.group() === "nodes" ? focus.entities : focus.relations).has(ele.id());
      const changed = cy.elements().filter((ele) => fade(ele) !== ele.hasClass("faded"));
      const unfading = changed.filter(".faded");
      changed.difference(unfading).addClass("faded");
      unfading.removeClass("faded");
    }
    if (!focus) return;
    for (const id of focus.entities) {
      if (!focus.selected.has(id)) cy.getElementById(id).addClass("near");
    }
    for (const id of focus.relations) cy.getElementById(id).addClass("highlight");
    for (const id of focus.onPath) cy.getElementById(id).addClass("on-path");
    for (const id of focus.selected) cy.getElementById(id).addClass("selected");
  });
}

/** Search matches get a ring in the graph, so a query shows where its entities are. */
function applySearchMatches(cy: Core, state: AppState) {
  const ids = selectSearchMatchIds(state);
  cy.batch(() => {
    cy.nodes(".match")
      .filter((n) => !ids.has(n.id()))
      .removeClass("match");
    for (const id of ids) cy.getElementById(id).addClass("match");
  });
}

const MIN_SIZE = 22;
const MAX_SIZE = 72;

/** Sizes nodes by a metric's value (area grows with it), or gives them their type's size. */
function drawSizes(cy: Core, metric: MetricName | null, metrics: MetricsResult | null) {
  if (!metric || !metrics) {
    cy.batch(() => cy.nodes(".sized").removeClass("sized"));
    return;
  }
  const top = metrics.max[metric] || 1;
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const value = metrics.byId.get(n.id())?.[metric] ?? 0;
      n.data("size", MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(value / top));
    });
    cy.nodes().addClass("sized");
  });
}

function centreOn(cy: Core, id: string) {
  const ele = cy.getElementById(id);
  if (ele.empty() || !ele.visible()) return;
  const bb = ele.renderedBoundingBox({});
  const inView = bb.x1 >= 0 && bb.y1 >= 0 && bb.x2 <= cy.width() && bb.y2 <= cy.height();
  if (!inView) cy.animate({ center: { eles: ele } }, { duration: 250 });
}

export interface BridgeHooks {
  /** A big document is being added in chunks (null: none is, or it has finished). */
  onLoadProgress?: (progress: LoadProgress | null) => void;
  /** When the next chunk may go in; tests step through chunks with a queue of their own. */
  schedule?: (next: () => void) => void;
  /**
   * Runs `next` in a task of its own (default: `setTimeout(next, 0)`). A big document's arrival
   * is split over a few: the store and the panels, the graph's diff, the ordering and the first
   * chunk. Tests pass a queue.
   */
  defer?: (next: () => void) => void;
}

type ChunkSizes = Pick<
  ProgressiveLoadOptions,
  "firstChunk" | "minChunk" | "maxChunk" | "growth" | "budgetMs"
>;
/** The relations of a fresh graph of a few hundred elements: a few dozen per frame. */
const SMALL_CHUNKS: ChunkSizes = {
  firstChunk: 40,
  minChunk: 30,
  maxChunk: 100,
  growth: 0,
  budgetMs: 50,
};

/**
 * A new graph of more than a handful of entities and up to a few hundred, none of them placed,
 * arriving in an empty view: fcose lays it out in a worker, so nothing is lost by drawing it one
 * task later. (Bigger ones have their own progressive path.)
 */
function drawsInItsOwnTask(cy: Core, state: AppState): boolean {
  const doc = state.document;
  const n = doc?.entities.length ?? 0;
  if (
    !doc ||
    n <= MAIN_THREAD_FCOSE_LIMIT ||
    n > DRAFT_FCOSE_FROM ||
    state.layoutName !== "fcose"
  ) {
    return false;
  }
  if (typeof window === "undefined" || cy.nodes().nonempty()) return false;
  return doc.entities.every((e) => !state.positions.has(e.id));
}

/** A document big enough to be loaded in chunks is taken in over several tasks. */
function arrivesInParts(state: AppState): boolean {
  const doc = state.document;
  return !!doc && doc.entities.length + doc.relations.length >= PROGRESSIVE_MIN_ELEMENTS;
}

/**
 * Marks the benchmark and the browser tests read, each set just after the frame that draws it:
 * Cytoscape draws in an animation-frame callback it queued earlier, so ours runs after it. (The
 * WebGL renderer emits no "render" event.)
 */
/**
 * Marks the time once the next frame is on screen; for a big graph whose frame is drawn in
 * slices (slicedFrame.ts), once the picture that frame started is complete.
 */
function markAfterNextFrame(cy: Core, name: string) {
  if (typeof requestAnimationFrame === "function") {
    requestAnimationFrame(() => whenPictureDrawn(cy, () => performance.mark(name)));
  }
}

export function bindStoreToGraph(cy: Core, store: AppStore, hooks: BridgeHooks = {}): Unsubscribe {
  // Each layout or document bumps this; a slower, older layout then leaves positions alone.
  let layoutTicket = 0;
  // The big document being added chunk by chunk; a newer document cancels it.
  let loading: ProgressiveLoad | null = null;
  let detail = FULL_DETAIL;
  // A document whose drawing waits for the next task (see drawsInItsOwnTask).
  let deferred: GraphDocument | null = null;
  // What every element's `.hidden` class follows (null: not known, the next filter looks at
  // every element). Reset whenever elements go in without their filter classes.
  let applied: Visibility | null = null;
  // Whether any entity may carry `.sized` or `.match` (set by this bridge alone).
  let sized = false;
  let matched = false;

  /** Big documents get the cheaper styles and viewport settings (see levelOfDetail.ts). */
  const setDetailFor = (state: AppState) => {
    const doc = state.document;
    const next = detailLevelFor(doc ? doc.entities.length + doc.relations.length : 0);
    if (!sameStyleLevel(next, detail)) applyStylesheet(cy, next, drawnStyle(cy).theme);
    applyViewportDetail(cy, next);
    detail = next;
  };

  // A layout's picture being applied a slice of nodes per task, and who waits for its end.
  let moving: SlicedRun | null = null;
  let movesWaiting: (() => void)[] = [];
  const movesDone = () => {
    moving = null;
    const waiting = movesWaiting;
    movesWaiting = [];
    for (const fn of waiting) fn();
  };
  /** Resolves once every stored position is where its node is drawn. */
  const movesSettled = () =>
    new Promise<void>((resolve) => (moving ? movesWaiting.push(resolve) : resolve()));

  /**
   * Moves the nodes whose stored position differs from where they are drawn. Thousands at once
   * (each picture of a big graph's layout moves every node) go a slice per task, each slice's
   * geometry worked out in its task without a frame, and the last one drawn: moving 5,000
   * nodes and drawing them was one task of 0.65-0.9 s. A newer picture cancels the slices
   * still to come and starts from where the nodes are then, so none is moved twice or missed.
   */
  const movePositions = (positions: AppState["positions"]) => {
    moving?.cancel();
    const moves = movesFor(cy, positions);
    const frames = frameControlFor(cy);
    const moveAll = (slice: readonly [NodeSingular, { x: number; y: number }][]) =>
      cy.batch(() => {
        for (const [node, p] of slice) node.position(p);
      });
    if (!frames || moves.length <= MOVES_PER_SLICE) {
      moveAll(moves);
      movesDone();
      return;
    }
    const run = applyInSlices(
      moves,
      (slice) => {
        moveAll(slice);
        // The last slice's frame draws them all; until then each is worked out in its task.
        if (slice[slice.length - 1] !== moves[moves.length - 1]) frames.settleWithoutFrame();
      },
      {
        size: MOVES_PER_SLICE,
        defer,
        onDone: () => {
          frames.settleThenDraw();
          if (moving === run) movesDone();
        },
      },
    );
    if (!run.done) moving = run;
  };

  const layoutAndFit = async (
    eles: CollectionReturnValue,
    notYetAdded: readonly ElementDefinition[] = [],
  ) => {
    const ticket = ++layoutTicket;
    const isCurrent = () => ticket === layoutTicket && !cy.destroyed();
    store.getState().setLayoutRunning(true);
    try {
      // A big graph's layout streams its positions to the store as it improves; the
      // subscription below moves the nodes, so the person watches it settle.
      const streamed = await runLayout(
        cy,
        store.getState().layoutName,
        eles,
        isCurrent,
        (placed) => store.getState().setPositions(placed),
        notYetAdded,
      );
      if (isCurrent()) {
        // The layout's result is the person's arrangement now: the store keeps it.
        if (!streamed) store.getState().setPositions(drawnPositions(eles.nodes()));
        // The last picture may still be going in a slice per task: fitted and marked after it.
        await movesSettled();
        if (!isCurrent()) return;
        if (loading) fitToPoints(cy, store.getState().positions.values());
        else cy.fit(cy.elements(":visible"), 30);
        markAfterNextFrame(cy, "relgraph:layout-done");
        // A shared link's camera waits for the layout it was taken on.
        applyViewportRequest(store.getState(), true);
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
      n > 0 && n <= MAIN_THREAD_FCOSE_LIMIT && doc.entities.some((e) => !state.positions.has(e.id))
    );
  };

  const initialise = (state: AppState, inItsOwnTask = false) => {
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
    deferred = null;
    layoutTicket++; // whatever layout was running belongs to the previous document
    moving?.cancel();
    movesDone();
    loading?.cancel();
    loading = null;
    hooks.onLoadProgress?.(null);
    store.getState().setLayoutRunning(false);
    setDetailFor(state);
    // A workspace's graph growing in place keeps the person's camera; a new graph is fitted.
    const freshGraph = cy.nodes().empty() || state.viewingFile !== null;
    // A fresh graph drawn in its own task (see drawsInItsOwnTask) goes in as nodes first: they
    // are measured for the layout while no relation is there to restyle with them, and the
    // relations follow in frame-sized chunks.
    applied = null;
    const { allPlaced, pending } = applyDocument(cy, state, inItsOwnTask);
    const placeOnSpiral = !!state.document && !allPlaced;
    if (placeOnSpiral) {
      // Every layout starts from the same spiral in id order, so the same document gives the
      // same picture; big graphs are drawn on it at once while the worker lays them out.
      const ids = cy.nodes().map((n) => n.id());
      for (const d of pending) if (d.group === "nodes") ids.push(d.data.id as string);
      const pos = spiralPositions(ids.sort());
      cy.batch(() => cy.nodes().forEach((n) => void n.position(pos.get(n.id())!)));
      for (const d of pending) if (d.group === "nodes") d.position = pos.get(d.data.id as string);
    }
    if (pending.length > 0 && inItsOwnTask) {
      // The entities are drawn where the layout starts; their relations come in once it has
      // placed them, so each relation's curve and label are worked out once, where it stays.
      cy.batch(() => void (applied = applyFilterClasses(cy, state)));
      fitToPoints(
        cy,
        cy.nodes().map((n) => n.position()),
      );
      // Styled here, in this task, so the frame that first draws them only measures and paints
      // (the two together were one task of 100 ms and more for a few dozen entities).
      cy.nodes().forEach((n) => void n.style("display"));
      const doc = state.document;
      void layoutAndFit(cy.elements(), pending).then(() =>
        // In a task of its own: the layout's positions have just been applied in this one.
        setTimeout(() => {
          if (cy.destroyed() || store.getState().document !== doc || loading) return;
          loadInChunks(pending, SMALL_CHUNKS);
        }, 0),
      );
      return;
    }
    if (pending.length > 0) {
      loadInChunks(pending, {}, true);
      // The layout starts at once in its worker, while the chunks go in: each chunk takes the
      // latest positions from the store as it arrives.
      if (placeOnSpiral) void layoutAndFit(cy.elements(), pending);
      return;
    }
    if (state.document) {
      markAfterNextFrame(cy, "relgraph:first-frame");
      markAfterNextFrame(cy, "relgraph:interactive");
      markAfterNextFrame(cy, "relgraph:all-drawn");
    }
    if (placeOnSpiral) {
      // Laid out before the type filter applies, so hidden types get places too (layouts skip
      // hidden nodes) and ticking one back on never reveals a pile at (0,0). Small graphs are
      // laid out synchronously here (fcose is loaded by now), before any frame is drawn.
      void layoutAndFit(cy.elements());
    }
    cy.batch(() => void (applied = applyFilterClasses(cy, state)));
    applyFocus(cy, state, !detail.cheapEdges);
    searchMatches(state);
    applySizing(state);
    if (state.document && freshGraph) {
      // Fitted to the node centres while a layout will move them anyway: measuring every
      // element's box here would style and measure the whole graph in this task.
      if (placeOnSpiral)
        fitToPoints(
          cy,
          cy.nodes().map((n) => n.position()),
        );
      else cy.fit(cy.elements(":visible"), 30);
    }
    // Fresh state: a layout started above may still be running, and then it applies the camera.
    applyViewportRequest(store.getState());
  };

  /** Search rings; a filter gives a new, empty set of matches when nothing is searched for. */
  const searchMatches = (state: AppState) => {
    const any = selectSearchMatchIds(state).size > 0;
    if (!any && !matched) return;
    matched = any;
    applySearchMatches(cy, state);
  };

  /**
   * A big graph jumps to what is left, fitted to the shown entities' stored places: measuring
   * their boxes (as cy.fit does) took a tenth of a 20k filter click, and at that size the
   * relations lie between the entities and the names are only drawn when zoomed in.
   */
  const jumpToShown = (state: AppState) => {
    const points: { x: number; y: number }[] = [];
    for (const id of selectShown(state).entities) {
      const p = state.positions.get(id);
      if (p) points.push(p);
      else {
        const node = cy.getElementById(id);
        if (node.nonempty()) points.push(node.position());
      }
    }
    if (!points.length) return;
    cy.stop();
    fitToPoints(cy, points, 40);
  };

  /**
   * Degree is known at once; betweenness and PageRank come from the metrics worker, and are drawn
   * only if the metric and the shown set are still the same when they arrive.
   */
  const applySizing = (state: AppState) => {
    const metric = state.sizeBy;
    const shown = selectShown(state);
    // Nothing sized and nothing to size: no need to look for `.sized` among every entity.
    if (!metric && !sized) return;
    sized = !!metric;
    if (!metric) return drawSizes(cy, null, null);
    if (metric === "degree") return drawSizes(cy, metric, degreeOnly(state.document, shown));
    void metricsFor(state.document, shown).then((m) => {
      const now = store.getState();
      if (cy.destroyed() || now.sizeBy !== metric || selectShown(now) !== shown) return;
      drawSizes(cy, metric, m);
    });
  };

  // A camera position asked for by a shared link: applied once, after the document is drawn.
  let viewportApplied = 0;
  const applyViewportRequest = (state: AppState, layoutDone = false) => {
    const req = state.viewportRequest;
    if (!req || req.n === viewportApplied || cy.nodes().empty()) return;
    if (state.layoutRunning && !layoutDone) return;
    viewportApplied = req.n;
    cy.stop();
    cy.viewport({ zoom: req.viewport.zoom, pan: { ...req.viewport.pan } });
  };

  /**
   * A big document: the view is fitted to where everything will be, then the most connected
   * entities are drawn first and the rest follows chunk by chunk (see chunkedLoader.ts). Each
   * chunk gets the filter and the focus as they are when it arrives.
   */
  const loadInChunks = (pending: ElementDefinition[], sizes: ChunkSizes, startLater = false) => {
    const state = store.getState();
    cy.batch(() => void (applied = applyFilterClasses(cy, state)));
    applyFocus(cy, state, !detail.cheapEdges);
    const points = cy.nodes().map((n) => n.position());
    for (const d of pending) if (d.group === "nodes" && d.position) points.push(d.position);
    fitToPoints(cy, points);
    let interactive = false;
    // Only three chunks are drawn as they arrive: the first (a first frame at once), the one that
    // brings in the most connected tenth (the interactive frame) and the last (everything). The
    // others are settled without a frame each (see frameControl.ts): every frame of a canvas
    // redraws all that is in, so a frame per chunk made most of the load's time and its longest
    // tasks. A person who pans or zooms meanwhile gets their frame.
    const frames = frameControlFor(cy);
    let drawThis = true;
    let moved = false;
    const onViewport = () => void (moved = true);
    cy.on("viewport", onViewport);
    // Ordering 60,000 elements by degree is a task of its own with the first chunk, after the
    // one that diffed the document (each a tenth of a second or two at 20k).
    const load = loadProgressively(cy, () => orderForLoading(pending), {
      ...sizes,
      startLater: startLater ? defer : undefined,
      schedule: hooks.schedule,
      skipFrame: () => {
        const draw = !frames || drawThis || moved;
        drawThis = false;
        moved = false;
        if (!frames) return false;
        if (draw) frames.settleThenDraw();
        else frames.settleWithoutFrame();
        return !draw;
      },
      onChunk: (added, progress) => {
        const now = store.getState();
        cy.batch(() => {
          // A layout running meanwhile may have moved these since their definitions were made.
          added.nodes().forEach((n) => {
            const p = now.positions.get(n.id());
            if (p) n.position({ x: p.x, y: p.y });
          });
          // Every element already in follows the filter (each change of it is applied to all of
          // them), and these now do too.
          applied = applyFilterClasses(cy, now, added);
        });
        if (selectFocus(now)) applyFocus(cy, now, !detail.cheapEdges);
        if (progress.elementsAdded === added.length) markAfterNextFrame(cy, "relgraph:first-frame");
        if (!interactive && progress.nodesAdded >= FIRST_SHARE * progress.nodesTotal) {
          interactive = true;
          drawThis = true;
          markAfterNextFrame(cy, "relgraph:interactive");
        }
        if (progress.done) {
          // The last chunk is styled here, in its own task, and the frame after it only draws.
          frames?.settleThenDraw();
          markAfterNextFrame(cy, "relgraph:all-drawn");
        }
        hooks.onLoadProgress?.(progress.done ? null : progress);
      },
    });
    loading = load;
    void load.finished.then((complete) => {
      cy.off("viewport", onViewport);
      if (loading === load) loading = null;
      if (!complete || cy.destroyed()) return;
      // What follows the whole graph (search rings, metric sizes, a shared link's camera) once
      // all of it is in.
      const now = store.getState();
      searchMatches(now);
      applySizing(now);
      applyViewportRequest(now);
    });
  };

  const defer = hooks.defer ?? inNextTask;
  let shownFor = store.getState().document;
  const unsubs: Unsubscribe[] = [
    store.subscribe(
      (s) => s.document,
      (doc) => {
        if (arrivesInParts(store.getState()) && !drawsInItsOwnTask(cy, store.getState())) {
          // A big document: the store and the panels take it in this task, the graph in the
          // next (together one task of 0.6-1.3 s at 20k, during which the page answered nothing).
          deferred = doc;
          defer(() => {
            if (deferred !== doc || cy.destroyed()) return;
            deferred = null;
            initialise(store.getState());
          });
          return;
        }
        if (!drawsInItsOwnTask(cy, store.getState())) return initialise(store.getState());
        // A fresh graph that the worker lays out: React draws the panels for it in this task,
        // Cytoscape takes it in the next, so neither waits for the other (issue 7: no task
        // over 100 ms when articles land in an empty workspace).
        deferred = doc;
        setTimeout(() => {
          if (deferred !== doc || cy.destroyed()) return;
          deferred = null;
          initialise(store.getState(), drawsInItsOwnTask(cy, store.getState()));
        }, 0);
      },
    ),
    // The store has already dropped a selection the filter hides.
    store.subscribe(selectShown, () => {
      const state = store.getState();
      // A document waiting for its own task gets the filter, sizes and all when it is drawn;
      // the graph meanwhile still holds the previous one (or nothing).
      if (deferred && deferred === state.document) {
        shownFor = state.document;
        return;
      }
      const before = applied;
      cy.batch(() => {
        applied = before ? applyFilterChange(cy, state, before) : applyFilterClasses(cy, state);
      });
      applySizing(state);
      // A filter or "only this neighbourhood" on the same graph brings what is left into view
      // (a shared link's camera, applied after this, still wins: it stops the animation).
      if (state.document === shownFor && !loading) {
        if (detail.cheapEdges) jumpToShown(state);
        else fitShown(cy, true);
      }
      shownFor = state.document;
    }),
    store.subscribe(selectFocus, () => applyFocus(cy, store.getState(), !detail.cheapEdges)),
    // A new path is brought into view whole when part of it is off screen.
    store.subscribe(selectActivePath, (path) => {
      if (!path || path.entities.length < 2) return;
      const nodes = cy.nodes().filter((n) => path.entities.includes(n.id()));
      if (
        nodes.length !== path.entities.length ||
        nodes.filter(":visible").length !== nodes.length
      ) {
        return;
      }
      const bb = nodes.renderedBoundingBox({});
      if (bb.x1 >= 0 && bb.y1 >= 0 && bb.x2 <= cy.width() && bb.y2 <= cy.height()) return;
      cy.stop();
      cy.animate({ fit: { eles: nodes, padding: 60 } }, { duration: 300 });
    }),
    store.subscribe(selectSearchMatchIds, () => searchMatches(store.getState())),
    // Light or dark: the whole stylesheet at once, at the detail level the graph has.
    store.subscribe(selectResolvedTheme, (theme) => applyStylesheet(cy, detail, theme), {
      fireImmediately: true,
    }),
    store.subscribe(
      (s) => s.sizeBy,
      () => applySizing(store.getState()),
    ),
    store.subscribe(
      (s) => s.selection,
      (sel) => {
        if (sel) centreOn(cy, sel.id);
      },
    ),
    store.subscribe(
      (s) => s.centreRequest,
      () => {
        const sel = store.getState().selection;
        const ele = sel ? cy.getElementById(sel.id) : cy.collection();
        if (ele.nonempty() && ele.visible() && ele.isNode()) {
          // The node itself in the middle, not its box (which includes the label below it).
          const p = ele.position();
          const zoom = cy.zoom();
          cy.stop();
          cy.animate(
            { pan: { x: cy.width() / 2 - p.x * zoom, y: cy.height() / 2 - p.y * zoom } },
            { duration: 250 },
          );
        }
      },
    ),
    store.subscribe(
      (s) => s.viewportRequest,
      () => applyViewportRequest(store.getState()),
    ),
    store.subscribe(
      (s) => [s.document, s.positions] as const,
      ([doc, positions], [prevDoc]) => {
        // A new document is drawn whole by initialise(); here only moves within the same one.
        if (doc === prevDoc) movePositions(positions);
      },
      { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
    ),
    store.subscribe(
      (s) => s.layoutRequest,
      () => void layoutAndFit(cy.elements(":visible")),
    ),
  ];

  // Graph -> store: taps become store actions. Shift+tap asks for the path from the selection.
  cy.on("tap", "node", (ev) => {
    const shift = (ev.originalEvent as MouseEvent | undefined)?.shiftKey;
    if (shift) store.getState().pathTo(ev.target.id());
    else store.getState().selectEntity(ev.target.id());
  });
  cy.on("tap", "edge", (ev) => store.getState().selectRelation(ev.target.id()));
  cy.on("tap", (ev) => {
    if (ev.target === cy) store.getState().clearSelection();
  });
  // A drag ends: the store learns where the person put the node (and any others it dragged).
  cy.on("dragfree", "node", (ev) => {
    store.getState().setPositions(drawnPositions(cy.collection().union(ev.target)));
  });

  // The camera is reported once it rests, for shareable links; not on every frame of a pan.
  let viewportTimer: ReturnType<typeof setTimeout> | undefined;
  cy.on("viewport", () => {
    clearTimeout(viewportTimer);
    viewportTimer = setTimeout(() => {
      if (cy.destroyed()) return;
      store.getState().viewportChanged({ zoom: cy.zoom(), pan: { ...cy.pan() } });
    }, 200);
  });

  initialise(store.getState());
  return () => {
    clearTimeout(viewportTimer);
    layoutTicket++;
    loading?.cancel();
    unsubs.forEach((u) => u());
    cy.removeAllListeners();
  };
}
