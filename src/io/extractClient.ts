import type { ExtractionOutcome } from "../store";
import type { ExtractionInput } from "../workspace";

// The app's side of extraction. Components and the workspace runner call `run`; the work happens
// in a Web Worker. A crash rejects with a message and the next run starts a fresh worker.

export interface ExtractRequest {
  job: number;
  key: string;
  input: ExtractionInput;
}
export type ExtractReply =
  | { type: "progress"; job: number; done: number; total: number }
  | { type: "done"; job: number; outcome: ExtractionOutcome }
  | { type: "failed"; job: number; message: string };

export class ExtractionCancelled extends Error {
  constructor() {
    super("Extraction was cancelled.");
  }
}

export interface Extractor {
  /** Starts an extraction; a newer run or `cancel()` rejects the older one with ExtractionCancelled. */
  run(
    input: ExtractionInput,
    key: string,
    onProgress: (done: number, total: number) => void,
  ): Promise<ExtractionOutcome>;
  cancel(): void;
  dispose(): void;
}

export function createWorkerExtractor(
  makeWorker: () => Worker = () =>
    new Worker(new URL("./extractWorker.ts", import.meta.url), { type: "module" }),
): Extractor {
  let worker: Worker | null = null;
  let job = 0;
  let settle: ((reply: ExtractReply | Error) => void) | null = null;

  const stop = () => {
    worker?.terminate();
    worker = null;
  };
  const cancel = () => {
    const s = settle;
    settle = null;
    stop();
    s?.(new ExtractionCancelled());
  };

  return {
    run(input, key, onProgress) {
      // A run in flight is stopped with its worker; an idle worker is reused, with the shipped
      // gazetteer it has compiled already, so a decision re-extracts quickly.
      if (settle) cancel();
      const id = ++job;
      const w = worker ?? makeWorker();
      worker = w;
      return new Promise<ExtractionOutcome>((resolve, reject) => {
        settle = (reply) => {
          if (reply instanceof Error) return reject(reply);
          if (reply.job !== id) return;
          if (reply.type === "progress") return onProgress(reply.done, reply.total);
          settle = null;
          if (reply.type === "done") resolve(reply.outcome);
          else reject(new Error(reply.message));
        };
        w.onmessage = (ev: MessageEvent<ExtractReply>) => settle?.(ev.data);
        w.onerror = (ev) => {
          ev.preventDefault?.();
          const s = settle;
          settle = null;
          stop();
          s?.(
            new Error(`the extractor stopped unexpectedly${ev.message ? ` (${ev.message})` : ""}`),
          );
        };
        w.onmessageerror = () => {
          const s = settle;
          settle = null;
          stop();
          s?.(new Error("the extractor's answer could not be read"));
        };
        w.postMessage({ job: id, key, input } satisfies ExtractRequest);
      });
    },
    cancel,
    dispose: cancel,
  };
}
