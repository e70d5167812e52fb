import { createContext, useContext } from "react";
import type { AppStore, AppState } from "../store";
import {
  articlesOf,
  createWorkspace,
  extractionInput,
  extractionKey,
  mergeConcurrent,
  newId,
  positionsMap,
  restoreWorkspaceFile,
  toWorkspaceFile,
  withFilters,
  withPositions,
} from "../workspace";
import type { ArticleRecord, Workspace } from "../workspace";
import { ENTITY_TYPES } from "../model";
import type { GraphDocument } from "../model";
import { downloadBlob } from "./download";
import { ExtractionCancelled } from "./extractClient";
import type { Extractor } from "./extractClient";
import type { CachedExtraction, Persistence } from "./persistence";
import { openPersistence, storageMessage, summarise } from "./persistence";
import { fetchDocument } from "./fetchDocument";

/** Resolves in a later task, so the browser can draw and answer input in between. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
import { seedWorkspace } from "./seed";

// Follows the store's workspace from outside it: extracts in the worker when what feeds
// extraction changes, saves to IndexedDB when anything the person made changes, and follows other
// tabs. Components reach it through the handle for what needs I/O (new, switch, import, export).

export interface WorkspaceHandle {
  /** Adds articles to the current workspace and extracts; resolves when the graph is updated. */
  addArticles(articles: ArticleRecord[]): void;
  /** Leaves a graph file opened for viewing and shows the workspace again. */
  backToWorkspace(): Promise<void>;
  /** Stops the running extraction; articles being added are taken back out. */
  cancelExtraction(): void;
  newWorkspace(from: "empty" | "seed"): Promise<void>;
  switchTo(id: string): Promise<void>;
  deleteWorkspace(id: string): Promise<void>;
  exportWorkspace(): void;
  importWorkspace(file: File): Promise<void>;
  /** Hashes of the articles already in the workspace, with their titles. */
  knownHashes(): Map<string, string>;
  dispose(): void;
}

export interface RunnerServices {
  extractor: Extractor;
  /** Null when the browser has no usable IndexedDB: work stays in this tab. */
  persistence: Persistence | null | Promise<Persistence | null>;
  /** Tells other tabs a workspace was saved. */
  channel?: {
    postMessage(msg: unknown): void;
    onmessage: ((ev: MessageEvent) => void) | null;
    close(): void;
  } | null;
  /** The shipped graph for the seed workspace, drawn at once while its suggestions are extracted. */
  seedDocument?: () => Promise<GraphDocument | null>;
  now?: () => string;
  /** Quiet time before a save, so a drag does not write on every frame. */
  saveDelayMs?: number;
}

const MAX_WORKSPACE_FILE_BYTES = 200 * 1024 * 1024;

export function startWorkspaceRunner(store: AppStore, services: RunnerServices): WorkspaceHandle {
  const { extractor, channel } = services;
  let persistence: Persistence | null = null;
  const ready = Promise.resolve(services.persistence)
    .catch(() => null)
    .then((p) => {
      persistence = p;
    });
  const now = services.now ?? (() => new Date().toISOString());
  const saveDelay = services.saveDelayMs ?? 400;
  const get = () => store.getState();

  let running: string | null = null;
  let lastProgress = 0;
  /** The key whose extraction failed: not run again until the person presses Try again. */
  let failedKey: string | null = null;
  /** While a workspace is being opened, its graph comes from open(), not from a new run. */
  let opening = false;
  /** What was last written, so a save happens only when something changed. */
  let saved: { ws: Workspace | null; positions: AppState["positions"] | null; filterKey: string } =
    {
      ws: null,
      positions: null,
      filterKey: "",
    };
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  let saving: Promise<void> = Promise.resolve();
  let disposed = false;

  const filterKey = (s: AppState) =>
    ENTITY_TYPES.filter((t) => !s.visibleTypes.has(t)).join(",") + "|" + s.showWeakRelations;

  const snapshot = (s: AppState): Workspace | null => {
    if (!s.workspace) return null;
    const hidden = ENTITY_TYPES.filter((t) => !s.visibleTypes.has(t));
    return withFilters(withPositions(s.workspace, s.positions), hidden, s.showWeakRelations);
  };

  const refreshList = async () => {
    if (!persistence) {
      const ws = get().workspace;
      get().setWorkspaceList(ws ? [summarise(ws)] : []);
      return;
    }
    get().setWorkspaceList(await persistence.list());
  };

  // --- extraction ---------------------------------------------------------------------------

  const extractIfDue = () => {
    const { workspace, extractedKey } = get();
    if (!workspace || disposed || opening) return;
    const key = extractionKey(workspace);
    if (key === extractedKey || key === running || key === failedKey) return;
    running = key;
    const input = extractionInput(workspace);
    get().extractionStarted(input.articles.length);
    const wsId = workspace.id;
    extractor
      .run(input, key, (done, total) => {
        // At most one progress render per 100 ms: a render per article of a big ingest adds up
        // to main-thread tasks long enough to be felt.
        const t = performance.now();
        if (running !== key || (t - lastProgress < 100 && done < total)) return;
        lastProgress = t;
        get().extractionProgress(done, total);
      })
      .then(async (outcome) => {
        // Each step in a task of its own: the worker's message (reading a big result), the
        // graph and panels taking it in, and the copy IndexedDB makes to keep it would
        // otherwise add up to one long freeze at the end of a big ingest.
        await nextTask();
        const current = get().workspace;
        if (!current || current.id !== wsId || extractionKey(current) !== outcome.key) return;
        get().extractionFinished(outcome);
        await nextTask();
        void persistence?.saveExtraction(wsId, outcome).catch(() => undefined);
      })
      .catch((err: unknown) => {
        if (err instanceof ExtractionCancelled) return;
        if (running !== key) return;
        failedKey = key;
        get().extractionFailed(
          `Extraction failed: ${(err as Error).message}. The graph on screen is the one from before; press Try again, or undo the last change.`,
        );
      })
      .finally(() => {
        if (running === key) running = null;
      });
  };

  // --- saving -------------------------------------------------------------------------------

  const saveNow = async () => {
    await ready;
    saveTimer = null;
    if (disposed) return;
    const s = get();
    const ws = snapshot(s);
    if (!ws || s.viewingFile) return;
    if (
      saved.ws === s.workspace &&
      saved.positions === s.positions &&
      saved.filterKey === filterKey(s)
    )
      return;
    if (!persistence) {
      saved = { ws: s.workspace, positions: s.positions, filterKey: filterKey(s) };
      return;
    }
    get().setSaveStatus({ state: "saving" });
    try {
      let result = await persistence.save(ws);
      if (!result.ok) {
        // Another tab saved first: keep both sets of changes, then save the union.
        const merged = mergeConcurrent(result.current, ws);
        adopt(merged);
        result = await persistence.save(merged);
        if (!result.ok)
          throw new Error("another tab keeps saving the same workspace; reload this tab");
        get().notify(
          "info",
          "This workspace was also changed in another tab; both sets of changes are kept.",
        );
      }
      const after = get();
      if (after.workspace?.id === ws.id) {
        // A change made while this save was writing is saved next, with the new revision.
        const changedMeanwhile =
          after.workspace !== s.workspace ||
          after.positions !== s.positions ||
          filterKey(after) !== filterKey(s);
        const updated = { ...after.workspace, revision: result.revision };
        saved = changedMeanwhile
          ? { ws: null, positions: null, filterKey: "" }
          : { ws: updated, positions: after.positions, filterKey: filterKey(after) };
        get().replaceWorkspace(updated);
      }
      get().setSaveStatus({ state: "saved", at: now() });
      channel?.postMessage({ type: "saved", id: ws.id, revision: result.revision });
      void refreshList();
    } catch (err) {
      get().setSaveStatus({ state: "error", message: storageMessage(err) });
    }
  };

  const scheduleSave = () => {
    // A graph file opened for viewing is not the workspace: its arrangement is not saved into it.
    if (disposed || get().viewingFile) return;
    if (saveTimer) clearTimeout(saveTimer);
    // "Saved" must not stay on screen while a change waits for its save: a reload then would
    // lose it. The status says "Saving…" from the change on.
    const s = get();
    const unsaved =
      saved.ws !== s.workspace ||
      saved.positions !== s.positions ||
      saved.filterKey !== filterKey(s);
    if (persistence && s.workspace && unsaved && s.saveStatus.state === "saved") {
      get().setSaveStatus({ state: "saving" });
    }
    saveTimer = setTimeout(() => {
      saving = saving.then(saveNow);
    }, saveDelay);
  };

  /** Takes a workspace saved elsewhere (another tab) as this tab's, with its arrangement. */
  const adopt = (ws: Workspace) => {
    get().replaceWorkspace(ws);
    get().setPositions(positionsMap(ws));
  };

  // --- opening ------------------------------------------------------------------------------

  const open = (
    ws: Workspace,
    cached: CachedExtraction | null,
    document?: GraphDocument | null,
  ) => {
    running = null;
    failedKey = null;
    extractor.cancel();
    opening = true;
    try {
      get().openWorkspace(ws, positionsMap(ws));
    } finally {
      opening = false;
    }
    // Opening a workspace leaves any graph file that was being viewed.
    saved = { ws, positions: get().positions, filterKey: filterKey(get()) };
    if (cached && cached.key === extractionKey(ws)) {
      get().extractionFinished(cached);
    } else {
      // The shipped graph is what this extraction gives: draw it now, fill in suggestions after.
      if (document) get().loadDocument(document, ws.name, { positions: get().positions });
      extractIfDue();
    }
    void persistence?.setLastOpened(ws.id).catch(() => undefined);
    void refreshList();
  };

  const createAndOpen = async (ws: Workspace, document?: GraphDocument | null) => {
    if (persistence) {
      try {
        const result = await persistence.save(ws);
        if (result.ok) ws = { ...ws, revision: result.revision };
        get().setSaveStatus({ state: "saved", at: now() });
      } catch (err) {
        get().setSaveStatus({ state: "error", message: storageMessage(err) });
      }
    }
    open(ws, null, document);
  };

  const openSeed = async () => {
    const [ws, document] = await Promise.all([
      seedWorkspace(now()),
      services.seedDocument?.() ?? Promise.resolve(null),
    ]);
    await createAndOpen(ws, document);
  };

  const start = async () => {
    await ready;
    if (!persistence) {
      get().setSaveStatus({
        state: "memory",
        message:
          "This browser does not let Relgraph keep data, so your work lasts only while this tab is open. Export the workspace to keep it.",
      });
      await openSeed();
      return;
    }
    try {
      const last = await persistence.lastOpened();
      const found = last ? await persistence.load(last) : null;
      if (found) {
        open(found.workspace, found.cached);
        get().setSaveStatus({ state: "saved", at: found.workspace.updatedAt });
        return;
      }
      const list = await persistence.list();
      const recent = list[0] ? await persistence.load(list[0].id) : null;
      if (recent) open(recent.workspace, recent.cached);
      else await openSeed();
    } catch (err) {
      get().setSaveStatus({ state: "error", message: storageMessage(err) });
      await openSeed();
    }
  };

  // --- following the store and other tabs -----------------------------------------------------

  const unsubs = [
    store.subscribe(
      (s) => s.workspace,
      () => {
        extractIfDue();
        scheduleSave();
      },
    ),
    store.subscribe(
      (s) => s.extractionRetry,
      () => {
        failedKey = null;
        extractIfDue();
      },
    ),
    store.subscribe((s) => s.positions, scheduleSave),
    store.subscribe(filterKey, scheduleSave),
  ];

  if (channel) {
    channel.onmessage = (ev: MessageEvent) => {
      const msg = ev.data as {
        type?: string;
        id?: string;
        revision?: number;
        deleted?: boolean;
      } | null;
      if (!msg || typeof msg.id !== "string") return;
      void refreshList();
      const current = get().workspace;
      if (!current || current.id !== msg.id || !persistence) return;
      if (msg.type === "deleted") {
        get().notify(
          "warning",
          "This workspace was deleted in another tab. It stays on screen here until you switch; export it to keep it.",
        );
        return;
      }
      if (typeof msg.revision !== "number" || msg.revision <= current.revision) return;
      void persistence.load(msg.id).then((found) => {
        if (!found || get().workspace?.id !== msg.id) return;
        const mine = get().workspace!;
        if (found.workspace.revision <= mine.revision) return;
        if (saved.ws === mine) {
          // Nothing unsaved here: follow the other tab, its undos included.
          adopt(found.workspace);
          saved = { ws: get().workspace, positions: get().positions, filterKey: filterKey(get()) };
        } else {
          // Changes here are not saved yet: keep both; the union is saved next.
          const ours = snapshot(get());
          if (ours) adopt(mergeConcurrent(found.workspace, ours));
        }
        get().notify("info", "Updated with changes made in another tab.");
      });
    };
  }

  void start();

  return {
    addArticles(articles) {
      if (!articles.length || !get().workspace) return;
      get().commit({ id: newId("op"), at: now(), kind: "addArticles", articles });
    },
    async backToWorkspace() {
      await ready;
      const ws = get().workspace;
      if (!ws) return;
      const found = persistence ? await persistence.load(ws.id) : null;
      open(found?.workspace ?? ws, found?.cached ?? null);
    },
    cancelExtraction() {
      const ws = get().workspace;
      extractor.cancel();
      running = null;
      const last = ws?.ops[ws.ops.length - 1];
      // Cancelling an ingest takes its articles back out: nothing half-added stays.
      if (ws && last?.kind === "addArticles" && ws.ops.length > ws.undoFloor) get().undoLast(now());
      get().extractionProgress(0, 0);
      get().retryExtraction();
    },
    async newWorkspace(from) {
      await ready;
      await saving;
      if (from === "seed") {
        await openSeed();
        return;
      }
      const names = new Set(get().workspaceList.map((w) => w.name));
      let name = "Untitled workspace";
      for (let i = 2; names.has(name); i++) name = `Untitled workspace ${i}`;
      await createAndOpen(createWorkspace({ id: newId("ws"), name, now: now() }));
    },
    async switchTo(id) {
      await ready;
      if (!persistence || get().workspace?.id === id) return;
      await saving;
      const found = await persistence.load(id);
      if (!found) {
        get().notify(
          "error",
          "That workspace is no longer in this browser (deleted in another tab?).",
        );
        void refreshList();
        return;
      }
      open(found.workspace, found.cached);
    },
    async deleteWorkspace(id) {
      await ready;
      if (persistence) {
        try {
          await persistence.remove(id);
        } catch (err) {
          get().notify("error", storageMessage(err));
          return;
        }
        channel?.postMessage({ type: "deleted", id });
      }
      if (get().workspace?.id === id) {
        const rest = persistence ? await persistence.list() : [];
        const next = rest[0] ? await persistence!.load(rest[0].id) : null;
        if (next) open(next.workspace, next.cached);
        else await openSeed();
      } else {
        void refreshList();
      }
    },
    exportWorkspace() {
      const s = get();
      const ws = snapshot(s);
      if (!ws) return;
      const file = toWorkspaceFile(ws, s.document, now());
      const name = ws.name.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "workspace";
      downloadBlob(
        new Blob([JSON.stringify(file, null, 2)], { type: "application/json" }),
        `${name}.relgraph-workspace.json`,
      );
    },
    async importWorkspace(file) {
      const fail = (message: string) => get().notify("error", message);
      if (file.size > MAX_WORKSPACE_FILE_BYTES) {
        fail(
          `${file.name} is ${Math.round(file.size / 1e6)} MB; workspace files may be up to 200 MB. Nothing was imported.`,
        );
        return;
      }
      let data: unknown;
      try {
        const text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
        data = JSON.parse(text.replace(/^\uFEFF/u, ""));
      } catch (err) {
        fail(
          err instanceof SyntaxError
            ? `${file.name} is not valid JSON (${err.message}). Nothing was imported.`
            : `${file.name} is not UTF-8 text. Nothing was imported.`,
        );
        return;
      }
      const restored = restoreWorkspaceFile(data, file.name);
      if (!restored.ok) {
        fail(restored.message);
        return;
      }
      await ready;
      await saving;
      const names = new Set(get().workspaceList.map((w) => w.name));
      let name = restored.workspace.name;
      if (names.has(name)) name = `${name} (imported)`;
      await createAndOpen({ ...restored.workspace, name, id: newId("ws"), revision: 0 });
      get().notify(
        "info",
        `Imported ${name}: ${articlesOf({ ...restored.workspace, id: "", revision: 0 }).length} article(s).`,
      );
    },
    knownHashes() {
      const ws = get().workspace;
      return new Map(ws ? articlesOf(ws).map((a) => [a.hash, a.title]) : []);
    },
    dispose() {
      disposed = true;
      if (saveTimer) clearTimeout(saveTimer);
      unsubs.forEach((u) => u());
      extractor.dispose();
      if (channel) channel.onmessage = null;
    },
  };
}

/** Starts the runner with the browser's worker, IndexedDB and a channel between tabs. */
export function startBrowserWorkspaces(
  store: AppStore,
  extractor: Extractor,
  seedUrl: string,
): WorkspaceHandle {
  const channel =
    typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel("relgraph-workspaces");
  return startWorkspaceRunner(store, {
    extractor,
    persistence: openPersistence().catch(() => null),
    channel,
    seedDocument: async () => {
      const result = await fetchDocument(seedUrl);
      return result.ok ? result.document : null;
    },
  });
}

/** Null while a linked graph (`?data=`) is being viewed: workspaces are not opened then. */
export const WorkspaceHandleContext = createContext<WorkspaceHandle | null>(null);

export function useWorkspaceHandle(): WorkspaceHandle | null {
  return useContext(WorkspaceHandleContext);
}
