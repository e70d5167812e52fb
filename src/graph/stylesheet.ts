import type { StylesheetJson } from "cytoscape";
import { ENTITY_TYPES, ENTITY_TYPE_STYLE } from "../model";
import { FULL_DETAIL } from "./levelOfDetail";
import type { DetailLevel } from "./levelOfDetail";

// Styles are keyed on data and classes, never computed by functions: Cytoscape can then cache
// them, which matters at 20k elements.

export function buildStylesheet(level: DetailLevel = FULL_DETAIL): StylesheetJson {
  return [
    {
      selector: "node",
      style: {
        label: "data(label)",
        width: 30,
        height: 30,
        // Cytoscape accepts only double quotes inside a font list.
        "font-family": 'system-ui, "DejaVu Sans", sans-serif',
        "font-size": 14,
        color: "#1f2328",
        "text-valign": "bottom",
        "text-halign": "center",
        "text-margin-y": 4,
        "text-wrap": "wrap",
        "text-max-width": "150px",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.8,
        "text-background-padding": "1px",
        "text-background-shape": "roundrectangle",
        "min-zoomed-font-size": 7,
        "border-width": 1.5,
      },
    },
    ...ENTITY_TYPES.map((type) => ({
      selector: `node[type = "${type}"]`,
      style: {
        "background-color": ENTITY_TYPE_STYLE[type].color,
        "border-color": ENTITY_TYPE_STYLE[type].border,
        shape: ENTITY_TYPE_STYLE[type].shape,
      },
    })),
    { selector: 'node[type = "leader"]', style: { width: 40, height: 40 } },
    { selector: 'node[type = "country"]', style: { width: 38, height: 28 } },
    // Sized by a metric (degree, betweenness or PageRank): after the type sizes, so it wins.
    { selector: "node.sized", style: { width: "data(size)", height: "data(size)" } },
    {
      selector: "edge",
      style: {
        width: 1.6,
        "line-color": "#8c959f",
        "curve-style": "bezier",
        label: "data(label)",
        "font-size": 11,
        color: "#424a53",
        "text-rotation": "autorotate",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.85,
        "text-background-padding": "1px",
        "min-zoomed-font-size": 8,
        "target-arrow-shape": "none",
        "arrow-scale": 0.9,
      },
    },
    {
      selector: "edge.directed",
      style: { "target-arrow-shape": "triangle", "target-arrow-color": "#8c959f" },
    },
    {
      selector: "edge.weak",
      style: { "line-style": "dashed", width: 1, "line-color": "#c4cbd2", label: "" },
    },
    ...bigGraphStyles(level),
    { selector: ".hidden", style: { display: "none" } },
    { selector: ".faded", style: { opacity: 0.22, "text-opacity": 0.4 } },
    {
      selector: "node.selected",
      style: { "border-width": 4, "border-color": "#111111", "z-index": 20 },
    },
    {
      selector: "edge.selected",
      style: {
        width: 4,
        "line-color": "#111111",
        "target-arrow-color": "#111111",
        "z-index": 20,
        "font-size": 11,
        color: "#111111",
      },
    },
    { selector: "edge.highlight", style: { width: 2.4, "line-color": "#57606a" } },
    // A search match: a ring under the node that survives fading, so matches stay findable.
    {
      selector: "node.match",
      style: {
        "underlay-color": "#bf8700",
        "underlay-opacity": 0.55,
        "underlay-padding": 7,
        "underlay-shape": "ellipse",
      },
    },
    // The path between two entities: drawn above everything else in one strong colour.
    {
      selector: "edge.on-path",
      style: {
        width: 5,
        "line-color": "#8250df",
        "target-arrow-color": "#8250df",
        "z-index": 30,
        color: "#3b1f7a",
      },
    },
    {
      selector: "node.on-path",
      style: { "border-width": 4, "border-color": "#8250df", "z-index": 30 },
    },
    {
      selector: "node.on-path.selected",
      style: { "border-width": 5, "border-color": "#3b1f7a" },
    },
  ];
}

/**
 * What a big graph gives up (see levelOfDetail.ts), as plain overrides: straight haystack edges
 * need no curve geometry and no parallel-edge bookkeeping, which is most of Cytoscape's work per
 * edge; the relations in focus show their direction with an arrow at the middle. One-line labels need
 * no word wrapping when their size is measured, and appear from a larger on-screen size, so a
 * zoomed-out view is not a carpet of text.
 */
function bigGraphStyles(level: DetailLevel): StylesheetJson {
  const out: StylesheetJson = [];
  if (level.cheapEdges) {
    out.push(
      { selector: "edge", style: { "curve-style": "haystack", "haystack-radius": 0 } },
      // Arrows only on the relations in focus (the selected entity's): tens of thousands of
      // arrowheads a pixel wide are seconds of drawing per frame and say nothing at that zoom.
      { selector: "edge.directed", style: { "target-arrow-shape": "none" } },
      {
        selector: "edge.directed.highlight, edge.directed.selected",
        style: { "mid-target-arrow-shape": "triangle", "mid-target-arrow-color": "#57606a" },
      },
    );
  }
  if (level.cheapLabels) {
    out.push(
      { selector: "node", style: { "text-wrap": "ellipsis", "min-zoomed-font-size": 10 } },
      { selector: "edge", style: { "min-zoomed-font-size": 10 } },
    );
  }
  return out;
}
