import { describe, expect, inject, it } from "vitest";
import { KARAVAN_TEXT } from "../helpers/karavan";
import { sharedBrowser } from "./lifecycle";

// The promise for a big ingest: the page never freezes. A hundred articles go in through
// the file picker and the main thread is watched with PerformanceObserver('longtask') from
// pressing Extract until the graph has them and the work is saved. This file runs last and
// alone (the "e2e-quiet" project in vite.config.ts), so other tests' work is not counted.
// The numbers over time are in `npm run bench:ingest`.

const ARTICLE = KARAVAN_TEXT;

const browser = sharedBrowser();

describe("a hundred of a person's articles at once", () => {
  it(
    "100 articles go in without a main-thread task over 100 ms",
    { timeout: 150_000 },
    async () => {
      const context = await browser().newContext({ viewport: { width: 1440, height: 900 } });
      await context.addInitScript(() => {
        const w = window as unknown as { __longTasks: number[] };
        w.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__longTasks.push(e.duration);
        }).observe({ type: "longtask", buffered: true });
      });
      const page = await context.newPage();
      page.on("pageerror", (e) => {
        throw e;
      });
      await page.goto(inject("baseUrl"));
      await page.waitForFunction(() => (window.__cy?.nodes().length ?? 0) > 0);
      await page.getByText("Saved in this browser").waitFor();
      const files = Array.from({ length: 100 }, (_, i) => ({
        name: `haber-${String(i).padStart(3, "0")}.txt`,
        mimeType: "text/plain",
        buffer: Buffer.from(
          `Haber ${i}: ${ARTICLE} Toplantı ${i}. kez yapıldı ve taraflar iş birliği konusunda anlaştı.`,
        ),
      }));
      await page.getByRole("button", { name: "Add articles" }).click();
      await page.getByLabel("Article files").setInputFiles(files);
      await page.evaluate(
        () => ((window as unknown as { __longTasks: number[] }).__longTasks = []),
      );
      await page.getByRole("button", { name: "Extract" }).click();
      await page
        .getByRole("dialog", { name: "Add articles" })
        .getByRole("progressbar", { name: "Extraction progress" })
        .waitFor();
      // The dialog closes itself once the graph has them, and the work is saved.
      await page
        .getByRole("dialog", { name: "Add articles" })
        .waitFor({ state: "hidden", timeout: 90_000 });
      await page.getByText("Saved in this browser").waitFor();
      // All hundred were read: the unknown company, named twice in each, is suggested 200 times.
      const karavan = page
        .getByRole("region", { name: "Suggestions" })
        .getByRole("listitem", { name: "Karavan Holding", exact: true });
      await expect.poll(() => karavan.innerText()).toContain("200×");
      const tasks = await page.evaluate(() =>
        (window as unknown as { __longTasks: number[] }).__longTasks.map(Math.round),
      );
      expect(Math.max(0, ...tasks), `long tasks (ms): ${tasks.join(", ")}`).toBeLessThan(100);
      await context.close();
    },
  );
});
