import type { EntityType } from "../model";
import type { CurationOperation, GazetteerEntry } from "../extract";

// A user's work as plain data: what they brought (articles), what they decided (suggestions,
// corrections) and how they arranged it (positions, filters). The graph is derived from it by
// extraction, never stored as the truth. No React, no IndexedDB here.

export const WORKSPACE_FORMAT = "relgraph-workspace";
export const WORKSPACE_VERSION = 1;

export interface ArticleRecord {
  /** Source id in the graph and the file name on export (`<id>.txt`). */
  id: string;
  /** SHA-256 of the text, hex: the same article added twice is recognised by it. */
  hash: string;
  title: string;
  text: string;
  language: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY when known. */
  date?: string;
  url?: string;
  publisher?: string;
  /** The file it came from, for messages. */
  fileName?: string;
}

interface OpBase {
  /** Unique, so two tabs' operations can be merged without doubling. */
  id: string;
  /** ISO time it was made. */
  at: string;
}

/** What a person did, in order. Undo takes the last one off; the graph is re-derived. */
export type WorkspaceOp = OpBase &
  (
    | { kind: "addArticles"; articles: ArticleRecord[] }
    | { kind: "removeArticle"; articleId: string }
    /** A suggested name becomes a known entity (a gazetteer addition). */
    | { kind: "accept"; suggestion: string; entry: GazetteerEntry }
    /** Not suggested again in this workspace. */
    | { kind: "reject"; suggestion: string; base: string }
    /** The suggested name is another spelling of an existing entity. */
    | { kind: "mergeSuggestion"; suggestion: string; entry: GazetteerEntry }
    /** A correction of the graph, in the curation format `npm run extract` reads too. */
    | { kind: "curate"; operation: CurationOperation }
  );

export type WorkspaceOpKind = WorkspaceOp["kind"];

export interface Position {
  x: number;
  y: number;
}

export interface WorkspaceFilters {
  hiddenTypes: EntityType[];
  showWeakRelations: boolean;
}

export interface Workspace {
  id: string;
  name: string;
  /** The graph document's title and description. */
  title: string;
  description?: string;
  createdAt: string;
  updatedAt: string;
  /** Bumped by every saved change; a save based on an older revision is merged, not lost. */
  revision: number;
  ops: WorkspaceOp[];
  /** Operations below this index came with the workspace (the seed's own) and are not undone. */
  undoFloor: number;
  /** Node positions by entity id, as [id, x, y] so no data key ever meets a prototype. */
  positions: [string, number, number][];
  filters: WorkspaceFilters;
}
