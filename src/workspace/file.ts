import { z } from "zod";
// Straight from the format modules, not the extractor's index: the app's main bundle stays
// free of the rules, which run in the worker.
import { CurationSchema } from "../extract/curation";
import { GazetteerSchema } from "../extract/gazetteer";
import type { Curation, GazetteerFile } from "../extract";
import { ENTITY_TYPES } from "../model";
import type { GraphDocument } from "../model";
import { articlesOf, curationOf, gazetteerAdditions } from "./model";
import type { ArticleRecord, Workspace } from "./types";
import { WORKSPACE_FORMAT, WORKSPACE_VERSION } from "./types";

// The workspace file: one JSON file with everything a person made, in formats other tools read.
// `articles`, `gazetteer` (relgraph-gazetteer) and `curation` (relgraph-curation) are what
// `npm run extract` needs; `document` is the graph they give; `history` is the list of operations
// the app replays on import, so undo keeps working after a round trip.

export interface WorkspaceFile {
  format: typeof WORKSPACE_FORMAT;
  version: typeof WORKSPACE_VERSION;
  exportedAt: string;
  name: string;
  articles: ArticleRecord[];
  gazetteer: GazetteerFile;
  curation: Curation;
  document: GraphDocument | null;
  workspace: Omit<Workspace, "id" | "revision">;
}

export function toWorkspaceFile(
  ws: Workspace,
  document: GraphDocument | null,
  now: string,
): WorkspaceFile {
  const { id: _id, revision: _revision, ...rest } = ws;
  void _id;
  void _revision;
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    exportedAt: now,
    name: ws.name,
    articles: articlesOf(ws),
    gazetteer: gazetteerAdditions(ws),
    curation: curationOf(ws),
    document,
    workspace: rest,
  };
}

const id = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\s]+$/u, "must not contain spaces");
const ArticleSchema = z.object({
  id,
  hash: z.string().regex(/^[0-9a-f]{64}$/u, "must be a SHA-256 in hex"),
  title: z.string().min(1),
  text: z.string().min(1),
  language: z.string().min(2),
  date: z.string().optional(),
  url: z.string().optional(),
  publisher: z.string().optional(),
  fileName: z.string().optional(),
});
const entry = GazetteerSchema.shape.entities.unwrap().element;
const operation = CurationSchema.shape.operations.unwrap().element;
const opBase = { id: z.string().min(1), at: z.string() };
const OpSchema = z.discriminatedUnion("kind", [
  z.object({ ...opBase, kind: z.literal("addArticles"), articles: z.array(ArticleSchema) }),
  z.object({ ...opBase, kind: z.literal("removeArticle"), articleId: id }),
  z.object({ ...opBase, kind: z.literal("accept"), suggestion: z.string(), entry }),
  z.object({ ...opBase, kind: z.literal("reject"), suggestion: z.string(), base: z.string() }),
  z.object({ ...opBase, kind: z.literal("mergeSuggestion"), suggestion: z.string(), entry }),
  z.object({ ...opBase, kind: z.literal("curate"), operation }),
]);
const WorkspaceBodySchema = z.object({
  name: z.string().min(1),
  title: z.string().min(1),
  description: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  ops: z.array(OpSchema),
  undoFloor: z.number().int().nonnegative(),
  // Triples, not an object keyed by id: any id, "__proto__" included, is just a string here.
  positions: z.array(z.tuple([z.string(), z.number(), z.number()])),
  filters: z.object({
    hiddenTypes: z.array(z.enum(ENTITY_TYPES)),
    showWeakRelations: z.boolean(),
  }),
});

export type RestoreResult =
  { ok: true; workspace: Omit<Workspace, "id" | "revision"> } | { ok: false; message: string };

/**
 * Reads a workspace file: checks its format and version first, so an old or foreign file gets a
 * message that says what it is, then the body. The one place where older versions would be
 * migrated; version 1 is the first.
 */
export function restoreWorkspaceFile(data: unknown, fileName: string): RestoreResult {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return {
      ok: false,
      message: `${fileName} is not a Relgraph workspace file (it holds no object).`,
    };
  }
  const format = Object.hasOwn(data, "format") ? (data as { format: unknown }).format : undefined;
  const version = Object.hasOwn(data, "version")
    ? (data as { version: unknown }).version
    : undefined;
  if (format === "relgraph") {
    return {
      ok: false,
      message: `${fileName} is a graph document, not a workspace: open it with Open… instead.`,
    };
  }
  if (format !== WORKSPACE_FORMAT) {
    return {
      ok: false,
      message: `${fileName} is not a Relgraph workspace file (its format is not "${WORKSPACE_FORMAT}").`,
    };
  }
  if (typeof version !== "number" || !Number.isInteger(version)) {
    return {
      ok: false,
      message: `${fileName} has no version number; it may be damaged. Export it again.`,
    };
  }
  if (version > WORKSPACE_VERSION) {
    return {
      ok: false,
      message: `${fileName} was written by a newer Relgraph (workspace version ${version}); this one reads version ${WORKSPACE_VERSION}. Update the app.`,
    };
  }
  if (version < WORKSPACE_VERSION) {
    return {
      ok: false,
      message: `${fileName} is from an older test version of Relgraph (workspace version ${version}) that cannot be read any more. Add its articles again.`,
    };
  }
  const body = WorkspaceBodySchema.safeParse((data as { workspace?: unknown }).workspace);
  if (!body.success) {
    const issue = body.error.issues[0];
    const where = ["workspace", ...issue.path.map(String)].join(".");
    return {
      ok: false,
      message: `${fileName}: ${where} ${issue.message}. The file was not imported.`,
    };
  }
  const w = body.data;
  if (w.undoFloor > w.ops.length) {
    return {
      ok: false,
      message: `${fileName}: workspace.undoFloor is past the end of its history.`,
    };
  }
  return { ok: true, workspace: w as Omit<Workspace, "id" | "revision"> };
}
