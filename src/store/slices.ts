import type { StateCreator } from "zustand";
import { ENTITY_TYPES } from "../model";
import type { DocumentProblem, EntityType, GraphDocument } from "../model";
import { buildIndex } from "./documentIndex";
import type { DocumentIndex } from "./documentIndex";

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
}
export interface DocumentActions {
  /** Starts a load and returns its ticket; pass it back so only the newest load lands. */
  beginLoad: () => number;
  loadDocument: (doc: GraphDocument, origin: string, ticket?: number) => void;
  rejectDocument: (origin: string, problems: DocumentProblem[], ticket?: number) => void;
  dismissLoadProblems: () => void;
}
export const getEmptyDocumentState = (): DocumentState => ({
  document: null,
  index: null,
  documentOrigin: null,
  loadProblems: null,
  loadTicket: 0,
});

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
  NoticeActions;

type Slice<T> = StateCreator<AppState, [["zustand/subscribeWithSelector", never]], [], T>;

export const createDocumentSlice: Slice<DocumentState & DocumentActions> = (set, get) => ({
  ...getEmptyDocumentState(),
  beginLoad: () => {
    const ticket = get().loadTicket + 1;
    set({ loadTicket: ticket });
    return ticket;
  },
  loadDocument: (doc, origin, ticket) => {
    if (ticket !== undefined && ticket !== get().loadTicket) return;
    set({
      document: doc,
      index: buildIndex(doc),
      documentOrigin: origin,
      loadProblems: null,
      // A new document starts unselected; the user's type filter is a setting and survives.
      ...getEmptySelectionState(),
    });
  },
  rejectDocument: (origin, problems, ticket) => {
    if (ticket !== undefined && ticket !== get().loadTicket) return;
    set({ loadProblems: { origin, problems } });
  },
  dismissLoadProblems: () => set({ loadProblems: null }),
});

export const createFilterSlice: Slice<FilterState & FilterActions> = (set, get) => ({
  ...getEmptyFilterState(),
  setTypeVisible: (type, visible) => {
    const next = new Set(get().visibleTypes);
    if (visible) next.add(type);
    else next.delete(type);
    set({ visibleTypes: next });
  },
  showOnlyType: (type) => set({ visibleTypes: new Set([type]) }),
  showAllTypes: () => set({ visibleTypes: new Set(ENTITY_TYPES) }),
  setShowWeakRelations: (show) => set({ showWeakRelations: show }),
});

export const createSelectionSlice: Slice<SelectionState & SelectionActions> = (set, get) => ({
  ...getEmptySelectionState(),
  selectEntity: (id) => {
    if (get().index?.entityById.has(id)) set({ selection: { kind: "entity", id } });
  },
  selectRelation: (id) => {
    if (get().index?.relationById.has(id)) set({ selection: { kind: "relation", id } });
  },
  clearSelection: () => set({ selection: null }),
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
