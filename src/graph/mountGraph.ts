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
  // Cytoscape only notices window resizes; a folded column or a phone's sheet resizes the
  // container alone.
  // The point that was in the middle stays in the middle, and a selected node that the resize
  // pushed out of sight is brought back to the centre.
  let size = { w: container.clientWidth, h: container.clientHeight };
  const onResize = () => {
    const before = size;
    size = { w: container.clientWidth, h: container.clientHeight };
    cy.resize();
    if (!before.w || !before.h || !size.w || !size.h) return;
    const pan = cy.pan();
    cy.pan({ x: pan.x + (size.w - before.w) / 2, y: pan.y + (size.h - before.h) / 2 });
    const selected = cy.$(".selected");
    if (selected.nonempty()) {
      const box = selected.renderedBoundingBox({});
      if (box.x1 < 0 || box.y1 < 0 || box.x2 > size.w || box.y2 > size.h) cy.center(selected);
    }
  };
  const resize = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(onResize);
  resize?.observe(container);
  return () => {
    resize?.disconnect();
    unbind();
    handle.attach(null);
    disposeLayoutWorker();
    if (window.__cy === cy) delete window.__cy;
    cy.destroy();
  };
}
