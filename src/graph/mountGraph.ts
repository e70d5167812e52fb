import cytoscape from "cytoscape";
import type { AppStore } from "../store";
import { bindStoreToGraph } from "./bridge";
import type { GraphHandle } from "./graphHandle";
import { disposeLayoutWorker } from "./layout";
import { buildStylesheet } from "./stylesheet";

declare global {
  interface Window {
    /** The graph's Cytoscape instance, for browser tests and people at the console. */
    __cy?: cytoscape.Core;
  }
}

/**
 * Creates the one Cytoscape instance in `container`, binds it to the store and returns its
 * teardown. This module and Cytoscape itself are a chunk of their own, fetched while React
 * draws the shell and the first document downloads, so neither waits for the other.
 */
export function mountGraph(container: HTMLElement, store: AppStore, handle: GraphHandle) {
  const cy = cytoscape({
    container,
    style: buildStylesheet(),
    minZoom: 0.05,
    maxZoom: 4,
    wheelSensitivity: 0.3,
    boxSelectionEnabled: false,
    autounselectify: true,
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
}
