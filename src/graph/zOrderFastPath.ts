import type { Core } from "cytoscape";

// Cytoscape's canvas renderer keeps its elements sorted in drawing order and sorts all of them
// again whenever any element's z-order may have changed. Hiding or showing an element counts
// (its `display` decides whether it can be clicked, a list kept beside the order), and so does a
// selection ring's z-index: a filter, a selection and the last chunk of a load each re-sort the
// whole graph. Cytoscape's comparator reads three style properties of both elements and looks
// both ids up in a map on each of the ~1,000,000 comparisons at 60,000 elements (0.15 s of a 20k
// filter at load 3). Here each element's key is read once and the elements are put in buckets
// by key, keeping the order they were added in within a bucket: the same order in one pass.
//
// The order (Cytoscape 3.34's `zIndexSort`): `z-compound-depth` (bottom, then orphan and auto,
// then top; auto follows the compound depth, so graphs with compound nodes keep Cytoscape's own
// sort), then, with `z-index-compare: auto`, edges below nodes, then `z-index`, then the order
// the elements were added in (their index in the core's element list). This relies on
// Cytoscape internals: the renderer's `getCachedZSortedEles`, `cachedZSortedEles` and
// `updateCachedGrabbedEles`, and the core's `mutableElements`. Where one is missing (the WebGL
// renderer, headless, a renamed field) nothing is installed and Cytoscape sorts as before;
// tests/unit/zOrderFastPath.test.ts and a browser test compare the orders.

interface Style {
  value: unknown;
}
/** What the order needs of an element (a Cytoscape element has all of it). */
export interface Sortable {
  pstyle(name: string): Style;
  isNode(): boolean;
}

const MAX_DEPTH = Number.MAX_SAFE_INTEGER;

function depthKey(ele: Sortable): number {
  const v = ele.pstyle("z-compound-depth").value;
  if (v === "bottom") return -1;
  if (v === "top") return MAX_DEPTH;
  return 0; // auto without compound nodes, and orphan
}

/** What orders an element: its compound depth, nodes over edges, its z-index. */
export interface ZKey {
  depth: number;
  kind: number;
  z: number;
  key: string;
}

/** Reads an element's key from its style. */
export function zKeyOf(ele: Sortable): ZKey {
  const depth = depthKey(ele);
  const kind = ele.pstyle("z-index-compare").value === "auto" && ele.isNode() ? 1 : 0;
  const z = Number(ele.pstyle("z-index").value);
  return { depth, kind, z, key: `${depth}|${kind}|${z}` };
}

/**
 * `eles` in Cytoscape's drawing order, given in the order they were added (the core's element
 * list, whose positions are their pool indices). Graphs without compound nodes only. `keyOf`
 * may hand back keys remembered from an earlier sort.
 */
export function zOrder<T extends Sortable>(
  eles: ArrayLike<T>,
  keyOf: (ele: T) => ZKey = zKeyOf,
): T[] {
  // Buckets by (depth, nodes over edges, z-index); almost every element is in one of two.
  const buckets = new Map<string, { depth: number; kind: number; z: number; eles: T[] }>();
  for (let i = 0; i < eles.length; i++) {
    const ele = eles[i];
    const k = keyOf(ele);
    let bucket = buckets.get(k.key);
    if (!bucket) buckets.set(k.key, (bucket = { depth: k.depth, kind: k.kind, z: k.z, eles: [] }));
    bucket.eles.push(ele);
  }
  const ordered = [...buckets.values()].sort(
    (a, b) => a.depth - b.depth || a.kind - b.kind || a.z - b.z,
  );
  const out: T[] = [];
  for (const b of ordered) for (const ele of b.eles) out.push(ele);
  return out;
}

interface ZSorted extends Array<unknown> {
  interactive?: unknown[];
}
interface Renderer {
  webgl?: boolean;
  cachedZSortedEles?: ZSorted | null;
  getCachedZSortedEles?: (forceRecalc?: boolean) => ZSorted;
  updateCachedGrabbedEles?: () => void;
  notify?: (eventName: string, eles?: ArrayLike<object>) => unknown;
}
type CoreInternals = Core & {
  hasCompoundNodes?: () => boolean;
  renderer?: () => Renderer | undefined;
  mutableElements?: () => ArrayLike<Sortable & { interactive(): boolean }> & {
    toArray(): (Sortable & { interactive(): boolean })[];
  };
};

/** Installs the bucket sort on `cy`'s canvas renderer; false where it cannot (see above). */
export function installZOrderFastPath(cy: Core): boolean {
  const c = cy as CoreInternals;
  const r = c.renderer?.();
  if (
    !r ||
    r.webgl ||
    typeof r.getCachedZSortedEles !== "function" ||
    typeof r.updateCachedGrabbedEles !== "function" ||
    !("cachedZSortedEles" in r) ||
    typeof c.mutableElements !== "function"
  ) {
    return false;
  }
  const original = r.getCachedZSortedEles;
  // Each element's key is remembered from the sort before, and forgotten when Cytoscape says its
  // z-order may have changed (`notify("zorder", eles)`, sent for the elements whose z-index,
  // compound depth or comparison changed); a notice without elements forgets them all. So a
  // selection or a filter reads the styles of the elements it changed, not of all 60,000.
  let generation = 0;
  const remembered = new WeakMap<object, { generation: number; key: ZKey }>();
  const keyOf = (ele: Sortable) => {
    const seen = remembered.get(ele);
    if (seen && seen.generation === generation) return seen.key;
    const key = zKeyOf(ele);
    remembered.set(ele, { generation, key });
    return key;
  };
  if (typeof r.notify === "function") {
    const notify = r.notify;
    r.notify = function (this: Renderer, eventName: string, eles?: ArrayLike<object>) {
      if (eventName === "zorder" || eventName === "load" || eventName === "mount") {
        if (eventName === "zorder" && eles && eles.length > 0) {
          for (let i = 0; i < eles.length; i++) remembered.delete(eles[i]);
        } else generation++;
      }
      return notify.call(this, eventName, eles);
    };
  }
  r.getCachedZSortedEles = function (this: Renderer, forceRecalc?: boolean) {
    if (!forceRecalc && this.cachedZSortedEles) return this.cachedZSortedEles;
    if (c.hasCompoundNodes?.() !== false) return original.call(this, forceRecalc);
    // A forced sort (Cytoscape asks for one when it cannot tell what changed) reads every key.
    if (forceRecalc) generation++;
    const eles = zOrder(c.mutableElements!(), keyOf);
    const sorted: ZSorted = eles;
    sorted.interactive = eles.filter((ele) => ele.interactive());
    this.cachedZSortedEles = sorted;
    this.updateCachedGrabbedEles!();
    return sorted;
  };
  return true;
}
