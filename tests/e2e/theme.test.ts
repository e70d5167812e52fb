import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium } from "./browser";

// Light and dark: the system's scheme by default, a toggle in the header that the next visit
// remembers, the graph restyled with the page, and images that keep their light look.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function openApp(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(inject("baseUrl"));
  await waitForGraph(page);
  return page;
}

async function waitForGraph(page: Page) {
  await page.waitForFunction(() => (window.__cy?.nodes().length ?? 0) > 0);
  await page.waitForFunction(() =>
    [...document.querySelectorAll("button")].some(
      (b) => b.getAttribute("aria-label") === "Re-layout" && !b.disabled,
    ),
  );
}

const pageTheme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme);
const pageBackground = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.querySelector(".graph-area")!).backgroundColor);
/** The colour Cytoscape draws Tokayev's label in. */
const labelColour = (page: Page) =>
  page.evaluate(() => window.__cy!.getElementById("tokayev").style("color") as string);

describe("themes", () => {
  it("the toggle turns the page and the graph dark, and a reload keeps it dark", async () => {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      colorScheme: "light",
    });
    const page = await openApp(context);
    expect(await pageTheme(page)).toBe("light");
    const lightLabel = await labelColour(page);
    const lightBackground = await pageBackground(page);
    const toggle = page.getByRole("button", { name: "Dark theme" });
    expect(await toggle.getAttribute("aria-pressed")).toBe("false");

    await toggle.click();
    await expect.poll(() => pageTheme(page)).toBe("dark");
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    expect(await pageBackground(page)).not.toBe(lightBackground);
    // Light text on the dark page: the label's colour is brighter than the light theme's.
    const bright = (c: string) =>
      c
        .match(/\d+/g)!
        .slice(0, 3)
        .reduce((a, b) => a + Number(b), 0);
    expect(bright(await labelColour(page))).toBeGreaterThan(bright(lightLabel) + 300);

    await page.reload();
    await waitForGraph(page);
    expect(await pageTheme(page)).toBe("dark");
    expect(await labelColour(page)).not.toBe(lightLabel);

    // Choosing light again, the system's own scheme, goes back to following the system.
    await page.getByRole("button", { name: "Dark theme" }).click();
    await expect.poll(() => pageTheme(page)).toBe("light");
    expect(await page.evaluate(() => localStorage.getItem("relgraph:theme"))).toBeNull();
    expect(await labelColour(page)).toBe(lightLabel);
    await context.close();
  });

  it("a system set to dark opens the app dark without asking", async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      colorScheme: "dark",
    });
    const page = await openApp(context);
    expect(await pageTheme(page)).toBe("dark");
    // On a phone the toggle is folded behind Menu, pressed all the same.
    await page.getByRole("button", { name: "Menu" }).click();
    const toggle = page.getByRole("button", { name: "Dark theme" });
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    await context.close();
  });

  it("an SVG exported in the dark theme is drawn in the light look, and the screen stays dark", async () => {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      colorScheme: "dark",
      acceptDownloads: true,
    });
    const page = await openApp(context);
    const darkLabel = await labelColour(page);
    await page.getByRole("button", { name: "Export", exact: true }).click();
    const form = page.getByRole("form", { name: "Export image" });
    await form.getByRole("radio", { name: "SVG (for print)" }).check();
    await form.getByRole("radio", { name: "Whole graph" }).check();
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      form.getByRole("button", { name: /^Download/ }).click(),
    ]);
    const stream = await file.createReadStream();
    let svg = "";
    for await (const chunk of stream) svg += chunk;
    // Tokayev's name is written in the light theme's dark ink, not the screen's light one.
    const fills = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      const group = [...doc.querySelectorAll("g")].find(
        (g) => g.querySelector("title")?.textContent === "Kassym-Jomart Tokayev",
      );
      return [...(group?.querySelectorAll("text") ?? [])].map((t) => t.getAttribute("fill"));
    }, svg);
    expect(fills.length).toBeGreaterThan(0);
    for (const fill of fills)
      expect(fill?.toLowerCase()).toMatch(/^(#1f2328|rgb\(31,\s*35,\s*40\))$/);
    expect(await labelColour(page)).toBe(darkLabel);
    expect(await pageTheme(page)).toBe("dark");
    await context.close();
  });
});
