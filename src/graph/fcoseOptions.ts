import type { EdgeSingular, LayoutOptions } from "cytoscape";

/**
 * Up to this many nodes fcose runs on the main thread, before the first frame. Above it the
 * layout runs in a worker while the graph shows on a spiral: 46 entities with 153 relations took
 * 140 ms of fcose in one task here, and 0.6-0.9 s with the drawing around it (`npm run
 * bench:ingest`), a freeze a person notices.
 */
export const MAIN_THREAD_FCOSE_LIMIT = 30;

/** Above this many nodes fcose runs at draft quality and leaves label sizes out. */
export const DRAFT_FCOSE_FROM = 300;

/**
 * Edges at a hub get more room, so a country with twenty relations does not pile its
 * neighbours on top of each other, while chains of leaves stay compact.
 */
function edgeLength(edge: EdgeSingular): number {
  const hub = Math.max(edge.source().degree(false), edge.target().degree(false));
  // Long enough for the edge's own label to sit between the two entities ("met with" at 11 px
  // is about 50 px wide; a character of the label is counted as 6.5 px).
  const label = String(edge.data("label") ?? "").length * 6.5;
  return Math.max(Math.min(160, 50 + 7 * hub), label + 56);
}

/** Shared by the main thread and the layout worker, so both lay out alike. */
export function fcoseOptions(nodeCount: number): LayoutOptions {
  const big = nodeCount > DRAFT_FCOSE_FROM;
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
