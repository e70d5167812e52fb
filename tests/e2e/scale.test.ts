import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { ENTITY_TYPE_STYLE } from "../../src/model";
import { generateDocument } from "../bench/generate";
import { launchChromium } from "./browser";

// A big file opened as a person would: through "Open…", in real Chromium. It is drawn chunk by
// chunk, so this checks what must hold once it is all in: every element there exactly once, and
// a filter set before the file arrived applied to all of it, including the last chunks.

const doc = generateDocument({ entities: 5000, seed: 7 });
const companies = doc.entities.filter((e) => e.type === "company").length;

let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(inject("baseUrl"));
  await page.waitForFunction(() => performance.getEntriesByName("relgraph:all-drawn").length > 0);
  await page.getByText("Saved in this browser").waitFor();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens `content` with "Open…" as `name`, and waits until the app sets `mark` once more. */
async function openFile(p: Page, name: string, content: unknown, mark: string) {
  // The seed workspace may draw twice (the shipped graph, then its extraction): count from here.
  const before = await p.evaluate((m) => performance.getEntriesByName(m).length, mark);
  await p.getByLabel("Open a graph document").setInputFiles({
    name,
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(content)),
  });
  await p.waitForFunction(
    ([m, n]) => performance.getEntriesByName(m).length > n,
    [mark, before] as const,
    { timeout: 120_000, polling: 250 },
  );
}

describe("opening a file of 5,000 entities and 10,000 relations", () => {
  it("draws every entity and relation once, and Companies unticked before it came stay hidden", async () => {
    const plural = ENTITY_TYPE_STYLE.company.plural;
    await page.getByRole("checkbox", { name: new RegExp(`^${plural}\\b`) }).uncheck();
    // The lines that say how far reading the file has got come and go quickly: record each.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __reading: string[] }).__reading = seen;
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="file-progress"]')?.textContent;
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    let sawProgress = false;
    const watch = page
      .getByTestId("graph-progress")
      .waitFor({ timeout: 60_000 })
      .then(() => (sawProgress = true))
      .catch(() => {});
    // The big file sets the mark again when its last chunk is drawn.
    await openFile(page, "synthetic-5000.json", doc, "relgraph:all-drawn");
    await watch;
    const drawn = await page.evaluate(() => {
      const cy = window.__cy!;
      const ids = cy.elements().map((e) => e.id());
      return {
        nodes: cy.nodes().length,
        edges: cy.edges().length,
        distinct: new Set(ids).size,
        all: ids.length,
        companiesShown: cy.nodes('[type = "company"]').filter((n) => n.visible()).length,
        companies: cy.nodes('[type = "company"]').length,
        othersShown: cy.nodes('[type != "company"]').filter((n) => n.visible()).length,
      };
    });
    expect(drawn.nodes).toBe(doc.entities.length);
    expect(drawn.edges).toBe(doc.relations.length);
    expect(drawn.distinct).toBe(drawn.all);
    expect(drawn.companies).toBe(companies);
    expect(drawn.companiesShown).toBe(0);
    expect(drawn.othersShown).toBe(doc.entities.length - companies);
    // It came in chunks, with the progress line on screen meanwhile, which is gone now.
    expect(sawProgress).toBe(true);
    // Before that, while a worker read the file, a line said so, down to what it was checking.
    const reading = await page.evaluate(
      () => (window as unknown as { __reading: string[] }).__reading,
    );
    expect(reading[0]).toMatch(/^Reading “synthetic-5000\.json” \(\d+(\.\d)? MB\): /);
    expect(reading.at(-1)).toMatch(
      `checking ${doc.entities.length.toLocaleString("en")} entities and ${doc.relations.length.toLocaleString("en")} relations…`,
    );
    await expect.poll(() => page.getByTestId("file-progress").count()).toBe(0);
    await expect.poll(() => page.getByTestId("graph-progress").count()).toBe(0);

    await page.getByRole("checkbox", { name: new RegExp(`^${plural}\\b`) }).check();
    await expect
      .poll(() =>
        page.evaluate(
          () => window.__cy!.nodes('[type = "company"]').filter((n) => n.visible()).length,
        ),
      )
      .toBe(companies);
    expect(errors).toEqual([]);
  });
});

describe("a big graph drawn in slices (src/graph/slicedFrame.ts)", () => {
  it("shows the same picture Cytoscape draws in one go, and hiding Companies takes them off it", async () => {
    // Runs after the 5,000-entity file above is open: 15,000 elements, drawn slice by slice.
    /** Draws the whole graph anew; how many pictures have been drawn in slices by then. */
    const waitForPicture = () =>
      page.evaluate(
        () =>
          new Promise<number>((done) => {
            const cy = window.__cy!;
            const frames = cy.scratch("relgraph:slicedFrames") as
              { whenDrawn(fn: () => void): void; finished(): number } | undefined;
            cy.one("render", () => {
              if (frames) frames.whenDrawn(() => done(frames.finished()));
              else done(-1);
            });
            // A frame of the whole graph, with the layered bitmap held back as after a change.
            const r = (
              cy as unknown as {
                renderer(): {
                  data: { lyrTxrCache: { lastInvalidationTime: number } };
                  redrawHint(k: string, v: boolean): void;
                  redraw(): void;
                };
              }
            ).renderer();
            r.data.lyrTxrCache.lastInvalidationTime = performance.now();
            r.redrawHint("eles", true);
            r.redraw();
          }),
      );
    // The pictures stay in the page (a few megabytes each); only counts come back.
    const shoot = (name: string) =>
      page.evaluate((key) => {
        const canvas = window
          .__cy!.container()!
          .querySelector<HTMLCanvasElement>('canvas[data-id="layer2-node"]')!;
        const px = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
        const w = window as unknown as { __shots?: Map<string, Uint8ClampedArray> };
        (w.__shots ??= new Map()).set(key, px);
        let ink = 0;
        for (let i = 3; i < px.length; i += 4) if (px[i] > 0) ink++;
        return ink;
      }, name);
    /** Share of the inked pixels that differ clearly between two pictures. */
    const difference = (a: string, b: string) =>
      page.evaluate(
        ([ka, kb]) => {
          const shots = (window as unknown as { __shots: Map<string, Uint8ClampedArray> }).__shots;
          const pa = shots.get(ka)!;
          const pb = shots.get(kb)!;
          let differ = 0;
          let ink = 0;
          for (let i = 0; i < pa.length; i += 4) {
            if (pa[i + 3] > 0 || pb[i + 3] > 0) ink++;
            let d = 0;
            for (let c = 0; c < 4; c++) d = Math.max(d, Math.abs(pa[i + c] - pb[i + c]));
            if (d > 64) differ++;
          }
          return differ / ink;
        },
        [a, b] as const,
      );

    expect(await page.evaluate(() => window.__cy!.elements().length)).toBeGreaterThan(10_000);
    const plural = ENTITY_TYPE_STYLE.company.plural;
    const companiesBox = page.getByRole("checkbox", { name: new RegExp(`^${plural}\\b`) });
    await companiesBox.uncheck();
    const before = await waitForPicture();
    await shoot("without companies");
    await companiesBox.check();
    expect(await waitForPicture()).toBeGreaterThan(before);
    expect(await shoot("sliced")).toBeGreaterThan(5000);

    // Cytoscape's own drawing of the same graph, in one frame.
    await page.evaluate(() => {
      const cy = window.__cy!;
      (cy.scratch("relgraph:slicedFrames") as { uninstall(): void }).uninstall();
    });
    expect(await waitForPicture()).toBe(-1);
    await shoot("whole");

    // Element textures sharpen between frames, so a few pixels may differ; hiding a fifth of the
    // entities changes many more.
    const same = await difference("sliced", "whole");
    const hidden = await difference("without companies", "whole");
    expect(same).toBeLessThan(0.02);
    expect(hidden).toBeGreaterThan(0.05);
    expect(errors).toEqual([]);
  });
});

describe("re-laying out the 5,000 entities (each picture moved a slice of nodes per task)", () => {
  it("every entity ends on a place of its own, none left where the old picture had it", async () => {
    const before = await page.evaluate(() => {
      const at = new Map<string, string>();
      window
        .__cy!.nodes()
        .forEach((n) => void at.set(n.id(), `${n.position("x")},${n.position("y")}`));
      return [...at];
    });
    const marks = await page.evaluate(
      () => performance.getEntriesByName("relgraph:layout-done").length,
    );
    await page.getByRole("button", { name: "Re-layout" }).click();
    await page.waitForFunction(
      (n) => performance.getEntriesByName("relgraph:layout-done").length > n,
      marks,
      { timeout: 120_000, polling: 250 },
    );
    const placed = await page.evaluate(() =>
      window.__cy!.nodes().map((n) => [n.id(), n.position("x"), n.position("y")] as const),
    );
    expect(placed).toHaveLength(before.length);
    const old = new Map(before);
    const unmoved = placed.filter(([id, x, y]) => old.get(id) === `${x},${y}`).length;
    expect(unmoved).toBeLessThan(placed.length / 100);
    // Each entity has a grid cell of its own (src/graph/forceLayout.ts): nodes of a picture
    // applied only in part would sit on old places among the new ones.
    const cells = new Set(placed.map(([, x, y]) => `${Math.round(x / 20)},${Math.round(y / 20)}`));
    expect(cells.size).toBe(placed.length);
    expect(errors).toEqual([]);
  });
});

describe("opening a file of 400 entities without saved positions", () => {
  it("lays it out in a worker: every entity gets a place, and no two sit on each other", async () => {
    const unplaced = generateDocument({ entities: 400, seed: 11 });
    delete (unplaced as { positions?: unknown }).positions;
    await openFile(page, "unplaced-400.json", unplaced, "relgraph:layout-done");
    const placed = await page.evaluate(() =>
      window.__cy!.nodes().map((n) => [n.position("x"), n.position("y")] as const),
    );
    expect(placed).toHaveLength(unplaced.entities.length);
    expect(placed.every(([x, y]) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);
    // Nodes are 30 px across, leaders 40: centres at least 40 apart never overlap.
    let closest = Infinity;
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const d = Math.hypot(placed[i][0] - placed[j][0], placed[i][1] - placed[j][1]);
        closest = Math.min(closest, d);
      }
    }
    expect(closest).toBeGreaterThanOrEqual(40);
    await expect.poll(() => page.getByRole("button", { name: "Re-layout" }).isEnabled()).toBe(true);
    expect(errors).toEqual([]);
  });
});
