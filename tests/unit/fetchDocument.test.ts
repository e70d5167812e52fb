// @vitest-environment node
import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchDocument } from "../../src/io/fetchDocument";
import { problemToString } from "../../src/model";

// A real HTTP server on loopback plays every way an address can go wrong for a `?data=` link.

const seed = readFileSync("data/graph.json");
let server: Server;
let base = "";
/** Responses that never finish, closed when the test run ends. */
const hanging: { destroy: () => void }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    switch (req.url) {
      case "/graph.json":
        res.writeHead(200, { "content-type": "application/json" }).end(seed);
        return;
      case "/app-page":
        // What a single-page server sends for any path when asked for a web page.
        res
          .writeHead(200, { "content-type": "text/html" })
          .end("<!doctype html><title>app</title>");
        return;
      case "/declared-huge":
        res.writeHead(200, { "content-type": "application/json", "content-length": "5000000" });
        res.write("{");
        hanging.push(res);
        return;
      case "/endless": {
        // No Content-Length: the reader must count and stop by itself.
        res.writeHead(200, { "content-type": "application/json" });
        const chunk = Buffer.alloc(16 * 1024, 0x20);
        const pump = () => {
          while (res.write(chunk));
          if (!res.destroyed) res.once("drain", pump);
        };
        pump();
        hanging.push(res);
        return;
      }
      case "/no-answer":
        hanging.push(res);
        return;
      case "/stalls":
        res.writeHead(200, { "content-type": "application/json" });
        res.write('{"format": "relgraph", ');
        hanging.push(res);
        return;
      case "/latin1":
        res
          .writeHead(200, { "content-type": "application/json" })
          .end(Buffer.from([0x7b, 0xff, 0x7d]));
        return;
      case "/broken.json":
        res
          .writeHead(200, { "content-type": "application/json" })
          .end(
            '{"format": "relgraph", "version": 2, "title": "x", "entities": [{"id": "' +
              "k".repeat(150) +
              '", "type": "firm", "label": "K"}]}',
          );
        return;
      default:
        res.writeHead(404, "Not Found").end("no such file");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  hanging.forEach((r) => r.destroy());
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

async function problemOf(path: string, limits = {}) {
  const result = await fetchDocument(base + path, limits);
  if (result.ok) throw new Error(`expected ${path} to fail, but it loaded`);
  expect(result.problems).toHaveLength(1);
  return problemToString(result.problems[0]);
}

describe("opening a graph from an address (?data=)", () => {
  it("opens the shipped graph from its address", async () => {
    const result = await fetchDocument(`${base}/graph.json`);
    expect(result.ok && result.document.entities.length).toBeGreaterThan(10);
  });

  it("says there is no file at an address that answers 404, not that the JSON is broken", async () => {
    expect(await problemOf("/missing.json")).toBe(
      `${base}/missing.json: HTTP 404 Not Found: there is no file at this address`,
    );
  });

  it("says an address that answers with a web page holds no graph file", async () => {
    expect(await problemOf("/app-page")).toMatch(/is a web page, not a graph file/);
  });

  it("refuses a file whose declared size is over the cap before reading it", async () => {
    expect(await problemOf("/declared-huge", { maxBytes: 1_000_000 })).toBe(
      `${base}/declared-huge: is 5 MB; the limit is 1 MB`,
    );
  });

  it("stops reading a body with no declared size once it passes the cap", async () => {
    expect(await problemOf("/endless", { maxBytes: 200_000 })).toBe(
      `${base}/endless: is larger than 200 kB, the limit; reading stopped there`,
    );
  });

  it("gives up on a server that never answers, saying how long it waited", async () => {
    expect(await problemOf("/no-answer", { idleTimeoutMs: 1000 })).toMatch(
      /: timed out: nothing arrived for 1 s; the server may be down or slow$/,
    );
  });

  it("gives up on a body that stops arriving half way", async () => {
    expect(await problemOf("/stalls", { idleTimeoutMs: 1500 })).toMatch(
      /: timed out: nothing arrived for 2 s/,
    );
  });

  it("says a body that is not UTF-8 cannot be a graph file", async () => {
    expect(await problemOf("/latin1")).toMatch(/is not UTF-8 text/);
  });

  it("says a server that cannot be reached cannot be reached", async () => {
    const result = await fetchDocument("http://127.0.0.1:9/graph.json", { idleTimeoutMs: 5000 });
    expect(!result.ok && result.problems[0].message).toMatch(/^could not be reached \(.+\); check/);
  });

  it("quotes at most a short excerpt of a long id in a document's problems", async () => {
    const line = await problemOf("/broken.json");
    expect(line).toContain(`(id "${"k".repeat(59)}…")`);
    expect(line).not.toContain("k".repeat(61));
  });
});
