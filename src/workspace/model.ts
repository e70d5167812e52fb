import { CURATION_FORMAT } from "../extract/curation";
import { GAZETTEER_FORMAT } from "../extract/gazetteer";
import type {
  ArticleInput,
  Curation,
  CurationOperation,
  GazetteerEntry,
  GazetteerFile,
} from "../extract";
import type { EntityType } from "../model";
import type { ArticleRecord, Position, Workspace, WorkspaceFilters, WorkspaceOp } from "./types";

// Pure operations on a workspace. Every change returns a new workspace; nothing is mutated, so
// the store can keep the old one for comparison and undo is taking the last operation off.

export const getEmptyFilters = (): WorkspaceFilters => ({
  hiddenTypes: [],
  showWeakRelations: false,
});

export function createWorkspace(init: {
  id: string;
  name: string;
  now: string;
  title?: string;
  description?: string;
  ops?: WorkspaceOp[];
}): Workspace {
  const ops = init.ops ?? [];
  return {
    id: init.id,
    name: init.name,
    title: init.title ?? init.name,
    description: init.description,
    createdAt: init.now,
    updatedAt: init.now,
    revision: 0,
    ops,
    undoFloor: ops.length,
    positions: [],
    filters: getEmptyFilters(),
  };
}

/** Appends one operation. */
export function applyOp(ws: Workspace, op: WorkspaceOp): Workspace {
  return { ...ws, ops: [...ws.ops, op], updatedAt: op.at };
}

export function canUndo(ws: Workspace): boolean {
  return ws.ops.length > ws.undoFloor;
}

/** Takes the last operation off; the workspace's own operations stay. */
export function undo(ws: Workspace, now: string): Workspace {
  if (!canUndo(ws)) return ws;
  return { ...ws, ops: ws.ops.slice(0, -1), updatedAt: now };
}

export function lastOp(ws: Workspace): WorkspaceOp | undefined {
  return canUndo(ws) ? ws.ops[ws.ops.length - 1] : undefined;
}

/** What an operation did, in words, for "Undo …". */
export function describeOp(op: WorkspaceOp): string {
  switch (op.kind) {
    case "addArticles":
      return op.articles.length === 1
        ? `add “${op.articles[0].title}”`
        : `add ${op.articles.length} articles`;
    case "removeArticle":
      return "remove an article";
    case "accept":
      return `accept ${op.entry.label}`;
    case "reject":
      return `reject ${op.base}`;
    case "mergeSuggestion":
      return `merge ${op.entry.aliases[0] ?? op.suggestion} into ${op.entry.label}`;
    case "curate":
      return describeCuration(op.operation);
  }
}

function describeCuration(op: CurationOperation): string {
  switch (op.op) {
    case "rename":
      return `rename to ${op.label}`;
    case "retype":
      return `retype as ${op.type}`;
    case "merge":
      return "merge two entities";
    case "dropEntity":
      return "delete an entity";
    case "dropRelation":
      return "delete a relation";
    case "addRelation":
      return "add a relation";
    default:
      return `correction (${op.op})`;
  }
}

/** The articles in the order they were added, each hash once. */
export function articlesOf(ws: Workspace): ArticleRecord[] {
  const byId = new Map<string, ArticleRecord>();
  const hashes = new Set<string>();
  for (const op of ws.ops) {
    if (op.kind === "addArticles") {
      for (const a of op.articles) {
        if (hashes.has(a.hash) || byId.has(a.id)) continue;
        hashes.add(a.hash);
        byId.set(a.id, a);
      }
    } else if (op.kind === "removeArticle") {
      const a = byId.get(op.articleId);
      if (a) {
        byId.delete(op.articleId);
        hashes.delete(a.hash);
      }
    }
  }
  return [...byId.values()];
}

/** Suggestion ids the person has decided on, so they are not offered again. */
export function decidedSuggestions(ws: Workspace): Set<string> {
  const out = new Set<string>();
  for (const op of ws.ops) {
    if (op.kind === "accept" || op.kind === "reject" || op.kind === "mergeSuggestion") {
      out.add(op.suggestion);
    }
  }
  return out;
}

/** The gazetteer additions, as a `relgraph-gazetteer` file (entries only). */
export function gazetteerAdditions(ws: Workspace): GazetteerFile {
  const entities: GazetteerEntry[] = [];
  for (const op of ws.ops) {
    if (op.kind === "accept" || op.kind === "mergeSuggestion") entities.push(op.entry);
  }
  return { format: GAZETTEER_FORMAT, version: 1, titles: [], countries: [], entities };
}

/** The corrections and article metadata, as a `relgraph-curation` file. */
export function curationOf(ws: Workspace): Curation {
  return {
    format: CURATION_FORMAT,
    version: 1,
    document: { title: ws.title, ...(ws.description ? { description: ws.description } : {}) },
    sources: articlesOf(ws).map((a) => ({
      id: a.id,
      title: a.title,
      language: a.language,
      ...(a.publisher ? { publisher: a.publisher } : {}),
      ...(a.date ? { date: a.date } : {}),
      ...(a.url ? { url: a.url } : {}),
    })),
    operations: ws.ops.flatMap((op) => (op.kind === "curate" ? [op.operation] : [])),
  };
}

/**
 * The inputs of extraction, exactly as `npm run extract` builds them from exported files:
 * the article id and text (metadata comes from the curation), the additions, the curation.
 */
export interface ExtractionInput {
  articles: ArticleInput[];
  gazetteer: GazetteerFile;
  curation: Curation;
  decided: string[];
}

export function extractionInput(ws: Workspace): ExtractionInput {
  return {
    articles: articlesOf(ws).map((a) => ({ id: a.id, text: a.text, language: "tr" })),
    gazetteer: gazetteerAdditions(ws),
    curation: curationOf(ws),
    decided: [...decidedSuggestions(ws)],
  };
}

/** Two extraction inputs are the same when the operations that feed extraction are the same. */
export function extractionKey(ws: Workspace): string {
  return ws.ops.map((op) => op.id).join(",") + "|" + ws.title;
}

// Positions: kept as [id, x, y] triples in the workspace; read through a Map.

export function positionsMap(ws: Workspace): Map<string, Position> {
  return new Map(ws.positions.map(([id, x, y]) => [id, { x, y }]));
}

export function withPositions(ws: Workspace, positions: ReadonlyMap<string, Position>): Workspace {
  return { ...ws, positions: [...positions].map(([id, p]) => [id, p.x, p.y]) };
}

export function withFilters(
  ws: Workspace,
  hiddenTypes: readonly EntityType[],
  showWeakRelations: boolean,
): Workspace {
  return { ...ws, filters: { hiddenTypes: [...hiddenTypes].sort(), showWeakRelations } };
}

/**
 * Another tab saved the same workspace meanwhile: keep both. Operations are united by id in the
 * order they were made; positions and settings of this tab win, since they are newer here.
 */
export function mergeConcurrent(theirs: Workspace, ours: Workspace): Workspace {
  const seen = new Set(theirs.ops.map((op) => op.id));
  const ops = [...theirs.ops, ...ours.ops.filter((op) => !seen.has(op.id))];
  const positions = positionsMap(theirs);
  for (const [id, p] of positionsMap(ours)) positions.set(id, p);
  return withPositions(
    { ...ours, ops, revision: theirs.revision, undoFloor: theirs.undoFloor },
    positions,
  );
}

/** A short unique id for operations and workspaces. */
export function newId(prefix: string, random: () => number = Math.random): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, "0")}`;
}

/** Lower-case ASCII words joined by hyphens, Turkish letters folded: "Karavan Holding A.Ş." -> "karavan-holding-a-s". */
export function slugify(text: string): string {
  return text
    .toLocaleLowerCase("tr")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ı/g, "i")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** A readable, file-safe source id: the title's words and a piece of the content hash. */
export function articleId(title: string, hash: string): string {
  const words = slugify(title).slice(0, 40).replace(/-+$/g, "");
  return `${words || "article"}-${hash.slice(0, 8)}`;
}
