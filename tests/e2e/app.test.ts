import { readFileSync } from "node:fs";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./browser";

const seed = JSON.parse(readFileSync("data/graph.json", "utf8")) as {
  entities: { id: string; label: string; type: string }[];
  relations: { type: string }[];
};
/** Typed relations are drawn; weak "mentioned with" links are hidden until asked for. */
const typedRelations = seed.relations.filter((r) => r.type !== "co_occurs");

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Uncaught errors in the page during a test; every test ends by asserting there were none. */
let pageErrors: string[] = [];

async function openApp(query = "", before?: (p: Page) => Promise<unknown>) {
  page = await browser.newPage({ viewport: { width: 1400, height: 850 }, acceptDownloads: true });
  await before?.(page);
  const errors: string[] = [];
  pageErrors = errors;
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(inject("baseUrl") + query);
  await page.waitForFunction(() => (window.__cy?.nodes().length ?? 0) > 0);
  // fcose runs once on load; wait until positions settle (the layout button is enabled again)
  await page.getByRole("button", { name: "Re-layout" }).waitFor();
  expect(errors).toEqual([]);
  return page;
}

beforeEach(async () => {
  await page?.close();
  pageErrors = [];
});
afterEach(() => {
  expect(pageErrors).toEqual([]);
});

function visibleIds(p: Page, group: "nodes" | "edges") {
  return p.evaluate((g) => window.__cy![g](":visible").map((e) => e.id()), group);
}

describe("a newcomer opens Relgraph on the seed article", () => {
  it("shows every entity and relation of the shipped graph", async () => {
    await openApp();
    expect(await page.evaluate(() => window.__cy!.nodes().length)).toBe(seed.entities.length);
    expect(await page.evaluate(() => window.__cy!.edges().length)).toBe(seed.relations.length);
    expect((await visibleIds(page, "edges")).length).toBe(typedRelations.length);
    await expect
      .poll(() => page.getByTestId("counts").innerText())
      .toMatch(
        new RegExp(
          `${seed.entities.length}\\s*/\\s*${seed.entities.length} entities.*` +
            `${typedRelations.length}\\s*/\\s*${typedRelations.length} relations`,
          "s",
        ),
      );
    await expect.poll(() => page.title()).toBe("Relgraph");
    // The layout spreads nodes out: no two nodes share a position.
    const spread = await page.evaluate(() => {
      const ps = window
        .__cy!.nodes()
        .map((n) => `${Math.round(n.position("x"))},${Math.round(n.position("y"))}`);
      return new Set(ps).size;
    });
    expect(spread).toBe(seed.entities.length);
  });

  it("unchecking Companies hides KAMAZ and Tatneft in the graph and in the list", async () => {
    await openApp();
    const list = page.getByRole("listbox", { name: "Visible entities" });
    await expect.poll(() => list.getByText("KAMAZ", { exact: true }).count()).toBe(1);
    await page.getByRole("checkbox", { name: /Companies/ }).uncheck();
    const nodes = await visibleIds(page, "nodes");
    expect(nodes).not.toContain("kamaz");
    expect(nodes).not.toContain("tatneft");
    expect(nodes).toContain("tokayev");
    expect(nodes.length).toBe(seed.entities.length - 2);
    // The list follows a moment later (it renders deferred, after the graph).
    await expect.poll(() => list.getByText("KAMAZ", { exact: true }).count()).toBe(0);
    await expect.poll(() => list.getByText("Tatneft", { exact: true }).count()).toBe(0);
    // Filtering is a class toggle: the instance and the positions are the same.
    expect(await page.evaluate(() => window.__cy!.getElementById("kamaz").hasClass("hidden"))).toBe(
      true,
    );
    await page.getByRole("checkbox", { name: /Companies/ }).check();
    expect((await visibleIds(page, "nodes")).length).toBe(seed.entities.length);
  });

  it("clicking Tokayev in the graph shows his relations and a source sentence", async () => {
    await openApp();
    const at = await page.evaluate(() => {
      const p = window.__cy!.getElementById("tokayev").renderedPosition();
      const box = window.__cy!.container()!.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.click(at.x, at.y);
    const details = page.getByRole("complementary", { name: "Details" });
    await expect
      .poll(() => details.getByRole("heading", { level: 2 }).innerText())
      .toBe("Kassym-Jomart Tokayev");
    await expect.poll(() => details.innerText()).toMatch(/met with[\s\S]*Rustam Minnikhanov/);
    // The sentence that names him, with the mention highlighted.
    const mark = details.locator("blockquote mark").first();
    expect(await mark.innerText()).toMatch(/Tokayev|Kazakistan/);
    expect(await details.locator("blockquote").first().innerText()).toMatch(/görüştü|belirtti/);
    // Neighbours stay bright, everything else fades.
    const faded = await page.evaluate(() => ({
      minnikhanov: window.__cy!.getElementById("minnikhanov").hasClass("faded"),
      kamaz: window.__cy!.getElementById("kamaz").hasClass("faded"),
    }));
    expect(faded).toEqual({ minnikhanov: false, kamaz: true });
    // Following the relation shows why the two are connected.
    await details.getByRole("button", { name: /met with/ }).click();
    await expect.poll(() => details.innerText()).toMatch(/evidence \(1\)/i);
    expect(await details.locator("mark.mark-trigger").first().innerText()).toBe("görüştü");
  });
});

interface PngFacts {
  width: number;
  height: number;
  corners: number[];
  opaqueFraction: number;
  nonWhiteFraction: number;
  /** Pixels in the company orange, #E69F00. */
  companyPixels: number;
}

async function exportAndInspect(options: { scope: string; scale: string; background: string }) {
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const form = page.getByRole("form", { name: "Export image" });
  // The bare graph: no legend or credit, so the size is the graph's own plus the margin.
  await form.getByRole("checkbox", { name: "Legend" }).uncheck();
  await form.getByRole("checkbox", { name: "Sources and date" }).uncheck();
  await form.getByRole("radio", { name: options.scope }).check();
  await form.getByRole("radio", { name: options.scale }).check();
  await form.getByRole("radio", { name: options.background }).check();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    form.getByRole("button", { name: "Download PNG" }).click(),
  ]);
  const path = await download.path();
  const bytes = readFileSync(path);
  // The PNG signature and the IHDR size, read straight from the file.
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  const header = { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  // Decode in the browser to look at the pixels.
  const facts = await page.evaluate(async (b64): Promise<PngFacts> => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext("2d")!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const alphaAt = (x: number, y: number) => d[(y * c.width + x) * 4 + 3];
    let opaque = 0;
    let nonWhite = 0;
    let company = 0;
    for (let i = 0; i < d.length; i += 4) {
      const near = (r: number, g: number, b: number) =>
        Math.abs(d[i] - r) < 6 && Math.abs(d[i + 1] - g) < 6 && Math.abs(d[i + 2] - b) < 6;
      if (d[i + 3] === 255 && near(0xe6, 0x9f, 0x00)) company++;
      if (d[i + 3] > 0) opaque++;
      if (d[i + 3] > 0 && (d[i] < 240 || d[i + 1] < 240 || d[i + 2] < 240)) nonWhite++;
    }
    const n = d.length / 4;
    return {
      width: c.width,
      height: c.height,
      corners: [
        alphaAt(0, 0),
        alphaAt(c.width - 1, 0),
        alphaAt(0, c.height - 1),
        alphaAt(c.width - 1, c.height - 1),
      ],
      opaqueFraction: opaque / n,
      nonWhiteFraction: nonWhite / n,
      companyPixels: company,
    };
  }, bytes.toString("base64"));
  return { fileName: download.suggestedFilename(), header, facts };
}

describe("exporting the graph as PNG", () => {
  it("downloads the whole graph at 2× on a transparent background, named after the dataset", async () => {
    await openApp();
    const bb = await page.evaluate(() => window.__cy!.elements(":visible").boundingBox({}));
    const { fileName, header, facts } = await exportAndInspect({
      scope: "Whole graph",
      scale: "2×",
      background: "Transparent",
    });
    expect(fileName).toMatch(/^tokayev-meets-minnikhanov.*-full-2x\.png$/);
    // The graph with a 24 px margin all round, so no label touches the edge.
    expect(header.width).toBeGreaterThanOrEqual(Math.floor((bb.w + 48) * 2) - 4);
    expect(header.width).toBeLessThanOrEqual(Math.ceil((bb.w + 48) * 2) + 4);
    expect(header.height).toBeGreaterThanOrEqual(Math.floor((bb.h + 48) * 2) - 4);
    expect(header.height).toBeLessThanOrEqual(Math.ceil((bb.h + 48) * 2) + 4);
    expect(facts.width).toBe(header.width);
    expect(facts.corners).toEqual([0, 0, 0, 0]);
    // Not blank: nodes, edges and labels cover part of the image, and not all of it.
    expect(facts.opaqueFraction).toBeGreaterThan(0.01);
    expect(facts.opaqueFraction).toBeLessThan(0.9);
  });

  it("exports the current view at 1× on white: the entities in the window, labels whole", async () => {
    await openApp();
    // Zoom in on Tokayev so that some entities are out of the window and some half in it.
    await page.evaluate(() => {
      const cy = window.__cy!;
      cy.zoom({ level: 2.5, position: cy.getElementById("tokayev").position() });
      cy.center(cy.getElementById("tokayev"));
    });
    const inView = await page.evaluate(() => {
      const cy = window.__cy!;
      const e = cy.extent();
      const nodes = cy.nodes(":visible").filter((n) => {
        const b = n.boundingBox({});
        return b.x1 <= e.x2 && b.x2 >= e.x1 && b.y1 <= e.y2 && b.y2 >= e.y1;
      });
      const bb = nodes.boundingBox({});
      return { count: nodes.length, total: cy.nodes(":visible").length, w: bb.w, h: bb.h };
    });
    expect(inView.count).toBeGreaterThan(0);
    expect(inView.count).toBeLessThan(inView.total);
    const { header, facts } = await exportAndInspect({
      scope: "Current view",
      scale: "1×",
      background: "White",
    });
    expect(Math.abs(header.width - Math.ceil(inView.w + 48))).toBeLessThanOrEqual(3);
    expect(header.height).toBeGreaterThanOrEqual(Math.floor(inView.h + 48) - 3);
    expect(facts.corners).toEqual([255, 255, 255, 255]);
    expect(facts.nonWhiteFraction).toBeGreaterThan(0.005);
  });

  it("leaves filtered-out entities out of the image", async () => {
    await openApp();
    const before = await exportAndInspect({
      scope: "Whole graph",
      scale: "1×",
      background: "White",
    });
    // KAMAZ and Tatneft are drawn in the company orange (#E69F00).
    expect(before.facts.companyPixels).toBeGreaterThan(20);
    await page.getByRole("checkbox", { name: /Companies/ }).uncheck();
    const bbVisible = await page.evaluate(() => window.__cy!.elements(":visible").boundingBox({}));
    const after = await exportAndInspect({
      scope: "Whole graph",
      scale: "1×",
      background: "White",
    });
    expect(after.facts.companyPixels).toBe(0);
    expect(Math.abs(after.header.width - (bbVisible.w + 48))).toBeLessThanOrEqual(3);
    expect(Math.abs(after.header.height - (bbVisible.h + 48))).toBeLessThanOrEqual(3);
  });
});

/** A wide synthetic document with saved positions: 400 entities spread over 24000 × 14000. */
function wideDocument() {
  const text = "Bir cümle.";
  const entities = Array.from({ length: 400 }, (_, i) => ({
    id: `e${i}`,
    type: ["leader", "country", "company", "project"][i % 4],
    label: `Entity ${i}`,
  }));
  const positions = Object.fromEntries(
    entities.map((e, i) => [e.id, { x: (i % 20) * 1200, y: Math.floor(i / 20) * 700 }]),
  );
  const relations = entities.slice(1).map((e, i) => ({
    id: `r${i}`,
    type: "cooperates_with",
    source: entities[i].id,
    target: e.id,
  }));
  return {
    format: "relgraph",
    version: 1,
    title: "Wide synthetic graph",
    sources: [{ id: "s", title: "s", language: "tr", text }],
    entities,
    relations,
    positions,
  };
}

describe("exporting a graph too big for one image", () => {
  it("clamps the size, says so, and still draws the graph", async () => {
    await openApp("?data=wide.json", (p) =>
      p.route("**/wide.json", (route) => route.fulfill({ json: wideDocument() })),
    );
    expect(await page.evaluate(() => window.__cy!.nodes().length)).toBe(400);
    const { header, facts } = await exportAndInspect({
      scope: "Whole graph",
      scale: "4×",
      background: "White",
    });
    // 4× would be about 96000 px wide; the browser gets at most 16384 on a side.
    expect(header.width).toBeLessThanOrEqual(16384);
    expect(header.width).toBeGreaterThan(8000);
    expect(facts.nonWhiteFraction).toBeGreaterThan(0.001);
    const notice = page.getByRole("status");
    await expect.poll(() => notice.innerText()).toMatch(/too large for the browser at 4×/);
  });
});

describe("opening a broken file", () => {
  it("names the wrong field and keeps the graph on screen", async () => {
    await openApp();
    const broken = JSON.parse(readFileSync("data/graph.json", "utf8"));
    broken.entities[3].type = "firm";
    broken.relations[0].target = "nobody";
    await page.getByLabel("Open a graph document").setInputFiles({
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.innerText()).toMatch(/broken\.json could not be opened/);
    const text = await alert.innerText();
    expect(text).toContain(`entities[3].type (id "${broken.entities[3].id}")`);
    expect(text).toMatch(/Nothing was changed/);
    // The graph on screen is the one from before, not a half-loaded broken one.
    const shown = await page.evaluate(
      (ids) => ({
        nodes: window.__cy!.nodes().length,
        type: window.__cy!.getElementById(ids.entity).data("type"),
        target: window.__cy!.getElementById(ids.relation).target().id(),
      }),
      { entity: broken.entities[3].id, relation: broken.relations[0].id },
    );
    expect(shown).toEqual({
      nodes: seed.entities.length,
      type: seed.entities[3].type,
      target: (seed.relations[0] as unknown as { target: string }).target,
    });
    expect(await page.locator("h1").innerText()).toBe(broken.title);
  });
});
