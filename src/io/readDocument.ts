import { splitSentences } from "../extract/sentences";
import { excerpt, parseDocument } from "../model";
import type { ParseResult } from "../model";

export type ReadResult = ParseResult;

/** How far reading a file has got, for the progress line. */
export type ReadProgress =
  { stage: "parsing" } | { stage: "checking"; entities: number; relations: number };

/** What the document worker posts: progress while it reads, then the result. */
export type DocumentWorkerMessage =
  { progress: ReadProgress } | { result: ReadResult | "not-utf8" };

/** The length of `data[key]` if it is an array (before validation, for the progress line). */
function arrayLength(data: unknown, key: string): number {
  if (typeof data !== "object" || data === null || !Object.hasOwn(data, key)) return 0;
  const value = (data as Record<string, unknown>)[key];
  return Array.isArray(value) ? value.length : 0;
}

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
export function readDocumentText(
  text: string,
  onProgress?: (progress: ReadProgress) => void,
): ReadResult {
  if (text.trim() === "") {
    return { ok: false, problems: [{ path: "(file)", message: "is empty" }] };
  }
  let data: unknown;
  try {
    onProgress?.({ stage: "parsing" });
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
  onProgress?.({
    stage: "checking",
    entities: arrayLength(data, "entities"),
    relations: arrayLength(data, "relations"),
  });
  // Version-1 files are upgraded with the extractor's own splitter, so their sentences are the
  // ones a fresh extraction would store.
  return parseDocument(data, { splitSentences });
}

/** The largest document a file or an address may hold. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** Decodes UTF-8 (a byte-order mark is dropped) and reads the document; the worker runs this. */
export function readDocumentBytes(
  bytes: Uint8Array,
  onProgress?: (progress: ReadProgress) => void,
): ReadResult | "not-utf8" {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return "not-utf8";
  }
  return readDocumentText(text.replace(/^\uFEFF/, ""), onProgress);
}

/**
 * `readDocumentBytes` in a worker (documentWorker.ts), so parsing and validating a big file
 * never freezes the page: a 30 MB file is seconds of JSON.parse and schema checks. The bytes are
 * handed over, not copied; the document comes back as a structured clone. Where workers are
 * missing (tests in jsdom) or the worker fails to start, it runs here instead.
 */
export async function readDocumentBytesOffThread(
  bytes: Uint8Array,
  onProgress?: (progress: ReadProgress) => void,
): Promise<ReadResult | "not-utf8"> {
  if (typeof Worker === "undefined") return readDocumentBytes(bytes, onProgress);
  const worker = new Worker(new URL("./documentWorker.ts", import.meta.url), { type: "module" });
  const copy = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  const buffer = copy ? bytes.buffer : bytes.slice().buffer;
  try {
    return await new Promise<ReadResult | "not-utf8">((resolve, reject) => {
      worker.onmessage = (ev: MessageEvent<DocumentWorkerMessage>) => {
        if ("progress" in ev.data) onProgress?.(ev.data.progress);
        // Taking the document out of the message (a structured clone: 0.1-0.2 s at 20,000
        // entities) is this task; the store takes it in the next, so the two are not one.
        else {
          const result = ev.data.result;
          setTimeout(() => resolve(result), 0);
        }
      };
      worker.onerror = (ev) => {
        ev.preventDefault();
        reject(new Error(ev.message));
      };
      worker.postMessage(buffer, [buffer as ArrayBuffer]);
    });
  } catch {
    // The bytes went to the worker with the message; read them again only if they are still here.
    return buffer.byteLength > 0
      ? readDocumentBytes(new Uint8Array(buffer))
      : {
          ok: false,
          problems: [
            {
              path: "(file)",
              message: "could not be read: the browser stopped the reader; try again",
            },
          ],
        };
  } finally {
    worker.terminate();
  }
}

export async function readDocumentFile(
  file: File,
  onProgress?: (progress: ReadProgress) => void,
): Promise<ReadResult> {
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
  const result = await readDocumentBytesOffThread(
    new Uint8Array(await file.arrayBuffer()),
    onProgress,
  );
  if (result === "not-utf8") {
    return {
      ok: false,
      problems: [{ path: excerpt(file.name), message: "is not UTF-8 text; save it as UTF-8 JSON" }],
    };
  }
  return result;
}
