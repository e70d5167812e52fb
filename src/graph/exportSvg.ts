import type { CollectionReturnValue, Core, EdgeSingular, NodeSingular } from "cytoscape";
import { ENTITY_TYPE_STYLE } from "../model";
import type { EntityType } from "../model";
import { EXPORT_FONT } from "./exportFrame";
import type { Frame, Measure } from "./exportFrame";
import { shapePath } from "./shapes";

// SVG for print, written from Cytoscape's own geometry and computed styles: real text (a
// designer can restyle it), our node shapes, one group per entity with its name as <title>.
// Written by hand rather than with cytoscape-svg: that extension is GPL-3.0, unreleased since
// 0.4.0, and its known bug with autorotated edge labels (which we use) turns the image black.

/** Text from the document goes into markup: escape everything a parser could read as markup. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const n = (v: number) => (Math.round(v * 100) / 100).toString();

function textEl(
  x: number,
  y: number,
  text: string,
  attrs: Record<string, string | number>,
  transform = "",
): string {
  const extra = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join("");
  return `<text x="${n(x)}" y="${n(y)}"${transform ? ` transform="${transform}"` : ""}${extra}>${escapeXml(text)}</text>`;
}

function edgeSvg(edge: EdgeSingular): string {
  const s = edge.sourceEndpoint();
  const t = edge.targetEndpoint();
  const cps = edge.controlPoints() ?? [];
  let d = `M${n(s.x)} ${n(s.y)}`;
  if (cps.length === 1) d += ` Q${n(cps[0].x)} ${n(cps[0].y)} ${n(t.x)} ${n(t.y)}`;
  else {
    for (const p of cps) d += ` L${n(p.x)} ${n(p.y)}`;
    d += ` L${n(t.x)} ${n(t.y)}`;
  }
  const color = edge.style("line-color") as string;
  const width = edge.numericStyle("width");
  const opacity = edge.numericStyle("opacity");
  const dashed = edge.style("line-style") === "dashed";
  const parts = [
    `<path d="${d}" fill="none" stroke="${escapeXml(color)}" stroke-width="${n(width)}"` +
      `${dashed ? ' stroke-dasharray="6 4"' : ""}/>`,
  ];
  if (edge.style("target-arrow-shape") !== "none") {
    const from = cps.length ? cps[cps.length - 1] : s;
    const a = Math.atan2(t.y - from.y, t.x - from.x);
    const len = 9 * edge.numericStyle("arrow-scale");
    const wing = (sign: number) =>
      `${n(t.x - len * Math.cos(a) + sign * (len / 2) * Math.sin(a))} ${n(t.y - len * Math.sin(a) - sign * (len / 2) * Math.cos(a))}`;
    const arrowColor = edge.style("target-arrow-color") as string;
    parts.push(
      `<path d="M${n(t.x)} ${n(t.y)} L${wing(1)} L${wing(-1)} Z" fill="${escapeXml(arrowColor)}"/>`,
    );
  }
  const label = String(edge.style("label") ?? "");
  if (label) {
    const m = edge.midpoint();
    let angle = (Math.atan2(t.y - s.y, t.x - s.x) * 180) / Math.PI;
    if (angle > 90) angle -= 180;
    if (angle < -90) angle += 180;
    const size = edge.numericStyle("font-size");
    parts.push(
      textEl(
        m.x,
        m.y + size * 0.35,
        label,
        {
          "font-size": size,
          fill: edge.style("color") as string,
          "text-anchor": "middle",
          stroke: "#ffffff",
          "stroke-width": 3,
          "paint-order": "stroke",
        },
        `rotate(${n(angle)} ${n(m.x)} ${n(m.y)})`,
      ),
    );
  }
  return `<g class="edge" data-id="${escapeXml(edge.id())}" opacity="${n(opacity)}">${parts.join("")}</g>`;
}

function nodeSvg(node: NodeSingular, measure: Measure): string {
  const { x, y } = node.position();
  const w = node.width();
  const h = node.height();
  const type = node.data("type") as EntityType;
  const shape = ENTITY_TYPE_STYLE[type]?.shape ?? "ellipse";
  const label = String(node.data("label") ?? "");
  const opacity = node.numericStyle("opacity");
  const parts = [
    `<title>${escapeXml(label)}</title>`,
    `<path d="${shapePath(shape, x, y, w, h)}" fill="${escapeXml(node.style("background-color") as string)}"` +
      ` stroke="${escapeXml(node.style("border-color") as string)}" stroke-width="${n(node.numericStyle("border-width"))}"/>`,
  ];
  if (label) {
    const size = node.numericStyle("font-size");
    const maxWidth = node.numericStyle("text-max-width") || 150;
    const lines = wrapLabel(label, maxWidth, size, measure);
    const top = y + h / 2 + node.numericStyle("text-margin-y");
    const tspans = lines
      .map(
        (line, i) =>
          `<tspan x="${n(x)}" y="${n(top + size * (i + 1) * 1.05)}">${escapeXml(line)}</tspan>`,
      )
      .join("");
    parts.push(
      `<text text-anchor="middle" font-size="${n(size)}" fill="${escapeXml(node.style("color") as string)}"` +
        ` stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${tspans}</text>`,
    );
  }
  return `<g class="node" data-id="${escapeXml(node.id())}" opacity="${n(opacity)}">${parts.join("")}</g>`;
}

function wrapLabel(label: string, width: number, size: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(/\s+/u).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The whole SVG document: frame, then edges under nodes, as on screen. */
export function buildSvg(
  _cy: Core,
  keep: CollectionReturnValue,
  frame: Frame,
  background: "white" | "transparent",
  measure: Measure,
): string {
  const bb = keep.boundingBox({});
  const g = frame.graph;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${frame.width}" height="${frame.height}"` +
      ` viewBox="0 0 ${frame.width} ${frame.height}" font-family="${escapeXml(EXPORT_FONT)}">`,
  ];
  if (background === "white") out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  out.push(`<g class="graph" transform="translate(${n(g.x - bb.x1)} ${n(g.y - bb.y1)})">`);
  keep.edges().forEach((e) => {
    out.push(edgeSvg(e));
  });
  keep.nodes().forEach((node) => {
    out.push(nodeSvg(node, measure));
  });
  out.push("</g>");
  for (const step of frame.steps) {
    if (step.kind === "text") {
      out.push(
        textEl(step.x, step.y, step.text, {
          "font-size": step.size,
          "font-weight": step.weight,
          fill: step.color,
        }),
      );
    } else {
      out.push(
        `<path d="${shapePath(step.shape, step.x, step.y, step.w, step.h)}" fill="${step.fill}" stroke="${step.stroke}" stroke-width="1.2"/>`,
      );
    }
  }
  out.push("</svg>");
  return out.join("\n");
}
