import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./browser";

// The built app carries a Content-Security-Policy (src/build/contentSecurityPolicy.ts). These
// tests run everything that could trip it (drawing; the document, layout, metrics and extraction
// workers; IndexedDB; PNG and SVG export) and count the violations the browser reports: there must be none.

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Over 300 entities and no positions, so the layout runs in the worker; some ids are tricky. */
function bigUnplacedDocument() {
  const ids = ["constructor", "__proto__", ...Array.from({ length: 398 }, (_, i) => `e${i}`)];
  const entities = ids.map((id, i) => ({
    id,
    type: ["leader", "country", "company", "project"][i % 4],
    label: `Entity ${i}`,
  }));
  const relations = ids.slice(1).map((id, i) => ({
    id: `r${i}`,
    type: "cooperates_with",
    source: ids[Math.floor(i / 3)],
    target: id,
  }));
  return { format: "relgraph", version: 1, title: "Big unplaced graph", entities, relations };
}

async function openBuiltApp(query = "", before?: (p: Page) => Promise<unknown>) {
  const page = await browser.newPage({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__cspViolations!.push(
        `${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`,
      ),
    );
  });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await before?.(page);
  await page.goto(inject("baseUrl") + query);
  await page.waitForFunction(() => (window.__cy?.nodes().length ?? 0) > 0);
  return { page, errors };
}

const violations = (page: Page) => page.evaluate(() => window.__cspViolations ?? []);

describe("the built app under its Content-Security-Policy", () => {
  it("ships the policy: no inline script, nothing from other sites", async () => {
    const { page } = await openBuiltApp();
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute("content");
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("img-src 'self' data: blob:");
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
    // And the browser enforces it: a script injected into the page does not run.
    const ran = await page.evaluate(async () => {
      const s = document.createElement("script");
      s.textContent = "window.__injectedRan = true";
      document.head.append(s);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { __injectedRan?: boolean }).__injectedRan === true;
    });
    expect(ran).toBe(false);
    expect(await violations(page)).toEqual([
      expect.stringMatching(/^script-src-elem blocked inline/),
    ]);
    await page.close();
  });

  it("draws the seed graph, sizes it by betweenness and exports it as PNG and SVG with no violation", async () => {
    const { page, errors } = await openBuiltApp();
    await page.getByRole("button", { name: "Re-layout" }).waitFor();
    await page.getByRole("button", { name: "Export", exact: true }).click();
    const form = page.getByRole("form", { name: "Export image" });
    await form.getByRole("textbox", { name: /Title/ }).fill("Under the policy");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      form.getByRole("button", { name: "Download PNG" }).click(),
    ]);
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    await page.getByRole("button", { name: "Export", exact: true }).click();
    await form.getByRole("radio", { name: "SVG (for print)" }).check();
    const [svg] = await Promise.all([
      page.waitForEvent("download"),
      form.getByRole("button", { name: "Download SVG" }).click(),
    ]);
    expect(readFileSync(await svg.path(), "utf8")).toMatch(/^<svg /);
    // Betweenness is computed in its own worker, which closes once it has answered.
    const metricsWorker = page.waitForEvent("worker", (w) => w.url().includes("metricsWorker"));
    await page.getByLabel("Size nodes by").selectOption("betweenness");
    const worker = await metricsWorker;
    await new Promise((resolve) => worker.once("close", resolve));
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reads a pasted article in the extraction worker and keeps it in IndexedDB with no violation", async () => {
    const { page, errors } = await openBuiltApp();
    await page.getByText("Saved in this browser").waitFor();
    await page.getByRole("button", { name: "Add articles" }).click();
    await page
      .getByRole("textbox", { name: "Article text" })
      .fill(
        "Kuzey Bakır Madencilik, Kazakistan'da yeni bir maden açtı. Şirketin Genel Müdürü " +
          "Deniz Akbulut, Astana'da Kazakistan Cumhurbaşkanı Kasım-Jomart Tokayev ile görüştü.",
      );
    await page.getByRole("button", { name: "Extract" }).click();
    await page
      .getByRole("region", { name: "Suggestions" })
      .getByRole("listitem", { name: "Kuzey Bakır Madencilik", exact: true })
      .waitFor();
    await page.getByText("Saved in this browser").waitFor();
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lays a 400-entity graph out in the worker with no violation", async () => {
    const { page, errors } = await openBuiltApp("?data=big.json", (p) =>
      p.route("**/big.json", (route) => route.fulfill({ json: bigUnplacedDocument() })),
    );
    const spiral = await page.evaluate(() => window.__cy!.getElementById("e100").position());
    // The worker's result replaces the spiral the graph was first drawn on.
    await page.waitForFunction(
      () => performance.getEntriesByName("relgraph:layout-done").length > 0,
      null,
      { timeout: 45_000 },
    );
    const moved = await page.evaluate(() => window.__cy!.getElementById("e100").position());
    expect(moved).not.toEqual(spiral);
    const spots = await page.evaluate(
      () =>
        new Set(
          window
            .__cy!.nodes()
            .map((n) => `${Math.round(n.position("x"))},${Math.round(n.position("y"))}`),
        ).size,
    );
    expect(spots).toBe(400);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
