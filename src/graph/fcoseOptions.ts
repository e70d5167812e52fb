import type { EdgeSingular, LayoutOptions } from "cytoscape";

/** Up to this many nodes fcose runs on the main thread: it finishes in well under 100 ms. */
export const MAIN_THREAD_FCOSE_LIMIT = 300;

/**
 * Edges at a hub get more room, so a country with twenty relations does not pile its
 * neighbours on top of each other, while chains of leaves stay compact.
 */
function edgeLength(edge: EdgeSingular): number {
  const hub = Math.max(edge.source().degree(false), edge.target().degree(false));
  return Math.min(160, 50 + 7 * hub);
}

/** Shared by the main thread and the layout worker, so both lay out alike. */
export function fcoseOptions(nodeCount: number): LayoutOptions {
  const big = nodeCount > MAIN_THREAD_FCOSE_LIMIT;
  return {
    name: "fcose",
    // Default quality takes over 5 minutes at 5k nodes on a laptop without a GPU; draft takes
    // seconds. Small graphs get the better quality at no visible cost.
    quality: big ? "draft" : "proof",
    // Starts from the positions the nodes have (a spiral in id order for a new graph), so the
    // same document gives the same picture on every load.
    randomize: false,
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: !big,
    idealEdgeLength: big ? () => 80 : edgeLength,
    nodeRepulsion: () => (big ? 9000 : 6500),
    nodeSeparation: 80,
    packComponents: true,
  } as LayoutOptions;
}
