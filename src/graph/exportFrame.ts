import { ENTITY_TYPE_STYLE } from "../model";
import type { EntityType, NodeShape, Source } from "../model";

// What goes around the graph in an exported image: a title, a legend of the types drawn and a
// credit line. Laid out once as a list of drawing steps in CSS pixels, which the PNG export paints
// on a canvas and the SVG export writes as elements, so the two files look the same.

export const EXPORT_FONT = 'system-ui, "DejaVu Sans", sans-serif';
export const FRAME_MARGIN = 24;
const TITLE_SIZE = 22;
const LEGEND_SIZE = 13;
const CREDIT_SIZE = 11;
const SWATCH = 14;
export const INK = { text: "#1f2328", muted: "#59636e" } as const;

export type Measure = (text: string, size: number, weight?: number) => number;

export type DrawStep =
  | {
      kind: "text";
      x: number;
      y: number;
      text: string;
      size: number;
      weight: number;
      color: string;
    }
  | {
      kind: "shape";
      shape: NodeShape;
      x: number;
      y: number;
      w: number;
      h: number;
      fill: string;
      stroke: string;
    };

export interface Decorations {
  title: string;
  legend: readonly EntityType[];
  credit: string;
}

export interface Frame {
  width: number;
  height: number;
  /** Where the graph itself goes. */
  graph: { x: number; y: number; w: number; h: number };
  steps: DrawStep[];
}

/** A rough measure for places without a canvas (tests in jsdom): average glyph width. */
export const approximateMeasure: Measure = (text, size, weight = 400) =>
  text.length * size * (weight >= 600 ? 0.62 : 0.56);

/** Greedy word wrap to `width`; a single word longer than the width gets a line of its own. */
export function wrapText(
  text: string,
  width: number,
  size: number,
  measure: Measure,
  weight = 400,
): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, size, weight) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Lays out title, graph, legend and credit; the graph is never scaled, only placed. */
export function layoutFrame(
  graph: { w: number; h: number },
  deco: Decorations,
  measure: Measure,
): Frame {
  const m = FRAME_MARGIN;
  const hasExtras = !!(deco.title || deco.legend.length || deco.credit);
  const content = Math.max(graph.w, hasExtras ? 360 : 0);
  const steps: DrawStep[] = [];
  let y = m;
  if (deco.title) {
    for (const line of wrapText(deco.title, content, TITLE_SIZE, measure, 700)) {
      y += TITLE_SIZE;
      steps.push({
        kind: "text",
        x: m,
        y,
        text: line,
        size: TITLE_SIZE,
        weight: 700,
        color: INK.text,
      });
      y += 8;
    }
    y += 6;
  }
  const placed = { x: m + (content - graph.w) / 2, y, w: graph.w, h: graph.h };
  y += graph.h;
  if (deco.legend.length) {
    y += 14;
    let x = m;
    const row = 22;
    for (const type of deco.legend) {
      const style = ENTITY_TYPE_STYLE[type];
      const w = SWATCH + 6 + measure(style.plural, LEGEND_SIZE);
      if (x > m && x + w > m + content) {
        x = m;
        y += row;
      }
      steps.push({
        kind: "shape",
        shape: style.shape,
        x: x + SWATCH / 2,
        y: y + SWATCH / 2,
        w: SWATCH,
        h: SWATCH,
        fill: style.color,
        stroke: style.border,
      });
      steps.push({
        kind: "text",
        x: x + SWATCH + 6,
        y: y + SWATCH - 2,
        text: style.plural,
        size: LEGEND_SIZE,
        weight: 400,
        color: INK.text,
      });
      x += w + 18;
    }
    y += row;
  }
  if (deco.credit) {
    y += 6;
    for (const line of wrapText(deco.credit, content, CREDIT_SIZE, measure)) {
      y += CREDIT_SIZE + 3;
      steps.push({
        kind: "text",
        x: m,
        y,
        text: line,
        size: CREDIT_SIZE,
        weight: 400,
        color: INK.muted,
      });
    }
  }
  return { width: Math.ceil(content + 2 * m), height: Math.ceil(y + m), graph: placed, steps };
}

/** "Source: Title — Publisher, 2021-03-05. Made with Relgraph, 2026-12-03." */
export function creditLine(sources: readonly Source[], today: Date): string {
  const named = sources.slice(0, 3).map((s) => {
    const meta = [s.publisher, s.date].filter(Boolean).join(", ");
    return meta ? `${s.title} — ${meta}` : s.title;
  });
  const more = sources.length > 3 ? `; and ${sources.length - 3} more` : "";
  const made = `Made with Relgraph, ${today.toISOString().slice(0, 10)}.`;
  return named.length
    ? `${sources.length === 1 ? "Source" : "Sources"}: ${named.join("; ")}${more}. ${made}`
    : made;
}
