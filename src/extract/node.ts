// File access for the extractor's command line and scripts. The only module of src/extract that
// touches the file system; everything else runs in the browser too.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { combineGazetteers, compileGazetteer, GazetteerSchema } from "./gazetteer";
import type { Gazetteer } from "./gazetteer";
import { parseCuration } from "./curation";
import type { Curation } from "./curation";
import type { ArticleInput } from "./extract";
import { decodeArticleBytes } from "./text";

/** Articles above this size are refused with a message rather than slowly extracted. */
export const MAX_ARTICLE_BYTES = 8 * 1024 * 1024;
const ARTICLE_EXTENSIONS = new Set([".txt", ".md", ".text"]);

export function readTextFileSync(file: string): string {
  return readFileSync(file, "utf8");
}

export function writeTextFileSync(file: string, text: string): void {
  writeFileSync(file, text);
}

export class InputError extends Error {}

function readJson(file: string, what: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch (err) {
    throw new InputError(
      `${file}: cannot read the ${what} (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
    );
  }
  try {
    return JSON.parse(raw);
  } catch (err) {
    throw new InputError(`${file}: the ${what} is not valid JSON (${(err as Error).message})`);
  }
}

/** One gazetteer file, or several that add to each other in order (shipped, then additions). */
export function loadGazetteer(files: string | readonly string[]): Gazetteer {
  const list = typeof files === "string" ? [files] : files;
  if (list.length === 1) {
    const data = readJson(list[0], "gazetteer");
    try {
      return compileGazetteer(data);
    } catch (err) {
      throw new InputError(`${list[0]}: ${(err as Error).message}`);
    }
  }
  const parsed = list.map((file) => {
    const result = GazetteerSchema.safeParse(readJson(file, "gazetteer"));
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new InputError(
        `${file}: gazetteer: ${issue.path.join(".") || "(file)"}: ${issue.message}`,
      );
    }
    return result.data;
  });
  return compileGazetteer(combineGazetteers(parsed));
}

export function loadCuration(file: string): Curation {
  const data = readJson(file, "curation file");
  try {
    return parseCuration(data);
  } catch (err) {
    throw new InputError(`${file}: ${(err as Error).message}`);
  }
}

/** Article files named on the command line: files as given, folders by their text files. */
export function collectArticleFiles(paths: string[]): { files: string[]; problems: string[] } {
  const files: string[] = [];
  const problems: string[] = [];
  for (const p of paths) {
    let stat;
    try {
      stat = statSync(p);
    } catch {
      problems.push(`${p}: no such file or folder`);
      continue;
    }
    if (stat.isDirectory()) {
      const inside = readdirSync(p)
        .filter((name) => ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()))
        .sort()
        .map((name) => join(p, name));
      if (!inside.length) problems.push(`${p}: the folder has no .txt or .md articles`);
      files.push(...inside);
    } else {
      files.push(p);
    }
  }
  return { files, problems };
}

export type ArticleRead = { ok: true; article: ArticleInput } | { ok: false; message: string };

/**
 * Reads one article: strict UTF-8 (invalid bytes are an error, not replacement characters), no
 * binary files, no empty ones, nothing above MAX_ARTICLE_BYTES. The source id is the file name
 * without its extension.
 */
export function readArticle(file: string): ArticleRead {
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    if (size > MAX_ARTICLE_BYTES) {
      const mb = (size / 1024 / 1024).toFixed(1);
      return {
        ok: false,
        message: `${file}: too large (${mb} MB; articles may be up to ${MAX_ARTICLE_BYTES / 1024 / 1024} MB)`,
      };
    }
    bytes = readFileSync(file);
  } catch (err) {
    return {
      ok: false,
      message: `${file}: cannot read it (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
    };
  }
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) {
    const why =
      decoded.problem === "binary"
        ? "looks like a binary file, not text"
        : "is not valid UTF-8 text (save it as UTF-8 and try again)";
    return { ok: false, message: `${file}: ${why}` };
  }
  const text = decoded.text;
  if (!text.trim()) return { ok: false, message: `${file}: is empty` };
  const id = basename(file, extname(file)).replace(/\s+/gu, "-");
  return { ok: true, article: { id, text, language: "tr" } };
}
