import { readDocumentBytes } from "./readDocument";
import type { DocumentWorkerMessage } from "./readDocument";

// Parses and validates a graph file off the main thread (see readDocumentBytesOffThread): the
// page keeps answering while a big file is read. One worker per file; it gets the bytes, posts
// how far it has got (for the progress line), then the result.
self.onmessage = (ev: MessageEvent<ArrayBuffer>) => {
  const post = (message: DocumentWorkerMessage) => (self as unknown as Worker).postMessage(message);
  post({ result: readDocumentBytes(new Uint8Array(ev.data), (progress) => post({ progress })) });
};
