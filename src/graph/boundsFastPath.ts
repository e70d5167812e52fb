import type { Core } from "cytoscape";

// Cytoscape's canvas renderer asks every element for `ele.boundingBox()` each time it draws it:
// 60,000 calls a frame at 20k entities. For one element whose cached box is still good the answer
// is that cached box, but each call first builds a memoising closure with a fresh cache object,
// hashes the element's rounded position into a key and looks the element's id up in it; that was
// about a third of a full frame in round 3's profile. This adds a shortcut in front: when the
// element's cached box is the one a previous call returned, its style is clean and its rounded
// position (for a relation, both ends') is the one that box was checked against, the same box
// object is returned without the rest. Every other call, and every first call for an element, goes
// to Cytoscape's own method, which also records what the shortcut checks next time.
//
// This relies on Cytoscape internals (3.34): `_private.bbCache`, `_private.styleDirty`,
// `_private.position`, an edge's `_private.source`/`target`. Where one of them is missing (a
// Cytoscape update renamed it) the shortcut never applies and every call is Cytoscape's own;
// tests/unit/boundsFastPath.test.ts compares its boxes with Cytoscape's after moves and style
// changes. Cytoscape keys its own check on a hash of the
// rounded positions; this compares the rounded numbers themselves, so it can only be stricter.

interface Private {
  group?: string;
  bbCache?: unknown;
  styleDirty?: boolean;
  position?: { x: number; y: number };
  source?: { _private: Private };
  target?: { _private: Private };
  /** Ours: the box a call returned and the rounded position it was checked against. */
  relgraphBb?: { box: unknown; a: number; b: number; c: number; d: number };
}
interface Ele {
  _private: Private;
}
type BoundingBoxFn = (this: ArrayLike<Ele>, options?: unknown) => unknown;

const INSTALLED = Symbol.for("relgraph.boundsFastPath");

function ends(p: Private): [number, number, number, number] | null {
  if (p.group === "edges") {
    const s = p.source?._private.position;
    const t = p.target?._private.position;
    if (!s || !t) return null;
    return [Math.round(s.x), Math.round(s.y), Math.round(t.x), Math.round(t.y)];
  }
  const q = p.position;
  if (!q) return null;
  return [Math.round(q.x), Math.round(q.y), 0, 0];
}

/** The shortcut around `original`, exported for the tests. */
export function fastBoundingBox(original: BoundingBoxFn): BoundingBoxFn {
  return function boundingBox(this: ArrayLike<Ele>, options?: unknown) {
    if (options !== undefined || this.length !== 1) return original.call(this, options);
    const p = this[0]._private;
    const seen = p.relgraphBb;
    // `styleDirty === false`, not falsy: a renamed field sends every call to Cytoscape.
    if (seen && p.styleDirty === false && p.bbCache != null && seen.box === p.bbCache) {
      const e = ends(p);
      if (e && e[0] === seen.a && e[1] === seen.b && e[2] === seen.c && e[3] === seen.d) {
        return seen.box;
      }
    }
    const box = original.call(this);
    // Cytoscape returns the element's cached box itself when it is good (and fresh after
    // computing it); a different object means this call did not go through the cache.
    if (box === p.bbCache) {
      const e = ends(p);
      if (e) p.relgraphBb = { box, a: e[0], b: e[1], c: e[2], d: e[3] };
    }
    return box;
  };
}

/**
 * Installs the shortcut on Cytoscape's collection prototype (shared by every instance; it returns
 * what Cytoscape would, so that is harmless). Once per page; returns whether it is in place.
 */
export function installBoundsFastPath(cy: Core): boolean {
  const probe = cy.collection() as unknown as object;
  const proto = Object.getPrototypeOf(probe) as Record<string | symbol, unknown>;
  if (proto[INSTALLED]) return true;
  const original = proto.boundingBox;
  if (typeof original !== "function") return false;
  proto.boundingBox = fastBoundingBox(original as BoundingBoxFn);
  proto[INSTALLED] = true;
  return true;
}
