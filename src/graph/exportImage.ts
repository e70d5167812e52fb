import type { CollectionReturnValue, Core, NodeCollection } from "cytoscape";
import { ENTITY_TYPES } from "../model";
import type { EntityType } from "../model";
import { EXPORT_FONT, layoutFrame, approximateMeasure } from "./exportFrame";
import type { Decorations, Frame, Measure } from "./exportFrame";
import { shapePath } from "./shapes";
import { buildSvg } from "./exportSvg";
import { buildStylesheet, drawnStyle } from "./stylesheet";
import { whenPictureDrawn } from "./slicedFrame";

export const EXPORT_FORMATS = ["png", "svg"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_SCALES = [1, 2, 4] as const;
export type ExportScale = (typeof EXPORT_SCALES)[number];
export const EXPORT_SCOPES = ["view", "full", "selection"] as const;
export type ExportScope = (typeof EXPORT_SCOPES)[number];
export const EXPORT_BACKGROUNDS = ["white", "transparent"] as const;
export type ExportBackground = (typeof EXPORT_BACKGROUNDS)[number];
/** "clean" (the default) leaves out the selection's fading and rings; "as-shown" keeps them. */
export const EXPORT_LOOKS = ["clean", "as-shown"] as const;
export type ExportLook = (typeof EXPORT_LOOKS)[number];

export interface ExportOptions {
  format: ExportFormat;
  scope: ExportScope;
  scale: ExportScale;
  background: ExportBackground;
  look: ExportLook;
  /** Drawn above the graph; empty for none. */
  title: string;
  /** A key of the entity types drawn. */
  legend: boolean;
  /** Drawn under the graph (sources and date); empty for none. */
  credit: string;
}

/** Display state a clean image leaves out: what the selection and the search add on screen. */
const DISPLAY_STATE_CLASSES = ["faded", "near", "highlight", "selected", "match"] as const;

/**
 * Canvas limits that hold in every current browser (Chromium refuses a canvas side over 32767 px
 * and an area over about 268 Mpx; Safari's area limit is far lower). Past these a browser hands
 * back a blank image, so we clamp first and say so.
 */
export const MAX_EXPORT_SIDE = 16384;
export const MAX_EXPORT_PIXELS = 64 * 1024 * 1024;

export interface ExportPlan {
  width: number;
  height: number;
  scale: number;
  clamped: boolean;
}

/** Works out the image size for a base size (in CSS px at scale 1) and a wanted scale. */
export function planExport(base: { width: number; height: number }, wanted: number): ExportPlan {
  const w = Math.max(1, Math.ceil(base.width));
  const h = Math.max(1, Math.ceil(base.height));
  const bySide = MAX_EXPORT_SIDE / Math.max(w, h);
  const byArea = Math.sqrt(MAX_EXPORT_PIXELS / (w * h));
  const scale = Math.min(wanted, bySide, byArea);
  return {
    scale,
    width: Math.max(1, Math.floor(w * scale)),
    height: Math.max(1, Math.floor(h * scale)),
    clamped: scale < wanted,
  };
}

export interface ExportResult extends ExportPlan {
  blob: Blob;
  requestedScale: number;
}

function intersects(
  a: { x1: number; y1: number; x2: number; y2: number },
  b: { x1: number; y1: number; x2: number; y2: number },
) {
  return a.x1 <= b.x2 && a.x2 >= b.x1 && a.y1 <= b.y2 && a.y2 >= b.y1;
}

/**
 * The elements an image shows. Always only what is visible. "view": every node the window shows
 * even in part, whole with its label, and the edges between them; "selection": what the
 * selection brings forward (itself, its neighbourhood or path).
 */
export function exportElements(cy: Core, scope: ExportScope): CollectionReturnValue {
  const visible = cy.elements(":visible");
  if (visible.empty()) throw new Error("Nothing is visible to export: switch a type back on.");
  if (scope === "full") return visible;
  if (scope === "selection") {
    if (cy.$(".selected").empty()) {
      throw new Error("Nothing is selected: click an entity or a relation first.");
    }
    // What the selection brings forward; big graphs mark it without fading the rest.
    return visible.filter(".selected, .near, .highlight, .on-path");
  }
  const extent = cy.extent();
  const nodes = visible.nodes().filter((n) => intersects(n.boundingBox({}), extent));
  if (nodes.empty()) throw new Error("No entity is in the window: press Fit, then export.");
  const edges = visible
    .edges()
    .filter((e) => nodes.contains(e.source()) && nodes.contains(e.target()));
  return nodes.union(edges);
}

/**
 * Shows only `keep` and, for a clean image, takes the selection's classes off; returns the undo.
 * Both are one batch each, and nothing is laid out.
 */
function prepare(cy: Core, keep: CollectionReturnValue, clean: boolean): () => void {
  const hiddenForExport = cy.elements(":visible").difference(keep);
  const stripped = clean
    ? DISPLAY_STATE_CLASSES.map((c) => [c, cy.elements(`.${c}`)] as const)
    : [];
  // An image for a story or for print is drawn in the light look whatever the screen's theme:
  // dark labels on white. The stylesheet goes back before anything is painted on screen.
  const drawn = drawnStyle(cy);
  if (drawn.theme !== "light") cy.style(buildStylesheet(drawn.level, "light"));
  cy.batch(() => {
    hiddenForExport.addClass("hidden");
    for (const [c, eles] of stripped) eles.removeClass(c);
  });
  return () => {
    cy.batch(() => {
      hiddenForExport.removeClass("hidden");
      for (const [c, eles] of stripped) eles.addClass(c);
    });
    if (drawn.theme !== "light") cy.style(buildStylesheet(drawn.level, drawn.theme));
  };
}

/** The entity types among the drawn nodes, in the legend's usual order. */
export function legendTypes(nodes: NodeCollection): EntityType[] {
  const present = new Set(nodes.map((n) => n.data("type") as EntityType));
  return ENTITY_TYPES.filter((t) => present.has(t));
}

/** Text widths from the browser's own font metrics; the rough guess where there is no canvas. */
export function canvasMeasure(): Measure {
  const ctx =
    typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
  if (!ctx) return approximateMeasure;
  return (text, size, weight = 400) => {
    ctx.font = `${weight} ${size}px ${EXPORT_FONT}`;
    return ctx.measureText(text).width;
  };
}

interface RendererInternals {
  getPixelRatio?: () => number;
  webgl?: boolean;
  /** What `cy.png` draws into before it encodes: the canvas itself. */
  bufferCanvasImage?: (options: { full: boolean; scale: number }) => HTMLCanvasElement;
}

function rendererOf(cy: Core): RendererInternals | undefined {
  return (cy as Core & { renderer?: () => RendererInternals | undefined }).renderer?.();
}

/** Past this many elements a current-view PNG is copied from the screen instead of redrawn. */
export const SCREEN_COPY_ELEMENTS = 5000;

/**
 * The current view as it is already on screen: Cytoscape's stacked canvases, drawn straight into
 * the image (one PNG encoding, no intermediate picture to encode and decode again). At
 * 20,000 entities `cy.png` redraws every element into a fresh canvas with no caches (over ten
 * seconds); the screen's canvases hold that picture already. Only when they have at least the
 * pixels asked for, and not for the WebGL renderer, whose buffer may be cleared. The price: the
 * picture is exactly the screen's (fading included, labels cut at the window's edge).
 */
function screenLayers(cy: Core, width: number, height: number): HTMLCanvasElement[] | null {
  // The screen in the dark theme is light text on a dark page: such an image is redrawn light.
  if (rendererOf(cy)?.webgl || drawnStyle(cy).theme !== "light") return null;
  const container = cy.container();
  if (!container) return null;
  const layers = [...container.querySelectorAll("canvas")].sort(
    (a, b) => Number(a.style.zIndex || 0) - Number(b.style.zIndex || 0),
  );
  if (layers.length === 0 || layers.some((c) => c.width < width || c.height < height)) {
    return null;
  }
  return layers;
}

function paintFrame(ctx: CanvasRenderingContext2D, frame: Frame) {
  for (const step of frame.steps) {
    if (step.kind === "text") {
      ctx.font = `${step.weight} ${step.size}px ${EXPORT_FONT}`;
      ctx.fillStyle = step.color;
      ctx.fillText(step.text, step.x, step.y);
    } else {
      const path = new Path2D(shapePath(step.shape, step.x, step.y, step.w, step.h));
      ctx.fillStyle = step.fill;
      ctx.fill(path);
      ctx.strokeStyle = step.stroke;
      ctx.lineWidth = 1.2;
      ctx.stroke(path);
    }
  }
}

/** The graph's picture: a PNG from Cytoscape, or the canvases on screen, drawn in order. */
type GraphPicture = Blob | readonly HTMLCanvasElement[];

async function composePng(
  graph: GraphPicture,
  frame: Frame,
  plan: ExportPlan,
  background: ExportBackground,
): Promise<Blob> {
  const canvas = document.createElement("canvas");
  canvas.width = plan.width;
  canvas.height = plan.height;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("The browser could not draw the image.");
  ctx.scale(plan.width / frame.width, plan.height / frame.height);
  if (background === "white") {
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, frame.width, frame.height);
  }
  const g = frame.graph;
  if (graph instanceof Blob) {
    const bitmap = await createImageBitmap(graph);
    ctx.drawImage(bitmap, g.x, g.y, g.w, g.h);
    bitmap.close();
  } else {
    for (const layer of graph) ctx.drawImage(layer, g.x, g.y, g.w, g.h);
  }
  paintFrame(ctx, frame);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (!blob || blob.size === 0) throw new Error("The browser could not draw the image.");
  return blob;
}

/**
 * Draws the chosen elements with a margin (labels are never cut), the title above, the legend
 * and the credit line below. PNG goes through Cytoscape's own renderer; SVG is written from the
 * same geometry by buildSvg.
 */
export async function exportImage(cy: Core, options: ExportOptions): Promise<ExportResult> {
  if (
    options.format === "png" &&
    options.scope === "view" &&
    cy.elements().length > SCREEN_COPY_ELEMENTS
  ) {
    const fast = await exportViewFromScreen(cy, options);
    if (fast) return fast;
  }
  const keep = exportElements(cy, options.scope);
  const restore = prepare(cy, keep, options.look === "clean");
  let frame: Frame;
  let plan: ExportPlan;
  let pending: Promise<Blob> | Blob | HTMLCanvasElement;
  try {
    const bb = keep.boundingBox({});
    const deco: Decorations = {
      title: options.title.trim(),
      legend: options.legend ? legendTypes(keep.nodes()) : [],
      credit: options.credit.trim(),
    };
    const measure = canvasMeasure();
    frame = layoutFrame({ w: bb.w, h: bb.h }, deco, measure);
    if (options.format === "svg") {
      plan = { width: frame.width, height: frame.height, scale: 1, clamped: false };
      const svg = buildSvg(cy, keep, frame, options.background, measure);
      pending = new Blob([svg], { type: "image/svg+xml" });
    } else {
      plan = planExport({ width: frame.width, height: frame.height }, options.scale);
      // Cytoscape multiplies by the screen's pixel ratio; divide it out so 2x means twice the
      // size on every screen. It renders synchronously, so the classes go back right after.
      const pxRatio = pixelRatio(cy);
      const draw = { full: true, scale: plan.scale / pxRatio };
      pending = graphCanvas(cy, draw) ?? cy.png({ output: "blob-promise", ...draw });
    }
  } finally {
    restore();
  }
  const graph = await pending;
  if (options.format === "svg" && graph instanceof Blob) {
    return { ...plan, blob: graph, requestedScale: 1 };
  }
  if (graph instanceof Blob && graph.size === 0) {
    throw new Error("The browser could not draw the image.");
  }
  const blob = await composePng(
    graph instanceof Blob ? graph : [graph],
    frame,
    plan,
    options.background,
  );
  return { ...plan, blob, requestedScale: options.scale };
}

/**
 * The graph drawn by Cytoscape into a canvas of its own, as `cy.png` does before it encodes a
 * PNG: handing the canvas over saves encoding the picture, decoding it and encoding it again
 * with the title and legend (two thirds of a 1k export). Null where the renderer has no such
 * step (WebGL, a Cytoscape update that renamed it): then `cy.png` as before.
 */
function graphCanvas(
  cy: Core,
  options: { full: boolean; scale: number },
): HTMLCanvasElement | null {
  const renderer = rendererOf(cy);
  if (!renderer || renderer.webgl || typeof renderer.bufferCanvasImage !== "function") return null;
  const canvas = renderer.bufferCanvasImage(options);
  return canvas.width > 0 && canvas.height > 0 ? canvas : null;
}

/** Cytoscape multiplies by its pixel ratio (the screen's, or 1 for big graphs). */
function pixelRatio(cy: Core): number {
  return rendererOf(cy)?.getPixelRatio?.() ?? (window.devicePixelRatio || 1);
}

async function exportViewFromScreen(
  cy: Core,
  options: ExportOptions,
): Promise<ExportResult | null> {
  // Shown nodes by class, not the `:visible` selector: that computes visibility for every
  // element, a second at 60,000.
  const shown = cy.nodes().filter((n) => !n.hasClass("hidden"));
  if (shown.empty()) throw new Error("Nothing is visible to export: switch a type back on.");
  const deco: Decorations = {
    title: options.title.trim(),
    legend: options.legend ? legendTypes(shown) : [],
    credit: options.credit.trim(),
  };
  const frame = layoutFrame({ w: cy.width(), h: cy.height() }, deco, canvasMeasure());
  const plan = planExport({ width: frame.width, height: frame.height }, options.scale);
  const k = plan.width / frame.width;
  const layers = screenLayers(cy, Math.round(cy.width() * k), Math.round(cy.height() * k));
  if (!layers) return null;
  // The screen may still show the picture before the latest change while a big graph's next
  // one is drawn in slices (slicedFrame.ts): copy it once the frame after now is complete.
  await new Promise<void>((done) => {
    if (typeof requestAnimationFrame !== "function") done();
    else requestAnimationFrame(() => whenPictureDrawn(cy, done));
  });
  const blob = await composePng(layers, frame, plan, options.background);
  return { ...plan, blob, requestedScale: options.scale };
}

export function exportFileName(
  title: string,
  options: Pick<ExportOptions, "scope" | "scale"> & { format?: ExportFormat },
): string {
  const slug =
    title
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .replace(/ı/g, "i")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "relgraph";
  const format = options.format ?? "png";
  return format === "svg"
    ? `${slug}-${options.scope}.svg`
    : `${slug}-${options.scope}-${options.scale}x.png`;
}
