import { excerpt } from "../model";
import { MAX_FILE_BYTES, readDocumentBytesOffThread } from "./readDocument";
import type { ReadResult } from "./readDocument";

// Reads a graph document from an address (`?data=`). Anything at an address is untrusted: it may
// be missing, slow, huge or not JSON at all, and each of those gets its own message.

export interface FetchLimits {
  /** A body larger than this is refused: by Content-Length before reading, else while reading. */
  maxBytes?: number;
  /** The read is given up when nothing arrives for this long (no answer, or a stalled body). */
  idleTimeoutMs?: number;
}

export const FETCH_IDLE_TIMEOUT_MS = 30_000;

const megabytes = (bytes: number) =>
  bytes >= 1e6 ? `${Math.round(bytes / 1e6)} MB` : `${Math.ceil(bytes / 1e3)} kB`;

/** What an HTTP error status means for the person who followed the link. */
export function httpProblem(status: number, statusText = ""): string {
  const code = `HTTP ${status}${statusText ? ` ${statusText}` : ""}`;
  if (status === 404 || status === 410) return `${code}: there is no file at this address`;
  if (status === 401 || status === 403) return `${code}: the server does not allow reading it`;
  if (status >= 500) return `${code}: the server failed; try again later`;
  return `${code}: the server did not send the file`;
}

class TooLarge extends Error {}

/** The body, read as a stream so that reading stops as soon as it passes the cap. */
async function readCapped(response: Response, maxBytes: number, onData: () => void) {
  if (!response.body) {
    const whole = new Uint8Array(await response.arrayBuffer());
    if (whole.byteLength > maxBytes) throw new TooLarge();
    return whole;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    onData();
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

export async function fetchDocument(url: string, limits: FetchLimits = {}): Promise<ReadResult> {
  const maxBytes = limits.maxBytes ?? MAX_FILE_BYTES;
  const idleMs = limits.idleTimeoutMs ?? FETCH_IDLE_TIMEOUT_MS;
  const fail = (message: string): ReadResult => ({
    ok: false,
    problems: [{ path: excerpt(url), message }],
  });

  const controller = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stillAlive = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, idleMs);
  };
  const timeoutMessage = () =>
    `timed out: nothing arrived for ${Math.round(idleMs / 1000)} s; the server may be down or slow`;

  stillAlive();
  try {
    let response: Response;
    try {
      // Asking for JSON keeps single-page servers (Vite's among them) from answering a missing
      // file with the app's own index.html and a 200.
      response = await fetch(url, {
        signal: controller.signal,
        headers: { Accept: "application/json" },
      });
    } catch (err) {
      if (timedOut) return fail(timeoutMessage());
      return fail(
        `could not be reached (${excerpt((err as Error).message)}); check the address and the connection`,
      );
    }
    stillAlive();
    if (!response.ok) return fail(httpProblem(response.status, response.statusText));
    if (/^\s*text\/html/i.test(response.headers.get("content-type") ?? "")) {
      return fail("is a web page, not a graph file: there is no graph file at this address");
    }
    const declared = Number(response.headers.get("content-length"));
    if (declared > maxBytes) {
      return fail(`is ${megabytes(declared)}; the limit is ${megabytes(maxBytes)}`);
    }
    let bytes: Uint8Array;
    try {
      bytes = await readCapped(response, maxBytes, stillAlive);
    } catch (err) {
      if (err instanceof TooLarge)
        return fail(`is larger than ${megabytes(maxBytes)}, the limit; reading stopped there`);
      if (timedOut) return fail(timeoutMessage());
      return fail(`stopped arriving part way (${excerpt((err as Error).message)}); try again`);
    }
    clearTimeout(timer); // read: parsing in the worker is not waiting on the network
    const result = await readDocumentBytesOffThread(bytes);
    if (result === "not-utf8") return fail("is not UTF-8 text, so it cannot be a graph file");
    return result;
  } finally {
    clearTimeout(timer);
  }
}
