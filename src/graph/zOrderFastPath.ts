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

/**
 * `eles` in Cytoscape's drawing order, given in the order they were added (the core's element
 * list, whose positions are their pool indices). Graphs without compound nodes only.
 */
export function zOrder<T extends Sortable>(eles: ArrayLike<T>): T[] {
  // Buckets by (depth, nodes over edges, z-index); almost every element is in one of two.
  const buckets = new Map<string, { depth: number; kind: number; z: number; eles: T[] }>();
  for (let i = 0; i < eles.length; i++) {
    const ele = eles[i];
    const depth = depthKey(ele);
    const kind = ele.pstyle("z-index-compare").value === "auto" && ele.isNode() ? 1 : 0;
    const z = Number(ele.pstyle("z-index").value);
    const key = `${depth}|${kind}|${z}`;
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = { depth, kind, z, eles: [] }));
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
  r.getCachedZSortedEles = function (this: Renderer, forceRecalc?: boolean) {
    if (!forceRecalc && this.cachedZSortedEles) return this.cachedZSortedEles;
    if (c.hasCompoundNodes?.() !== false) return original.call(this, forceRecalc);
    const eles = zOrder(c.mutableElements!());
    const sorted: ZSorted = eles;
    sorted.interactive = eles.filter((ele) => ele.interactive());
    this.cachedZSortedEles = sorted;
    this.updateCachedGrabbedEles!();
    return sorted;
  };
  return true;
}
