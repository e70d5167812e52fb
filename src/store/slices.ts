import type { StateCreator } from "zustand";
import { ENTITY_TYPES } from "../model";
import type { DocumentProblem, EntityType, GraphDocument } from "../model";
import { placeNewNodes } from "../workspace";
import type { Position } from "../workspace";
import { buildIndex } from "./documentIndex";
import { isRelationShown } from "./selectors";
import type { DocumentIndex } from "./documentIndex";
import type { ViewActions, ViewState } from "./viewSlice";
import type { WorkspaceActions, WorkspaceState } from "./workspaceSlice";
import type { ExploreState } from "./exploreSlices";

// One store, one slice per concern. Each slice has a getEmptyXState() factory so a reset is one
// call. Hover and selection are display state: nothing here writes into the document.

export interface DocumentState {
  document: GraphDocument | null;
  index: DocumentIndex | null;
  /** Where the document came from, for the header and file names ("data/graph.json"). */
  documentOrigin: string | null;
  /** Problems with the last file the user tried to open; the loaded document is untouched. */
  loadProblems: { origin: string; problems: DocumentProblem[] } | null;
  /** The newest load that was started; an older, slower read is dropped when it finishes. */
  loadTicket: number;
  /**
   * Where each entity is drawn, by id. The store owns the arrangement: Cytoscape draws it and
   * reports drags and finished layouts back as actions. Empty means "lay the graph out".
   */
  positions: ReadonlyMap<string, Position>;
  /**
   * A graph file or link opened to look at, not the workspace's own graph: its name. Nothing of
   * it is saved into the workspace.
   */
  viewingFile: string | null;
}
export interface LoadOptions {
  ticket?: number;
  /**
   * Positions the person already has for this graph (a workspace's); entities without one are
   * placed next to their neighbours. Without this, the document's own saved positions are used.
   */
  positions?: ReadonlyMap<string, Position>;
}
export interface DocumentActions {
  /** Starts a load and returns its ticket; pass it back so only the newest load lands. */
  beginLoad: () => number;
  loadDocument: (doc: GraphDocument, origin: string, options?: number | LoadOptions) => void;
  /** The person dragged entities, or a layout finished: these positions are the new truth. */
  setPositions: (moved: ReadonlyMap<string, Position>) => void;

  rejectDocument: (origin: string, problems: DocumentProblem[], ticket?: number) => void;
  dismissLoadProblems: () => void;
}
export const getEmptyDocumentState = (): DocumentState => ({
  document: null,
  index: null,
  documentOrigin: null,
  loadProblems: null,
  loadTicket: 0,
  positions: new Map(),
  viewingFile: null,
});

/** A document's own saved positions, read with own-property checks only. */
function documentPositions(doc: GraphDocument): Map<string, Position> {
  const out = new Map<string, Position>();
  const saved = doc.positions;
  if (!saved) return out;
  for (const e of doc.entities) {
    if (Object.hasOwn(saved, e.id)) {
      const p = saved[e.id];
      out.set(e.id, { x: p.x, y: p.y });
    }
  }
  return out;
}

/**
 * Positions for a newly loaded document: the given ones for entities that are still there, and
 * for new entities a place near their neighbours, so the arrangement grows in place. When none
 * are given at all, the map stays empty and the graph is laid out.
 */
export function positionsFor(
  doc: GraphDocument,
  given: ReadonlyMap<string, Position>,
): Map<string, Position> {
  const kept = new Map<string, Position>();
  const missing: string[] = [];
  for (const e of doc.entities) {
    const p = given.get(e.id);
    if (p) kept.set(e.id, p);
    else missing.push(e.id);
  }
  if (!kept.size || !missing.length) return kept;
  for (const [id, p] of placeNewNodes(kept, missing, doc.relations)) kept.set(id, p);
  return kept;
}

export interface FilterState {
  visibleTypes: ReadonlySet<EntityType>;
  /** Weak "mentioned with" links are many and noisy; they are off unless asked for. */
  showWeakRelations: boolean;
}
export interface FilterActions {
  setTypeVisible: (type: EntityType, visible: boolean) => void;
  showOnlyType: (type: EntityType) => void;
  showAllTypes: () => void;
  setShowWeakRelations: (show: boolean) => void;
}
export const getEmptyFilterState = (): FilterState => ({
  visibleTypes: new Set(ENTITY_TYPES),
  showWeakRelations: false,
});

export type Selection = { kind: "entity"; id: string } | { kind: "relation"; id: string } | null;
export interface SelectionState {
  selection: Selection;
}
export interface SelectionActions {
  selectEntity: (id: string) => void;
  selectRelation: (id: string) => void;
  clearSelection: () => void;
}
export const getEmptySelectionState = (): SelectionState => ({ selection: null });

export const LAYOUT_NAMES = ["fcose", "circle", "grid", "concentric"] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];
export interface LayoutState {
  layoutName: LayoutName;
  /** Bumped when the user asks for a fresh layout; the bridge runs one per change. */
  layoutRequest: number;
  layoutRunning: boolean;
}
export interface LayoutActions {
  setLayoutName: (name: LayoutName) => void;
  requestLayout: () => void;
  setLayoutRunning: (running: boolean) => void;
}
export const getEmptyLayoutState = (): LayoutState => ({
  layoutName: "fcose",
  layoutRequest: 0,
  layoutRunning: false,
});

export interface Notice {
  id: number;
  kind: "info" | "warning" | "error";
  text: string;
}
export interface NoticeState {
  notices: readonly Notice[];
}
export interface NoticeActions {
  notify: (kind: Notice["kind"], text: string) => void;
  dismissNotice: (id: number) => void;
}
export const getEmptyNoticeState = (): NoticeState => ({ notices: [] });

export type AppState = DocumentState &
  DocumentActions &
  FilterState &
  FilterActions &
  SelectionState &
  SelectionActions &
  LayoutState &
  LayoutActions &
  NoticeState &
  NoticeActions &
  WorkspaceState &
  WorkspaceActions &
  ExploreState &
  ViewState &
  ViewActions;

type Slice<T> = StateCreator<AppState, [["zustand/subscribeWithSelector", never]], [], T>;

export const createDocumentSlice: Slice<DocumentState & DocumentActions> = (set, get) => ({
  ...getEmptyDocumentState(),
  beginLoad: () => {
    const ticket = get().loadTicket + 1;
    set({ loadTicket: ticket });
    return ticket;
  },
  loadDocument: (doc, origin, options) => {
    const { ticket, positions } =
      typeof options === "number" ? { ticket: options } : (options ?? {});
    if (ticket !== undefined && ticket !== get().loadTicket) return;
    const index = buildIndex(doc);
    // The selection survives a re-extraction of the same workspace if its target is still there.
    const sel = get().selection;
    const keepSelection =
      positions !== undefined &&
      sel !== null &&
      (sel.kind === "entity" ? index.entityById.has(sel.id) : index.relationById.has(sel.id));
    set({
      document: doc,
      index,
      documentOrigin: origin,
      loadProblems: null,
      positions: positionsFor(doc, positions ?? documentPositions(doc)),
      // Positions given means the workspace's own graph; without them, a file to look at.
      viewingFile: positions === undefined ? origin : null,
      // A new document starts unselected; the user's type filter is a setting and survives.
      ...(keepSelection ? {} : getEmptySelectionState()),
    });
  },
  setPositions: (moved) => {
    if (!moved.size) return;
    const next = new Map(get().positions);
    let changed = false;
    for (const [id, p] of moved) {
      const prev = next.get(id);
      if (prev && prev.x === p.x && prev.y === p.y) continue;
      next.set(id, { x: p.x, y: p.y });
      changed = true;
    }
    if (changed) set({ positions: next });
  },

  rejectDocument: (origin, problems, ticket) => {
    if (ticket !== undefined && ticket !== get().loadTicket) return;
    set({ loadProblems: { origin, problems } });
  },
  dismissLoadProblems: () => set({ loadProblems: null }),
});

/**
 * Whether the selected entity or relation is still shown under the filter. A store rule, so it
 * holds with no graph mounted: the selection follows the filter.
 */
export function isSelectionShown(state: AppState): boolean {
  const { selection, index, visibleTypes, showWeakRelations } = state;
  if (!selection || !index) return false;
  if (selection.kind === "entity") {
    const e = index.entityById.get(selection.id);
    return !!e && visibleTypes.has(e.type);
  }
  const r = index.relationById.get(selection.id);
  const typeOf = (id: string) => index.entityById.get(id)?.type;
  return !!r && isRelationShown(r, typeOf, visibleTypes, showWeakRelations);
}

export const createFilterSlice: Slice<FilterState & FilterActions> = (set, get) => {
  /** Sets the filter and drops a selection it hides, in one change. */
  const setFilter = (patch: Partial<FilterState>) => {
    const next = { ...get(), ...patch };
    set(next.selection && !isSelectionShown(next) ? { ...patch, selection: null } : patch);
  };
  return {
    ...getEmptyFilterState(),
    setTypeVisible: (type, visible) => {
      const next = new Set(get().visibleTypes);
      if (visible) next.add(type);
      else next.delete(type);
      setFilter({ visibleTypes: next });
    },
    showOnlyType: (type) => setFilter({ visibleTypes: new Set([type]) }),
    showAllTypes: () => setFilter({ visibleTypes: new Set(ENTITY_TYPES) }),
    setShowWeakRelations: (show) => setFilter({ showWeakRelations: show }),
  };
};

/** A selection shows its details, unless the person is reading: the reader follows it instead. */
const panelForSelection = (open: string) => (open === "reader" ? open : "details");

export const createSelectionSlice: Slice<SelectionState & SelectionActions> = (set, get) => ({
  ...getEmptySelectionState(),
  selectEntity: (id) => {
    if (get().index?.entityById.has(id))
      set({ selection: { kind: "entity", id }, rightPanel: panelForSelection(get().rightPanel) });
  },
  selectRelation: (id) => {
    if (get().index?.relationById.has(id))
      set({ selection: { kind: "relation", id }, rightPanel: panelForSelection(get().rightPanel) });
  },
  // A path and "only this neighbourhood" hang on the selection and go with it.
  clearSelection: () => set({ selection: null, path: null, onlyNeighbourhood: false }),
});

export const createLayoutSlice: Slice<LayoutState & LayoutActions> = (set, get) => ({
  ...getEmptyLayoutState(),
  setLayoutName: (name) => set({ layoutName: name, layoutRequest: get().layoutRequest + 1 }),
  requestLayout: () => set({ layoutRequest: get().layoutRequest + 1 }),
  setLayoutRunning: (running) => set({ layoutRunning: running }),
});

let nextNoticeId = 1;
export const createNoticeSlice: Slice<NoticeState & NoticeActions> = (set, get) => ({
  ...getEmptyNoticeState(),
  notify: (kind, text) =>
    set({ notices: [...get().notices, { id: nextNoticeId++, kind, text }].slice(-5) }),
  dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
});
