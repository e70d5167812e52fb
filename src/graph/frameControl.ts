import type { Core } from "cytoscape";
import { invalidatePicture } from "./slicedFrame";

// Cytoscape's canvas renderer redraws every element one by one in the frame after any change
// (its layered bitmap cache is off for 250 ms after each change), so at 60,000 elements one frame
// costs one to several seconds on this machine whatever the change. While a big document loads,
// that frame came after every chunk: most of the load's time and all of its long tasks. Here a
// chunk can instead be settled without a frame: its styles, label sizes and geometry are computed
// at once, in the chunk's own task, and the frame it asked for is dropped. The last chunk is drawn
// as usual, so the whole graph costs one full frame instead of one per chunk.

interface RendererFields {
  /** Cytoscape's own: computes styles and rendered geometry of what changed (as before a frame). */
  flushRenderedStyleQueue?: () => void;
  /** Set when the renderer wants to draw on its next animation frame. */
  requestedFrame?: boolean;
  /** How long its last frame took to draw, in ms. */
  lastRedrawTime?: number;
  /** Set when the WebGL renderer draws (it keeps no such queue of its own). */
  webgl?: boolean;
  /** Cytoscape's own: the elements in drawing order, sorted again after a change. */
  getCachedZSortedEles?: () => unknown;
  redraw?: () => void;
}

export interface FrameControl {
  /** How long the renderer's last frame took to draw (ms), 0 before the first. */
  lastFrameMs(): number;
  /** Computes what the latest change needs for drawing now and drops the frame it asked for. */
  settleWithoutFrame(): void;
  /**
   * Computes the same now, and the drawing order, but keeps the frame: the frame then only
   * draws. (The styles of a chunk and a sort of every element by z-order in the frame that draws
   * the last chunk were one task of 0.3-0.6 s at 20k.)
   */
  settleThenDraw(): void;
}

/**
 * The renderer's fields are not public API: when they are missing (a headless instance, the
 * WebGL renderer, a Cytoscape update that renamed them) this returns null and every chunk is
 * drawn as it arrives, which is slower but the same picture.
 */
export function frameControlFor(cy: Core): FrameControl | null {
  const renderer = (cy as Core & { renderer?: () => RendererFields | undefined }).renderer?.();
  if (
    !renderer ||
    typeof renderer.flushRenderedStyleQueue !== "function" ||
    !("requestedFrame" in renderer) ||
    renderer.webgl
  ) {
    return null;
  }
  return {
    lastFrameMs: () => renderer.lastRedrawTime ?? 0,
    settleWithoutFrame: () => {
      renderer.flushRenderedStyleQueue!();
      renderer.requestedFrame = false;
    },
    settleThenDraw: () => {
      renderer.flushRenderedStyleQueue!();
      renderer.getCachedZSortedEles?.();
      // Worked out here, so the frame would see nothing new: the sliced picture must restart.
      invalidatePicture(cy);
      if (typeof renderer.redraw === "function") renderer.redraw();
      else renderer.requestedFrame = true;
    },
  };
}
