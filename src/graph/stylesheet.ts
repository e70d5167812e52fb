import type { Core, StylesheetJson } from "cytoscape";
import { ENTITY_TYPES, ENTITY_TYPE_STYLE } from "../model";
import { FULL_DETAIL } from "./levelOfDetail";
import type { DetailLevel } from "./levelOfDetail";

// Styles are keyed on data and classes, never computed by functions: Cytoscape can then cache
// them, which matters at 20k elements.

export const GRAPH_THEMES = ["light", "dark"] as const;
export type GraphTheme = (typeof GRAPH_THEMES)[number];

/** The colours that change with the theme; the types' own colours read on both. */
interface Palette {
  label: string;
  labelBackground: string;
  edge: string;
  edgeLabel: string;
  weakEdge: string;
  focus: string;
  highlight: string;
  path: string;
  pathLabel: string;
  match: string;
}
const PALETTES: Record<GraphTheme, Palette> = {
  light: {
    label: "#1f2328",
    labelBackground: "#ffffff",
    edge: "#8c959f",
    edgeLabel: "#424a53",
    weakEdge: "#c4cbd2",
    focus: "#111111",
    highlight: "#57606a",
    path: "#8250df",
    pathLabel: "#3b1f7a",
    match: "#bf8700",
  },
  dark: {
    label: "#e6edf3",
    labelBackground: "#0d1117",
    edge: "#6e7781",
    edgeLabel: "#c9d1d9",
    weakEdge: "#3d444d",
    focus: "#f0f6fc",
    highlight: "#a0a9b4",
    path: "#b083f0",
    pathLabel: "#d8c4ff",
    match: "#e3b341",
  },
};

const STYLE_SCRATCH = "relgraphStyle";
interface DrawnStyle {
  level: DetailLevel;
  theme: GraphTheme;
}

/** Restyles the graph, and keeps what it is drawn with on the instance (see drawnStyle). */
export function applyStylesheet(cy: Core, level: DetailLevel, theme: GraphTheme): void {
  cy.scratch(STYLE_SCRATCH, { level, theme } satisfies DrawnStyle);
  cy.style(buildStylesheet(level, theme));
}

/** The detail level and theme the graph is drawn with: an export redraws in the light look. */
export function drawnStyle(cy: Core): DrawnStyle {
  return (
    (cy.scratch(STYLE_SCRATCH) as DrawnStyle | undefined) ?? {
      level: FULL_DETAIL,
      theme: "light",
    }
  );
}

export function buildStylesheet(
  level: DetailLevel = FULL_DETAIL,
  theme: GraphTheme = "light",
): StylesheetJson {
  const p = PALETTES[theme];
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
        color: p.label,
        "text-valign": "bottom",
        "text-halign": "center",
        "text-margin-y": 4,
        "text-wrap": "wrap",
        // Two short lines take less room among the edges than one long one.
        "text-max-width": "110px",
        "text-background-color": p.labelBackground,
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
        "line-color": p.edge,
        "curve-style": "bezier",
        label: "data(label)",
        "font-size": 11,
        color: p.edgeLabel,
        "text-rotation": "autorotate",
        "text-background-color": p.labelBackground,
        "text-background-opacity": 0.85,
        "text-background-padding": "1px",
        "min-zoomed-font-size": 8,
        "target-arrow-shape": "none",
        "arrow-scale": 0.9,
      },
    },
    {
      selector: "edge.directed",
      style: { "target-arrow-shape": "triangle", "target-arrow-color": p.edge },
    },
    {
      selector: "edge.weak",
      style: { "line-style": "dashed", width: 1, "line-color": p.weakEdge, label: "" },
    },
    ...bigGraphStyles(level, p),
    { selector: ".hidden", style: { display: "none" } },
    { selector: ".faded", style: { opacity: 0.22, "text-opacity": 0.4 } },
    {
      selector: "node.selected",
      style: { "border-width": 4, "border-color": p.focus, "z-index": 20 },
    },
    {
      selector: "edge.selected",
      style: {
        width: 4,
        "line-color": p.focus,
        "target-arrow-color": p.focus,
        "z-index": 20,
        "font-size": 11,
        color: p.focus,
      },
    },
    { selector: "edge.highlight", style: { width: 2.4, "line-color": p.highlight } },
    // A search match: a ring under the node that survives fading, so matches stay findable.
    {
      selector: "node.match",
      style: {
        "underlay-color": p.match,
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
        "line-color": p.path,
        "target-arrow-color": p.path,
        "z-index": 30,
        color: p.pathLabel,
      },
    },
    {
      selector: "node.on-path",
      style: { "border-width": 4, "border-color": p.path, "z-index": 30 },
    },
    {
      selector: "node.on-path.selected",
      style: { "border-width": 5, "border-color": p.pathLabel },
    },
    // A label that would be drawn over another or over an entity (see labelCollisions.ts).
    {
      selector: "edge.label-dropped",
      style: { "text-opacity": 0, "text-background-opacity": 0 },
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
function bigGraphStyles(level: DetailLevel, p: Palette): StylesheetJson {
  const out: StylesheetJson = [];
  if (level.cheapEdges) {
    out.push(
      { selector: "edge", style: { "curve-style": "haystack", "haystack-radius": 0 } },
      // Arrows only on the relations in focus (the selected entity's): tens of thousands of
      // arrowheads a pixel wide are seconds of drawing per frame and say nothing at that zoom.
      { selector: "edge.directed", style: { "target-arrow-shape": "none" } },
      {
        selector: "edge.directed.highlight, edge.directed.selected",
        style: { "mid-target-arrow-shape": "triangle", "mid-target-arrow-color": p.highlight },
      },
      // Relation names likewise: measuring and placing 40,000 edge labels was a fifth of a 20k
      // load and of every restyle, for text that is unreadable until zoomed far in.
      { selector: "edge", style: { label: "" } },
      {
        selector: "edge.highlight, edge.selected, edge.on-path",
        style: { label: "data(label)" },
      },
      { selector: "edge.weak", style: { label: "" } },
      // The rest is not faded around a selection in a big graph (see applyFocus in bridge.ts):
      // its neighbours are ringed and drawn above the others instead.
      {
        selector: "node.near",
        style: { "border-width": 4, "border-color": p.highlight, "z-index": 10 },
      },
      { selector: "edge.highlight", style: { "z-index": 10 } },
    );
  }
  if (level.cheapLabels) {
    out.push(
      // Names cut by character count beforehand (data.short), not by Cytoscape's ellipsis, which
      // measures a long name once per character: a tenth of a 20k load went into those widths.
      {
        selector: "node",
        style: { label: "data(short)", "text-wrap": "none", "min-zoomed-font-size": 10 },
      },
      { selector: "edge", style: { "min-zoomed-font-size": 10 } },
    );
  }
  return out;
}
