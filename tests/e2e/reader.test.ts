import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { sharedBrowser, pageWatcher } from "./lifecycle";

// Reading the seed article beside the graph in a real browser: the mentions are marked, a click
// on one selects its entity in the graph, and a selection in the graph scrolls the text to it.

const browser = sharedBrowser();
const watch = pageWatcher();

async function openApp(options: { phone?: boolean } = {}) {
  const page = await browser().newPage(
    options.phone
      ? { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }
      : { viewport: { width: 1440, height: 900 } },
  );
  watch(page);
  await page.goto(inject("baseUrl"));
  await page.waitForFunction(() => (window.__cy?.nodes().length ?? 0) > 0);
  // Laid out (on a phone the button is folded behind Menu, so it is found in the document).
  await page.waitForFunction(() =>
    [...document.querySelectorAll("button")].some(
      (b) => b.getAttribute("aria-label") === "Re-layout" && !b.disabled,
    ),
  );
  return page;
}

const classesOf = (page: Page, id: string) =>
  page.evaluate((i) => window.__cy!.getElementById(i).classes(), id);

/** Whether an element is inside the visible part of the reader's scrolling text. */
function inReaderView(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const box = document.querySelector(".reader-text")!.getBoundingClientRect();
    const el = document.querySelector(sel)!.getBoundingClientRect();
    return el.top >= box.top && el.bottom <= box.bottom;
  }, selector);
}

describe("the article reader", () => {
  it("clicking 'Rustam Minnikhanov' in the article selects him in the graph", async () => {
    const page = await openApp();
    await page.getByRole("tab", { name: "Reader" }).click();
    const reader = page.getByRole("region", { name: "Reader" });
    await expect.poll(() => reader.locator("mark.mention").count()).toBeGreaterThan(40);
    await reader.getByRole("button", { name: "Rustam Minnikhanov", exact: true }).click();
    await expect.poll(() => classesOf(page, "minnikhanov")).toContain("selected");
    expect(await classesOf(page, "kamaz")).toContain("faded");
    // The reader stays open, with every mention of him marked as the one in focus.
    await expect
      .poll(() => page.getByRole("tab", { name: "Reader" }).getAttribute("aria-selected"))
      .toBe("true");
    expect(await reader.locator('mark.current[data-entity="minnikhanov"]').count()).toBe(5);
    await expect.poll(() => reader.innerText()).toContain("Rustam Minnikhanov: 5 mentions");
  });

  it("selecting a relation in the graph scrolls the article to its sentence and marks it", async () => {
    const page = await openApp();
    await page.getByRole("tab", { name: "Reader" }).click();
    // Scroll the text to its end first, so the evidence is out of view.
    await page.evaluate(() => {
      const text = document.querySelector(".reader-text")!;
      text.scrollTop = text.scrollHeight;
    });
    expect(await inReaderView(page, ".reader-text .sentence")).toBe(false);
    await page.evaluate(() => {
      window.__cy!.getElementById("r-tokayev-met_with-minnikhanov").emit("tap");
    });
    await expect.poll(() => page.locator(".reader-text .evidence-sentence").count()).toBe(1);
    await expect.poll(() => inReaderView(page, ".reader-text .evidence-sentence")).toBe(true);
    expect(await page.locator(".evidence-sentence mark.mark-trigger").innerText()).toBe("görüştü");
  });

  it("on a phone, the Reader tab opens the article in the sheet and a tap selects", async () => {
    const page = await openApp({ phone: true });
    await page
      .getByRole("navigation", { name: "Panels" })
      .getByRole("button", { name: "Reader" })
      .tap();
    // The sheet is named after the panel it holds, so the reader is found by its own class.
    const reader = page.locator("section.panel.reader");
    const kamaz = reader.getByRole("button", { name: "KAMAZın", exact: true });
    await kamaz.scrollIntoViewIfNeeded();
    await kamaz.tap();
    await expect.poll(() => classesOf(page, "kamaz")).toContain("selected");
    // The person is reading: the sheet stays on the article.
    await expect.poll(() => reader.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });
});
