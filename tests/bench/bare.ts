// The benchmark's baseline: the same document drawn by Cytoscape.js alone (the same package the
// app bundles), with no React, no store and no validation. The stylesheet mirrors the app's look
// on purpose (labels with backgrounds, edge labels, arrows, weak links hidden) so that the
// app/bare ratio measures what the app adds, not a lighter style.
//
// Query: ?data=<same-origin url>&w=<px>&h=<px> (w and h size the graph like the app's canvas).
import cytoscape from "cytoscape";
import type { ElementDefinition, StylesheetJson } from "cytoscape";
import { ENTITY_TYPES, ENTITY_TYPE_STYLE, RELATION_TYPE_INFO } from "../../src/model/vocabulary";
import type { RelationType } from "../../src/model/vocabulary";

interface BenchDocument {
  entities: { id: string; type: string; label: string }[];
  relations: {
    id: string;
    type: RelationType;
    source: string;
    target: string;
    label?: string;
    directed?: boolean;
  }[];
  positions?: Record<string, { x: number; y: number }>;
}

const style: StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(label)",
      width: 30,
      height: 30,
      // Cytoscape accepts only double quotes inside a font list (as in the app's stylesheet).
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
  { selector: ".hidden", style: { display: "none" } },
];

function toElements(doc: BenchDocument): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (const e of doc.entities) {
    out.push({
      group: "nodes",
      data: { id: e.id, label: e.label, type: e.type },
      position: doc.positions?.[e.id],
    });
  }
  for (const r of doc.relations) {
    const info = RELATION_TYPE_INFO[r.type];
    out.push({
      group: "edges",
      data: {
        id: r.id,
        source: r.source,
        target: r.target,
        label: r.label ?? info.label,
        type: r.type,
      },
      // Weak links start hidden, as in the app.
      classes: [(r.directed ?? info.directed) ? "directed" : "", info.weak ? "weak hidden" : ""]
        .filter(Boolean)
        .join(" "),
    });
  }
  return out;
}

async function main() {
  const params = new URLSearchParams(location.search);
  const container = document.getElementById("cy")!;
  const w = Number(params.get("w"));
  const h = Number(params.get("h"));
  if (w > 0 && h > 0) Object.assign(container.style, { width: `${w}px`, height: `${h}px` });
  const response = await fetch(params.get("data") ?? "");
  const doc = (await response.json()) as BenchDocument;
  const cy = cytoscape({
    container,
    style,
    elements: toElements(doc),
    layout: { name: "preset", fit: true, padding: 30 },
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    autounselectify: true,
  });
  // Cytoscape draws on the next animation frame, so this cannot miss the first one.
  cy.one("render", () => performance.mark("relgraph:first-frame"));
  window.__cy = cy;
}

void main();
