// The one place where documents written in an older version of the format are brought up to the
// current one, before the schema or anything else sees them (like excalidraw's `restore`). Each
// step takes a plain JSON value of version N and returns one of version N + 1; unknown fields are
// left for the schema to drop, and anything that is not a recognisable older document passes
// through untouched so the schema can say what is wrong with it.

import { FORMAT, FORMAT_VERSION } from "./schema";

export interface SpanLike {
  start: number;
  end: number;
}

/** Splits a source text into sentence spans. The model has no splitter of its own: the caller
 * passes the extractor's, so an upgraded file gets exactly the sentences a fresh extraction would. */
export type SentenceSplitter = (text: string) => SpanLike[];

export interface MigrateOptions {
  splitSentences?: SentenceSplitter;
}

export type MigrateResult =
  { ok: true; data: unknown; from: number | null } | { ok: false; path: string; message: string };

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Version 1 had no sentence spans: split every source's text once, here. */
function v1ToV2(doc: Json, split: SentenceSplitter | undefined): MigrateResult {
  const sources = Array.isArray(doc.sources) ? doc.sources : [];
  const needsSplit = sources.some(
    (s) =>
      isObject(s) && typeof s.text === "string" && s.text.length > 0 && !Array.isArray(s.sentences),
  );
  if (needsSplit && !split) {
    return {
      ok: false,
      path: "version",
      message:
        "is 1, an older format whose sources need their sentences split; open it through the app " +
        "(or pass the extractor's splitSentences), which upgrades it",
    };
  }
  const upgraded = sources.map((s) => {
    if (!isObject(s) || Array.isArray(s.sentences)) return s;
    const text = typeof s.text === "string" ? s.text : "";
    return {
      ...s,
      sentences: text && split ? split(text).map(({ start, end }) => ({ start, end })) : [],
    };
  });
  return {
    ok: true,
    from: 1,
    data: { ...doc, version: 2, ...(Array.isArray(doc.sources) ? { sources: upgraded } : {}) },
  };
}

/**
 * Upgrades a parsed JSON value to the current format version. `from` is the version it started
 * at when an upgrade happened, else null.
 */
export function migrateDocument(input: unknown, options: MigrateOptions = {}): MigrateResult {
  if (!isObject(input) || input.format !== FORMAT || typeof input.version !== "number") {
    return { ok: true, data: input, from: null };
  }
  if (input.version > FORMAT_VERSION) {
    return {
      ok: false,
      path: "version",
      message: `is ${input.version}, newer than this Relgraph reads (${FORMAT_VERSION}); update Relgraph to open it`,
    };
  }
  let result: MigrateResult = { ok: true, data: input, from: null };
  if (input.version === 1) {
    result = v1ToV2(input, options.splitSentences);
  }
  return result;
}
