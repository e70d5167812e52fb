import type { ElementDefinition } from "cytoscape";
import { RELATION_TYPE_INFO } from "../model";
import type { GraphDocument } from "../model";

interface Point {
  x: number;
  y: number;
}

/** Maps a document to Cytoscape element definitions; ids are the document's ids. */
/** The classes an element takes from the document; every other class is the view's. */
export const DOCUMENT_CLASSES = ["directed", "weak"] as const;

/** Longer names are cut for the big-graph look (see stylesheet.ts); the full name stays in `label`. */
export const SHORT_LABEL_CHARS = 20;

/**
 * A name of at most `SHORT_LABEL_CHARS` characters: the name itself, or its start with an
 * ellipsis, cut after a whole word where that keeps at least half of it.
 */
export function shortLabel(label: string): string {
  if (label.length <= SHORT_LABEL_CHARS) return label;
  let cut = label.slice(0, SHORT_LABEL_CHARS - 1);
  const space = cut.lastIndexOf(" ");
  if (space >= SHORT_LABEL_CHARS / 2) cut = cut.slice(0, space);
  return `${cut.trimEnd()}…`;
}

export function toElements(
  doc: GraphDocument,
  positions: ReadonlyMap<string, Point>,
): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (const e of doc.entities) {
    out.push({
      group: "nodes",
      data: { id: e.id, label: e.label, short: shortLabel(e.label), type: e.type },
      position: positions.has(e.id) ? { ...positions.get(e.id)! } : undefined,
    });
  }
  for (const r of doc.relations) {
    const classes = [r.directed ? "directed" : "", RELATION_TYPE_INFO[r.type].weak ? "weak" : ""];
    // Keep DOCUMENT_CLASSES in step with what is set here.
    out.push({
      group: "edges",
      data: { id: r.id, source: r.source, target: r.target, label: r.label, type: r.type },
      classes: classes.filter(Boolean).join(" "),
    });
  }
  return out;
}
