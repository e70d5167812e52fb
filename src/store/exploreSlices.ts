import type { StateCreator } from "zustand";
import { ENTITY_TYPES } from "../model";
import type { RelationType } from "../model";
import type { AppState } from "./slices";

// The exploring a user does around one document: what to search, which relations to keep, how far
// to look around a selection, the path between two entities, what sizes the nodes, and where the
// camera is. Each slice has its getEmptyXState() factory; none of them writes into the document.

export interface SearchState {
  searchQuery: string;
  /** Bumped when the user asks to centre the selection (Enter in the search box). */
  centreRequest: number;
}
export interface SearchActions {
  setSearchQuery: (query: string) => void;
  /** Selects an entity and centres the view on it, wherever it is. */
  selectAndCentre: (id: string) => void;
}
export const getEmptySearchState = (): SearchState => ({ searchQuery: "", centreRequest: 0 });

export const MIN_SUPPORT_CHOICES = [1, 2, 3] as const;

/** Filters beyond entity types; with the type filter they decide what is shown at all. */
export interface RelationFilterState {
  /** Typed relation types switched off. Weak links keep their own switch (showWeakRelations). */
  hiddenRelationTypes: ReadonlySet<RelationType>;
  /** Sources whose sentences no longer count as evidence, nor their mentions as presence. */
  hiddenSources: ReadonlySet<string>;
  /** A relation needs at least this many supporting sentences in the shown sources. */
  minSupport: number;
  /** Entities left without any shown relation are hidden too. */
  hideIsolated: boolean;
}
export interface RelationFilterActions {
  setRelationTypeVisible: (type: RelationType, visible: boolean) => void;
  setSourceVisible: (sourceId: string, visible: boolean) => void;
  setMinSupport: (n: number) => void;
  setHideIsolated: (hide: boolean) => void;
  /** Every filter back to its default, entity types and weak links included: one reset. */
  resetFilters: () => void;
}
export const getEmptyRelationFilterState = (): RelationFilterState => ({
  hiddenRelationTypes: new Set(),
  hiddenSources: new Set(),
  minSupport: 1,
  hideIsolated: false,
});

export const FOCUS_DEPTHS = [1, 2, 3] as const;
export type FocusDepth = (typeof FOCUS_DEPTHS)[number];

export interface FocusState {
  /** How many hops around the selected entity stay unfaded. */
  depth: FocusDepth;
  /** Hide, rather than fade, everything outside the selection's neighbourhood. */
  onlyNeighbourhood: boolean;
  /** A path asked for between two entities; shown while `from` is the selection. */
  path: { from: string; to: string } | null;
}
export interface FocusActions {
  setDepth: (depth: FocusDepth) => void;
  setOnlyNeighbourhood: (only: boolean) => void;
  /** The shortest path from the selected entity to `to`; selects `to` first if nothing is. */
  pathTo: (to: string) => void;
  clearPath: () => void;
}
export const getEmptyFocusState = (): FocusState => ({
  depth: 1,
  onlyNeighbourhood: false,
  path: null,
});

export const METRICS = ["degree", "betweenness", "pagerank"] as const;
export type MetricName = (typeof METRICS)[number];
export const METRIC_LABEL: Record<MetricName, string> = {
  degree: "Degree",
  betweenness: "Betweenness",
  pagerank: "PageRank",
};

export interface MetricsState {
  /** The metric that sizes the nodes, or null for the type's own size. */
  sizeBy: MetricName | null;
}
export interface MetricsActions {
  setSizeBy: (metric: MetricName | null) => void;
}
export const getEmptyMetricsState = (): MetricsState => ({ sizeBy: null });

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}
export interface ViewportState {
  /** Where the camera is, as the graph last reported it; null before the first report. */
  viewport: Viewport | null;
  /** A camera position asked for (by a shared link); the graph moves there once and reports. */
  viewportRequest: { viewport: Viewport; n: number } | null;
}
export interface ViewportActions {
  viewportChanged: (viewport: Viewport) => void;
  requestViewport: (viewport: Viewport) => void;
}
export const getEmptyViewportState = (): ViewportState => ({
  viewport: null,
  viewportRequest: null,
});

export type ExploreState = SearchState &
  SearchActions &
  RelationFilterState &
  RelationFilterActions &
  FocusState &
  FocusActions &
  MetricsState &
  MetricsActions &
  ViewportState &
  ViewportActions;

type Slice<T> = StateCreator<AppState, [["zustand/subscribeWithSelector", never]], [], T>;

export const createSearchSlice: Slice<SearchState & SearchActions> = (set, get) => ({
  ...getEmptySearchState(),
  setSearchQuery: (query) => set({ searchQuery: query }),
  selectAndCentre: (id) => {
    if (!get().index?.entityById.has(id)) return;
    get().selectEntity(id);
    set({ centreRequest: get().centreRequest + 1 });
  },
});

export const createRelationFilterSlice: Slice<RelationFilterState & RelationFilterActions> = (
  set,
  get,
) => ({
  ...getEmptyRelationFilterState(),
  setRelationTypeVisible: (type, visible) => {
    const next = new Set(get().hiddenRelationTypes);
    if (visible) next.delete(type);
    else next.add(type);
    set({ hiddenRelationTypes: next });
  },
  setSourceVisible: (sourceId, visible) => {
    const next = new Set(get().hiddenSources);
    if (visible) next.delete(sourceId);
    else next.add(sourceId);
    set({ hiddenSources: next });
  },
  setMinSupport: (n) => set({ minSupport: Math.max(1, Math.floor(n)) }),
  setHideIsolated: (hide) => set({ hideIsolated: hide }),
  resetFilters: () =>
    set({
      ...getEmptyRelationFilterState(),
      visibleTypes: new Set(ENTITY_TYPES),
      showWeakRelations: false,
      onlyNeighbourhood: false,
    }),
});

export const createFocusSlice: Slice<FocusState & FocusActions> = (set, get) => ({
  ...getEmptyFocusState(),
  setDepth: (depth) => set({ depth }),
  setOnlyNeighbourhood: (only) => set({ onlyNeighbourhood: only }),
  pathTo: (to) => {
    const { selection, index } = get();
    if (!index?.entityById.has(to)) return;
    if (selection?.kind !== "entity" || selection.id === to) {
      get().selectEntity(to);
      set({ path: null });
      return;
    }
    set({ path: { from: selection.id, to } });
  },
  clearPath: () => set({ path: null }),
});

export const createMetricsSlice: Slice<MetricsState & MetricsActions> = (set) => ({
  ...getEmptyMetricsState(),
  setSizeBy: (metric) => set({ sizeBy: metric }),
});

export const createViewportSlice: Slice<ViewportState & ViewportActions> = (set, get) => ({
  ...getEmptyViewportState(),
  viewportChanged: (viewport) => set({ viewport }),
  requestViewport: (viewport) =>
    set({ viewportRequest: { viewport, n: (get().viewportRequest?.n ?? 0) + 1 } }),
});
