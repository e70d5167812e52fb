import { describe, expect, inject, it } from "vitest";
import { KARAVAN_TEXT } from "../helpers/karavan";
import { sharedBrowser } from "./lifecycle";

// The promise for a big ingest: the page never freezes while a hundred articles go in.
// What a person sees of that is checked here: the progress bar moves article by article while
// the worker extracts, the dialog's Cancel answers at any point, and in the end all hundred
// are in the graph, with the work saved. How long the main thread's longest task is belongs to
// `npm run bench:ingest` (docs/performance.md): a millisecond threshold in a test measures the
// machine's load as much as the app.

const ARTICLE = KARAVAN_TEXT;

const browser = sharedBrowser();

function articles(n: number, tag: string) {
  return Array.from({ length: n }, (_, i) => ({
    name: `haber-${tag}-${String(i).padStart(3, "0")}.txt`,
    mimeType: "text/plain",
    buffer: Buffer.from(
      `Haber ${tag} ${i}: ${ARTICLE} Toplantı ${i}. kez yapıldı ve taraflar iş birliği konusunda anlaştı.`,
    ),
  }));
}

describe("a hundred of a person's articles at once", () => {
  it(
    "the progress bar moves article by article, Cancel answers while the worker reads, and then all hundred go in",
    { timeout: 150_000 },
    async () => {
      const context = await browser().newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const errors: Error[] = [];
      page.on("pageerror", (e) => errors.push(e));
      await page.goto(inject("baseUrl"));
      await page.waitForFunction(() => (window.__cy?.nodes().length ?? 0) > 0);
      await page.getByText("Saved in this browser").waitFor();
      const shownBefore = await page.evaluate(() => window.__cy!.nodes().length);
      const dialog = page.getByRole("dialog", { name: "Add articles" });
      const progress = dialog.getByRole("progressbar", { name: "Extraction progress" });

      // First try, three hundred of them: cancelled while the worker reads.
      await page.getByRole("button", { name: "Add articles" }).click();
      await page.getByLabel("Article files").setInputFiles(articles(300, "a"));
      await dialog.getByText("300 files:").waitFor();
      await dialog.getByRole("button", { name: "Extract" }).click();
      // Pressed in the first frame that offers it (the dialog is still growing its progress
      // line then, which Playwright's click would wait out).
      await page.waitForFunction(
        () => {
          const cancel = [...document.querySelectorAll("dialog[open] button")].find(
            (b) => b.textContent?.trim() === "Cancel",
          ) as HTMLButtonElement | undefined;
          cancel?.click();
          return !!cancel;
        },
        null,
        { polling: "raf", timeout: 60_000 },
      );
      await expect.poll(() => progress.count(), { timeout: 30_000 }).toBe(0);
      expect(await page.evaluate(() => window.__cy!.nodes().length)).toBe(shownBefore);
      await expect
        .poll(() => page.getByText(/Karavan Holding/).count(), { timeout: 10_000 })
        .toBe(0);

      // Second try: the hundred go in; the page draws the progress as the worker reports it.
      await page.evaluate(() => {
        const w = window as unknown as { __seen: Set<string> };
        w.__seen = new Set();
        new MutationObserver(() => {
          const bar = document.querySelector('[role="progressbar"]');
          const now = bar?.getAttribute("aria-valuenow");
          if (now) w.__seen.add(now);
        }).observe(document.body, { subtree: true, attributes: true, childList: true });
      });
      if (!(await dialog.isVisible())) {
        await page.getByRole("button", { name: "Add articles" }).click();
      }
      await page.getByLabel("Article files").setInputFiles(articles(100, "b"));
      await dialog.getByText("100 files:").waitFor();
      await dialog.getByRole("button", { name: "Extract" }).click();
      // The dialog closes itself once the graph has them, and the work is saved.
      await dialog.waitFor({ state: "hidden", timeout: 90_000 });
      await page.getByText("Saved in this browser").waitFor();
      const seen = await page.evaluate(
        () => (window as unknown as { __seen: Set<string> }).__seen.size,
      );
      expect(seen, "distinct progress values the page drew").toBeGreaterThan(3);
      // All hundred were read: the unknown company, named twice in each, is suggested 200 times.
      const karavan = page
        .getByRole("region", { name: "Suggestions" })
        .getByRole("listitem", { name: "Karavan Holding", exact: true });
      await expect.poll(() => karavan.innerText(), { timeout: 30_000 }).toContain("200×");
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
