import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./browser";

// Exploring the seed graph in a real browser: search, neighbourhoods, paths, shareable links.

let browser: Browser;
const pages: Page[] = [];
let pageErrors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  expect(pageErrors).toEqual([]);
  await Promise.all(pages.splice(0).map((p) => p.close()));
  pageErrors = [];
});

async function openApp(hash = "", viewport = { width: 1400, height: 850 }) {
  const page = await browser.newPage({ viewport });
  pages.push(page);
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(inject("baseUrl") + hash);
  await page.waitForFunction(() => (window.__cy?.nodes().length ?? 0) > 0);
  await page.getByRole("button", { name: "Re-layout" }).waitFor();
  return page;
}

/** Where a node is drawn, relative to the middle of the graph canvas, in screen pixels. */
function offCentre(page: Page, id: string) {
  return page.evaluate((nodeId) => {
    const cy = window.__cy!;
    const p = cy.getElementById(nodeId).renderedPosition();
    return Math.hypot(p.x - cy.width() / 2, p.y - cy.height() / 2);
  }, id);
}

const classesOf = (page: Page, id: string) =>
  page.evaluate((i) => window.__cy!.getElementById(i).classes(), id);

describe("searching", () => {
  it("typing 'tokay' and Enter selects Tokayev and centres him in the graph", async () => {
    const page = await openApp();
    await page.keyboard.press("/");
    await page.keyboard.type("tokay");
    await expect
      .poll(() => page.getByRole("listbox", { name: "Search results" }).innerText())
      .toContain("Kassym-Jomart Tokayev");
    // Matches are marked in the graph while the query stands.
    expect(await classesOf(page, "tokayev")).toContain("match");
    await page.keyboard.press("Enter");
    await expect.poll(() => classesOf(page, "tokayev")).toContain("selected");
    await expect.poll(() => offCentre(page, "tokayev")).toBeLessThan(3);
    await expect
      .poll(() => page.getByRole("complementary", { name: "Details" }).innerText())
      .toContain("Kassym-Jomart Tokayev");
  });
});
