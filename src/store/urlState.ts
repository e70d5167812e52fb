import { ENTITY_TYPES, RELATION_TYPES, RELATION_TYPE_INFO } from "../model";
import type { EntityType, RelationType } from "../model";
import { FOCUS_DEPTHS, METRICS, MIN_SUPPORT_CHOICES } from "./exploreSlices";
import type { FocusDepth, MetricName, Viewport } from "./exploreSlices";
import { LAYOUT_NAMES } from "./slices";
import type { AppState, LayoutName, Selection } from "./slices";
import type { AppStore } from "./createAppStore";

// A view of the graph as the URL's hash, so a copied link opens the same view: filters, depth,
// selection, path, layout, node sizing and camera. Only what differs from the defaults is
// written. Reading is forgiving: each part that cannot be read is named in a problem and falls
// back to its default; the rest of the link still applies. Nothing in a hash is trusted.

export interface UrlView {
  hiddenTypes: EntityType[];
  showWeak: boolean;
  hiddenRelationTypes: RelationType[];
  hiddenSources: string[];
  minSupport: number;
  hideIsolated: boolean;
  depth: FocusDepth;
  only: boolean;
  selection: Selection;
  /** The far end of a path from the selected entity. */
  pathTo: string | null;
  layout: LayoutName;
  sizeBy: MetricName | null;
  viewport: Viewport | null;
}

export const defaultUrlView = (): UrlView => ({
  hiddenTypes: [],
  showWeak: false,
  hiddenRelationTypes: [],
  hiddenSources: [],
  minSupport: 1,
  hideIsolated: false,
  depth: 1,
  only: false,
  selection: null,
  pathTo: null,
  layout: "fcose",
  sizeBy: null,
  viewport: null,
});

/** The view the store shows now. */
export function viewFromState(s: AppState): UrlView {
  const pathOn = s.path && s.selection?.kind === "entity" && s.selection.id === s.path.from;
  return {
    hiddenTypes: ENTITY_TYPES.filter((t) => !s.visibleTypes.has(t)),
    showWeak: s.showWeakRelations,
    hiddenRelationTypes: RELATION_TYPES.filter((t) => s.hiddenRelationTypes.has(t)),
    hiddenSources: [...s.hiddenSources].sort(),
    minSupport: s.minSupport,
    hideIsolated: s.hideIsolated,
    depth: s.depth,
    only: s.onlyNeighbourhood && s.selection?.kind === "entity",
    selection: s.selection,
    pathTo: pathOn ? s.path!.to : null,
    layout: s.layoutName,
    sizeBy: s.sizeBy,
    viewport: s.viewport,
  };
}

const round = (n: number, places: number) => {
  const f = 10 ** places;
  return Math.round(n * f) / f;
};

/** The hash for a view, without "#"; empty for the default view. */
export function encodeView(v: UrlView): string {
  const p = new URLSearchParams();
  if (v.selection) p.set("sel", `${v.selection.kind === "entity" ? "e" : "r"}:${v.selection.id}`);
  if (v.pathTo) p.set("path", v.pathTo);
  if (v.depth !== 1) p.set("depth", String(v.depth));
  if (v.only) p.set("only", "1");
  if (v.hiddenTypes.length) p.set("hide", v.hiddenTypes.join(","));
  if (v.showWeak) p.set("weak", "1");
  if (v.hiddenRelationTypes.length) p.set("hiderel", v.hiddenRelationTypes.join(","));
  // Source ids may hold commas; each is its own parameter.
  for (const s of v.hiddenSources) p.append("hidesrc", s);
  if (v.minSupport !== 1) p.set("support", String(v.minSupport));
  if (v.hideIsolated) p.set("isolated", "hide");
  if (v.layout !== "fcose") p.set("layout", v.layout);
  if (v.sizeBy) p.set("size", v.sizeBy);
  if (v.viewport) {
    const { zoom, pan } = v.viewport;
    p.set("view", `${round(zoom, 4)},${round(pan.x, 1)},${round(pan.y, 1)}`);
  }
  // ":" and "," are fine in a fragment; left unescaped, a link stays readable.
  return p.toString().replace(/%3A/gi, ":").replace(/%2C/gi, ",");
}

const KNOWN = new Set([
  "sel",
  "path",
  "depth",
  "only",
  "hide",
  "weak",
  "hiderel",
  "hidesrc",
  "support",
  "isolated",
  "layout",
  "size",
  "view",
]);

function inList<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

const MAX_HASH = 20_000;

/** Reads a hash ("#sel=e:kamaz&depth=2" or without "#"). Never throws. */
export function decodeView(hash: string): { view: UrlView; problems: string[] } {
  const view = defaultUrlView();
  const problems: string[] = [];
  let raw = hash.startsWith("#") ? hash.slice(1) : hash;
  if (!raw) return { view, problems };
  if (raw.length > MAX_HASH) {
    return { view, problems: [`the link's view is too long to read (${raw.length} characters)`] };
  }
  // A hash pasted through a chat app may arrive percent-encoded twice or with stray spaces.
  raw = raw.trim();
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(raw);
  } catch {
    return { view, problems: ["the link's view is not readable"] };
  }
  const bad = (what: string, value: string, expected: string) =>
    problems.push(`${what} "${value.slice(0, 40)}" is not ${expected}`);
  const list = (value: string) => value.split(",").filter(Boolean);

  for (const [key, value] of params) {
    if (!KNOWN.has(key)) {
      problems.push(`"${key.slice(0, 40)}" is not part of a Relgraph view`);
      continue;
    }
    switch (key) {
      case "sel": {
        const m = /^([er]):(\S+)$/.exec(value);
        if (!m) bad("selection", value, "e:<entity id> or r:<relation id>");
        else view.selection = { kind: m[1] === "e" ? "entity" : "relation", id: m[2] };
        break;
      }
      case "path":
        if (/^\S+$/.test(value)) view.pathTo = value;
        else bad("path end", value, "an entity id");
        break;
      case "depth": {
        const d = Number(value);
        if (inList(FOCUS_DEPTHS.map(String), value)) view.depth = d as FocusDepth;
        else bad("depth", value, "1, 2 or 3");
        break;
      }
      case "only":
        view.only = value === "1";
        if (value !== "1") bad("only", value, "1");
        break;
      case "hide":
        for (const t of list(value)) {
          if (inList(ENTITY_TYPES, t)) view.hiddenTypes.push(t);
          else bad("entity type", t, "one of " + ENTITY_TYPES.join(", "));
        }
        break;
      case "weak":
        view.showWeak = value === "1";
        if (value !== "1") bad("weak", value, "1");
        break;
      case "hiderel":
        for (const t of list(value)) {
          if (inList(RELATION_TYPES, t) && !RELATION_TYPE_INFO[t].weak) {
            view.hiddenRelationTypes.push(t);
          } else bad("relation type", t, "a known relation type");
        }
        break;
      case "hidesrc":
        if (value) view.hiddenSources.push(value);
        break;
      case "support": {
        const n = Number(value);
        if (inList(MIN_SUPPORT_CHOICES.map(String), value)) view.minSupport = n;
        else bad("support", value, MIN_SUPPORT_CHOICES.join(", "));
        break;
      }
      case "isolated":
        view.hideIsolated = value === "hide";
        if (value !== "hide") bad("isolated", value, "hide");
        break;
      case "layout":
        if (inList(LAYOUT_NAMES, value)) view.layout = value;
        else bad("layout", value, "one of " + LAYOUT_NAMES.join(", "));
        break;
      case "size":
        if (inList(METRICS, value)) view.sizeBy = value;
        else bad("size", value, "one of " + METRICS.join(", "));
        break;
      case "view": {
        const nums = value.split(",").map(Number);
        const [zoom, x, y] = nums;
        if (nums.length === 3 && nums.every(Number.isFinite) && zoom > 0 && zoom <= 100) {
          view.viewport = { zoom, pan: { x, y } };
        } else bad("camera", value, "zoom,x,y");
        break;
      }
    }
  }
  if (view.pathTo && view.selection?.kind !== "entity") {
    problems.push("a path needs a selected entity to start from");
    view.pathTo = null;
  }
  return { view, problems };
}

/**
 * Puts a view into the store in one change. Ids the document does not have are named in the
 * returned problems and left out; everything else still applies. Camera positions go through
 * requestViewport, so the graph moves once it is drawn.
 */
export function applyView(store: AppStore, view: UrlView, initial = false): string[] {
  const s = store.getState();
  const problems: string[] = [];
  const index = s.index;
  let selection = view.selection;
  if (selection && index) {
    const known =
      selection.kind === "entity"
        ? index.entityById.has(selection.id)
        : index.relationById.has(selection.id);
    if (!known) {
      problems.push(`this graph has no ${selection.kind} "${selection.id.slice(0, 60)}"`);
      selection = null;
    }
  }
  let path: AppState["path"] = null;
  if (view.pathTo && selection?.kind === "entity") {
    if (index?.entityById.has(view.pathTo)) path = { from: selection.id, to: view.pathTo };
    else problems.push(`this graph has no entity "${view.pathTo.slice(0, 60)}" to end a path`);
  }
  const sources = new Set(s.document?.sources.map((x) => x.id));
  const hiddenSources = view.hiddenSources.filter((id) => sources.has(id));
  if (hiddenSources.length < view.hiddenSources.length) {
    problems.push("the link hides sources this graph does not have");
  }
  store.setState({
    visibleTypes: new Set(ENTITY_TYPES.filter((t) => !view.hiddenTypes.includes(t))),
    showWeakRelations: view.showWeak,
    hiddenRelationTypes: new Set(view.hiddenRelationTypes),
    hiddenSources: new Set(hiddenSources),
    minSupport: view.minSupport,
    hideIsolated: view.hideIsolated,
    depth: view.depth,
    onlyNeighbourhood: view.only && selection?.kind === "entity",
    selection,
    path,
    // Before the first drawing the layout is simply chosen; later, choosing it lays out again.
    ...(initial ? { layoutName: view.layout } : {}),
    sizeBy: view.sizeBy,
  });
  if (!initial && view.layout !== s.layoutName) store.getState().setLayoutName(view.layout);
  if (view.viewport) store.getState().requestViewport(view.viewport);
  return problems;
}
