import { describe, expect, it } from "vitest";
import {
  applyOp,
  articlesOf,
  canUndo,
  createWorkspace,
  curationOf,
  decidedSuggestions,
  extractionKey,
  gazetteerAdditions,
  mergeConcurrent,
  positionsMap,
  restoreWorkspaceFile,
  toWorkspaceFile,
  undo,
  withPositions,
} from "../../src/workspace";
import type { WorkspaceOp } from "../../src/workspace";
import { article, KARAVAN_TEXT } from "../helpers/workspace";

const at = "2026-12-03T10:00:00.000Z";
let n = 0;
const op = (body: Omit<WorkspaceOp, "id" | "at"> & Record<string, unknown>): WorkspaceOp =>
  ({ id: `op-${++n}`, at, ...body }) as WorkspaceOp;
const empty = () => createWorkspace({ id: "ws-1", name: "Central Asia desk", now: at });
const karavan = article(KARAVAN_TEXT, "Karavan opens a plant", {
  date: "2026-11-30",
  url: "https://example.org/k",
});
const entry = {
  id: "karavan-holding",
  type: "company" as const,
  label: "Karavan Holding",
  aliases: [],
  attributes: {},
  roles: [],
  facts: [],
};

describe("a workspace is what the person did, in order", () => {
  it("adds an article once, even when the same text comes again under another name", () => {
    let ws = applyOp(empty(), op({ kind: "addArticles", articles: [karavan] }));
    ws = applyOp(
      ws,
      op({ kind: "addArticles", articles: [{ ...karavan, id: "copy", title: "Copy" }] }),
    );
    expect(articlesOf(ws).map((a) => a.title)).toEqual(["Karavan opens a plant"]);
  });

  it("turns accepted and merged names into gazetteer additions, and remembers every decision", () => {
    let ws = applyOp(empty(), op({ kind: "accept", suggestion: "karavan-holding", entry }));
    ws = applyOp(ws, op({ kind: "reject", suggestion: "almati", base: "Almatı" }));
    ws = applyOp(
      ws,
      op({
        kind: "mergeSuggestion",
        suggestion: "minnihanov",
        entry: {
          ...entry,
          id: "minnikhanov",
          type: "leader",
          label: "Rustam Minnikhanov",
          aliases: ["Minnihanov"],
        },
      }),
    );
    expect(gazetteerAdditions(ws).entities.map((e) => e.id)).toEqual([
      "karavan-holding",
      "minnikhanov",
    ]);
    expect([...decidedSuggestions(ws)].sort()).toEqual(["almati", "karavan-holding", "minnihanov"]);
  });

  it("writes corrections and article metadata in the curation format", () => {
    let ws = applyOp(empty(), op({ kind: "addArticles", articles: [karavan] }));
    ws = applyOp(
      ws,
      op({ kind: "curate", operation: { op: "rename", id: "tokayev", label: "K. Tokayev" } }),
    );
    const c = curationOf(ws);
    expect(c.format).toBe("relgraph-curation");
    expect(c.sources).toEqual([
      {
        id: karavan.id,
        title: "Karavan opens a plant",
        language: "tr",
        date: "2026-11-30",
        url: "https://example.org/k",
      },
    ]);
    expect(c.operations).toEqual([{ op: "rename", id: "tokayev", label: "K. Tokayev" }]);
  });

  it("undo takes the last decision back, but never the workspace's own starting operations", () => {
    const seeded = createWorkspace({
      id: "s",
      name: "Seed",
      now: at,
      ops: [op({ kind: "addArticles", articles: [karavan] })],
    });
    expect(canUndo(seeded)).toBe(false);
    const decided = applyOp(seeded, op({ kind: "reject", suggestion: "almati", base: "Almatı" }));
    expect(canUndo(decided)).toBe(true);
    const undone = undo(decided, at);
    expect(decidedSuggestions(undone).size).toBe(0);
    expect(extractionKey(undone)).toBe(extractionKey(seeded));
    expect(undo(undone, at)).toBe(undone);
  });

  it("keeps both tabs' changes when two saved the same workspace", () => {
    const base = applyOp(empty(), op({ kind: "addArticles", articles: [karavan] }));
    const theirs = withPositions(
      applyOp(base, op({ kind: "reject", suggestion: "almati", base: "Almatı" })),
      new Map([["a", { x: 1, y: 1 }]]),
    );
    const ours = withPositions(
      applyOp(base, op({ kind: "accept", suggestion: "karavan-holding", entry })),
      new Map([["b", { x: 2, y: 2 }]]),
    );
    const merged = mergeConcurrent({ ...theirs, revision: 5 }, ours);
    expect(merged.ops.map((o) => o.kind)).toEqual(["addArticles", "reject", "accept"]);
    expect(merged.revision).toBe(5);
    expect(positionsMap(merged)).toEqual(
      new Map([
        ["a", { x: 1, y: 1 }],
        ["b", { x: 2, y: 2 }],
      ]),
    );
  });
});

describe("the workspace file", () => {
  const full = () => {
    let ws = applyOp(empty(), op({ kind: "addArticles", articles: [karavan] }));
    ws = applyOp(ws, op({ kind: "accept", suggestion: "karavan-holding", entry }));
    return withPositions(
      ws,
      new Map([
        ["__proto__", { x: 3, y: 4 }],
        ["tokayev", { x: 1, y: 2 }],
      ]),
    );
  };

  it("reads back exactly what was exported", () => {
    const ws = full();
    const file = JSON.parse(JSON.stringify(toWorkspaceFile(ws, null, at)));
    const restored = restoreWorkspaceFile(file, "desk.json");
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    const { id: _i, revision: _r, ...rest } = ws;
    void _i;
    void _r;
    expect(restored.workspace).toEqual(rest);
    expect(file.gazetteer.format).toBe("relgraph-gazetteer");
    expect(file.curation.format).toBe("relgraph-curation");
  });

  it("says what is wrong with a file that is not a workspace, from a newer app, or damaged", () => {
    const file = JSON.parse(JSON.stringify(toWorkspaceFile(full(), null, at)));
    expect(restoreWorkspaceFile({ format: "relgraph", version: 2 }, "graph.json")).toEqual({
      ok: false,
      message: "graph.json is a graph document, not a workspace: open it with Open… instead.",
    });
    const newer = restoreWorkspaceFile({ ...file, version: 7 }, "new.json");
    expect(!newer.ok && newer.message).toMatch(/newer Relgraph \(workspace version 7\)/);
    const older = restoreWorkspaceFile({ ...file, version: 0 }, "old.json");
    expect(!older.ok && older.message).toMatch(/older test version/);
    const broken = structuredClone(file);
    broken.workspace.ops[0].articles[0].hash = "nope";
    const damaged = restoreWorkspaceFile(broken, "broken.json");
    expect(!damaged.ok && damaged.message).toMatch(
      /^broken\.json: workspace\.ops\.0\.articles\.0\.hash must be a SHA-256/,
    );
    expect(restoreWorkspaceFile([1, 2], "list.json").ok).toBe(false);
  });
});
