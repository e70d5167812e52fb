import type { LayoutOptions } from "cytoscape";

/** Up to this many nodes fcose runs on the main thread: it finishes in well under 100 ms. */
export const MAIN_THREAD_FCOSE_LIMIT = 300;

/** Shared by the main thread and the layout worker, so both lay out alike. */
export function fcoseOptions(nodeCount: number): LayoutOptions {
  return {
    name: "fcose",
    // Default quality takes over 5 minutes at 5k nodes on a laptop without a GPU; draft takes
    // seconds and, on small graphs, looks the same once repulsion has spread the nodes.
    quality: nodeCount > MAIN_THREAD_FCOSE_LIMIT ? "draft" : "default",
    randomize: true,
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: nodeCount <= MAIN_THREAD_FCOSE_LIMIT,
    idealEdgeLength: () => 90,
    nodeRepulsion: () => 9000,
    nodeSeparation: 90,
    packComponents: true,
  } as LayoutOptions;
}
