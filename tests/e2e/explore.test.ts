import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { sharedBrowser, pageWatcher } from "./lifecycle";

// Exploring the seed graph in a real browser: search, neighbourhoods, paths, shareable links.

const browser = sharedBrowser();
const watch = pageWatcher();

async function openApp(hash = "", viewport = { width: 1400, height: 850 }) {
  const page = await browser().newPage({ viewport });
  watch(page);
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

const details = (page: Page) => page.getByRole("complementary", { name: "Details" });

async function selectFromList(page: Page, label: string) {
  await page
    .getByRole("listbox", { name: "Visible entities" })
    .getByText(label, { exact: true })
    .click();
}

describe("neighbourhoods", () => {
  it("depth 1 on Minnikhanov fades KAMAZ; depth 2 does not", async () => {
    const page = await openApp();
    await selectFromList(page, "Rustam Minnikhanov");
    await expect.poll(() => classesOf(page, "minnikhanov")).toContain("selected");
    expect(await classesOf(page, "kamaz")).toContain("faded");
    expect(await classesOf(page, "tatarstan")).not.toContain("faded");
    await details(page).getByRole("radio", { name: "2 hops" }).check();
    await expect.poll(() => classesOf(page, "kamaz")).not.toContain("faded");
    // Still faded at two hops: MIA Kazinform has no road to him at all.
    expect(await classesOf(page, "kazinform")).toContain("faded");

    await details(page).getByRole("checkbox", { name: "Show only this neighbourhood" }).check();
    await expect
      .poll(() => page.evaluate(() => window.__cy!.getElementById("kazinform").visible()))
      .toBe(false);
    expect(await page.evaluate(() => window.__cy!.getElementById("kamaz").visible())).toBe(true);
  });
});

describe("paths", () => {
  it("the path from KAMAZ to Tatarstan is highlighted and told in steps with their evidence", async () => {
    const page = await openApp();
    await selectFromList(page, "KAMAZ");
    await details(page).getByRole("button", { name: "Path to…" }).click();
    await page.getByRole("combobox", { name: "Path from KAMAZ to" }).fill("tatarstan");
    await page.keyboard.press("Enter");

    const onPath = () =>
      page.evaluate(() =>
        window
          .__cy!.elements(".on-path")
          .map((e) => e.id())
          .sort(),
      );
    await expect
      .poll(onPath)
      .toEqual(
        [
          "kamaz",
          "kazakhstan",
          "tatarstan",
          "r-kamaz-operates_in-kazakhstan",
          "r-kazakhstan-cooperates_with-tatarstan",
        ].sort(),
      );
    // Everything off the path fades.
    expect(await classesOf(page, "tokayev")).toContain("faded");
    const path = page.getByRole("region", { name: "KAMAZ → Tatarstan" });
    await expect.poll(() => path.innerText()).toContain("2 steps");
    const text = await path.innerText();
    expect(text).toMatch(/KAMAZ operates in → Kazakhstan/);
    expect(text).toMatch(/Kazakhstan cooperates with — Tatarstan/);
    // The evidence sentences, in Turkish as written.
    expect(text).toContain("KAMAZın");
    expect(text).toContain("Tataristan");
    // Focus moved to the path, not to <body>.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("path-heading");
  });

  it("Shift+click on a node asks for the path from the selection", async () => {
    const page = await openApp();
    await selectFromList(page, "KAMAZ");
    const at = await page.evaluate(() => {
      const p = window.__cy!.getElementById("tatarstan").renderedPosition();
      const box = window.__cy!.container()!.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await page.keyboard.down("Shift");
    await page.mouse.click(at.x, at.y);
    await page.keyboard.up("Shift");
    await expect.poll(() => classesOf(page, "kazakhstan")).toContain("on-path");
  });
});

describe("shareable views", () => {
  it("a copied URL opened in a fresh page shows the same selection, filters, path and camera", async () => {
    const page = await openApp();
    await page.getByRole("checkbox", { name: /Organisations/ }).uncheck();
    await selectFromList(page, "KAMAZ");
    await details(page).getByRole("button", { name: "Path to…" }).click();
    await page.getByRole("combobox", { name: "Path from KAMAZ to" }).fill("tatarstan");
    await page.keyboard.press("Enter");
    await page.locator("body").press("+");
    await expect.poll(() => page.url()).toMatch(/view=/);
    await expect.poll(() => page.url()).toMatch(/hide=organisation/);

    const state = (p: Page) =>
      p.evaluate(() => {
        const cy = window.__cy!;
        return {
          selected: cy
            .$(".selected")
            .map((e) => e.id())
            .sort(),
          onPath: cy
            .$(".on-path")
            .map((e) => e.id())
            .sort(),
          hidden: cy
            .$(".hidden")
            .map((e) => e.id())
            .sort(),
          zoom: Math.round(cy.zoom() * 1000) / 1000,
          pan: { x: Math.round(cy.pan().x), y: Math.round(cy.pan().y) },
        };
      });
    // The camera is written once it rests: wait until the link holds where the camera is now.
    const cameraNow = () =>
      page.evaluate(() => {
        const cy = window.__cy!;
        const r = (n: number, f: number) => Math.round(n * f) / f;
        return `view=${r(cy.zoom(), 1e4)},${r(cy.pan().x, 10)},${r(cy.pan().y, 10)}`;
      });
    await expect.poll(async () => page.url().includes(await cameraNow())).toBe(true);
    const url = page.url();
    const before = await state(page);
    expect(before.onPath).toContain("kazakhstan");

    const fresh = await openApp(url.slice(url.indexOf("#")));
    await expect.poll(() => state(fresh)).toEqual(before);
    expect(await fresh.getByRole("checkbox", { name: /Organisations/ }).isChecked()).toBe(false);
    await expect
      .poll(() => fresh.getByRole("region", { name: "KAMAZ → Tatarstan" }).innerText())
      .toContain("2 steps");
  });

  it("Back and Forward step through selections", async () => {
    const page = await openApp();
    await selectFromList(page, "KAMAZ");
    await expect.poll(() => page.url()).toContain("sel=e:kamaz");
    await selectFromList(page, "Tatneft");
    await expect.poll(() => page.url()).toContain("sel=e:tatneft");
    await page.goBack();
    await expect.poll(() => classesOf(page, "kamaz")).toContain("selected");
    expect(await classesOf(page, "tatneft")).not.toContain("selected");
    await page.goForward();
    await expect.poll(() => classesOf(page, "tatneft")).toContain("selected");
  });

  it("garbage in the hash opens the default view with a notice, not an error page", async () => {
    const page = await openApp("#sel=e:nobody&depth=banana&%%%");
    await expect
      .poll(() => page.getByText(/Part of this link could not be used/).innerText())
      .toMatch(/no entity "nobody".*|depth "banana"/s);
    expect(await page.evaluate(() => window.__cy!.$(".selected").length)).toBe(0);
    expect(await page.evaluate(() => window.__cy!.$(":visible").length)).toBeGreaterThan(20);
  });
});

describe("who matters", () => {
  it("sizing by PageRank (from the worker) draws Kazakhstan biggest; the list sorts by it", async () => {
    const page = await openApp();
    const width = (id: string) => page.evaluate((i) => window.__cy!.getElementById(i).width(), id);
    const kamazBefore = await width("kamaz");
    await page.getByLabel("Size nodes by").selectOption("pagerank");
    await expect.poll(() => width("kazakhstan")).toBeGreaterThan(60);
    expect(await width("kamaz")).toBeLessThan(await width("kazakhstan"));
    await page.getByLabel("Size nodes by").selectOption("");
    await expect.poll(() => width("kamaz")).toBe(kamazBefore);

    await page.getByLabel("Metric column").selectOption("betweenness");
    await page.getByRole("button", { name: "Sort by Betweenness" }).click();
    const list = page.getByRole("listbox", { name: "Visible entities" });
    await expect
      .poll(() => list.getByRole("option").first().innerText())
      .toMatch(/Kazakhstan\s+1\.000/);
  });
});

describe("the keyboard", () => {
  const camera = (page: Page) =>
    page.evaluate(() => ({ zoom: window.__cy!.zoom(), pan: { ...window.__cy!.pan() } }));

  it("+ and - zoom, arrow keys pan, f fits, ? opens the shortcuts, Esc clears from anywhere", async () => {
    const page = await openApp();
    const start = await camera(page);
    await page.keyboard.press("+");
    expect((await camera(page)).zoom).toBeCloseTo(start.zoom * 1.25, 5);
    await page.keyboard.press("-");
    expect((await camera(page)).zoom).toBeCloseTo(start.zoom, 5);
    await page.keyboard.press("ArrowRight");
    expect((await camera(page)).pan.x).toBeCloseTo(start.pan.x - 80, 5);
    await page.keyboard.press("ArrowDown");
    expect((await camera(page)).pan.y).toBeCloseTo(start.pan.y - 80, 5);
    await page.keyboard.press("f");
    await expect.poll(async () => (await camera(page)).pan.x).toBeCloseTo(start.pan.x, 0);

    await page.keyboard.press("?");
    const sheet = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect.poll(() => sheet.isVisible()).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => sheet.isVisible()).toBe(false);

    await selectFromList(page, "KAMAZ");
    // Focus is in the entity list; Escape there and from the details panel both clear.
    await details(page).getByRole("radio", { name: "2 hops" }).focus();
    await page.keyboard.press("Escape");
    await expect.poll(() => page.evaluate(() => window.__cy!.$(".selected").length)).toBe(0);
  });

  it("the first Tab stop skips to the search", async () => {
    const page = await openApp();
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to search" });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      "Search",
    );
  });

  it("focus never falls to <body> when the button that had it goes away", async () => {
    const page = await openApp();
    await selectFromList(page, "KAMAZ");
    const active = () =>
      page.evaluate(() => {
        const a = document.activeElement;
        return a === document.body || !a
          ? "body"
          : (a.closest("[aria-label]")?.getAttribute("aria-label") ?? a.tagName);
      });
    // The relation button opens the relation: the entity's panel, and the button, are replaced.
    await details(page)
      .getByRole("button", { name: /operates in/ })
      .click();
    await expect.poll(() => details(page).innerText()).toContain("Relation");
    await expect.poll(active).not.toBe("body");
    // "Clear path" removes the path view it sits in.
    await selectFromList(page, "KAMAZ");
    await details(page).getByRole("button", { name: "Path to…" }).click();
    await page.keyboard.type("tatarstan");
    await page.keyboard.press("Enter");
    await details(page).getByRole("button", { name: "Clear path" }).click();
    await expect.poll(() => page.evaluate(() => window.__cy!.$(".on-path").length)).toBe(0);
    await expect.poll(active).not.toBe("body");
  });
});
