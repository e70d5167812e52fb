import cytoscape from "cytoscape";
import type { CollectionReturnValue, Core, LayoutOptions } from "cytoscape";
import type { LayoutName } from "../store";
import { DRAFT_FCOSE_FROM, fcoseOptions, MAIN_THREAD_FCOSE_LIMIT } from "./fcoseOptions";
import { hasPrototypeNames, layoutOnStandIns, standInIds } from "./standIns";

/**
 * Places nodes on a sunflower spiral at once, so the first frame of a big graph shows every node
 * while the real layout is computed off the main thread.
 */
export function spiralPositions(
  ids: readonly string[],
  spacing = 40,
): Map<string, { x: number; y: number }> {
  const golden = Math.PI * (3 - Math.sqrt(5));
  const out = new Map<string, { x: number; y: number }>();
  ids.forEach((id, i) => {
    const r = spacing * Math.sqrt(i + 0.5);
    out.set(id, { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden) });
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

/** Whether fcose is registered with Cytoscape (it is loaded on demand, see `loadFcose`). */
export function fcoseReady(): boolean {
  return !!cytoscape("layout", "fcose");
}

let fcoseLoading: Promise<void> | null = null;

/**
 * fcose with cose-base and layout-base is about 200 kB minified that a document with saved
 * positions never runs, so it is a separate chunk fetched the first time a layout needs it.
 * Cytoscape's extension registry is global, so this promise is too.
 */
export function loadFcose(): Promise<void> {
  if (fcoseReady()) return Promise.resolve();
  fcoseLoading ??= import("cytoscape-fcose").then(
    (m) => {
      if (!fcoseReady()) cytoscape.use(m.default);
    },
    (err: unknown) => {
      fcoseLoading = null; // a failed fetch (offline, new deploy) may be retried
      throw err;
    },
  );
  return fcoseLoading;
}

let worker: Worker | null = null;
type Placed = [string, number, number][];
/** Id, position and, for graphs laid out at full quality, the size with the label. */
type SizedNode = [string, number, number] | [string, number, number, number, number];
let pending: ((p: Placed | null) => void) | null = null;

/** Stops a running worker layout; its promise settles with no positions. */
export function cancelWorkerLayout() {
  pending?.(null);
  pending = null;
  worker?.terminate();
  worker = null;
}

/** fcose in a Web Worker on a headless Cytoscape, so a big layout never freezes the UI. */
function fcoseInWorker(eles: CollectionReturnValue): Promise<Placed | null> {
  if (typeof Worker === "undefined") return Promise.resolve(null);
  cancelWorkerLayout();
  const w = new Worker(new URL("./layoutWorker.ts", import.meta.url), { type: "module" });
  worker = w;
  // Stand-in ids: fcose keys its nodes in plain objects, where "constructor" is already taken.
  const ids = standInIds(eles.nodes());
  const realId = new Map([...ids].map(([id, standIn]) => [standIn, id]));
  // Up to draft size the worker lays out boxes as big as the nodes with their labels, as fcose
  // does on the main thread; beyond it measuring every label would cost more than it helps.
  const withSizes = eles.nodes().length <= DRAFT_FCOSE_FROM;
  const nodes: SizedNode[] = eles.nodes().map((n) => {
    const at: SizedNode = [ids.get(n.id())!, n.position("x"), n.position("y")];
    if (!withSizes) return at;
    const { w, h } = n.layoutDimensions({ nodeDimensionsIncludeLabels: true });
    return [...at, w, h];
  });
  const edges: { id: string; source: string; target: string }[] = [];
  eles.edges().forEach((e) => {
    const [source, target] = [ids.get(e.source().id()), ids.get(e.target().id())];
    if (source && target) edges.push({ id: `e${edges.length}`, source, target });
  });
  return new Promise((resolve) => {
    const settle = (p: Placed | null) => {
      if (worker === w) worker = null;
      pending = null;
      w.terminate();
      resolve(p);
    };
    pending = settle;
    w.onmessage = (ev: MessageEvent<Placed>) =>
      settle(ev.data.map(([standIn, x, y]) => [realId.get(standIn) ?? "", x, y]));
    w.onerror = () => settle(null);
    w.postMessage({ nodes, edges });
  });
}

/**
 * Lays out `eles` (all elements when a document arrives, the visible ones when the user asks).
 * Never inside a batch. Resolves when positions are set; a worker result is applied only while
 * `isCurrent()` says no newer layout or document has come since.
 */
export async function runLayout(
  cy: Core,
  name: LayoutName,
  eles: CollectionReturnValue,
  isCurrent: () => boolean,
): Promise<void> {
  cancelWorkerLayout();
  const runHere = (options: LayoutOptions) =>
    hasPrototypeNames(eles) ? layoutOnStandIns(eles, options) : void eles.layout(options).run();
  if (name !== "fcose") {
    runHere(simpleLayout(name));
    return;
  }
  const n = eles.nodes().length;
  if (n <= MAIN_THREAD_FCOSE_LIMIT) {
    if (n === 0) return;
    if (!fcoseReady()) {
      await loadFcose();
      if (cy.destroyed() || !isCurrent()) return;
    }
    runHere(fcoseOptions(n));
    return;
  }
  const positions = await fcoseInWorker(eles);
  if (!positions || cy.destroyed() || !isCurrent()) return;
  cy.batch(() => {
    for (const [id, x, y] of positions) {
      const node = eles.getElementById(id);
      if (node.nonempty()) node.position({ x, y });
    }
  });
}

export function disposeLayoutWorker() {
  cancelWorkerLayout();
}
