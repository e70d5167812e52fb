import cytoscape from "cytoscape";
import type { CollectionReturnValue, Core, ElementDefinition, LayoutOptions } from "cytoscape";
import type { LayoutName } from "../store";
import { DRAFT_FCOSE_FROM, fcoseOptions, MAIN_THREAD_FCOSE_LIMIT } from "./fcoseOptions";
import { separateBoxes } from "./overlap";
import type { LabelRoom, PlacedBox } from "./overlap";
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

/**
 * The simple layouts space entities by their size with the label, so long names never pile up:
 * Cytoscape's own avoidOverlap, told to count the labels.
 */
function ringRadius(eles: CollectionReturnValue): number {
  let around = 0;
  eles.nodes().forEach((n) => {
    const { w, h } = n.layoutDimensions({ nodeDimensionsIncludeLabels: true });
    around += Math.max(w, h) + 10;
  });
  return Math.max(60, around / (2 * Math.PI));
}

function simpleLayout(
  name: Exclude<LayoutName, "fcose">,
  eles: CollectionReturnValue,
): LayoutOptions {
  const bySize = { avoidOverlap: true, nodeDimensionsIncludeLabels: true };
  switch (name) {
    case "circle":
      // Cytoscape sizes the ring by the widest name times the count; the ring is as long as the
      // names need side by side instead, and what still touches is spread afterwards.
      return {
        name: "circle",
        animate: false,
        fit: false,
        avoidOverlap: false,
        radius: ringRadius(eles),
      } as LayoutOptions;
    case "grid":
      return {
        name: "grid",
        animate: false,
        fit: false,
        condense: true,
        avoidOverlapPadding: 14,
        ...bySize,
      } as LayoutOptions;
    case "concentric":
      return {
        name: "concentric",
        animate: false,
        fit: false,
        minNodeSpacing: 30,
        concentric: (n) => n.degree(false),
        levelWidth: () => 2,
      } as LayoutOptions;
  }
}

/** Up to this many entities a finished layout is checked for overlapping boxes and spread. */
export const SEPARATE_UP_TO = 300;

/**
 * Whatever the layout left overlapping (fcose counts label sizes but does not promise), pushed
 * apart by the boxes Cytoscape draws: shape and label. One batch; nothing else moves.
 */
export function spreadOverlaps(cy: Core, eles: CollectionReturnValue, labelRoom = false): void {
  const nodes = eles.nodes(":visible");
  if (nodes.length < 2 || nodes.length > SEPARATE_UP_TO) return;
  const boxes: PlacedBox[] = nodes.map((n) => {
    const p = n.position();
    const bb = n.boundingBox({ includeLabels: true, includeOverlays: false });
    return {
      id: n.id(),
      x: p.x,
      y: p.y,
      box: { x1: bb.x1 - p.x, y1: bb.y1 - p.y, x2: bb.x2 - p.x, y2: bb.y2 - p.y },
    };
  });
  // Relations between two shown entities get room for their label (about 6.5 px a character
  // at 11 px), when they have a drawn label.
  // Only for the force-directed layout: pushing along relations would bend a ring or a grid.
  const rooms: LabelRoom[] = [];
  if (labelRoom)
    eles.edges(":visible").forEach((e) => {
      const label = e.style("label");
      if (label)
        rooms.push({ a: e.source().id(), b: e.target().id(), room: label.length * 6.5 + 12 });
    });
  const moved = separateBoxes(boxes, 6, 80, rooms);
  if (!moved.size) return;
  cy.batch(() => {
    for (const [id, p] of moved) nodes.getElementById(id).position(p);
  });
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
/** Settles the running worker layout's promise as cancelled; one worker layout at a time. */
let pending: (() => void) | null = null;

/** Stops a running worker layout; its promise settles with no positions. */
export function cancelWorkerLayout() {
  pending?.();
  pending = null;
  worker?.terminate();
  worker = null;
}

/** fcose in a Web Worker on a headless Cytoscape, so a big layout never freezes the UI. */
async function fcoseInWorker(
  eles: CollectionReturnValue,
  notYetAdded: readonly ElementDefinition[] = [],
): Promise<Placed | null> {
  if (typeof Worker === "undefined") return null;
  cancelWorkerLayout();
  // Measuring the nodes with their labels styles every one of them: a task of its own, not
  // one more part of the task that added the graph.
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (eles.cy().destroyed()) return null;
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
  // Relations still waiting to be drawn shape the layout as much as the drawn ones.
  for (const d of notYetAdded) {
    if (d.group !== "edges") continue;
    const [source, target] = [ids.get(d.data.source!), ids.get(d.data.target!)];
    if (source && target) edges.push({ id: `e${edges.length}`, source, target });
  }
  return new Promise((resolve) => {
    const settle = (p: Placed | null) => {
      if (worker === w) worker = null;
      pending = null;
      w.terminate();
      resolve(p);
    };
    pending = () => settle(null);
    w.onmessage = (ev: MessageEvent<Placed>) =>
      settle(ev.data.map(([standIn, x, y]) => [realId.get(standIn) ?? "", x, y]));
    w.onerror = () => settle(null);
    w.postMessage({ nodes, edges });
  });
}

export type PlacedNodes = Map<string, { x: number; y: number }>;

/** How long the force phase of a worker layout may take: the issue asks for 5k in 10 s. */
function forceBudgetMs(nodeCount: number): number {
  return Math.min(5000, 1000 + nodeCount);
}

/**
 * The force layout (forceLayout.ts) in a Web Worker, so a big layout never freezes the page.
 * `onPositions` gets the picture as it improves, every `reportEveryMs`, and the final one; it
 * resolves true once the final one is handed over, false when cancelled or failed.
 */
/** A graph to lay out, as plain data: where each node starts, and which nodes are joined. */
export interface LayoutInput {
  nodes: { id: string; x: number; y: number }[];
  edges: { source: string; target: string }[];
}

/** The nodes and edges of `eles`, plus elements not yet added to the graph (a big load). */
export function layoutInput(
  eles: CollectionReturnValue,
  notYetAdded: readonly ElementDefinition[] = [],
): LayoutInput {
  const nodes = eles.nodes().map((n) => ({ id: n.id(), ...n.position() }));
  const edges = eles.edges().map((e) => ({
    source: e.data("source") as string,
    target: e.data("target") as string,
  }));
  for (const d of notYetAdded) {
    if (d.group === "edges") edges.push({ source: d.data.source!, target: d.data.target! });
    else nodes.push({ id: d.data.id!, x: d.position?.x ?? 0, y: d.position?.y ?? 0 });
  }
  return { nodes, edges };
}

/**
 * How often the worker hands over its picture. Each picture moves every node, and the frame that
 * draws it redraws every element (a canvas has no cheaper way): about a third of a second per
 * frame at 5,000 entities on this machine, so big graphs get fewer, further-apart pictures and
 * the page more time between them.
 */
export function reportEveryMsFor(entities: number): number {
  return entities > 2000 ? 1500 : 400;
}

function forceLayoutInWorker(
  graph: LayoutInput,
  onPositions: (placed: PlacedNodes) => void,
  reportEveryMs = reportEveryMsFor(graph.nodes.length),
): Promise<boolean> {
  if (typeof Worker === "undefined") return Promise.resolve(false);
  cancelWorkerLayout();
  const w = new Worker(new URL("./forceLayoutWorker.ts", import.meta.url), { type: "module" });
  worker = w;
  // Numbered nodes and typed arrays: no id from a file goes near a plain object, and the
  // arrays move between threads without a copy.
  const ids = graph.nodes.map((n) => n.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const positions = new Float64Array(2 * ids.length);
  graph.nodes.forEach((n, i) => {
    positions[2 * i] = n.x;
    positions[2 * i + 1] = n.y;
  });
  const pairs: number[] = [];
  for (const e of graph.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s !== undefined && t !== undefined) pairs.push(s, t);
  }
  const edges = Uint32Array.from(pairs);
  const toMap = (p: Float64Array): PlacedNodes => {
    const out: PlacedNodes = new Map();
    ids.forEach((id, i) => out.set(id, { x: Math.round(p[2 * i]), y: Math.round(p[2 * i + 1]) }));
    return out;
  };
  return new Promise((resolve) => {
    const settle = (done: boolean) => {
      if (worker === w) worker = null;
      pending = null;
      w.terminate();
      resolve(done);
    };
    pending = () => settle(false);
    w.onmessage = (ev: MessageEvent<{ kind: "step" | "done"; positions: Float64Array }>) => {
      if (worker !== w) return;
      onPositions(toMap(ev.data.positions));
      if (ev.data.kind === "done") settle(true);
    };
    w.onerror = () => settle(false);
    w.postMessage({ positions, edges, budgetMs: forceBudgetMs(ids.length), reportEveryMs }, [
      positions.buffer,
      edges.buffer,
    ]);
  });
}

/**
 * Lays out `eles` (all elements when a document arrives, the visible ones when the user asks)
 * and, for a big document still being added, `notYetAdded`. Never inside a batch. Up to
 * DRAFT_FCOSE_FROM nodes fcose places them (in a worker above MAIN_THREAD_FCOSE_LIMIT); bigger
 * graphs get the force layout in its worker, whose positions, as they improve and at the end,
 * go to `onPositions` (the store). Either way only while `isCurrent()` says no newer layout or
 * document has come since. Resolves true when the positions went to `onPositions`, false when
 * they were set on the nodes here or nothing came.
 */
export async function runLayout(
  cy: Core,
  name: LayoutName,
  eles: CollectionReturnValue,
  isCurrent: () => boolean,
  onPositions: (placed: PlacedNodes) => void,
  notYetAdded: readonly ElementDefinition[] = [],
): Promise<boolean> {
  cancelWorkerLayout();
  const runHere = (options: LayoutOptions) =>
    hasPrototypeNames(eles) ? layoutOnStandIns(eles, options) : void eles.layout(options).run();
  if (name !== "fcose") {
    runHere(simpleLayout(name, eles));
    spreadOverlaps(cy, eles);
    return false;
  }
  const n = eles.nodes().length + notYetAdded.filter((d) => d.group !== "edges").length;
  if (n <= MAIN_THREAD_FCOSE_LIMIT) {
    if (n === 0) return false;
    if (!fcoseReady()) {
      await loadFcose();
      if (cy.destroyed() || !isCurrent()) return false;
    }
    runHere(fcoseOptions(n));
    spreadOverlaps(cy, eles, true);
    return false;
  }
  if (n > DRAFT_FCOSE_FROM) {
    return forceLayoutInWorker(layoutInput(eles, notYetAdded), (placed) => {
      if (!cy.destroyed() && isCurrent()) onPositions(placed);
    });
  }
  const positions = await fcoseInWorker(eles, notYetAdded);
  if (!positions || cy.destroyed() || !isCurrent()) return false;
  cy.batch(() => {
    for (const [id, x, y] of positions) {
      const node = eles.getElementById(id);
      if (node.nonempty()) node.position({ x, y });
    }
  });
  spreadOverlaps(cy, eles, true);
  return false;
}

export function disposeLayoutWorker() {
  cancelWorkerLayout();
}
