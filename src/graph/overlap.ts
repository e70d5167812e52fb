// Readable layouts, as plain geometry (no Cytoscape here, so the rules are tested on their own):
// entities whose boxes (shape and label) overlap after a layout are pushed apart, and edge labels
// that would be drawn over each other, or over an entity, are dropped, most important first.

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** An entity's box around its position: the label below the shape makes it lopsided. */
export interface PlacedBox {
  id: string;
  x: number;
  y: number;
  /** The box relative to (x, y). */
  box: Box;
}

export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
}

const at = (p: PlacedBox): Box => ({
  x1: p.x + p.box.x1,
  y1: p.y + p.box.y1,
  x2: p.x + p.box.x2,
  y2: p.y + p.box.y2,
});

/** A relation whose label needs `room` between its two entities' boxes. */
export interface LabelRoom {
  a: string;
  b: string;
  room: number;
}

/** How far from its position a ray in direction (ux, uy) leaves a box around it. */
function exitDistance(box: Box, ux: number, uy: number): number {
  const tx = ux > 0 ? box.x2 / ux : ux < 0 ? box.x1 / ux : Infinity;
  const ty = uy > 0 ? box.y2 / uy : uy < 0 ? box.y1 / uy : Infinity;
  return Math.max(0, Math.min(tx, ty));
}

/**
 * Moves overlapping boxes apart until none overlaps (or `rounds` run out): each overlapping pair
 * is separated along the axis where it overlaps least, half each way, so the layout's picture
 * stays and only the piles are spread. Two entities joined by a labelled relation are also moved
 * apart along it until the label fits between them. Quadratic per round, which is why the caller
 * keeps it to small graphs. Returns the new positions of the boxes that moved.
 */
export function separateBoxes(
  boxes: readonly PlacedBox[],
  gap = 6,
  rounds = 80,
  rooms: readonly LabelRoom[] = [],
): Map<string, { x: number; y: number }> {
  const items = boxes.map((b) => ({ ...b }));
  const index = new Map(items.map((b, i) => [b.id, i]));
  const moved = new Set<number>();
  for (let round = 0; round < rounds; round++) {
    let any = false;
    for (const { a: idA, b: idB, room } of rooms) {
      const i = index.get(idA);
      const j = index.get(idB);
      if (i === undefined || j === undefined || i === j) continue;
      const A = items[i];
      const B = items[j];
      const dx = B.x - A.x;
      const dy = B.y - A.y;
      const dist = Math.hypot(dx, dy);
      if (dist === 0) continue;
      const ux = dx / dist;
      const uy = dy / dist;
      const free = dist - exitDistance(A.box, ux, uy) - exitDistance(B.box, -ux, -uy);
      if (free >= room) continue;
      any = true;
      const push = (room - free) / 2 + 0.5;
      A.x -= ux * push;
      A.y -= uy * push;
      B.x += ux * push;
      B.y += uy * push;
      moved.add(i).add(j);
    }
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const a = at(items[i]);
        const b = at(items[j]);
        if (!boxesOverlap(a, b, gap)) continue;
        any = true;
        const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + gap;
        const dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + gap;
        // Push along the shorter way out; which side goes where follows their centres (ties by
        // order, so the same input always gives the same picture).
        if (dx < dy) {
          const dir = (a.x1 + a.x2 <= b.x1 + b.x2 ? -1 : 1) * (dx / 2 + 0.5);
          items[i].x += dir;
          items[j].x -= dir;
        } else {
          const dir = (a.y1 + a.y2 <= b.y1 + b.y2 ? -1 : 1) * (dy / 2 + 0.5);
          items[i].y += dir;
          items[j].y -= dir;
        }
        moved.add(i).add(j);
      }
    }
    if (!any) break;
  }
  const out = new Map<string, { x: number; y: number }>();
  for (const i of moved) out.set(items[i].id, { x: items[i].x, y: items[i].y });
  return out;
}

export interface Point {
  x: number;
  y: number;
}

/** A box's corners, to be tested like any other convex shape. */
export function corners(b: Box): Point[] {
  return [
    { x: b.x1, y: b.y1 },
    { x: b.x2, y: b.y1 },
    { x: b.x2, y: b.y2 },
    { x: b.x1, y: b.y2 },
  ];
}

/**
 * The corners of a label of `width` x `height` centred on `centre` and turned by `angle`
 * (radians), as an edge's label is drawn along the edge.
 */
export function turnedBox(centre: Point, width: number, height: number, angle: number): Point[] {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const w = width / 2;
  const h = height / 2;
  return [
    [-w, -h],
    [w, -h],
    [w, h],
    [-w, h],
  ].map(([x, y]) => ({ x: centre.x + x * c - y * s, y: centre.y + x * s + y * c }));
}

/** Two convex shapes overlap unless some edge's normal separates them (separating axes). */
export function shapesOverlap(a: readonly Point[], b: readonly Point[]): boolean {
  for (const shape of [a, b]) {
    for (let i = 0; i < shape.length; i++) {
      const p = shape[i];
      const q = shape[(i + 1) % shape.length];
      const nx = q.y - p.y;
      const ny = p.x - q.x;
      let minA = Infinity;
      let maxA = -Infinity;
      let minB = Infinity;
      let maxB = -Infinity;
      for (const v of a) {
        const d = v.x * nx + v.y * ny;
        minA = Math.min(minA, d);
        maxA = Math.max(maxA, d);
      }
      for (const v of b) {
        const d = v.x * nx + v.y * ny;
        minB = Math.min(minB, d);
        maxB = Math.max(maxB, d);
      }
      if (maxA <= minB || maxB <= minA) return false;
    }
  }
  return true;
}

export interface LabelCandidate {
  id: string;
  /** The label's outline: its box turned along the edge. */
  shape: Point[];
  /** Higher is kept first: the selection, the path, what is in focus, the best supported. */
  priority: number;
  /** Always drawn (the selected relation, the path): the others make way for it. */
  always?: boolean;
}

/**
 * The edge labels to leave out: going from the most important down, a label is kept only if it
 * touches no label kept before it and no obstacle (the entities and their names). Ties go by id.
 */
export function labelsToDrop(
  candidates: readonly LabelCandidate[],
  obstacles: readonly Box[],
): Set<string> {
  const order = [...candidates].sort(
    (a, b) =>
      Number(!!b.always) - Number(!!a.always) ||
      b.priority - a.priority ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const blocked = obstacles.map(corners);
  const kept: Point[][] = [];
  const dropped = new Set<string>();
  for (const c of order) {
    const clash =
      !c.always &&
      (blocked.some((o) => shapesOverlap(c.shape, o)) ||
        kept.some((k) => shapesOverlap(c.shape, k)));
    if (clash) dropped.add(c.id);
    else kept.push(c.shape);
  }
  return dropped;
}
