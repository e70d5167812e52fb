import type { GraphDocument } from "../model";
import type { MetricName, Visibility } from "../store";
import type { CentralityRequest, CentralityResult } from "./centrality";

// Who matters among what is shown: hidden entities and relations take no part. Degree is the
// number of shown relations an entity has (what Cytoscape's degree() gives; a test holds them
// equal) and is known at once. Betweenness and PageRank come from Cytoscape's own algorithms in
// a worker, because on a thousand entities they take seconds.

export type EntityMetrics = Record<MetricName, number>;

export interface MetricsResult {
  byId: ReadonlyMap<string, EntityMetrics>;
  /** The largest value of each metric among shown entities (for sizing). */
  max: EntityMetrics;
  /** Betweenness and PageRank are still being computed (they read 0 until then). */
  pending: boolean;
  /** False when too many entities are shown for betweenness and PageRank (see the limit). */
  complete: boolean;
}

/**
 * Cytoscape's PageRank builds an n x n matrix and its betweenness visits every pair, so above
 * this many shown entities only degree is computed; filtering brings the others back.
 */
export const CENTRALITY_LIMIT = 1000;

function assemble(
  doc: GraphDocument | null,
  shown: Visibility,
  centrality: CentralityResult | null,
): MetricsResult {
  const byId = new Map<string, EntityMetrics>();
  const max: EntityMetrics = { degree: 0, betweenness: 0, pagerank: 0 };
  for (const id of shown.entities) byId.set(id, { degree: 0, betweenness: 0, pagerank: 0 });
  for (const r of doc?.relations ?? []) {
    if (!shown.relations.has(r.id) || r.source === r.target) continue;
    byId.get(r.source)!.degree++;
    byId.get(r.target)!.degree++;
  }
  for (const [id, b, p] of centrality ?? []) {
    const m = byId.get(id);
    if (!m) continue;
    m.betweenness = b;
    m.pagerank = p;
  }
  for (const m of byId.values()) {
    max.degree = Math.max(max.degree, m.degree);
    max.betweenness = Math.max(max.betweenness, m.betweenness);
    max.pagerank = Math.max(max.pagerank, m.pagerank);
  }
  const complete = shown.entities.size <= CENTRALITY_LIMIT;
  return { byId, max, pending: complete && !centrality && byId.size > 0, complete };
}

export function centralityRequest(doc: GraphDocument | null, shown: Visibility): CentralityRequest {
  const edges: [string, string, boolean][] = [];
  for (const r of doc?.relations ?? []) {
    if (shown.relations.has(r.id)) edges.push([r.source, r.target, r.directed]);
  }
  return { nodes: [...shown.entities], edges };
}

/** Degree now, betweenness and PageRank pending: what can be shown without waiting. */
export function degreeOnly(doc: GraphDocument | null, shown: Visibility): MetricsResult {
  return assemble(doc, shown, null);
}

let worker: Worker | null = null;
let running: { shown: Visibility; settle: (r: CentralityResult | null) => void } | null = null;

function inWorker(request: CentralityRequest, shown: Visibility): Promise<CentralityResult | null> {
  // A newer request makes the running one moot: its worker is stopped, its promise gives null.
  running?.settle(null);
  worker?.terminate();
  const w = new Worker(new URL("./metricsWorker.ts", import.meta.url), { type: "module" });
  worker = w;
  return new Promise((resolve) => {
    const settle = (r: CentralityResult | null) => {
      if (running?.shown === shown) running = null;
      if (worker === w) worker = null;
      w.terminate();
      resolve(r);
    };
    running = { shown, settle };
    w.onmessage = (ev: MessageEvent<CentralityResult>) => settle(ev.data);
    w.onerror = () => settle(null);
    w.postMessage(request);
  });
}

// Keyed on the store's memoised visibility object, so the panel, the list and the graph share
// one computation per filter state, and one store's results never reach another's.
const cache = new WeakMap<
  Visibility,
  { doc: GraphDocument | null; result: Promise<MetricsResult> }
>();

/** All three metrics of the shown entities, computed once per document and shown set. */
export function metricsFor(doc: GraphDocument | null, shown: Visibility): Promise<MetricsResult> {
  const hit = cache.get(shown);
  if (hit && hit.doc === doc) return hit.result;
  let result: Promise<MetricsResult>;
  if (!doc || shown.entities.size === 0 || shown.entities.size > CENTRALITY_LIMIT) {
    result = Promise.resolve(assemble(doc, shown, null));
  } else if (typeof Worker === "undefined") {
    // No workers (tests, old browsers): computed here, after the current task.
    result = import("./centrality").then((m) =>
      assemble(doc, shown, m.computeCentrality(centralityRequest(doc, shown))),
    );
  } else {
    result = inWorker(centralityRequest(doc, shown), shown).then((c) => {
      if (!c) cache.delete(shown); // stopped for a newer request; asked again, it starts again
      return assemble(doc, shown, c);
    });
  }
  cache.set(shown, { doc, result });
  return result;
}
