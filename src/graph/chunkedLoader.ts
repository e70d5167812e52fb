import type { CollectionReturnValue, Core, ElementDefinition } from "cytoscape";

// Progressive loading for big documents. Adding 60,000 elements to Cytoscape in one go is one
// main-thread task of many seconds (style, label sizes, edge geometry, the first draw) during
// which the page cannot answer. Here the most connected entities go first, so the first frame
// already shows the graph's hubs, and the rest follows in chunks sized to a time budget, each
// its own task, so pan, zoom and clicks get in between.

/** Below this many new elements a document is added in one batch, as before (1k: 3k elements). */
export const PROGRESSIVE_MIN_ELEMENTS = 4000;
/** The share of entities that makes the first interactive frame (the "top 10 %"). */
export const FIRST_SHARE = 0.1;

/**
 * Orders new elements for loading: nodes by degree (most connected first, ties in document
 * order), each edge right after the later of its two endpoints. Endpoints that are not among
 * `elements` (already in the graph) count as present from the start. Then cuts the list into
 * chunks of `chunkSize` elements; an edge never lands in a chunk before its endpoints.
 */
export function orderForLoading(elements: readonly ElementDefinition[]): ElementDefinition[] {
  const nodes: ElementDefinition[] = [];
  const edges: ElementDefinition[] = [];
  for (const e of elements) (e.group === "edges" ? edges : nodes).push(e);
  const degree = new Map<string, number>();
  const bump = (id: string) => degree.set(id, (degree.get(id) ?? 0) + 1);
  for (const e of edges) {
    bump(e.data.source as string);
    bump(e.data.target as string);
  }
  const order = nodes.map((n, i) => ({ n, i, d: degree.get(n.data.id as string) ?? 0 }));
  order.sort((a, b) => b.d - a.d || a.i - b.i);
  const rank = new Map<string, number>();
  order.forEach((o, k) => rank.set(o.n.data.id as string, k));
  // Edges bucketed by the rank of their later endpoint (-1: both already in the graph).
  const after: ElementDefinition[][] = Array.from({ length: order.length + 1 }, () => []);
  for (const e of edges) {
    const k = Math.max(
      rank.get(e.data.source as string) ?? -1,
      rank.get(e.data.target as string) ?? -1,
    );
    after[k + 1].push(e);
  }
  const out: ElementDefinition[] = [...after[0]];
  order.forEach((o, k) => {
    out.push(o.n);
    for (const e of after[k + 1]) out.push(e);
  });
  return out;
}

export interface LoadProgress {
  nodesAdded: number;
  nodesTotal: number;
  elementsAdded: number;
  elementsTotal: number;
  done: boolean;
}

export interface ProgressiveLoadOptions {
  /** Called in the same task as each chunk's `cy.add`, before the browser draws it. */
  onChunk?: (added: CollectionReturnValue, progress: LoadProgress) => void;
  /** Runs `next` once the chunk just added has been drawn. Tests pass a manual queue. */
  schedule?: (next: () => void) => void;
  /**
   * Called after each chunk but the last: true when it settled the chunk without drawing it
   * (see frameControl.ts), so the next chunk need not wait for a frame.
   */
  skipFrame?: (progress: LoadProgress) => boolean;
  /** Runs `next` soon, in a task of its own, after a chunk that was not drawn. */
  scheduleSoon?: (next: () => void) => void;
  /**
   * When given, the first chunk (and the ordering, when `ordered` is a function) waits for it
   * instead of going in at once: a big document's arrival is then several tasks, not one.
   */
  startLater?: (next: () => void) => void;
  /** Milliseconds a chunk and its frame should take together; chunk sizes follow it. */
  budgetMs?: number;
  /**
   * After a drawn chunk, the smallest next chunk as a share of what is already in (default 0).
   * When every chunk is drawn, growing chunks keep the number of frames down, at the price of
   * long tasks near the end; with `skipFrame` settling most chunks undrawn, the budget alone is
   * better.
   */
  growth?: number;
  firstChunk?: number;
  minChunk?: number;
  maxChunk?: number;
  now?: () => number;
}

export interface ProgressiveLoad {
  /** Stops before the next chunk; what was added stays, nothing more is. */
  cancel(): void;
  readonly cancelled: boolean;
  /** Settles after the last chunk is added (true) or when cancelled first (false). */
  readonly finished: Promise<boolean>;
}

/** In a task of its own, so input waiting meanwhile is handled first. */
export function inNextTask(next: () => void) {
  setTimeout(next, 0);
}

/** After the next frame has been drawn: Cytoscape draws in its own animation-frame callback. */
export function afterNextFrame(next: () => void) {
  requestAnimationFrame(() => setTimeout(next, 0));
}

/**
 * Adds `ordered` to `cy` chunk by chunk (see `orderForLoading`). Each chunk is one `cy.add`
 * (itself one batch); the next chunk waits for the frame that draws it, or, when `skipFrame`
 * settled it without one, only for the next task. The chunk size adapts so that a chunk (and
 * its frame, if drawn) stays near the budget.
 */
export function loadProgressively(
  cy: Core,
  elements: readonly ElementDefinition[] | (() => readonly ElementDefinition[]),
  options: ProgressiveLoadOptions = {},
): ProgressiveLoad {
  const {
    onChunk,
    schedule = afterNextFrame,
    skipFrame,
    scheduleSoon = inNextTask,
    budgetMs = 90,
    growth = 0,
    firstChunk = 300,
    minChunk = 200,
    maxChunk = 12000,
    now = () => performance.now(),
    startLater,
  } = options;
  let ordered: readonly ElementDefinition[] = [];
  let nodesTotal = 0;
  let next = 0;
  let nodesAdded = 0;
  let size = firstChunk;
  let cancelled = false;
  let settle: (complete: boolean) => void = () => {};
  const finished = new Promise<boolean>((resolve) => (settle = resolve));

  const step = () => {
    if (cancelled || cy.destroyed()) {
      settle(false);
      return;
    }
    const started = now();
    const chunk = ordered.slice(next, next + size);
    next += chunk.length;
    for (const e of chunk) if (e.group !== "edges") nodesAdded++;
    const added = cy.add(chunk);
    const done = next >= ordered.length;
    const progress = {
      nodesAdded,
      nodesTotal,
      elementsAdded: next,
      elementsTotal: ordered.length,
      done,
    };
    onChunk?.(added, progress);
    if (done) {
      settle(true);
      return;
    }
    const drawn = !skipFrame?.(progress);
    (drawn ? schedule : scheduleSoon)(() => {
      // The time since `started` covers the add, the style and, if drawn, the frame. A chunk
      // that was not drawn costs only itself, so its successor follows the budget alone.
      const took = Math.max(1, now() - started);
      const wanted = Math.max((size * budgetMs) / took, drawn ? growth * next : 0);
      size = Math.round(Math.min(maxChunk, Math.max(minChunk, wanted)));
      step();
    });
  };
  const start = () => {
    if (cancelled || cy.destroyed()) {
      settle(false);
      return;
    }
    ordered = typeof elements === "function" ? elements() : elements;
    nodesTotal = ordered.reduce((n, e) => (e.group === "edges" ? n : n + 1), 0);
    step();
  };
  if (startLater) startLater(start);
  else start();
  return {
    cancel: () => {
      cancelled = true;
      settle(false);
    },
    get cancelled() {
      return cancelled;
    },
    finished,
  };
}
