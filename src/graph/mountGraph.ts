import cytoscape from "cytoscape";
import type { AppStore } from "../store";
import { bindStoreToGraph } from "./bridge";
import { installBoundsFastPath } from "./boundsFastPath";
import { installSlicedFrames } from "./slicedFrame";
import { installZOrderFastPath } from "./zOrderFastPath";
import type { BridgeHooks } from "./bridge";
import type { GraphHandle } from "./graphHandle";
import { bindLabelCollisions } from "./labelCollisions";
import { disposeLayoutWorker } from "./layout";
import { buildStylesheet } from "./stylesheet";

declare global {
  interface Window {
    /** The graph's Cytoscape instance, for browser tests and people at the console. */
    __cy?: cytoscape.Core;
  }
}

/** Where the renderer choice is kept between visits; `?renderer=` in the address overrides it. */
export const RENDERER_SETTING_KEY = "relgraph:renderer";

/**
 * Canvas (the default) or Cytoscape's WebGL renderer. WebGL draws big graphs far faster on a
 * machine with a GPU; without one the browser emulates it on the CPU, which is much slower than
 * the canvas (see docs/performance.md), so it is opt-in.
 */
export function wantsWebgl(search: string, stored: string | null): boolean {
  const asked = new URLSearchParams(search).get("renderer");
  return (asked ?? stored) === "webgl";
}

function storedRenderer(): string | null {
  try {
    return localStorage.getItem(RENDERER_SETTING_KEY);
  } catch {
    return null; // storage blocked: the default it is
  }
}

/**
 * Creates the one Cytoscape instance in `container`, binds it to the store and returns its
 * teardown. This module and Cytoscape itself are a chunk of their own, fetched while React
 * draws the shell and the first document downloads, so neither waits for the other.
 */
export function mountGraph(
  container: HTMLElement,
  store: AppStore,
  handle: GraphHandle,
  hooks: BridgeHooks = {},
) {
  const webgl = wantsWebgl(location.search, storedRenderer());
  const cy = cytoscape({
    container,
    ...(webgl ? { renderer: { name: "canvas", webgl: true } } : {}),
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
  // Each drawn element asks for its bounding box; see boundsFastPath.ts.
  installBoundsFastPath(cy);
  // A change of what is shown re-sorts every element by z-order; see zOrderFastPath.ts.
  installZOrderFastPath(cy);
  // A big graph's full redraw is drawn in slices across tasks; see slicedFrame.ts.
  const sliced = installSlicedFrames(cy);
  handle.attach(cy);
  const unbind = bindStoreToGraph(cy, store, hooks);
  const unbindLabels = bindLabelCollisions(cy);
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
    unbindLabels();
    unbind();
    handle.attach(null);
    disposeLayoutWorker();
    sliced?.uninstall();
    if (window.__cy === cy) delete window.__cy;
    cy.destroy();
  };
}
