import type { Position } from "./types";

// Where new entities go when articles are added: next to the entities they are related to, in a
// free spot, so what the person arranged stays where it is. Deterministic: the same graph gives
// the same picture.

const SPACING = 70;
const GOLDEN = Math.PI * (3 - Math.sqrt(5));

/** A small stable number from an id, so ties are broken the same way every time. */
function idAngle(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return ((h >>> 0) / 2 ** 32) * 2 * Math.PI;
}

class Grid {
  private cells = new Map<string, Position[]>();
  add(p: Position) {
    const k = `${Math.floor(p.x / SPACING)},${Math.floor(p.y / SPACING)}`;
    const list = this.cells.get(k);
    if (list) list.push(p);
    else this.cells.set(k, [p]);
  }
  free(p: Position): boolean {
    const cx = Math.floor(p.x / SPACING);
    const cy = Math.floor(p.y / SPACING);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const q of this.cells.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (Math.hypot(q.x - p.x, q.y - p.y) < SPACING * 0.8) return false;
        }
      }
    }
    return true;
  }
}

/**
 * Positions for `newIds`, given the placed ones and the edges. An entity with placed neighbours
 * goes near their centre; one without goes beside the drawing. New entities are placed in order
 * of how many placed neighbours they have, so chains grow outwards from what is there.
 */
export function placeNewNodes(
  placed: ReadonlyMap<string, Position>,
  newIds: readonly string[],
  edges: readonly { source: string; target: string }[],
): Map<string, Position> {
  const out = new Map<string, Position>();
  if (!newIds.length) return out;
  const neighbours = new Map<string, string[]>();
  for (const { source, target } of edges) {
    if (source === target) continue;
    (neighbours.get(source) ?? neighbours.set(source, []).get(source)!).push(target);
    (neighbours.get(target) ?? neighbours.set(target, []).get(target)!).push(source);
  }
  const grid = new Grid();
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const p of placed.values()) {
    grid.add(p);
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  if (!placed.size) minX = maxX = minY = maxY = 0;
  const at = (id: string) => placed.get(id) ?? out.get(id);
  const todo = new Set(newIds);
  let orphanIndex = 0;
  while (todo.size) {
    // The one with most neighbours already placed; ties by id for a stable picture.
    let pick = "";
    let pickCount = -1;
    for (const id of todo) {
      const n = (neighbours.get(id) ?? []).filter((m) => at(m)).length;
      if (n > pickCount || (n === pickCount && id < pick)) {
        pick = id;
        pickCount = n;
      }
    }
    todo.delete(pick);
    const anchors = (neighbours.get(pick) ?? []).map(at).filter((p): p is Position => !!p);
    let centre: Position;
    if (anchors.length) {
      centre = {
        x: anchors.reduce((s, p) => s + p.x, 0) / anchors.length,
        y: anchors.reduce((s, p) => s + p.y, 0) / anchors.length,
      };
    } else {
      // Beside the drawing, on a column to its right, so nothing already there is covered.
      centre = { x: maxX + SPACING * 2, y: minY + SPACING * 1.5 * orphanIndex++ };
    }
    const base = idAngle(pick);
    let p = centre;
    for (let i = 0; i < 400; i++) {
      const r = SPACING * Math.sqrt(i + 1);
      p = {
        x: centre.x + r * Math.cos(base + i * GOLDEN),
        y: centre.y + r * Math.sin(base + i * GOLDEN),
      };
      if (grid.free(p)) break;
    }
    p = { x: Math.round(p.x), y: Math.round(p.y) };
    grid.add(p);
    out.set(pick, p);
    maxX = Math.max(maxX, p.x);
  }
  return out;
}
