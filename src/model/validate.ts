import type { z } from "zod";
import { migrateDocument } from "./migrate";
import type { MigrateOptions } from "./migrate";
import { GraphDocumentSchema } from "./schema";
import type { GraphDocument } from "./types";
import { excerpt, quote } from "./excerpt";

export interface DocumentProblem {
  /** Where, as a readable path: `entities[3].mentions[0].end`. */
  path: string;
  /** What is wrong there, in words a person can act on. */
  message: string;
  /** The id of the entity, relation or source it belongs to, when it has one. */
  owner?: string;
}

export type ParseResult =
  | {
      ok: true;
      document: GraphDocument;
      /** The format version the input was written in, when it was upgraded on the way in. */
      upgradedFrom?: number;
    }
  | { ok: false; problems: DocumentProblem[] };

const MAX_PROBLEMS = 50;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${excerpt(String(key))}` : excerpt(String(key));
  }
  return out || "(document)";
}

function ownerOf(input: unknown, path: readonly PropertyKey[]): string | undefined {
  const [collection, index] = path;
  if (typeof collection !== "string" || typeof index !== "number") return undefined;
  const list = (input as Record<string, unknown> | null)?.[collection];
  if (!Array.isArray(list)) return undefined;
  const item = list[index] as { id?: unknown } | undefined;
  return typeof item?.id === "string" ? item.id : undefined;
}

/**
 * Parses untrusted input into a graph document, or says exactly what is wrong. Older format
 * versions are upgraded first (migrate.ts). Nothing is half loaded: either the whole document is
 * valid or the caller gets the list of problems.
 */
export function parseDocument(raw: unknown, options: MigrateOptions = {}): ParseResult {
  const migrated = migrateDocument(raw, options);
  if (!migrated.ok) {
    return { ok: false, problems: [{ path: migrated.path, message: migrated.message }] };
  }
  const input = migrated.data;
  const parsed = GraphDocumentSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, problems: zodProblems(parsed.error, input) };
  }
  const problems = crossCheck(parsed.data);
  if (problems.length) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  return {
    ok: true,
    document: parsed.data,
    ...(migrated.from !== null ? { upgradedFrom: migrated.from } : {}),
  };
}

function zodProblems(error: z.ZodError, input: unknown): DocumentProblem[] {
  return error.issues.slice(0, MAX_PROBLEMS).map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
    owner: ownerOf(input, issue.path),
  }));
}

function checkSpan(
  problems: DocumentProblem[],
  path: string,
  owner: string,
  span: { start: number; end: number },
  text: string | undefined,
) {
  if (text === undefined) return;
  if (span.end <= span.start) {
    problems.push({
      path: `${path}.end`,
      owner,
      message: `must be greater than start (${span.start})`,
    });
  } else if (span.end > text.length) {
    problems.push({
      path: `${path}.end`,
      owner,
      message: `is past the end of the source text (${text.length} characters)`,
    });
  }
}

/** Checks that need the whole document: unique ids, references that resolve, spans in range. */
function crossCheck(doc: GraphDocument): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  const texts = new Map<string, string>();
  doc.sources.forEach((s, i) => {
    if (texts.has(s.id)) {
      problems.push({
        path: `sources[${i}].id`,
        owner: s.id,
        message: `${quote(s.id)} is used twice`,
      });
    }
    texts.set(s.id, s.text);
    let previousEnd = 0;
    s.sentences.forEach((span, j) => {
      const path = `sources[${i}].sentences[${j}]`;
      if (span.start < previousEnd) {
        problems.push({
          path: `${path}.start`,
          owner: s.id,
          message: `is ${span.start}, inside the sentence before it (which ends at ${previousEnd}); sentences must be in order and not overlap`,
        });
      }
      checkSpan(problems, path, s.id, span, s.text);
      previousEnd = Math.max(previousEnd, span.end);
    });
  });
  const entityIds = new Set<string>();
  doc.entities.forEach((e, i) => {
    if (entityIds.has(e.id)) {
      problems.push({
        path: `entities[${i}].id`,
        owner: e.id,
        message: `${quote(e.id)} is used twice`,
      });
    }
    entityIds.add(e.id);
    e.mentions.forEach((m, j) => {
      const path = `entities[${i}].mentions[${j}]`;
      const text = texts.get(m.source);
      if (text === undefined) {
        problems.push({
          path: `${path}.source`,
          owner: e.id,
          message: `names source ${quote(m.source)}, which is not in sources`,
        });
        return;
      }
      checkSpan(problems, path, e.id, m, text);
      const actual = text.slice(m.start, m.end);
      if (m.end > m.start && m.end <= text.length && actual !== m.text) {
        problems.push({
          path: `${path}.text`,
          owner: e.id,
          message: `is ${quote(m.text)} but the source text at ${m.start}-${m.end} reads ${quote(actual)}`,
        });
      }
    });
  });
  const relationIds = new Set<string>();
  doc.relations.forEach((r, i) => {
    if (relationIds.has(r.id)) {
      problems.push({
        path: `relations[${i}].id`,
        owner: r.id,
        message: `${quote(r.id)} is used twice`,
      });
    }
    relationIds.add(r.id);
    if (entityIds.has(r.id)) {
      problems.push({
        path: `relations[${i}].id`,
        owner: r.id,
        message: `${quote(r.id)} is already the id of an entity; relation and entity ids must differ`,
      });
    }
    for (const end of ["source", "target"] as const) {
      if (!entityIds.has(r[end])) {
        problems.push({
          path: `relations[${i}].${end}`,
          owner: r.id,
          message: `names entity ${quote(r[end])}, which is not in entities`,
        });
      }
    }
    r.evidence.forEach((ev, j) => {
      const path = `relations[${i}].evidence[${j}]`;
      const text = texts.get(ev.source);
      if (text === undefined) {
        problems.push({
          path: `${path}.source`,
          owner: r.id,
          message: `names source ${quote(ev.source)}, which is not in sources`,
        });
        return;
      }
      checkSpan(problems, path, r.id, ev, text);
      ev.triggers?.forEach((t, k) => checkSpan(problems, `${path}.triggers[${k}]`, r.id, t, text));
    });
  });
  if (doc.positions) {
    for (const key of Object.keys(doc.positions)) {
      if (!entityIds.has(key)) {
        problems.push({
          path: `positions.${excerpt(key)}`,
          message: `is a position for ${quote(key)}, which is not in entities`,
        });
        break;
      }
    }
  }
  return problems;
}

/** One line per problem, for a notice or a console: `entities[3] ("kamaz").type: …`. */
export function problemToString(p: DocumentProblem): string {
  return `${p.path}${p.owner ? ` (id ${quote(p.owner)})` : ""}: ${p.message}`;
}
