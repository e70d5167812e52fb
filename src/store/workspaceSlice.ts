import type { StateCreator } from "zustand";
import { ENTITY_TYPES } from "../model";
import type { GraphDocument } from "../model";
import type { SentenceSpan, Suggestion } from "../extract";
import { applyOp, canUndo, undo } from "../workspace";
import type { Position, Workspace, WorkspaceOp } from "../workspace";
import type { AppState } from "./slices";

// The person's workspace: what they brought and decided. The store holds it and its derived
// graph; extraction and saving happen outside (src/io), following the store through subscriptions.

export interface WorkspaceSummary {
  id: string;
  name: string;
  updatedAt: string;
  articles: number;
}

export type ExtractionStatus =
  | { phase: "idle" }
  | { phase: "running"; done: number; total: number }
  | { phase: "failed"; message: string };

export type SaveStatus =
  | { state: "saved"; at: string }
  | { state: "saving" }
  | { state: "error"; message: string }
  /** IndexedDB is not available: work lives only in this tab. */
  | { state: "memory"; message: string }
  | { state: "idle" };

export interface ExtractionOutcome {
  /** The workspace's extraction key this result belongs to; stale results are dropped. */
  key: string;
  document: GraphDocument;
  suggestions: Suggestion[];
  sentences: Record<string, SentenceSpan[]>;
  warnings: string[];
  /**
   * The same outcome as JSON, made by the extraction worker, for keeping in IndexedDB: the
   * database copies one string in a few milliseconds, where copying the objects of a thousand
   * articles' graph took a main-thread task of over 150 ms.
   */
  serialized?: string;
}

export interface WorkspaceState {
  workspace: Workspace | null;
  workspaceList: readonly WorkspaceSummary[];
  /** Names the extractor did not know and the person has not decided on yet. */
  suggestions: readonly Suggestion[];
  /** The extraction key of the graph on screen; when it differs from the workspace's, a run is due. */
  extractedKey: string | null;
  extraction: ExtractionStatus;
  saveStatus: SaveStatus;
  /** Bumped to ask the extraction runner to try again after a failure. */
  extractionRetry: number;
}

export interface WorkspaceActions {
  /** Shows a workspace; its graph follows from its cached document or a fresh extraction. */
  openWorkspace: (ws: Workspace, positions?: ReadonlyMap<string, Position>) => void;
  /** Records what the person did; the graph is re-derived by the extraction runner. */
  commit: (op: WorkspaceOp) => void;
  undoLast: (now: string) => void;
  renameWorkspace: (name: string, now: string) => void;
  /** Another tab saved this workspace: take its version. */
  replaceWorkspace: (ws: Workspace) => void;
  setWorkspaceList: (list: readonly WorkspaceSummary[]) => void;
  extractionStarted: (total: number) => void;
  extractionProgress: (done: number, total: number) => void;
  extractionFinished: (outcome: ExtractionOutcome) => void;
  extractionFailed: (message: string) => void;
  retryExtraction: () => void;
  setSaveStatus: (status: SaveStatus) => void;
}

export const getEmptyWorkspaceState = (): WorkspaceState => ({
  workspace: null,
  workspaceList: [],
  suggestions: [],
  extractedKey: null,
  extraction: { phase: "idle" },
  saveStatus: { state: "idle" },
  extractionRetry: 0,
});

type Slice<T> = StateCreator<AppState, [["zustand/subscribeWithSelector", never]], [], T>;

export const createWorkspaceSlice: Slice<WorkspaceState & WorkspaceActions> = (set, get) => ({
  ...getEmptyWorkspaceState(),
  openWorkspace: (ws, positions) => {
    const hidden = new Set(ws.filters.hiddenTypes);
    set({
      workspace: ws,
      suggestions: [],
      extractedKey: null,
      extraction: { phase: "idle" },
      visibleTypes: new Set(ENTITY_TYPES.filter((t) => !hidden.has(t))),
      showWeakRelations: ws.filters.showWeakRelations,
      positions: positions ?? new Map(),
      selection: null,
      viewingFile: null,
    });
  },
  commit: (op) => {
    const ws = get().workspace;
    if (!ws) return;
    set({ workspace: applyOp(ws, op) });
  },
  undoLast: (now) => {
    const ws = get().workspace;
    if (!ws || !canUndo(ws)) return;
    set({ workspace: undo(ws, now) });
  },
  renameWorkspace: (name, now) => {
    const ws = get().workspace;
    const clean = name.trim();
    if (!ws || !clean || clean === ws.name) return;
    set({ workspace: { ...ws, name: clean, updatedAt: now } });
  },
  replaceWorkspace: (ws) => {
    if (get().workspace?.id !== ws.id) return;
    set({ workspace: ws });
  },
  setWorkspaceList: (list) => set({ workspaceList: list }),
  extractionStarted: (total) => set({ extraction: { phase: "running", done: 0, total } }),
  extractionProgress: (done, total) => set({ extraction: { phase: "running", done, total } }),
  extractionFinished: (outcome) => {
    const state = get();
    if (!state.workspace) return;
    set({
      suggestions: outcome.suggestions,
      extractedKey: outcome.key,
      extraction: { phase: "idle" },
    });
    // Same workspace: the arrangement is kept and new entities are placed near their neighbours.
    get().loadDocument(outcome.document, state.workspace.name, { positions: get().positions });
  },
  extractionFailed: (message) => set({ extraction: { phase: "failed", message } }),
  retryExtraction: () =>
    set({ extraction: { phase: "idle" }, extractionRetry: get().extractionRetry + 1 }),
  setSaveStatus: (status) => set({ saveStatus: status }),
});
