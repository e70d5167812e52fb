import cytoscape from "cytoscape";
import type { ElementDefinition } from "cytoscape";
import type { GraphDocument } from "../model";
import type { MetricName, Visibility } from "../store";

// Who matters, with Cytoscape's own algorithms on a headless instance built from what is shown:
// hidden entities and relations take no part. Pure from the caller's side: same input, same
// numbers, and the on-screen graph is never touched.

export type EntityMetrics = Record<MetricName, number>;

export interface MetricsResult {
  byId: ReadonlyMap<string, EntityMetrics>;
  /** The largest value of each metric among shown entities (for sizing and for bars). */
  max: EntityMetrics;
  /**
   * Betweenness and PageRank need every pair of entities (PageRank in Cytoscape builds an n x n
   * matrix), so above FULL_METRICS_LIMIT shown entities only degree is computed.
   */
  complete: boolean;
}

export const FULL_METRICS_LIMIT = 2000;

function headless(elements: ElementDefinition[]) {
  return cytoscape({ headless: true, styleEnabled: false, elements });
}

export function computeMetrics(doc: GraphDocument | null, shown: Visibility): MetricsResult {
  const byId = new Map<string, EntityMetrics>();
  const max: EntityMetrics = { degree: 0, betweenness: 0, pagerank: 0 };
  if (!doc || shown.entities.size === 0) return { byId, max, complete: true };
  const nodes: ElementDefinition[] = [...shown.entities].map((id) => ({
    group: "nodes",
    data: { id },
  }));
  const edges: ElementDefinition[] = [];
  // PageRank walks edges from source to target; an undirected relation can be walked both ways.
  const walks: ElementDefinition[] = [];
  for (const r of doc.relations) {
    if (!shown.relations.has(r.id) || r.source === r.target) continue;
    edges.push({ group: "edges", data: { id: r.id, source: r.source, target: r.target } });
    walks.push({ group: "edges", data: { id: `${r.id}>`, source: r.source, target: r.target } });
    if (!r.directed) {
      walks.push({ group: "edges", data: { id: `${r.id}<`, source: r.target, target: r.source } });
    }
  }
  const cy = headless([...nodes, ...edges]);
  const complete = shown.entities.size <= FULL_METRICS_LIMIT;
  const betweenness = complete ? cy.elements().betweennessCentrality({ directed: false }) : null;
  let rank: ((node: cytoscape.NodeSingular) => number) | null = null;
  let walkCy: cytoscape.Core | null = null;
  if (complete) {
    walkCy = headless([...nodes, ...walks]);
    const pr = walkCy.elements().pageRank({ dampingFactor: 0.85 });
    rank = (n) => pr.rank(walkCy!.getElementById(n.id()));
  }
  cy.nodes().forEach((n) => {
    const m: EntityMetrics = {
      degree: n.degree(false),
      betweenness: betweenness ? betweenness.betweennessNormalized(n) : 0,
      pagerank: rank ? rank(n) : 0,
    };
    byId.set(n.id(), m);
    max.degree = Math.max(max.degree, m.degree);
    max.betweenness = Math.max(max.betweenness, m.betweenness);
    max.pagerank = Math.max(max.pagerank, m.pagerank);
  });
  cy.destroy();
  walkCy?.destroy();
  return { byId, max, complete };
}

// Keyed on the store's memoised visibility object, so the panel, the list and the graph share
// one computation per filter state, and a store's results never leak into another's.
const cache = new WeakMap<Visibility, { doc: GraphDocument | null; result: MetricsResult }>();

/** computeMetrics, remembered for the same document and the same shown set. */
export function metricsFor(doc: GraphDocument | null, shown: Visibility): MetricsResult {
  const hit = cache.get(shown);
  if (hit && hit.doc === doc) return hit.result;
  const result = computeMetrics(doc, shown);
  cache.set(shown, { doc, result });
  return result;
}
