import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import { fcoseOptions } from "./fcoseOptions";

// Runs fcose on a headless Cytoscape off the main thread and posts back positions by id.
cytoscape.use(fcose);

interface Request {
  nodes: string[];
  edges: { id: string; source: string; target: string }[];
}

self.onmessage = (ev: MessageEvent<Request>) => {
  const { nodes, edges } = ev.data;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...nodes.map((id) => ({ group: "nodes" as const, data: { id } })),
      ...edges.map((e) => ({ group: "edges" as const, data: e })),
    ],
    style: [{ selector: "node", style: { width: 26, height: 26 } }],
  });
  cy.layout(fcoseOptions(nodes.length)).run();
  const out: Record<string, { x: number; y: number }> = {};
  cy.nodes().forEach((n) => {
    out[n.id()] = n.position();
  });
  (self as unknown as Worker).postMessage(out);
  cy.destroy();
};
