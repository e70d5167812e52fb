import { openDB } from "idb";
import type { DBSchema, IDBPDatabase } from "idb";
import type { ExtractionOutcome, WorkspaceSummary } from "../store";
import { articlesOf } from "../workspace";
import type { Workspace, WorkspaceOp } from "../workspace";

// Keeping a person's work in this browser: IndexedDB through `idb`. One transaction per change,
// so a workspace is never half written; a save based on an older revision than the stored one is
// refused and handed back, so two tabs never overwrite each other's work.

const DB_NAME = "relgraph";
const DB_VERSION = 1;

/** The last graph derived from a workspace, so a reload shows it without extracting again. */
export interface CachedExtraction extends ExtractionOutcome {
  id: string;
}

/**
 * How an extraction is kept: its JSON, one string (see `ExtractionOutcome.serialized`). Records
 * written before that hold the outcome's objects themselves and are still read.
 */
type StoredExtraction = { id: string; key: string; json: string } | CachedExtraction;

/** The kept extraction, or null when it cannot be read (then the workspace is extracted anew). */
function readStoredExtraction(stored: StoredExtraction | undefined): CachedExtraction | null {
  if (!stored) return null;
  if (!("json" in stored)) return stored;
  try {
    const outcome = JSON.parse(stored.json) as ExtractionOutcome;
    if (typeof outcome?.key !== "string" || typeof outcome.document !== "object") return null;
    return { ...outcome, id: stored.id };
  } catch {
    return null;
  }
}

/**
 * How a workspace is kept: its operations (the articles' texts are in them) as one JSON string,
 * which IndexedDB copies in a few milliseconds, where copying a thousand articles object by
 * object took a main-thread task of over 100 ms on every save. Records written before that hold
 * `ops` itself and are still read.
 */
type StoredWorkspace = Omit<Workspace, "ops"> & { opsJson: string; articleCount: number };

/** Each operation's JSON, made once: operations never change once made. */
const opJson = new WeakMap<WorkspaceOp, string>();

function toStored(ws: Workspace): StoredWorkspace {
  const { ops, ...rest } = ws;
  const parts = ops.map((op) => {
    let json = opJson.get(op);
    if (json === undefined) {
      json = JSON.stringify(op);
      opJson.set(op, json);
    }
    return json;
  });
  return { ...rest, opsJson: `[${parts.join(",")}]`, articleCount: articlesOf(ws).length };
}

function fromStored(stored: StoredWorkspace | Workspace): Workspace {
  if (!("opsJson" in stored)) return stored;
  const { opsJson, ...rest } = stored;
  const ws: Workspace & { articleCount?: number } = {
    ...rest,
    ops: JSON.parse(opsJson) as WorkspaceOp[],
  };
  delete ws.articleCount;
  return ws;
}

interface RelgraphDB extends DBSchema {
  workspaces: { key: string; value: StoredWorkspace | Workspace };
  extractions: { key: string; value: StoredExtraction };
  meta: { key: string; value: string };
}

export type SaveResult = { ok: true; revision: number } | { ok: false; current: Workspace };

export interface Persistence {
  list(): Promise<WorkspaceSummary[]>;
  load(id: string): Promise<{ workspace: Workspace; cached: CachedExtraction | null } | null>;
  /** Saves if the stored revision is still `ws.revision`; returns the new revision. */
  save(ws: Workspace): Promise<SaveResult>;
  saveExtraction(id: string, outcome: ExtractionOutcome): Promise<void>;
  remove(id: string): Promise<void>;
  lastOpened(): Promise<string | null>;
  setLastOpened(id: string): Promise<void>;
  close(): void;
}

export class StorageFullError extends Error {}

/** Turns the browser's storage errors into words a person can act on. */
export function storageMessage(err: unknown): string {
  const name = (err as { name?: string } | null)?.name;
  if (name === "QuotaExceededError" || err instanceof StorageFullError) {
    return "This browser's storage for Relgraph is full, so the last change is not saved. Export the workspace to a file, then delete workspaces you no longer need.";
  }
  return `Saving in this browser failed (${(err as Error)?.message ?? String(err)}). Your work is still on screen; export the workspace to keep it.`;
}

export function summarise(ws: Workspace | StoredWorkspace): WorkspaceSummary {
  const articles = "opsJson" in ws ? ws.articleCount : articlesOf(ws).length;
  return { id: ws.id, name: ws.name, updatedAt: ws.updatedAt, articles };
}

/** Opens the browser's database (tests install fake-indexeddb as the global one). */
export async function openPersistence(): Promise<Persistence> {
  if (typeof indexedDB === "undefined") throw new Error("this browser has no IndexedDB");
  const db: IDBPDatabase<RelgraphDB> = await openDB<RelgraphDB>(DB_NAME, DB_VERSION, {
    upgrade(d) {
      d.createObjectStore("workspaces", { keyPath: "id" });
      d.createObjectStore("extractions", { keyPath: "id" });
      d.createObjectStore("meta");
    },
    blocked() {
      /* an older tab holds the database open; it closes it on versionchange below */
    },
  });
  // A newer version of the app in another tab wants to upgrade: let it.
  db.addEventListener("versionchange", () => db.close());

  return {
    async list() {
      const all = await db.getAll("workspaces");
      return all.map(summarise).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    },
    async load(id) {
      const tx = db.transaction(["workspaces", "extractions"], "readonly");
      const [workspace, cached] = await Promise.all([
        tx.objectStore("workspaces").get(id),
        tx.objectStore("extractions").get(id),
        tx.done,
      ]);
      return workspace
        ? { workspace: fromStored(workspace), cached: readStoredExtraction(cached) }
        : null;
    },
    async save(ws) {
      const tx = db.transaction(["workspaces", "meta"], "readwrite");
      const store = tx.objectStore("workspaces");
      const current = await store.get(ws.id);
      if (current && current.revision !== ws.revision) {
        tx.abort();
        await tx.done.catch(() => undefined);
        return { ok: false, current: fromStored(current) };
      }
      const revision = ws.revision + 1;
      await store.put(toStored({ ...ws, revision }));
      await tx.objectStore("meta").put(ws.id, "lastOpened");
      await tx.done;
      return { ok: true, revision };
    },
    async saveExtraction(id, outcome) {
      const { serialized, ...rest } = outcome;
      await db.put("extractions", {
        id,
        key: outcome.key,
        json: serialized ?? JSON.stringify(rest),
      });
    },
    async remove(id) {
      const tx = db.transaction(["workspaces", "extractions"], "readwrite");
      await Promise.all([
        tx.objectStore("workspaces").delete(id),
        tx.objectStore("extractions").delete(id),
        tx.done,
      ]);
    },
    async lastOpened() {
      return (await db.get("meta", "lastOpened")) ?? null;
    },
    async setLastOpened(id) {
      await db.put("meta", id, "lastOpened");
    },
    close: () => db.close(),
  };
}
