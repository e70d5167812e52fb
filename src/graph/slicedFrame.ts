import type { Core } from "cytoscape";

// Cytoscape's canvas renderer draws the whole graph, element by element, in one animation frame
// whenever its layered bitmap cache is not usable, which is the case for 250 ms after any element
// changed and until the cache is rebuilt. At 20,000 entities that frame is 1-3 s on this machine
// during which the page answers nothing: the last chunk of a load, a filter, a selection, each
// picture of a running layout. Here that drawing is cut into slices of about SLICE_MS, each in a
// task of its own: the frame draws the first slice into a picture of our own (not on screen), the
// next tasks draw the rest in Cytoscape's order, and the finished picture is put on the screen at
// once. Meanwhile the screen shows the last finished picture (moved to the current pan and zoom
// if they changed), or, before there is any, the part drawn so far. A change to an element while
// a picture is being drawn starts it again from the first element at the next frame.
//
// This relies on Cytoscape internals (3.34): the canvas renderer's `drawLayeredElements` (which
// falls back on `drawCachedElements` for the whole list when it has no layers), `drawCachedElement`,
// `onUpdateEleCalcs`, `data.contexts[NODE]`, `redrawHint`/`redraw`, and `rscratch.inDragLayer`.
// When one is missing (WebGL, headless, a renamed field) nothing is installed and every frame is
// drawn whole as before. Exports, the texture used while panning and the layer of dragged
// elements are drawn by Cytoscape as before: only the main layer on screen is sliced.

/** Below this many elements in the main layer a frame is drawn whole (a frame is short enough). */
export const SLICED_FRAME_MIN_ELEMENTS = 4000;
/** Drawing time per slice; a slice's task also carries the browser's work around it. */
export const SLICE_MS = 40;

type Ctx = CanvasRenderingContext2D;
interface Ele {
  _private: { removed?: boolean; rscratch?: { inDragLayer?: boolean } };
  visible(): boolean;
}
type DrawList = (ctx: Ctx, eles: Ele[], pxRatio: number, extent: unknown) => void;
interface Renderer {
  webgl?: boolean;
  data?: { contexts?: Ctx[]; lyrTxrCache?: { lastInvalidationTime?: number } };
  NODE?: number;
  canvasWidth?: number;
  canvasHeight?: number;
  drawLayeredElements?: DrawList;
  drawCachedElements?: DrawList;
  drawCachedElement?: (ctx: Ctx, ele: Ele, pxRatio: number, extent: unknown) => void;
  onUpdateEleCalcs?: (fn: (willDraw: boolean, eles: ArrayLike<Ele>) => void) => void;
  redrawHint?: (group: string, value: boolean) => void;
  redraw?: () => void;
}

interface Picture {
  canvas: HTMLCanvasElement;
  ctx: Ctx;
  transform: DOMMatrix;
  width: number;
  height: number;
}

interface Job extends Picture {
  id: number;
  eles: Ele[];
  pxRatio: number;
  extent: unknown;
  next: number;
}

export interface SlicedFrames {
  /** True while a picture is being drawn slice by slice (the screen shows an older one). */
  drawing(): boolean;
  /** How many pictures have been drawn in slices and shown. */
  finished(): number;
  /** Calls `fn` once a picture started no earlier than the one being drawn now is on screen. */
  whenDrawn(fn: () => void): void;
  /**
   * The next frame draws a new picture even though the changes since the last were worked out
   * without a frame (see frameControl.ts, `settleThenDraw`).
   */
  invalidate(): void;
  uninstall(): void;
}

/** Emitted on the core when a sliced picture is on screen. */
export const DRAWN_EVENT = "relgraph:drawn";
const SCRATCH_KEY = "relgraph:slicedFrames";

/** The next frame starts a new picture (nothing to do where nothing is sliced). */
export function invalidatePicture(cy: Core) {
  (cy.scratch(SCRATCH_KEY) as SlicedFrames | undefined)?.invalidate();
}

/** Calls `fn` once the graph on screen shows every change so far (at once if nothing is sliced). */
export function whenPictureDrawn(cy: Core, fn: () => void) {
  const frames = cy.scratch(SCRATCH_KEY) as SlicedFrames | undefined;
  if (frames) frames.whenDrawn(fn);
  else fn();
}

function sameMatrix(a: DOMMatrix, b: DOMMatrix) {
  return a.a === b.a && a.b === b.b && a.c === b.c && a.d === b.d && a.e === b.e && a.f === b.f;
}

/**
 * Installs sliced drawing on `cy`'s canvas renderer and returns its handle, or null where the
 * renderer lacks what it needs (then every frame is drawn whole, as Cytoscape does).
 */
export function installSlicedFrames(
  cy: Core,
  options: { minElements?: number; sliceMs?: number } = {},
): SlicedFrames | null {
  const minElements = options.minElements ?? SLICED_FRAME_MIN_ELEMENTS;
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const r = (cy as Core & { renderer?: () => Renderer | undefined }).renderer?.();
  if (
    !r ||
    r.webgl ||
    typeof document === "undefined" ||
    typeof DOMMatrix === "undefined" ||
    typeof r.NODE !== "number" ||
    !r.data?.contexts?.[r.NODE] ||
    typeof r.drawLayeredElements !== "function" ||
    typeof r.drawCachedElements !== "function" ||
    typeof r.drawCachedElement !== "function" ||
    typeof r.onUpdateEleCalcs !== "function" ||
    typeof r.redrawHint !== "function" ||
    typeof r.redraw !== "function"
  ) {
    return null;
  }
  const renderer = r as Required<Renderer>;
  const contexts = renderer.data.contexts!;
  const nodeContext = () => contexts[renderer.NODE];
  const ownLayered = Object.prototype.hasOwnProperty.call(renderer, "drawLayeredElements");
  const ownCached = Object.prototype.hasOwnProperty.call(renderer, "drawCachedElements");
  const layered = renderer.drawLayeredElements;
  // Cytoscape builds its layered bitmap of the graph over many frames once nothing has changed
  // for 250 ms, drawing every element once more, and starts by measuring all of them in one
  // frame. While a picture is being sliced the two would draw the same elements side by side;
  // holding the layers back (as if something had just changed) lets the slices finish first.
  const layers = renderer.data.lyrTxrCache;
  const holdLayersBack = () => {
    if (layers && typeof layers.lastInvalidationTime === "number") {
      layers.lastInvalidationTime = performance.now();
    }
  };
  const cached = renderer.drawCachedElements;

  let installed = true;
  let job: Job | null = null;
  let shown: Picture | null = null; // the last finished picture
  let spare: HTMLCanvasElement | null = null;
  let changed = false; // an element outside the drag layer changed since the job started
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inLayered = false;
  let slicedThisFrame = false;

  // What counts as a change is what Cytoscape works out at the start of a frame it draws. A
  // progressive load's chunks are worked out without a frame (frameControl.ts calls
  // flushRenderedStyleQueue and drops the frame): they are meant to wait for the next drawn
  // chunk, so they neither restart the picture being drawn nor make the last one stale. Removals
  // always count.
  let settling = false;
  const flush = (renderer as { flushRenderedStyleQueue?: () => void }).flushRenderedStyleQueue;
  const ownFlush = Object.prototype.hasOwnProperty.call(renderer, "flushRenderedStyleQueue");
  if (typeof flush === "function") {
    (renderer as { flushRenderedStyleQueue?: () => void }).flushRenderedStyleQueue = function (
      this: unknown,
    ) {
      settling = true;
      try {
        flush.call(this);
      } finally {
        settling = false;
      }
    };
  }
  // Drawing an element for the first time works out its bounding box, which Cytoscape announces
  // as a change of that element (to refine it at its next frame), and of an entity's relations;
  // those are not changes of the graph, or every slice would restart the picture it belongs to.
  // So an entity counts as changed unless a slice measured it, and a relation only if it was
  // added or restyled itself (a moved end counts through the entity).
  let inSlice = false;
  const measuredBySlices = new Set<Ele>();
  const touchedEdges = new Set<Ele>();
  const onBounds = (e: { target: Ele }) => {
    if (inSlice) measuredBySlices.add(e.target);
  };
  const onEdgeEvent = (e: { target: Ele & { isEdge(): boolean } }) => {
    if (e.target.isEdge()) touchedEdges.add(e.target);
  };
  cy.on("bounds", onBounds as never);
  cy.on("add style", onEdgeEvent as never);
  const counts = (ele: Ele & { isEdge?(): boolean }) => {
    if (ele._private.rscratch?.inDragLayer) return false;
    if (ele.isEdge?.()) return touchedEdges.has(ele);
    return !measuredBySlices.has(ele);
  };
  renderer.onUpdateEleCalcs((_willDraw, eles) => {
    if (!changed && !settling && eles) {
      for (let i = 0; i < eles.length; i++) {
        if (counts(eles[i])) {
          changed = true;
          break;
        }
      }
    }
    measuredBySlices.clear();
    touchedEdges.clear();
  });
  const onRemove = () => void (changed = true);
  cy.on("remove", onRemove);

  const canvasFor = (w: number, h: number) => {
    const c = spare ?? document.createElement("canvas");
    spare = null;
    if (c.width !== w || c.height !== h) {
      c.width = w;
      c.height = h;
    }
    return c;
  };

  const startJob = (ctx: Ctx, eles: Ele[], pxRatio: number, extent: unknown) => {
    const width = ctx.canvas.width;
    const height = ctx.canvas.height;
    const canvas = canvasFor(width, height);
    const own = canvas.getContext("2d")!;
    own.setTransform(1, 0, 0, 1, 0, 0);
    own.clearRect(0, 0, width, height);
    const transform = ctx.getTransform();
    own.setTransform(transform);
    jobs += 1;
    job = { id: jobs, canvas, ctx: own, transform, width, height, eles, pxRatio, extent, next: 0 };
    changed = false;
  };

  /** Draws the job's next elements for up to `budget` ms; true when it has drawn them all. */
  const drawSlice = (budget: number) => {
    const { eles, ctx, pxRatio, extent } = job!;
    const until = performance.now() + budget;
    let i = job!.next;
    inSlice = true;
    try {
      while (i < eles.length) {
        const end = Math.min(eles.length, i + 16);
        for (; i < end; i++) {
          const ele = eles[i];
          // Cytoscape works out an element's box before it asks whether it is shown at all;
          // after a filter that box is stale for every hidden entity's relations (13,000 at
          // 20k), and the element is not drawn either way.
          if (!ele._private.removed && ele.visible()) {
            renderer.drawCachedElement(ctx, ele, pxRatio, extent);
          }
        }
        if (performance.now() >= until) break;
      }
    } finally {
      inSlice = false;
    }
    job!.next = i;
    return i >= eles.length;
  };

  /** Puts a picture on `ctx` (whose transform is the current pan and zoom), moved to fit it. */
  const paint = (ctx: Ctx, picture: Picture) => {
    ctx.save();
    ctx.setTransform(ctx.getTransform().multiply(picture.transform.inverse()));
    ctx.drawImage(picture.canvas, 0, 0);
    ctx.restore();
  };

  /**
   * Puts a picture on the screen at once if the screen is still at the pan and zoom it was drawn
   * for, without a frame of Cytoscape's: that frame's first step would restyle whatever a
   * progressive load has settled meanwhile and start the next picture straight away.
   */
  const putOnScreen = (picture: Picture) => {
    const screen = nodeContext();
    if (
      screen.canvas.width !== picture.width ||
      screen.canvas.height !== picture.height ||
      !sameMatrix(screen.getTransform(), picture.transform)
    ) {
      return false;
    }
    screen.save();
    screen.setTransform(1, 0, 0, 1, 0, 0);
    screen.clearRect(0, 0, picture.width, picture.height);
    screen.drawImage(picture.canvas, 0, 0);
    screen.restore();
    return true;
  };

  // Who waits for which picture: a wait is over when a picture started no earlier than the one
  // being drawn when it began is on screen.
  let waiting: { fn: () => void; from: number }[] = [];
  let jobs = 0;
  let finishedCount = 0;
  const settle = (upTo: number) => {
    const due = waiting.filter((w) => w.from <= upTo);
    if (!due.length) return;
    waiting = waiting.filter((w) => w.from > upTo);
    for (const w of due) w.fn();
    cy.emit(DRAWN_EVENT);
  };

  const step = () => {
    timer = null;
    if (!installed || !job || cy.destroyed()) return;
    holdLayersBack();
    let done: boolean;
    try {
      done = drawSlice(sliceMs);
    } catch {
      // An element went away mid-picture in a way the check above missed: draw whole next frame.
      job = null;
      renderer.redrawHint("eles", true);
      renderer.redraw();
      return;
    }
    if (!done) {
      // Nothing finished to show yet (the first big picture): show what is drawn so far.
      if (!shown) putOnScreen(job);
      timer = setTimeout(step, 0);
      return;
    }
    if (shown) spare = shown.canvas;
    const finished = job;
    finishedCount += 1;
    shown = finished;
    job = null;
    if (putOnScreen(finished)) {
      settle(finished.id);
      return;
    }
    // The view moved meanwhile: the next frame shows it moved, or starts a new picture.
    renderer.redrawHint("eles", true);
    renderer.redraw();
    cy.one("render", () => settle(finished.id));
  };

  const sliced: DrawList = (ctx, eles, pxRatio, extent) => {
    slicedThisFrame = true;
    const transform = ctx.getTransform();
    const same = (p: Picture | null) =>
      !!p &&
      p.width === ctx.canvas.width &&
      p.height === ctx.canvas.height &&
      sameMatrix(p.transform, transform);
    if (job && (changed || !same(job) || job.pxRatio !== pxRatio)) {
      if (job.canvas !== shown?.canvas) spare = job.canvas;
      job = null;
    }
    if (!job && shown && !changed && same(shown)) {
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.drawImage(shown.canvas, 0, 0);
      ctx.restore();
      return;
    }
    if (!job) startJob(ctx, eles, pxRatio, extent);
    holdLayersBack();
    if (shown) paint(ctx, shown);
    else paint(ctx, job!);
    if (timer === null) timer = setTimeout(step, 0);
  };

  renderer.drawLayeredElements = function (this: unknown, ctx, eles, pxRatio, extent) {
    if (ctx !== nodeContext() || eles.length < minElements) {
      return layered.call(this, ctx, eles, pxRatio, extent);
    }
    // Cytoscape draws its layers when it has them and otherwise calls drawCachedElements for
    // the whole list: that call is the one sliced.
    inLayered = true;
    slicedThisFrame = false;
    try {
      return layered.call(this, ctx, eles, pxRatio, extent);
    } finally {
      inLayered = false;
      if (!slicedThisFrame && job) {
        // Cytoscape drew its layers, which show the latest state: the picture being sliced is
        // not needed any more.
        spare = job.canvas;
        job = null;
        cy.one("render", () => settle(Infinity));
      }
    }
  };
  renderer.drawCachedElements = function (this: unknown, ctx, eles, pxRatio, extent) {
    if (!inLayered || ctx !== nodeContext()) return cached.call(this, ctx, eles, pxRatio, extent);
    sliced(ctx, eles, pxRatio, extent);
  };

  const handle: SlicedFrames = {
    invalidate: () => void (changed = true),
    drawing: () => job !== null,
    finished: () => finishedCount,
    whenDrawn(fn) {
      if (!job) fn();
      else waiting.push({ fn, from: job.id });
    },
    uninstall() {
      installed = false;
      if (timer !== null) clearTimeout(timer);
      job = null;
      shown = null;
      if (ownLayered) renderer.drawLayeredElements = layered;
      else delete (renderer as Renderer).drawLayeredElements;
      cy.off("remove", onRemove);
      cy.off("bounds", onBounds as never);
      cy.off("add style", onEdgeEvent as never);
      if (typeof flush === "function") {
        if (ownFlush)
          (renderer as { flushRenderedStyleQueue?: () => void }).flushRenderedStyleQueue = flush;
        else delete (renderer as { flushRenderedStyleQueue?: () => void }).flushRenderedStyleQueue;
      }
      if (ownCached) renderer.drawCachedElements = cached;
      else delete (renderer as Renderer).drawCachedElements;
      cy.removeScratch(SCRATCH_KEY);
      settle(Infinity);
    },
  };
  cy.scratch(SCRATCH_KEY, handle);
  return handle;
}
