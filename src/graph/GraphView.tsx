import { useEffect, useRef, useState } from "react";
import { useAppStore, useAppStoreApi } from "../store";
import type { AppState, FileReading } from "../store";
import type { LoadProgress } from "./chunkedLoader";
import { useGraphHandle } from "./graphHandle";

// Requested as soon as the app's code runs, in parallel with the first document's download and
// React's first render; awaited by the first GraphView to mount.
const graphModule = import("./mountGraph");

const selectReading = (s: AppState) => s.reading;

/** "Reading “big.json” (30 MB): checking 50,000 entities and 95,000 relations…" */
export function readingLine(r: FileReading): string {
  const mb = r.bytes >= 1e6 ? `${(r.bytes / 1e6).toFixed(1)} MB` : `${Math.ceil(r.bytes / 1e3)} kB`;
  const what =
    r.stage === "checking"
      ? `checking ${(r.entities ?? 0).toLocaleString("en")} entities and ${(r.relations ?? 0).toLocaleString("en")} relations`
      : r.stage === "parsing"
        ? "parsing"
        : "loading";
  return `Reading “${r.name}” (${mb}): ${what}…`;
}

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
  const reading = useAppStore(selectReading);

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
      {reading && (
        <p className="graph-progress" role="status" data-testid="file-progress">
          {readingLine(reading)}
        </p>
      )}
      {!reading && progress && (
        <p className="graph-progress" role="status" data-testid="graph-progress">
          {/* The chunks between the most connected tenth and the last are prepared, not drawn
              (see frameControl.ts): the line says what is ready, not what is on screen. */}
          Preparing {progress.nodesAdded.toLocaleString("en")} of{" "}
          {progress.nodesTotal.toLocaleString("en")} entities; the most connected are shown…
        </p>
      )}
    </>
  );
}
