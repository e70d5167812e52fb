import { runExtraction } from "./extraction";
import type { ExtractRequest, ExtractReply } from "./extractClient";

// The extraction worker: reads a workspace's articles off the main thread, so the page never
// freezes, and posts progress after every article.

const post = (msg: ExtractReply) => (self as unknown as Worker).postMessage(msg);

self.onmessage = (ev: MessageEvent<ExtractRequest>) => {
  const { job, input, key } = ev.data;
  try {
    const outcome = runExtraction(input, key, (done, total) =>
      post({ type: "progress", job, done, total }),
    );
    post({ type: "done", job, outcome: { ...outcome, serialized: JSON.stringify(outcome) } });
  } catch (err) {
    post({ type: "failed", job, message: err instanceof Error ? err.message : String(err) });
  }
};
