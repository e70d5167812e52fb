import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openPersistence } from "../../src/io/persistence";
import { openDB } from "idb";
import type { Persistence } from "../../src/io/persistence";
import { startWorkspaceRunner } from "../../src/io/workspaceRunner";
import type { WorkspaceHandle } from "../../src/io/workspaceRunner";
import { createAppStore } from "../../src/store";
import type { AppStore } from "../../src/store";
import { articlesOf, newId } from "../../src/workspace";
import { loadSeed } from "../helpers/seed";
import { article, inlineExtractor, KARAVAN_TEXT } from "../helpers/workspace";

// The workspace as a person keeps it in a browser: IndexedDB (fake-indexeddb), the extraction
// worker's work run in process, and tabs talking over a BroadcastChannel.

const handles: WorkspaceHandle[] = [];
const databases: Persistence[] = [];
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
  handles.splice(0).forEach((h) => h.dispose());
  databases.splice(0).forEach((p) => p.close());
});

async function openTab(
  options: {
    persistence?: Persistence | null;
    extractor?: ReturnType<typeof inlineExtractor>;
  } = {},
) {
  const store = createAppStore();
  const extractor = options.extractor ?? inlineExtractor();
  const persistence =
    options.persistence === undefined ? await openPersistence() : options.persistence;
  if (persistence) databases.push(persistence);
  const channel = new BroadcastChannel("relgraph-test");
  const handle = startWorkspaceRunner(store, {
    extractor,
    persistence,
    channel: {
      postMessage: (m) => channel.postMessage(m),
      close: () => channel.close(),
      set onmessage(fn: ((ev: MessageEvent) => void) | null) {
        channel.onmessage = fn;
      },
      get onmessage() {
        return channel.onmessage as ((ev: MessageEvent) => void) | null;
      },
    },
    seedDocument: async () => loadSeed(),
    saveDelayMs: 5,
  });
  handles.push(handle);
  handles.push({ dispose: () => channel.close() } as WorkspaceHandle);
  await vi.waitFor(() => expect(store.getState().extraction.phase).toBe("idle"));
  await vi.waitFor(() => expect(store.getState().extractedKey).not.toBeNull());
  return { store, handle, extractor };
}

const saved = (store: AppStore) =>
  vi.waitFor(() => expect(store.getState().saveStatus.state).toBe("saved"));
const idle = (store: AppStore) =>
  vi.waitFor(() => {
    const s = store.getState();
    expect(s.extraction.phase).toBe("idle");
    expect(s.extractedKey).not.toBeNull();
  });
const entityIds = (store: AppStore) => store.getState().document!.entities.map((e) => e.id);

describe("a workspace kept in this browser", () => {
  it("opens the shipped example on a first visit, and after a reload finds it again as it was left", async () => {
    const first = await openTab();
    const ws = first.store.getState().workspace!;
    expect(ws.name).toMatch(/shipped example/);
    expect(entityIds(first.store)).toEqual(loadSeed().entities.map((e) => e.id));
    first.store.getState().setPositions(new Map([["kamaz", { x: 777, y: -3 }]]));
    first.store.getState().setTypeVisible("project", false);
    await saved(first.store);
    await new Promise((r) => setTimeout(r, 30));

    const reloaded = await openTab({ extractor: inlineExtractor() });
    const s = reloaded.store.getState();
    expect(s.workspace!.id).toBe(ws.id);
    expect(s.positions.get("kamaz")).toEqual({ x: 777, y: -3 });
    expect(s.visibleTypes.has("project")).toBe(false);
    // The graph came from the saved extraction, not a new one.
    expect(reloaded.extractor.runs).toBe(0);
    expect(entityIds(reloaded.store)).toEqual(entityIds(first.store));
  });

  it("never says 'saved' while a change still waits to be written", async () => {
    const { store } = await openTab();
    await saved(store);
    store.getState().setPositions(new Map([["kamaz", { x: 1, y: 2 }]]));
    // At once, before the save has even started.
    expect(store.getState().saveStatus.state).toBe("saving");
    await saved(store);
    const db = await openDB("relgraph");
    const kept = (await db.get("workspaces", store.getState().workspace!.id)) as {
      positions: [string, number, number][];
    };
    db.close();
    expect(kept.positions).toContainEqual(["kamaz", 1, 2]);
  });

  it("a kept graph that cannot be read, or one kept by an older version, still opens", async () => {
    const first = await openTab();
    const ws = first.store.getState().workspace!;
    const expected = entityIds(first.store);
    await saved(first.store);
    await new Promise((r) => setTimeout(r, 30));
    const raw = await openDB("relgraph");
    const kept = (await raw.get("extractions", ws.id)) as { key: string; json: string };
    expect(JSON.parse(kept.json).key).toBe(kept.key);

    // Kept by the version before (the outcome's objects themselves): read as it is.
    await raw.put("extractions", { ...JSON.parse(kept.json), id: ws.id });
    const older = await openTab({ extractor: inlineExtractor() });
    expect(older.extractor.runs).toBe(0);
    expect(entityIds(older.store)).toEqual(expected);

    // Cut short (a crash while writing, a hand-edited database): extracted anew, nothing lost.
    await raw.put("extractions", { id: ws.id, key: kept.key, json: kept.json.slice(0, 100) });
    raw.close();
    const broken = await openTab({ extractor: inlineExtractor() });
    expect(broken.extractor.runs).toBe(1);
    expect(entityIds(broken.store)).toEqual(expected);
  });

  it("a workspace kept by the version before (operations as objects) opens and is kept anew", async () => {
    const first = await openTab();
    const ws = first.store.getState().workspace!;
    first.store.getState().setPositions(new Map([["kamaz", { x: 5, y: 6 }]]));
    await saved(first.store);
    await new Promise((r) => setTimeout(r, 30));
    const raw = await openDB("relgraph");
    const kept = (await raw.get("workspaces", ws.id)) as { opsJson: string; revision: number };
    expect(JSON.parse(kept.opsJson)).toHaveLength(ws.ops.length);
    const opsJson = kept.opsJson;
    const legacy: Record<string, unknown> = { ...kept, ops: JSON.parse(opsJson) };
    delete legacy.opsJson;
    delete legacy.articleCount;
    await raw.put("workspaces", legacy);
    raw.close();

    const reloaded = await openTab({ extractor: inlineExtractor() });
    const s = reloaded.store.getState();
    expect(s.workspace!.ops).toEqual(JSON.parse(opsJson));
    expect(s.positions.get("kamaz")).toEqual({ x: 5, y: 6 });
    expect(reloaded.store.getState().workspaceList[0]?.articles).toBe(1);
    reloaded.store.getState().setPositions(new Map([["kamaz", { x: 7, y: 8 }]]));
    await vi.waitFor(async () => {
      const db = await openDB("relgraph");
      const now = (await db.get("workspaces", ws.id)) as { revision: number; opsJson?: string };
      db.close();
      expect(now.revision).toBeGreaterThan(kept.revision);
      expect(typeof now.opsJson).toBe("string");
    });
  });

  it("grows the graph with a new article: what was placed stays, the new text is the evidence", async () => {
    const { store, handle } = await openTab();
    const before = new Map(store.getState().positions);
    expect(before.size).toBe(0); // nothing laid out without a graph view; give it an arrangement
    store
      .getState()
      .setPositions(
        new Map(store.getState().document!.entities.map((e, i) => [e.id, { x: i * 90, y: 0 }])),
      );
    const tokayevAt = store.getState().positions.get("tokayev");
    const karavan = article(KARAVAN_TEXT, "Karavan opens a plant", {
      url: "https://example.org/karavan",
    });
    handle.addArticles([karavan]);
    await vi.waitFor(() =>
      expect(store.getState().document!.sources.map((s) => s.id)).toContain(karavan.id),
    );
    const s = store.getState();
    expect(s.positions.get("tokayev")).toEqual(tokayevAt);
    expect(s.document!.sources.find((x) => x.id === karavan.id)).toMatchObject({
      title: "Karavan opens a plant",
      url: "https://example.org/karavan",
    });
    const tokayev = s.index!.entityById.get("tokayev")!;
    expect(
      tokayev.mentions.some(
        (m) => m.source === karavan.id && KARAVAN_TEXT.slice(m.start, m.end).includes("Tokayev"),
      ),
    ).toBe(true);
    expect(s.suggestions.map((x) => x.base)).toContain("Karavan Holding");
  });

  it("accepting a name as a company puts it in the graph with its sentence; undo takes it out again", async () => {
    const { store, handle } = await openTab();
    handle.addArticles([article(KARAVAN_TEXT, "Karavan")]);
    await vi.waitFor(() =>
      expect(store.getState().suggestions.map((x) => x.base)).toContain("Karavan Holding"),
    );
    const suggestion = store.getState().suggestions.find((x) => x.base === "Karavan Holding")!;
    store.getState().commit({
      id: newId("op"),
      at: new Date().toISOString(),
      kind: "accept",
      suggestion: suggestion.id,
      entry: {
        id: "karavan-holding",
        type: "company",
        label: "Karavan Holding",
        aliases: [],
        attributes: {},
        roles: [],
        facts: [],
      },
    });
    await vi.waitFor(() => expect(entityIds(store)).toContain("karavan-holding"));
    const entity = store.getState().index!.entityById.get("karavan-holding")!;
    expect(entity.type).toBe("company");
    expect(entity.mentions.length).toBe(2);
    expect(store.getState().suggestions.map((x) => x.base)).not.toContain("Karavan Holding");
    // It is kept: a new tab sees it.
    await saved(store);
    store.getState().undoLast(new Date().toISOString());
    await vi.waitFor(() => expect(entityIds(store)).not.toContain("karavan-holding"));
    expect(store.getState().suggestions.map((x) => x.base)).toContain("Karavan Holding");
  });

  it("two tabs deciding at once on one workspace keep both decisions", async () => {
    const a = await openTab();
    await saved(a.store);
    const b = await openTab();
    expect(b.store.getState().workspace!.id).toBe(a.store.getState().workspace!.id);
    const at = new Date().toISOString();
    a.store.getState().commit({ id: "op-a", at, kind: "reject", suggestion: "one", base: "One" });
    b.store.getState().commit({ id: "op-b", at, kind: "reject", suggestion: "two", base: "Two" });
    await vi.waitFor(async () => {
      const db = await openPersistence();
      databases.push(db);
      const stored = await db.load(a.store.getState().workspace!.id);
      expect(stored!.workspace.ops.map((o) => o.id)).toEqual(
        expect.arrayContaining(["op-a", "op-b"]),
      );
    }, 5000);
    // The other tab follows.
    await vi.waitFor(() => {
      for (const tab of [a, b])
        expect(tab.store.getState().workspace!.ops.map((o) => o.id)).toEqual(
          expect.arrayContaining(["op-a", "op-b"]),
        );
    }, 5000);
  });

  it("a crashed extraction says so, keeps the graph on screen, and can be tried again", async () => {
    const extractor = inlineExtractor();
    const { store, handle } = await openTab({ extractor });
    const before = store.getState().document;
    extractor.crashNext = true;
    handle.addArticles([article(KARAVAN_TEXT, "Karavan")]);
    await vi.waitFor(() => expect(store.getState().extraction.phase).toBe("failed"));
    const failed = store.getState().extraction;
    expect(failed.phase === "failed" && failed.message).toMatch(
      /^Extraction failed: the extractor stopped unexpectedly\. The graph on screen is the one from before/,
    );
    expect(store.getState().document).toBe(before);
    store.getState().retryExtraction();
    await idle(store);
    await vi.waitFor(() => expect(store.getState().document!.sources).toHaveLength(2));
  });

  it("cancelling an ingest takes its articles back out", async () => {
    const { store, handle } = await openTab();
    handle.addArticles([article(KARAVAN_TEXT, "Karavan")]);
    handle.cancelExtraction();
    await idle(store);
    expect(articlesOf(store.getState().workspace!)).toHaveLength(1);
    expect(store.getState().document!.sources).toHaveLength(1);
  });

  it("says plainly when the browser's storage is full, and keeps the work on screen", async () => {
    const real = await openPersistence();
    const full: Persistence = {
      ...real,
      save: () => Promise.reject(new DOMException("quota", "QuotaExceededError")),
    };
    const { store, handle } = await openTab({ persistence: full });
    handle.addArticles([article(KARAVAN_TEXT, "Karavan")]);
    await vi.waitFor(() => expect(store.getState().saveStatus.state).toBe("error"));
    const status = store.getState().saveStatus;
    expect(status.state === "error" && status.message).toMatch(/storage for Relgraph is full/);
    await vi.waitFor(() => expect(store.getState().document!.sources).toHaveLength(2));
  });

  it("without IndexedDB the work lasts the tab, and the status says so", async () => {
    const { store } = await openTab({ persistence: null });
    expect(store.getState().saveStatus.state).toBe("memory");
    expect(store.getState().document!.entities.length).toBeGreaterThan(10);
  });
});
