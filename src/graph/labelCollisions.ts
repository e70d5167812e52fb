import type cytoscape from "cytoscape";
import type { Core, EdgeSingular } from "cytoscape";
import { corners, labelsToDrop, turnedBox } from "./overlap";
import type { Box, LabelCandidate, Point } from "./overlap";

// Edge labels that would be drawn over each other or over an entity are dropped (the class
// .label-dropped), the least important first. Boxes are in model coordinates, where every label
// scales with the zoom like everything else, so what collides at one zoom collides at all: the
// check runs when something moves, appears or changes focus, never per frame.

/** Past this many shown relations the labels are left to min-zoomed-font-size. */
export const LABEL_CHECK_UP_TO = 1500;
const DROPPED = "label-dropped";
const LABEL_ONLY = {
  includeNodes: false,
  includeEdges: false,
  includeLabels: true,
  includeMainLabels: true,
  includeSourceLabels: false,
  includeTargetLabels: false,
  includeOverlays: false,
  includeUnderlays: false,
} as const;

/**
 * The selection, the path and what is in focus keep their labels first; among the rest, a
 * relation between less connected entities, which has the room a hub's many relations lack.
 */
function priority(edge: EdgeSingular): number {
  if (edge.hasClass("selected")) return 1e6;
  if (edge.hasClass("on-path")) return 1e5;
  const base = 1000 / (edge.source().degree(false) + edge.target().degree(false) + 1);
  if (edge.hasClass("highlight")) return 1e4 + base;
  return edge.hasClass("faded") ? base - 1000 : base;
}

function asBox(bb: { x1: number; y1: number; x2: number; y2: number; w: number }): Box | null {
  return bb.w > 0 ? { x1: bb.x1, y1: bb.y1, x2: bb.x2, y2: bb.y2 } : null;
}

/** Text widths from the browser's font metrics (null where there is no canvas, as in tests). */
function textMeasure(): ((text: string, font: string) => number) | null {
  const ctx =
    typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
  if (!ctx) return null;
  return (text, font) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}

/**
 * An edge label's outline: its text box turned along the edge, as autorotate draws it; without
 * font metrics, the upright box Cytoscape reports (larger for a slanted label, so safe).
 */
function labelShape(e: EdgeSingular, measure: ReturnType<typeof textMeasure>): Point[] | null {
  const upright = asBox(e.boundingBox(LABEL_ONLY));
  if (!upright) return null;
  if (!measure) return corners(upright);
  const size = e.numericStyle("font-size");
  const pad = e.numericStyle("text-background-padding") || 0;
  const width = measure(String(e.style("label")), `${size}px ${e.style("font-family")}`);
  const s = e.sourceEndpoint();
  const t = e.targetEndpoint();
  let angle = Math.atan2(t.y - s.y, t.x - s.x);
  if (angle > Math.PI / 2) angle -= Math.PI;
  if (angle < -Math.PI / 2) angle += Math.PI;
  const centre = { x: (upright.x1 + upright.x2) / 2, y: (upright.y1 + upright.y2) / 2 };
  return turnedBox(centre, width + 2 * pad + 2, size * 1.25 + 2 * pad, angle);
}

/**
 * Whether more than LABEL_CHECK_UP_TO relations are shown, stopping as soon as that many are
 * found. It walks the core's own element list where it can: `cy.edges()` first picks the
 * relations out of every element, 0.3 s at 60,000 whenever the graph stood still for a moment.
 */
function tooManyShown(cy: Core): boolean {
  const own = (
    cy as Core & { mutableElements?: () => ArrayLike<cytoscape.SingularElementArgument> }
  ).mutableElements;
  const eles = typeof own === "function" ? own.call(cy) : cy.edges();
  if (eles.length <= LABEL_CHECK_UP_TO) return false;
  let n = 0;
  for (let i = 0; i < eles.length; i++) {
    const e = eles[i];
    if (e.isEdge() && e.visible() && ++n > LABEL_CHECK_UP_TO) return true;
  }
  return false;
}

export function dropCollidingLabels(cy: Core): void {
  // Counting the shown relations of a 40,000-relation graph is itself dear: the count stops
  // once past the limit, and a graph with few elements in all needs none.
  if (tooManyShown(cy)) return;
  const edges = cy.edges().filter((e) => e.visible());
  const measure = textMeasure();
  const candidates: LabelCandidate[] = [];
  edges.forEach((e) => {
    if (!e.style("label")) return; // weak links draw no label
    const shape = labelShape(e, measure);
    const always = e.hasClass("selected") || e.hasClass("on-path");
    if (shape) candidates.push({ id: e.id(), shape, priority: priority(e), always });
  });
  const obstacles: Box[] = [];
  // An entity is its shape and its name, two boxes: the corners beside the shape stay free.
  // Names sit under the shapes (text-valign bottom), so the name's box is the part of the whole
  // box below the shape.
  cy.nodes(":visible").forEach((n) => {
    const body = asBox(n.boundingBox({ includeLabels: false, includeOverlays: false }));
    const whole = asBox(n.boundingBox({ includeLabels: true, includeOverlays: false }));
    if (body) obstacles.push(body);
    if (body && whole && whole.y2 > body.y2) {
      obstacles.push({ x1: whole.x1, y1: body.y2, x2: whole.x2, y2: whole.y2 });
    }
  });
  const dropped = labelsToDrop(candidates, obstacles);
  // Only the edges whose state changes are touched, so the class events this sends settle.
  const toDrop = edges.filter((e) => dropped.has(e.id()) && !e.hasClass(DROPPED));
  const toShow = edges.filter((e) => !dropped.has(e.id()) && e.hasClass(DROPPED));
  if (toDrop.empty() && toShow.empty()) return;
  cy.batch(() => {
    toDrop.addClass(DROPPED);
    toShow.removeClass(DROPPED);
  });
}

/**
 * Re-checks the labels once the graph has been still for `delay` ms; returns the unbinding.
 * Hot path: a big document sends one event per element and style property as it loads (hundreds
 * of thousands at 20k entities), so an event only notes the time; one timer at a time checks
 * whether the graph has been still long enough, instead of a clearTimeout and setTimeout per
 * event (half a second of a 20k load went into those).
 */
export function bindLabelCollisions(cy: Core, delay = 80): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastChange = 0;
  const check = () => {
    timer = undefined;
    if (cy.destroyed()) return;
    const still = performance.now() - lastChange;
    if (still < delay) {
      timer = setTimeout(check, delay - still);
      return;
    }
    try {
      dropCollidingLabels(cy);
    } catch (err) {
      // A cosmetic pass: if Cytoscape cannot measure something mid-change, the labels stay
      // as they are until the next change, and the page goes on.
      console.warn("Relation labels were not checked for collisions:", err);
    }
  };
  const schedule = () => {
    lastChange = performance.now();
    if (timer === undefined) timer = setTimeout(check, delay);
  };
  const events = "add remove position class data style";
  cy.on(events, schedule);
  return () => {
    clearTimeout(timer);
    cy.off(events, schedule);
  };
}
