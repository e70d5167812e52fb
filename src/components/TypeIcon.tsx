import { ENTITY_TYPE_STYLE } from "../model";
import type { EntityType, NodeShape } from "../model";

// The legend draws the same shape and colour as the graph, so the two read as one key.
function polygon(n: number, rotate = -Math.PI / 2, r = 7): string {
  return Array.from({ length: n }, (_, i) => {
    const a = rotate + (i * 2 * Math.PI) / n;
    return `${(8 + r * Math.cos(a)).toFixed(2)},${(8 + r * Math.sin(a)).toFixed(2)}`;
  }).join(" ");
}

function star(): string {
  return Array.from({ length: 10 }, (_, i) => {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const r = i % 2 === 0 ? 7.5 : 3.2;
    return `${(8 + r * Math.cos(a)).toFixed(2)},${(8 + r * Math.sin(a)).toFixed(2)}`;
  }).join(" ");
}

const SHAPES: Record<
  NodeShape,
  { kind: "polygon"; points: string } | { kind: "ellipse" | "rect" }
> = {
  star: { kind: "polygon", points: star() },
  ellipse: { kind: "ellipse" },
  "round-rectangle": { kind: "rect" },
  triangle: { kind: "polygon", points: polygon(3, -Math.PI / 2, 7.5) },
  diamond: { kind: "polygon", points: polygon(4, -Math.PI / 2, 7.5) },
  hexagon: { kind: "polygon", points: polygon(6, 0) },
  "round-pentagon": { kind: "polygon", points: polygon(5) },
};

export function TypeIcon({ type, size = 16 }: { type: EntityType; size?: number }) {
  const style = ENTITY_TYPE_STYLE[type];
  const shape = SHAPES[style.shape];
  const paint = { fill: style.color, stroke: style.border, strokeWidth: 1.2 };
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" className="type-icon">
      {shape.kind === "polygon" && (
        <polygon points={shape.points} {...paint} strokeLinejoin="round" />
      )}
      {shape.kind === "ellipse" && <circle cx="8" cy="8" r="6.5" {...paint} />}
      {shape.kind === "rect" && <rect x="1.5" y="3" width="13" height="10" rx="2.5" {...paint} />}
    </svg>
  );
}
