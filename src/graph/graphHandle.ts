import { createContext, useContext } from "react";
import type { Core } from "cytoscape";
import { exportImage } from "./exportImage";
import type { ExportOptions, ExportResult } from "./exportImage";

/**
 * Imperative calls into the graph (fit, export) for components that must never touch
 * Cytoscape themselves. The graph view attaches its instance; calls before that are no-ops.
 */
export interface GraphHandle {
  attach(cy: Core | null): void;
  fit(): void;
  zoomBy(factor: number): void;
  /** Moves the view by screen pixels (the arrow keys). */
  panBy(dx: number, dy: number): void;
  exportImage(options: ExportOptions): Promise<ExportResult>;
}

export function createGraphHandle(): GraphHandle {
  let cy: Core | null = null;
  return {
    attach: (instance) => {
      cy = instance;
    },
    fit: () => {
      cy?.animate({ fit: { eles: cy.elements(":visible"), padding: 30 } }, { duration: 200 });
    },
    zoomBy: (factor) => {
      if (!cy) return;
      cy.zoom({
        level: cy.zoom() * factor,
        renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
      });
    },
    panBy: (dx, dy) => {
      cy?.panBy({ x: dx, y: dy });
    },
    exportImage: (options) => {
      if (!cy) return Promise.reject(new Error("The graph is not ready yet."));
      return exportImage(cy, options);
    },
  };
}

export const GraphHandleContext = createContext<GraphHandle | null>(null);

export function useGraphHandle(): GraphHandle {
  const handle = useContext(GraphHandleContext);
  if (!handle) throw new Error("useGraphHandle must be used inside GraphHandleContext");
  return handle;
}
