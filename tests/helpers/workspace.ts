import { createHash } from "node:crypto";
import { runExtraction } from "../../src/io/extraction";
import { ExtractionCancelled } from "../../src/io/extractClient";
import type { Extractor } from "../../src/io/extractClient";
import { articleId } from "../../src/workspace";
import type { ArticleRecord } from "../../src/workspace";

/** An article record as the intake would make it. */
export function article(
  text: string,
  title: string,
  extra: Partial<ArticleRecord> = {},
): ArticleRecord {
  const hash = createHash("sha256").update(text).digest("hex");
  return { id: articleId(title, hash), hash, title, text, language: "tr", ...extra };
}

/**
 * The extraction worker's work, run in this process a tick later: what the worker would answer,
 * without a Worker (jsdom has none). `crashNext` makes the next run fail like a crashed worker.
 */
export function inlineExtractor(): Extractor & { runs: number; crashNext: boolean } {
  let cancelled: (() => void) | null = null;
  const ex = {
    runs: 0,
    crashNext: false,
    run(
      input: Parameters<Extractor["run"]>[0],
      key: string,
      onProgress: (d: number, t: number) => void,
    ) {
      cancelled?.();
      ex.runs++;
      return new Promise<ReturnType<typeof runExtraction>>((resolve, reject) => {
        const timer = setTimeout(() => {
          cancelled = null;
          if (ex.crashNext) {
            ex.crashNext = false;
            reject(new Error("the extractor stopped unexpectedly"));
            return;
          }
          resolve(runExtraction(input, key, onProgress));
        }, 0);
        cancelled = () => {
          clearTimeout(timer);
          reject(new ExtractionCancelled());
        };
      });
    },
    cancel() {
      cancelled?.();
      cancelled = null;
    },
    dispose() {
      ex.cancel();
    },
  };
  return ex;
}

/** A news text written for the tests: a company and a manager no gazetteer knows. */
export { KARAVAN_TEXT } from "./karavan";
