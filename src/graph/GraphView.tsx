import { useEffect, useRef, useState } from "react";
import { useAppStoreApi } from "../store";
import type { LoadProgress } from "./chunkedLoader";
import { useGraphHandle } from "./graphHandle";

// Requested as soon as the app's code runs, in parallel with the first document's download and
// React's first render; awaited by the first GraphView to mount.
const graphModule = import("./mountGraph");

/**
 * Owns the one Cytoscape instance for the app's life: created on mount, destroyed on unmount,
 * and otherwise only changed through the bridge. Renders one div; no React per node.
 * Cytoscape is loaded on demand (see `mountGraph`), so the shell renders before it arrives.
 */
export function GraphView() {
  const container = useRef<HTMLDivElement>(null);
  const store = useAppStoreApi();
  const handle = useGraphHandle();
  // Only while a big document is drawn chunk by chunk: one re-render per chunk, never per node.
  const [progress, setProgress] = useState<LoadProgress | null>(null);

  useEffect(() => {
    let dispose: (() => void) | null = null;
    let cancelled = false;
    void graphModule.then(
      ({ mountGraph }) => {
        if (!cancelled && container.current)
          dispose = mountGraph(container.current, store, handle, {
            onLoadProgress: setProgress,
          });
      },
      (err: unknown) => {
        if (!cancelled) {
          store
            .getState()
            .notify("error", `The graph could not be loaded; reload the page. (${String(err)})`);
        }
      },
    );
    return () => {
      cancelled = true;
      dispose?.();
    };
  }, [store, handle]);

  return (
    <>
      <div
        ref={container}
        className="graph-canvas"
        data-testid="graph"
        role="img"
        aria-label="Graph of entities and relations. Use the entity list for keyboard access."
      />
      {progress && (
        <p className="graph-progress" role="status" data-testid="graph-progress">
          Drawing the graph: {progress.nodesAdded.toLocaleString("en")} of{" "}
          {progress.nodesTotal.toLocaleString("en")} entities, most connected first…
        </p>
      )}
    </>
  );
}
