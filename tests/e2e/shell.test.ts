import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./browser";

// A newcomer on a phone (390 × 844, touch): every control reachable, the graph the full width,
// panels in a sheet, tap to select, pinch to zoom.

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function openPhone(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    acceptDownloads: true,
  });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(inject("baseUrl"));
  await page.waitForFunction(() => (window.__cy?.nodes().length ?? 0) > 0);
  // Laid out: no button is waiting (Undo stays disabled while there is nothing to undo).
  await page.waitForFunction(() =>
    [...document.querySelectorAll("button[disabled]")].every((b) => b.textContent === "Undo"),
  );
  return { page, errors };
}

/** Where a node is drawn, in page coordinates. */
async function nodeOnPage(page: Page, id: string) {
  const canvas = await page.getByTestId("graph").boundingBox();
  const at = await page.evaluate((i) => window.__cy!.getElementById(i).renderedPosition(), id);
  return { x: canvas!.x + at.x, y: canvas!.y + at.y };
}

describe("Relgraph on a phone", () => {
  it("gives the graph the whole width and keeps every header control on screen", async () => {
    const { page, errors } = await openPhone();
    const graph = await page.getByTestId("graph").boundingBox();
    expect(graph!.width).toBeGreaterThanOrEqual(388);
    expect(graph!.height).toBeGreaterThan(500);
    await page.getByRole("button", { name: "Menu" }).tap();
    for (const name of [
      "Open…",
      "Re-layout",
      "Fit",
      "Zoom in",
      "Zoom out",
      /^Export/,
      "Dark theme",
    ]) {
      const box = await page.getByRole("button", { name }).boundingBox();
      expect(box, String(name)).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    }
    // No part of the page scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("tapping Tokayev selects him and opens his details in a sheet, with the graph still above", async () => {
    const { page, errors } = await openPhone();
    const at = await nodeOnPage(page, "tokayev");
    await page.touchscreen.tap(at.x, at.y);
    await expect
      .poll(() => page.evaluate(() => window.__cy!.getElementById("tokayev").hasClass("selected")))
      .toBe(true);
    const details = page.getByRole("complementary", { name: "Details" });
    await expect
      .poll(() => details.getByRole("heading", { level: 2 }).innerText())
      .toBe("Kassym-Jomart Tokayev");
    const sheet = await page.getByRole("region", { name: "Details" }).boundingBox();
    const graph = await page.getByTestId("graph").boundingBox();
    expect(graph!.y + graph!.height).toBeLessThanOrEqual(sheet!.y + 1);
    expect(graph!.height).toBeGreaterThan(200);
    // The selected node is still in sight in the smaller graph.
    const again = await nodeOnPage(page, "tokayev");
    expect(again.y).toBeGreaterThan(graph!.y);
    expect(again.y).toBeLessThan(graph!.y + graph!.height);
    // Closing the sheet gives the graph the screen back.
    await page.getByRole("button", { name: "Close Details" }).tap();
    await expect
      .poll(async () => (await page.getByTestId("graph").boundingBox())!.height)
      .toBeGreaterThan(500);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("each panel opens from the tab bar: filters work from the sheet", async () => {
    const { page, errors } = await openPhone();
    const tabs = page.getByRole("navigation", { name: "Panels" });
    await tabs.getByRole("button", { name: "Filters" }).tap();
    await page.getByRole("checkbox", { name: /Companies/ }).tap();
    await expect
      .poll(() => page.evaluate(() => window.__cy!.getElementById("kamaz").visible()))
      .toBe(false);
    await tabs.getByRole("button", { name: "Entities" }).tap();
    expect(await page.getByRole("listbox", { name: "Visible entities" }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("every tab's name reads whole, the open one in bold too, and no sheet text runs under its close button", async () => {
    const { page } = await openPhone();
    const tabs = page.getByRole("navigation", { name: "Panels" });
    for (const name of ["Filters", "Entities", "Details", "Reader", "Suggestions"]) {
      await tabs.getByRole("button", { name }).tap();
      const cut = await tabs.evaluate((nav) =>
        [...nav.querySelectorAll("button")]
          .filter((b) => b.scrollWidth > b.clientWidth)
          .map((b) => b.textContent),
      );
      expect({ open: name, cut }).toEqual({ open: name, cut: [] });
      const close = await page.getByRole("button", { name: /^Close / }).boundingBox();
      const firstLine = await page.evaluate(() => {
        const body = document.querySelector(".sheet-body");
        const walker = document.createTreeWalker(body!, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (!n.textContent?.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(n);
          const r = range.getClientRects()[0];
          if (r) return { right: r.right, top: r.top, bottom: r.bottom };
        }
        return null;
      });
      // The first line of the sheet's text ends before the close button where the two share a row.
      if (close && firstLine && firstLine.top < close.y + close.height) {
        expect({ open: name, right: firstLine.right <= close.x + 1 }).toEqual({
          open: name,
          right: true,
        });
      }
    }
    await page.close();
  });

  it("an article pasted from the Menu goes in, the menu folds away and its new names open in a sheet", async () => {
    const { page, errors } = await openPhone();
    await page.getByRole("button", { name: "Menu" }).tap();
    await page.getByRole("button", { name: "Add articles" }).tap();
    await page
      .getByLabel("Article text")
      .fill(
        "Özbekistan Cumhurbaşkanı Şevket Mirziyoyev, Taşkent'te Azerbaycan Cumhurbaşkanı İlham Aliyev ile görüştü. " +
          "Görüşmede Karavan Holding'in Semerkant'taki yeni fabrikası ele alındı.",
      );
    await page.getByRole("button", { name: "Extract" }).tap();
    await page.getByRole("dialog", { name: "Add articles" }).waitFor({ state: "hidden" });
    // The toolbar is folded again, and the names to review are the next thing on screen.
    expect(await page.getByRole("button", { name: "Menu" }).getAttribute("aria-expanded")).toBe(
      "false",
    );
    const sheet = page.getByRole("region", { name: "Suggestions" });
    await sheet.getByRole("listitem", { name: "Karavan Holding", exact: true }).waitFor();
    const graph = await page.getByTestId("graph").boundingBox();
    expect(graph!.height).toBeGreaterThan(200);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("pinching out zooms the graph in", async () => {
    const { page, errors } = await openPhone();
    const before = await page.evaluate(() => window.__cy!.zoom());
    const box = (await page.getByTestId("graph").boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", d: number) =>
      cdp.send("Input.dispatchTouchEvent", {
        type,
        touchPoints:
          type === "touchEnd"
            ? []
            : [
                { x: cx - d, y: cy, id: 1 },
                { x: cx + d, y: cy, id: 2 },
              ],
      });
    await touch("touchStart", 30);
    for (let d = 40; d <= 150; d += 10) await touch("touchMove", d);
    await touch("touchEnd", 0);
    await expect.poll(() => page.evaluate(() => window.__cy!.zoom())).toBeGreaterThan(before * 1.5);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("folding the columns on a wide screen", () => {
  it("hiding filters and entities, then details, gives the graph the room; showing brings them back", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(inject("baseUrl"));
    await page.waitForFunction(() => (window.__cy?.nodes().length ?? 0) > 0);
    const width = async () => (await page.getByTestId("graph").boundingBox())!.width;
    const full = await width();
    await page.getByRole("button", { name: "Hide filters and entities" }).click();
    expect(await page.getByRole("listbox", { name: "Visible entities" }).count()).toBe(0);
    await page.getByRole("button", { name: "Hide details" }).click();
    await expect.poll(width).toBeGreaterThan(full + 500);
    await expect.poll(() => page.evaluate(() => window.__cy!.width())).toBeGreaterThan(full + 500);
    await page.getByRole("button", { name: "Show filters and entities" }).click();
    await page.getByRole("button", { name: "Show details" }).click();
    await expect.poll(width).toBe(full);
    expect(await page.getByRole("listbox", { name: "Visible entities" }).isVisible()).toBe(true);
    await page.close();
  });
});
