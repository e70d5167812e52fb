import { readDocumentBytes } from "./readDocument";

// Parses and validates a graph file off the main thread (see readDocumentBytesOffThread): the
// page keeps answering while a big file is read. One worker per file; it gets the bytes and
// posts back the result.
self.onmessage = (ev: MessageEvent<ArrayBuffer>) => {
  (self as unknown as Worker).postMessage(readDocumentBytes(new Uint8Array(ev.data)));
};
