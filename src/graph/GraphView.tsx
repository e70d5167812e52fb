import { useEffect, useRef } from "react";
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import { useAppStoreApi } from "../store";
import { bindStoreToGraph } from "./bridge";
import { useGraphHandle } from "./graphHandle";
import { disposeLayoutWorker } from "./layout";
import { buildStylesheet } from "./stylesheet";

declare global {
  interface Window {
    /** The graph's Cytoscape instance, for browser tests and people at the console. */
    __cy?: cytoscape.Core;
  }
}

let registered = false;
function registerExtensions() {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

/**
 * Owns the one Cytoscape instance for the app's life: created on mount, destroyed on unmount,
 * and otherwise only changed through the bridge. Renders one div; no React per node.
 */
export function GraphView() {
  const container = useRef<HTMLDivElement>(null);
  const store = useAppStoreApi();
  const handle = useGraphHandle();

  useEffect(() => {
    registerExtensions();
    const cy = cytoscape({
      container: container.current,
      style: buildStylesheet(),
      minZoom: 0.05,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      autounselectify: true,
      // Off for now, as on a bare Cytoscape page: the performance issue is to measure turning
      // these on for big graphs (edges hidden and the view drawn as a texture while panning).
      hideEdgesOnViewport: false,
      textureOnViewport: false,
    });
    window.__cy = cy;
    handle.attach(cy);
    const unbind = bindStoreToGraph(cy, store);
    return () => {
      unbind();
      handle.attach(null);
      disposeLayoutWorker();
      if (window.__cy === cy) delete window.__cy;
      cy.destroy();
    };
  }, [store, handle]);

  return (
    <div
      ref={container}
      className="graph-canvas"
      data-testid="graph"
      role="img"
      aria-label="Graph of entities and relations. Use the entity list for keyboard access."
    />
  );
}
