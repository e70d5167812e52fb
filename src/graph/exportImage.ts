import type { Core } from "cytoscape";

export const EXPORT_SCALES = [1, 2, 4] as const;
export type ExportScale = (typeof EXPORT_SCALES)[number];
export const EXPORT_SCOPES = ["view", "full"] as const;
export type ExportScope = (typeof EXPORT_SCOPES)[number];
export const EXPORT_BACKGROUNDS = ["white", "transparent"] as const;
export type ExportBackground = (typeof EXPORT_BACKGROUNDS)[number];

export interface PngExportOptions {
  scope: ExportScope;
  scale: ExportScale;
  background: ExportBackground;
}

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

export interface PngExportResult extends ExportPlan {
  blob: Blob;
  requestedScale: number;
}

interface RendererInternals {
  getPixelRatio?: () => number;
  webgl?: boolean;
}

function rendererOf(cy: Core): RendererInternals | undefined {
  return (cy as Core & { renderer?: () => RendererInternals | undefined }).renderer?.();
}

/**
 * The current view as it is already on screen: Cytoscape's stacked canvases drawn into one. At
 * 20,000 entities `cy.png` redraws every element into a fresh canvas with no caches (over ten
 * seconds here); the screen's canvases hold that picture already. Only when they have at least
 * the pixels asked for, and not for the WebGL renderer, whose buffer may be cleared.
 */
async function viewFromScreen(
  cy: Core,
  plan: ExportPlan,
  background: ExportBackground,
): Promise<Blob | null> {
  if (rendererOf(cy)?.webgl) return null;
  const container = cy.container();
  if (!container) return null;
  const layers = [...container.querySelectorAll("canvas")].sort(
    (a, b) => Number(a.style.zIndex || 0) - Number(b.style.zIndex || 0),
  );
  if (layers.length === 0 || layers.some((c) => c.width < plan.width || c.height < plan.height)) {
    return null;
  }
  const out = document.createElement("canvas");
  out.width = plan.width;
  out.height = plan.height;
  const ctx = out.getContext("2d");
  if (!ctx) return null;
  if (background === "white") {
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, out.width, out.height);
  }
  for (const layer of layers) ctx.drawImage(layer, 0, 0, out.width, out.height);
  return new Promise((resolve) => out.toBlob((b) => resolve(b), "image/png"));
}

/** Exactly what is visible: filtered-out elements are display:none and are not drawn. */
export async function exportPng(cy: Core, options: PngExportOptions): Promise<PngExportResult> {
  const visible = cy.elements(":visible");
  if (visible.length === 0) throw new Error("Nothing is visible to export: switch a type back on.");
  const base =
    options.scope === "full"
      ? visible.boundingBox({})
      : { w: cy.width(), h: cy.height(), x1: 0, y1: 0 };
  const plan = planExport({ width: base.w, height: base.h }, options.scale);
  const fromScreen =
    options.scope === "view" ? await viewFromScreen(cy, plan, options.background) : null;
  // Cytoscape multiplies by its pixel ratio (the screen's, or 1 for big graphs, see
  // levelOfDetail.ts); divide it out so 2x means twice the size on every screen.
  const pxRatio = rendererOf(cy)?.getPixelRatio?.() ?? (window.devicePixelRatio || 1);
  const blob =
    fromScreen ??
    (await cy.png({
      output: "blob-promise",
      full: options.scope === "full",
      scale: plan.scale / pxRatio,
      bg: options.background === "white" ? "#ffffff" : undefined,
    }));
  if (!blob || blob.size === 0) throw new Error("The browser could not draw the image.");
  return { ...plan, blob, requestedScale: options.scale };
}

export function exportFileName(title: string, options: PngExportOptions): string {
  const slug =
    title
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .replace(/ı/g, "i")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "relgraph";
  return `${slug}-${options.scope}-${options.scale}x.png`;
}
