import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import { fcoseOptions } from "./fcoseOptions";

// Runs fcose on a headless Cytoscape off the main thread and posts back positions by id.
cytoscape.use(fcose);

interface Request {
  /**
   * Id and starting position (the layout continues from there, so it is repeatable), and the
   * node's size with its label when the main thread measured it.
   */
  nodes: ([string, number, number] | [string, number, number, number, number])[];
  edges: { id: string; source: string; target: string }[];
}

self.onmessage = (ev: MessageEvent<Request>) => {
  const { nodes, edges } = ev.data;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...nodes.map(([id, x, y, w = 26, h = 26]) => ({
        group: "nodes" as const,
        data: { id, w, h },
        position: { x, y },
      })),
      ...edges.map((e) => ({ group: "edges" as const, data: e })),
    ],
    style: [{ selector: "node", style: { width: "data(w)", height: "data(h)" } }],
  });
  // The sizes above already hold the labels, which this headless graph does not draw.
  cy.layout({ ...fcoseOptions(nodes.length), nodeDimensionsIncludeLabels: false } as never).run();
  // Triples, not an object keyed by id: an id such as "__proto__" must survive the trip.
  const out: [string, number, number][] = cy
    .nodes()
    .map((n) => [n.id(), n.position("x"), n.position("y")]);
  (self as unknown as Worker).postMessage(out);
  cy.destroy();
};
