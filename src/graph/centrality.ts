import cytoscape from "cytoscape";
import type { ElementDefinition } from "cytoscape";

// Betweenness and PageRank with Cytoscape's own algorithms on a headless instance. Runs in the
// metrics worker (and on the main thread where there are no workers, as in tests).

export interface CentralityRequest {
  nodes: string[];
  /** [source, target, directed] of each shown relation. */
  edges: [string, string, boolean][];
}
/** Triples, not an object keyed by id: an id such as "__proto__" must survive the trip. */
export type CentralityResult = [id: string, betweenness: number, pagerank: number][];

export function computeCentrality({ nodes, edges }: CentralityRequest): CentralityResult {
  const nodeDefs: ElementDefinition[] = nodes.map((id) => ({ group: "nodes", data: { id } }));
  const once: ElementDefinition[] = [];
  // PageRank walks edges from source to target; an undirected relation is walked both ways.
  const walks: ElementDefinition[] = [];
  edges.forEach(([source, target, directed], i) => {
    if (source === target) return;
    once.push({ group: "edges", data: { id: `e${i}`, source, target } });
    walks.push({ group: "edges", data: { id: `w${i}`, source, target } });
    if (!directed)
      walks.push({ group: "edges", data: { id: `v${i}`, source: target, target: source } });
  });
  const cy = cytoscape({ headless: true, styleEnabled: false, elements: [...nodeDefs, ...once] });
  const walkCy = cytoscape({
    headless: true,
    styleEnabled: false,
    elements: [...nodeDefs, ...walks],
  });
  const bc = cy.elements().betweennessCentrality({ directed: false });
  const pr = walkCy.elements().pageRank({ dampingFactor: 0.85 });
  const out: CentralityResult = cy
    .nodes()
    .map((n) => [n.id(), bc.betweennessNormalized(n), pr.rank(walkCy.getElementById(n.id()))]);
  cy.destroy();
  walkCy.destroy();
  return out;
}
