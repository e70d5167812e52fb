// The benchmark's second anchor: the same document drawn by sigma.js on graphology, the WebGL
// pair Gephi Lite uses, with sigma's defaults (labels only for nodes drawn large enough, no edge
// labels, straight edges). A dev dependency used only here: the app stays on Cytoscape.js. It
// shows what a WebGL renderer reaches on this machine, not what the app should look like.
//
// Query: ?data=<same-origin url>&w=<px>&h=<px>, as for bare.html.
import Graph from "graphology";
import Sigma from "sigma";
import { ENTITY_TYPE_STYLE, RELATION_TYPE_INFO } from "../../src/model/vocabulary";
import type { EntityType, RelationType } from "../../src/model/vocabulary";

interface BenchDocument {
  entities: { id: string; type: EntityType; label: string }[];
  relations: { id: string; type: RelationType; source: string; target: string }[];
  positions: Record<string, { x: number; y: number }>;
}

declare global {
  interface Window {
    __sigma?: Sigma;
    __graph?: Graph;
  }
}

async function main() {
  const params = new URLSearchParams(location.search);
  const container = document.getElementById("graph")!;
  const w = Number(params.get("w"));
  const h = Number(params.get("h"));
  if (w > 0 && h > 0) Object.assign(container.style, { width: `${w}px`, height: `${h}px` });
  const response = await fetch(params.get("data") ?? "");
  const doc = (await response.json()) as BenchDocument;
  const graph = new Graph({ multi: true, type: "mixed" });
  for (const e of doc.entities) {
    const p = doc.positions[e.id];
    graph.addNode(e.id, {
      x: p.x,
      // sigma's y axis points up; the documents' (and Cytoscape's) points down.
      y: -p.y,
      size: e.type === "leader" ? 6 : 4.5,
      color: ENTITY_TYPE_STYLE[e.type].color,
      label: e.label,
      type: "circle",
      entityType: e.type,
    });
  }
  for (const r of doc.relations) {
    // Weak links start hidden, as in the app and on the bare Cytoscape page.
    graph.addEdgeWithKey(r.id, r.source, r.target, {
      color: "#8c959f",
      size: 1,
      hidden: RELATION_TYPE_INFO[r.type].weak,
    });
  }
  const sigma = new Sigma(graph, container, { renderEdgeLabels: false });
  window.__sigma = sigma;
  window.__graph = graph;
  // sigma draws the first frame inside its constructor or on the next animation frame.
  let marked = false;
  const mark = () => {
    if (marked) return;
    marked = true;
    performance.mark("relgraph:first-frame");
  };
  sigma.once("afterRender", mark);
  requestAnimationFrame(mark);
}

void main();
