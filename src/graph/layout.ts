import type { Core, LayoutOptions } from "cytoscape";
import type { LayoutName } from "../store";
import { fcoseOptions, MAIN_THREAD_FCOSE_LIMIT } from "./fcoseOptions";

export interface NodePositions {
  [id: string]: { x: number; y: number };
}

/**
 * Places nodes on a sunflower spiral at once, so the first frame of a big graph shows every node
 * while the real layout is computed off the main thread.
 */
export function spiralPositions(ids: readonly string[], spacing = 40): NodePositions {
  const golden = Math.PI * (3 - Math.sqrt(5));
  const out: NodePositions = {};
  ids.forEach((id, i) => {
    const r = spacing * Math.sqrt(i + 0.5);
    out[id] = { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden) };
  });
  return out;
}

function simpleLayout(name: Exclude<LayoutName, "fcose">): LayoutOptions {
  switch (name) {
    case "circle":
      return { name: "circle", animate: false, fit: false, spacingFactor: 1.1 };
    case "grid":
      return { name: "grid", animate: false, fit: false, avoidOverlap: true, condense: true };
    case "concentric":
      return {
        name: "concentric",
        animate: false,
        fit: false,
        minNodeSpacing: 40,
        concentric: (n) => n.degree(false),
        levelWidth: () => 2,
      } as LayoutOptions;
  }
}

let worker: Worker | null = null;
let pending: ((p: NodePositions | null) => void) | null = null;

/** fcose in a Web Worker on a headless Cytoscape, so a big layout never freezes the UI. */
function fcoseInWorker(cy: Core): Promise<NodePositions | null> {
  if (typeof Worker === "undefined") return Promise.resolve(null);
  pending?.(null); // a newer request supersedes the older one
  worker?.terminate();
  worker = new Worker(new URL("./layoutWorker.ts", import.meta.url), { type: "module" });
  const nodes = cy.nodes(":visible").map((n) => n.id());
  const edges = cy
    .edges(":visible")
    .map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() }));
  return new Promise((resolve) => {
    pending = resolve;
    worker!.onmessage = (ev: MessageEvent<NodePositions>) => {
      pending = null;
      resolve(ev.data);
    };
    worker!.onerror = () => {
      pending = null;
      resolve(null);
    };
    worker!.postMessage({ nodes, edges });
  });
}

/**
 * Runs a layout on the visible elements. Never inside a batch. Resolves when positions are set.
 * Big graphs get spiral positions immediately and the fcose result when the worker has it.
 */
export async function runLayout(cy: Core, name: LayoutName): Promise<void> {
  const visible = cy.elements(":visible");
  if (name !== "fcose") {
    visible.layout(simpleLayout(name)).run();
    return;
  }
  const n = visible.nodes().length;
  if (n <= MAIN_THREAD_FCOSE_LIMIT) {
    if (n > 0) visible.layout(fcoseOptions(n)).run();
    return;
  }
  const positions = await fcoseInWorker(cy);
  if (!positions || cy.destroyed()) return;
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const p = positions[node.id()];
      if (p) node.position(p);
    });
  });
}

export function disposeLayoutWorker() {
  worker?.terminate();
  worker = null;
}
