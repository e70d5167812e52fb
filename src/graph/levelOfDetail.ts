import type { Core } from "cytoscape";

// Level of detail: what the graph gives up to stay responsive when it is big. Decided once per
// document from its size, never per frame, because switching Cytoscape's stylesheet restyles
// every element (seconds at 60,000 elements).

/**
 * From this many elements (entities plus relations) a document is drawn in the big-graph mode.
 * The shipped seed and the 1k bench document (3,000 elements) stay below it and look as they
 * always did; the 5k document (15,000) is above it.
 */
export const BIG_GRAPH_ELEMENTS = 8000;

export interface DetailLevel {
  /** Straight "haystack" edges with a mid-edge arrow instead of curved edges with end arrows. */
  cheapEdges: boolean;
  /** Labels on one line, drawn only from a larger on-screen size. */
  cheapLabels: boolean;
  /** While a person pans or zooms, move a snapshot of the view instead of redrawing it. */
  textureOnViewport: boolean;
  /** While a person pans or zooms, leave the relations out. */
  hideEdgesOnViewport: boolean;
  /** Canvas pixels per CSS pixel; null: the screen's own. 1 on a 2x screen draws a quarter. */
  pixelRatio: 1 | null;
}

export function detailLevelFor(elementCount: number): DetailLevel {
  const big = elementCount >= BIG_GRAPH_ELEMENTS;
  return {
    cheapEdges: big,
    cheapLabels: big,
    textureOnViewport: big,
    hideEdgesOnViewport: big,
    pixelRatio: big ? 1 : null,
  };
}

export const FULL_DETAIL: DetailLevel = detailLevelFor(0);

export function sameStyleLevel(a: DetailLevel, b: DetailLevel): boolean {
  return a.cheapEdges === b.cheapEdges && a.cheapLabels === b.cheapLabels;
}

interface RendererFields {
  textureOnViewport?: boolean;
  hideEdgesOnViewport?: boolean;
  forcedPixelRatio?: number | null;
}

/**
 * Cytoscape reads `textureOnViewport`, `hideEdgesOnViewport` and `pixelRatio` from its init
 * options into fields of its renderer, and reads those fields on every frame (a new pixel ratio
 * resizes the canvas on the next one), so each document can set them.
 * They are not public API: if a Cytoscape update renames them this does nothing, and the graph
 * is merely slower while it moves. Headless instances have no renderer fields to set.
 */
export function applyViewportDetail(cy: Core, level: DetailLevel) {
  const renderer = (cy as Core & { renderer?: () => RendererFields | undefined }).renderer?.();
  if (!renderer || !("textureOnViewport" in renderer)) return;
  renderer.textureOnViewport = level.textureOnViewport;
  renderer.hideEdgesOnViewport = level.hideEdgesOnViewport;
  renderer.forcedPixelRatio = level.pixelRatio;
  cy.resize();
}
