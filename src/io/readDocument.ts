import { splitSentences } from "../extract/sentences";
import { excerpt, parseDocument } from "../model";
import type { ParseResult } from "../model";

export type ReadResult = ParseResult;

/** Line and column of a character offset, 1-based, for messages a person can follow. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lastBreak = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastBreak = i;
    }
  }
  return { line, column: offset - lastBreak };
}

/** Reads the text of a JSON graph document: JSON syntax first, then the schema. */
export function readDocumentText(text: string): ReadResult {
  if (text.trim() === "") {
    return { ok: false, problems: [{ path: "(file)", message: "is empty" }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const pos = /position (\d+)/.exec(message);
    const where = pos ? lineAndColumn(text, Number(pos[1])) : null;
    return {
      ok: false,
      problems: [
        {
          path: where ? `line ${where.line}, column ${where.column}` : "(file)",
          message: `is not valid JSON: ${message}`,
        },
      ],
    };
  }
  // Version-1 files are upgraded with the extractor's own splitter, so their sentences are the
  // ones a fresh extraction would store.
  return parseDocument(data, { splitSentences });
}

/** The largest document a file or an address may hold. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export async function readDocumentFile(file: File): Promise<ReadResult> {
  if (file.size > MAX_FILE_BYTES) {
    return {
      ok: false,
      problems: [
        {
          path: excerpt(file.name),
          message: `is ${Math.round(file.size / 1e6)} MB; the limit is 200 MB`,
        },
      ],
    };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return {
      ok: false,
      problems: [{ path: excerpt(file.name), message: "is not UTF-8 text; save it as UTF-8 JSON" }],
    };
  }
  return readDocumentText(text.replace(/^\uFEFF/, ""));
}
