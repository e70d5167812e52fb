import { useGraphHandle } from "../graph/graphHandle";

/**
 * Zoom and fit on the graph itself, where a map puts them: in reach of a thumb on a phone, and
 * out of the header's way on a wide screen. The keys (+, -, f) do the same.
 */
export function GraphControls() {
  const graph = useGraphHandle();
  return (
    <div className="graph-controls" role="group" aria-label="Zoom">
      <button
        type="button"
        aria-label="Zoom in"
        title="Zoom in (+)"
        onClick={() => graph.zoomBy(1.25)}
      >
        <span aria-hidden="true">+</span>
      </button>
      <button
        type="button"
        aria-label="Zoom out"
        title="Zoom out (−)"
        onClick={() => graph.zoomBy(0.8)}
      >
        <span aria-hidden="true">−</span>
      </button>
      <button type="button" title="Fit the graph to the window (f)" onClick={() => graph.fit()}>
        Fit
      </button>
    </div>
  );
}
