import type { NodeShape } from "../model";

// Node shapes as SVG path data, for the SVG export and the legend drawn into images (a canvas
// takes the same string through Path2D). Proportions follow Cytoscape's own shapes closely
// enough that the key and the graph read as one.

function polygon(points: [number, number][], cx: number, cy: number, w: number, h: number) {
  return (
    points
      .map(
        ([x, y], i) =>
          `${i ? "L" : "M"}${(cx + (x * w) / 2).toFixed(2)} ${(cy + (y * h) / 2).toFixed(2)}`,
      )
      .join(" ") + " Z"
  );
}

function regular(n: number, rotate: number): [number, number][] {
  return Array.from({ length: n }, (_, i) => {
    const a = rotate + (i * 2 * Math.PI) / n;
    return [Math.cos(a), Math.sin(a)];
  });
}

const STAR: [number, number][] = Array.from({ length: 10 }, (_, i) => {
  const a = -Math.PI / 2 + (i * Math.PI) / 5;
  const r = i % 2 === 0 ? 1 : 0.45;
  return [r * Math.cos(a), r * Math.sin(a)];
});

/** Path data for a node of `shape` centred at (cx, cy), w by h. */
export function shapePath(shape: NodeShape, cx: number, cy: number, w: number, h: number): string {
  switch (shape) {
    case "ellipse": {
      const rx = w / 2;
      const ry = h / 2;
      return `M${cx - rx} ${cy} a${rx} ${ry} 0 1 0 ${w} 0 a${rx} ${ry} 0 1 0 ${-w} 0 Z`;
    }
    case "round-rectangle": {
      const r = Math.min(w, h) / 4;
      const x = cx - w / 2;
      const y = cy - h / 2;
      return (
        `M${x + r} ${y} H${x + w - r} Q${x + w} ${y} ${x + w} ${y + r} V${y + h - r} ` +
        `Q${x + w} ${y + h} ${x + w - r} ${y + h} H${x + r} Q${x} ${y + h} ${x} ${y + h - r} ` +
        `V${y + r} Q${x} ${y} ${x + r} ${y} Z`
      );
    }
    case "triangle":
      return polygon(
        [
          [0, -1],
          [1, 1],
          [-1, 1],
        ],
        cx,
        cy,
        w,
        h,
      );
    case "diamond":
      return polygon(
        [
          [0, -1],
          [1, 0],
          [0, 1],
          [-1, 0],
        ],
        cx,
        cy,
        w,
        h,
      );
    case "hexagon":
      return polygon(regular(6, 0), cx, cy, w, h);
    case "round-pentagon":
      return polygon(regular(5, -Math.PI / 2), cx, cy, w, h);
    case "star":
      return polygon(STAR, cx, cy, w, h);
  }
}
