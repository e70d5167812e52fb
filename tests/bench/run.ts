// `npm run bench`: the app against two anchors, a bare Cytoscape.js page and a bare sigma.js
// page, same data, same positions, same browser. Builds all three, serves them from one origin,
// and for each size and page opens a fresh page per run and measures the first interactive
// frame, everything drawn, the longest main-thread task, pan/zoom frame time (real wheel and
// drag input), a type filter until drawn and PNG exports. Prints medians and app/bare ratios;
// writes docs/performance.md.
//
// Options: --sizes=1000,5000,20000  --runs=N  --pages=app,bare,sigma  --write (update
// docs/performance.md even for a partial run)  --no-write  --app-query=renderer=webgl.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import type { Browser, Page } from "playwright-core";
import { build, preview } from "vite";
import { ENTITY_TYPE_STYLE } from "../../src/model";
import type { EntityType } from "../../src/model";
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumAvailable } from "../e2e/browser";
import { generateDocument } from "./generate";
import { inspectPng } from "./png";
import type { PngReport } from "./png";

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH_DIR, "../..");
const OUT = resolve(BENCH_DIR, "out");
const SITE = resolve(OUT, "site");
const DOC_PATH = resolve(ROOT, "docs/performance.md");

const DEFAULT_SIZES = [1000, 5000, 20000];
/** The size at which a document without positions is also opened, for the worker layout. */
const LAYOUT_SIZE = 5000;
/** The type the filter measure switches off: about a fifth of the entities. */
const FILTER_TYPE: EntityType = "company";
const VIEWPORT = { width: 1280, height: 800 };
/**
 * Frames of the pan/zoom drive: 60 at 1k, fewer for big graphs, whose frames take over a second.
 * A fixed count, not a time limit, so both pages run exactly the same script.
 */
const panZoomFrames = (size: number) => Math.max(10, Math.min(60, Math.round(150_000 / size)));
/** Applied to both pages alike: keep rAF and timers at full speed in headless Chromium. */
const EXTRA_CHROMIUM_ARGS = [
  "--disable-background-timer-throttling",
  "--disable-renderer-backgrounding",
  "--disable-backgrounding-occluded-windows",
];

const MEASURES = [
  "firstFrame",
  "allDrawn",
  "longestTask",
  "panZoom",
  "filter",
  "exportView",
  "exportFull",
  "select",
  "layoutDone",
  "layoutLongestTask",
] as const;
type Measure = (typeof MEASURES)[number];
const MEASURE_LABEL: Record<Measure, string> = {
  firstFrame: "first interactive frame",
  allDrawn: "everything drawn",
  longestTask: "longest main-thread task",
  panZoom: "pan/zoom frame (median)",
  filter: "type filter until drawn",
  exportView: "PNG export, current view",
  exportFull: "PNG export, whole graph (1×)",
  select: "select an entity until drawn",
  layoutDone: "no positions: laid out (worker)",
  layoutLongestTask: "no positions: longest task",
};
const PAGES = ["app", "bare", "sigma"] as const;
type PageKind = (typeof PAGES)[number];

/** One run's numbers in ms; NaN where a page has no such thing (sigma has no PNG export). */
type RunResult = Record<Measure, number> & {
  panZoomFrames: number;
  /** `partial`: only the start of the file was checked (the bare page's big images). */
  png?: PngReport & { bytes: number; partial?: boolean; clamped?: boolean; notice?: string };
};

interface SizeResult {
  entities: number;
  relations: number;
  runs: Partial<Record<PageKind, RunResult[]>>;
}

interface Options {
  sizes: number[];
  runs: number | null;
  write: boolean | null;
  pages: PageKind[];
  appQuery: string;
  exports: boolean;
}

function parseOptions(argv: string[]): Options {
  const opts: Options = {
    sizes: DEFAULT_SIZES,
    runs: null,
    write: null,
    pages: [...PAGES],
    appQuery: "",
    exports: true,
  };
  for (const arg of argv) {
    if (arg.startsWith("--sizes=")) opts.sizes = arg.slice(8).split(",").map(Number);
    else if (arg.startsWith("--runs=")) opts.runs = Number(arg.slice(7));
    else if (arg.startsWith("--pages=")) opts.pages = arg.slice(8).split(",") as PageKind[];
    else if (arg.startsWith("--app-query=")) opts.appQuery = `&${arg.slice(12)}`;
    else if (arg === "--write") opts.write = true;
    else if (arg === "--no-write") opts.write = false;
    else if (arg === "--no-export") opts.exports = false;
    else {
      throw new Error(
        `unknown option ${arg}; use --sizes=1000,5000 --runs=N --pages=app,bare --[no-]write`,
      );
    }
  }
  if (!opts.pages.includes("app") || opts.pages.some((p) => !PAGES.includes(p))) {
    throw new Error("bad --pages: app and any of bare, sigma");
  }
  if (opts.sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error("bad --sizes");
  if (opts.runs !== null && (!Number.isInteger(opts.runs) || opts.runs < 1)) {
    throw new Error("bad --runs");
  }
  return opts;
}

/**
 * Small graphs are quick and noisier: more runs there. Big ones take minutes a run on this
 * two-core machine, so two (the median of two is their mean).
 */
const runsFor = (size: number, opts: Options) => opts.runs ?? (size <= 1000 ? 3 : 2);

function median(values: readonly number[]): number {
  const s = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function log(message: string) {
  process.stderr.write(`${message}\n`);
}

async function buildPages() {
  // The app exactly as shipped (the project's own Vite config), and the bare page next to it.
  await build({ root: ROOT, logLevel: "warn", build: { outDir: SITE, emptyOutDir: true } });
  await build({
    configFile: false,
    root: BENCH_DIR,
    base: "./",
    logLevel: "warn",
    build: {
      outDir: resolve(SITE, "bare"),
      emptyOutDir: true,
      chunkSizeWarningLimit: 1500,
      rolldownOptions: {
        input: { bare: resolve(BENCH_DIR, "bare.html"), sigma: resolve(BENCH_DIR, "sigma.html") },
      },
    },
  });
}

// --- measures, each run in the page -----------------------------------------------------------

interface BenchWindow {
  __bench?: { t0?: number; t1?: number; done?: Promise<number> };
  __pictureAfterNextFrame?: () => Promise<number>;
}

/**
 * The time of the graph's next frame, and for a big graph whose frame is drawn in slices
 * (src/graph/slicedFrame.ts), of the moment its picture is complete on screen.
 */
function definePictureAfterNextFrame() {
  (window as BenchWindow).__pictureAfterNextFrame = () =>
    new Promise<number>((res) => {
      const cy = window.__cy!;
      cy.one("render", () => {
        const frames = cy.scratch("relgraph:slicedFrames") as
          { whenDrawn(fn: () => void): void } | undefined;
        if (frames) frames.whenDrawn(() => res(performance.now()));
        else res(performance.now());
      });
    });
}

/**
 * Navigation to the marks the pages set: `relgraph:first-frame` on the bare pages (everything
 * is drawn in their first frame), and in the app `relgraph:interactive` (the most connected
 * 10 % drawn, pan and zoom answering) and `relgraph:all-drawn`. The longest main-thread task is
 * taken from navigation to everything drawn.
 */
async function loadPage(page: Page, url: string, kind: PageKind) {
  await page.goto(url, { waitUntil: "commit" });
  const last = kind === "app" ? "relgraph:all-drawn" : "relgraph:first-frame";
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, last, {
    timeout: 300_000,
    polling: 200,
  });
  return page.evaluate(
    async ({ kind, last }) => {
      const at = (name: string) => performance.getEntriesByName(name)[0].startTime;
      const allDrawn = at(last);
      const firstFrame = kind === "app" ? at("relgraph:interactive") : allDrawn;
      const tasks: { start: number; ms: number }[] = [];
      const longest = await new Promise<number>((done) => {
        // Buffered long tasks arrive in the callback, not through takeRecords().
        let max = 0;
        const observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            if (e.startTime < allDrawn) {
              max = Math.max(max, e.duration);
              tasks.push({ start: e.startTime, ms: e.duration });
            }
          }
        });
        observer.observe({ type: "longtask", buffered: true });
        setTimeout(() => {
          observer.disconnect();
          done(max);
        }, 100);
      });
      const nodes = kind === "sigma" ? (window.__graph?.order ?? 0) : window.__cy!.nodes().length;
      // The longest few, to tell which part of the load they belong to (BENCH_TASKS=1 prints them).
      const top = tasks
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 6)
        .map((t) => `${Math.round(t.ms)}@${(t.start / 1000).toFixed(2)}s`)
        .join(" ");
      return { firstFrame, allDrawn, longestTask: longest, nodes, top };
    },
    { kind, last },
  );
}

/** Waits until the page has had an idle moment and a couple of quiet frames. */
async function settle(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        requestIdleCallback(
          () => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 200))),
          { timeout: 5000 },
        );
      }),
  );
}

/**
 * The same input for every page, as a person gives it: wheel zooms over the graph's centre
 * (in for the first quarter, out for the second), then a drag that pans from an empty corner.
 * Each input waits for the page to take it, so a slow frame holds up the next one; the page
 * records its animation frames meanwhile, and the median gap between them is the frame time.
 */
async function panZoom(page: Page, frames: number) {
  const box = await page.locator("canvas").first().boundingBox();
  if (!box) throw new Error("no canvas to pan and zoom");
  await page.evaluate(() => {
    const w = window as BenchWindow & { __frames?: number[]; __framesOn?: boolean };
    w.__frames = [];
    w.__framesOn = true;
    const tick = (t: number) => {
      w.__frames!.push(t);
      if (w.__framesOn) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  const wheels = Math.ceil(frames / 2);
  for (let i = 0; i < wheels; i++) await page.mouse.wheel(0, i < wheels / 2 ? -60 : 60);
  // A corner of the canvas is empty (the graphs are round), so the drag pans instead of moving
  // a node.
  const x0 = box.x + 8;
  const y0 = box.y + 8;
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  for (let i = 1; i <= frames - wheels; i++) await page.mouse.move(x0 + 6 * i, y0 + 4 * i);
  await page.mouse.up();
  return page.evaluate(() => {
    const w = window as BenchWindow & { __frames?: number[]; __framesOn?: boolean };
    w.__framesOn = false;
    const stamps = w.__frames!;
    const gaps = stamps.slice(1).map((s, k) => s - stamps[k]);
    gaps.sort((a, b) => a - b);
    const m = gaps.length >> 1;
    return {
      median: gaps.length % 2 ? gaps[m] : (gaps[m - 1] + gaps[m]) / 2,
      frames: gaps.length,
    };
  });
}

/**
 * Times a person's click (capture on window runs before React's own listener, so the clock
 * starts at the click) until the graph's picture after it is on screen.
 */
async function clickUntilPicture(page: Page, click: () => Promise<void>) {
  await page.evaluate(() => {
    const w = window as BenchWindow;
    const bench: NonNullable<BenchWindow["__bench"]> = {};
    w.__bench = bench;
    window.addEventListener(
      "click",
      () => {
        bench.t0 = performance.now();
        bench.done = w.__pictureAfterNextFrame!();
      },
      { capture: true, once: true },
    );
  });
  await click();
  return page.evaluate(async () => {
    const bench = (window as BenchWindow).__bench!;
    return (await bench.done!) - bench.t0!;
  });
}

async function filterApp(page: Page) {
  const plural = ENTITY_TYPE_STYLE[FILTER_TYPE].plural;
  const checkbox = page.getByRole("checkbox", { name: new RegExp(`^${plural}\\b`) });
  await checkbox.scrollIntoViewIfNeeded();
  const ms = await clickUntilPicture(page, () => checkbox.click());
  const left = await page.evaluate(
    (type) => window.__cy!.nodes(`[type = "${type}"]`).filter((n) => n.visible()).length,
    FILTER_TYPE,
  );
  return { ms, left };
}

async function filterBare(page: Page) {
  return page.evaluate(
    (type) =>
      new Promise<{ ms: number; left: number }>((done) => {
        const cy = window.__cy!;
        const t0 = performance.now();
        cy.one("render", () => {
          const left = cy.nodes(`[type = "${type}"]`).filter((n) => n.visible()).length;
          done({ ms: performance.now() - t0, left });
        });
        cy.batch(() => cy.nodes(`[type = "${type}"]`).addClass("hidden"));
      }),
    FILTER_TYPE,
  );
}

async function filterSigma(page: Page) {
  return page.evaluate(
    (type) =>
      new Promise<{ ms: number; left: number }>((done) => {
        const sigma = window.__sigma!;
        const graph = window.__graph!;
        const t0 = performance.now();
        sigma.once("afterRender", () => {
          const left = graph.filterNodes((_, a) => a.entityType === type && !a.hidden).length;
          done({ ms: performance.now() - t0, left });
        });
        graph.forEachNode((n, a) => {
          if (a.entityType === type) graph.setNodeAttribute(n, "hidden", true);
        });
      }),
    FILTER_TYPE,
  );
}

/**
 * A person picks an entity in the list (the one ranked first A-Z): from the click to the graph's
 * next frame, which shows it selected with its neighbourhood marked. The app only.
 */
async function selectApp(page: Page) {
  const option = page
    .getByRole("listbox", { name: "Visible entities" })
    .getByRole("option")
    .first();
  const ms = await clickUntilPicture(page, () => option.click());
  return { ms, selected: await page.evaluate(() => window.__cy!.nodes(".selected").length) };
}

/**
 * The same document without saved positions, in the app: it is drawn on a spiral and laid out in
 * the layout worker while it loads, the picture updated as the layout improves. Navigation to
 * the `relgraph:layout-done` mark (the final picture drawn), and the longest main-thread task
 * until then.
 */
async function layoutRun(browser: Browser, base: string, size: number, appQuery: string) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript("globalThis.__name = (f) => f;");
  const page = await context.newPage();
  try {
    await page.goto(`${base}?data=data/bench-${size}-unplaced.json${appQuery}`, {
      waitUntil: "commit",
    });
    await page.waitForFunction(
      () => performance.getEntriesByName("relgraph:layout-done").length > 0,
      null,
      { timeout: 600_000, polling: 200 },
    );
    return await page.evaluate(async () => {
      const done = performance.getEntriesByName("relgraph:layout-done")[0].startTime;
      const longest = await new Promise<number>((resolve) => {
        let max = 0;
        const observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries())
            if (e.startTime < done) max = Math.max(max, e.duration);
        });
        observer.observe({ type: "longtask", buffered: true });
        setTimeout(() => {
          observer.disconnect();
          resolve(max);
        }, 100);
      });
      return { layoutDone: done, layoutLongestTask: longest };
    });
  } finally {
    await context.close();
  }
}

type Png = NonNullable<RunResult["png"]>;

/**
 * In the app through the real UI, as a person would: nothing here touches window.__cy. Timed
 * from the click on "Download PNG" to the app's click on the download link it creates.
 */
async function exportApp(page: Page, scope: "view" | "full"): Promise<{ ms: number; png: Png }> {
  await page.getByRole("button", { name: "Export", exact: true }).click();
  const form = page.getByRole("form", { name: "Export image" });
  await form.getByRole("radio", { name: "PNG" }).check();
  await form
    .getByRole("radio", { name: scope === "full" ? "Whole graph" : "Current view" })
    .check();
  await form.getByRole("radio", { name: "1×" }).check();
  await page.evaluate(() => {
    const bench: NonNullable<BenchWindow["__bench"]> = {};
    (window as BenchWindow).__bench = bench;
    window.addEventListener(
      "click",
      (ev) => {
        const target = ev.target as HTMLElement;
        if (target instanceof HTMLAnchorElement && target.download) bench.t1 = performance.now();
        else if (target.closest("button[type=submit]")) bench.t0 ??= performance.now();
      },
      { capture: true },
    );
  });
  const before = await page.locator(".notices .notice").count();
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 300_000 }),
    form.getByRole("button", { name: "Download PNG" }).click(),
  ]);
  const path = await download.path();
  const notice = page.locator(".notices .notice").nth(before);
  await notice.waitFor({ timeout: 10_000 });
  const text = (await notice.textContent()) ?? "";
  // Close the notice, so the next export's notice is the only one.
  await page
    .locator(".notices .notice button")
    .first()
    .click()
    .catch(() => {});
  const { t0, t1 } = await page.evaluate(() => (window as BenchWindow).__bench!);
  const bytes = readFileSync(path);
  return {
    ms: t1! - t0!,
    png: {
      ...inspectPng(bytes),
      bytes: bytes.length,
      clamped: /too large/.test(text),
      notice: text.replace(/×$/, "").trim(),
    },
  };
}

async function exportBare(page: Page, scope: "view" | "full"): Promise<{ ms: number; png: Png }> {
  const PREFIX = 4 << 20;
  const out = await page.evaluate(
    async ({ prefix, full }) => {
      const cy = window.__cy!;
      const t0 = performance.now();
      const blob = await cy.png({ output: "blob-promise", full, scale: 1, bg: "#ffffff" });
      const ms = performance.now() - t0;
      // Only the start of the file goes back to Node: enough for the header and the first rows.
      const head = new Uint8Array(await blob.slice(0, prefix).arrayBuffer());
      let binary = "";
      for (let i = 0; i < head.length; i += 0x8000) {
        binary += String.fromCharCode(...head.subarray(i, i + 0x8000));
      }
      return { ms, size: blob.size, head: btoa(binary) };
    },
    { prefix: PREFIX, full: scope === "full" },
  );
  const head = Buffer.from(out.head, "base64");
  return {
    ms: out.ms,
    png: {
      ...inspectPng(head, { partial: out.size > head.length }),
      bytes: out.size,
      partial: out.size > head.length,
    },
  };
}

// --- one run ------------------------------------------------------------------------------------

let graphSize: { width: number; height: number } | null = null;

async function runOnce(
  browser: Browser,
  base: string,
  kind: PageKind,
  size: number,
  appQuery: string,
  exports: boolean,
): Promise<RunResult> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    acceptDownloads: true,
  });
  // tsx (esbuild keepNames) wraps named functions inside page.evaluate callbacks in __name().
  await context.addInitScript("globalThis.__name = (f) => f;");
  await context.addInitScript(definePictureAfterNextFrame);
  const page = await context.newPage();
  // A 20k page on a busy two-core machine can take a minute to take a click.
  page.setDefaultTimeout(180_000);
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(err.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  try {
    const data = `data/bench-${size}.json`;
    let url: string;
    if (kind === "app") url = `${base}?data=${data}${appQuery}`;
    else {
      if (!graphSize) throw new Error("the app must run first: the bare pages copy its size");
      url = `${base}bare/${kind}.html?data=../${data}&w=${graphSize.width}&h=${graphSize.height}`;
    }
    const load = await loadPage(page, url, kind);
    if (load.nodes !== size) throw new Error(`${kind}: ${load.nodes} nodes drawn, not ${size}`);
    if (process.env.BENCH_TASKS) {
      const marks = await page.evaluate(() =>
        ["relgraph:first-frame", "relgraph:interactive", "relgraph:all-drawn"]
          .map((m) => performance.getEntriesByName(m)[0])
          .filter(Boolean)
          .map((m) => `${m.name.slice(9)}@${(m.startTime / 1000).toFixed(2)}s`)
          .join(" "),
      );
      console.log(`${size} ${kind} longest tasks: ${load.top}; marks: ${marks}`);
    }
    if (kind === "app" && !graphSize) {
      const box = await page.getByTestId("graph").boundingBox();
      if (!box) throw new Error("the app's graph canvas has no size");
      graphSize = { width: Math.round(box.width), height: Math.round(box.height) };
    }
    await settle(page);
    const pz = await panZoom(page, panZoomFrames(size));
    await settle(page);
    let view = { ms: NaN };
    let full: { ms: number; png?: Png } = { ms: NaN };
    if (kind !== "sigma" && exports) {
      view = kind === "app" ? await exportApp(page, "view") : await exportBare(page, "view");
      await settle(page);
      full = kind === "app" ? await exportApp(page, "full") : await exportBare(page, "full");
      await settle(page);
    }
    const select = kind === "app" ? await selectApp(page) : { ms: NaN, selected: 1 };
    if (select.selected !== 1) throw new Error(`${kind}: ${select.selected} entities selected`);
    await settle(page);
    const filter =
      kind === "app"
        ? await filterApp(page)
        : kind === "bare"
          ? await filterBare(page)
          : await filterSigma(page);
    if (filter.left !== 0) throw new Error(`${kind}: ${filter.left} ${FILTER_TYPE} nodes visible`);
    if (errors.length) log(`  ${kind} page errors: ${errors.slice(0, 3).join(" | ")}`);
    return {
      firstFrame: load.firstFrame,
      allDrawn: load.allDrawn,
      longestTask: load.longestTask,
      panZoom: pz.median,
      panZoomFrames: pz.frames,
      exportView: view.ms,
      exportFull: full.ms,
      png: full.png,
      filter: filter.ms,
      select: select.ms,
      layoutDone: NaN,
      layoutLongestTask: NaN,
    };
  } finally {
    await context.close();
  }
}

// --- report -------------------------------------------------------------------------------------

const fmtMs = (ms: number) =>
  Number.isNaN(ms) ? "–" : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
const fmtFrame = (ms: number) => (Number.isNaN(ms) ? "–" : `${ms.toFixed(1)} ms`);
const fmt = (m: Measure, ms: number) => (m === "panZoom" ? fmtFrame(ms) : fmtMs(ms));

function summary(results: SizeResult[]) {
  return results.map((r) => {
    const med = (kind: PageKind, m: Measure) => median((r.runs[kind] ?? []).map((x) => x[m]));
    return {
      entities: r.entities,
      relations: r.relations,
      runs: r.runs.app?.length ?? 0,
      measures: MEASURES.map((m) => {
        const app = med("app", m);
        // The bare pages draw everything in their first frame: both app marks compare with it.
        const bare = med("bare", m);
        const bareFirst = med("bare", "firstFrame");
        const ratio = m === "firstFrame" || m === "allDrawn" ? app / bareFirst : app / bare;
        return { measure: m, app, bare, sigma: med("sigma", m), ratio };
      }),
      png: (r.runs.app ?? []).map((x) => x.png),
      barePng: (r.runs.bare ?? []).map((x) => x.png),
    };
  });
}
type Summary = ReturnType<typeof summary>;
type SizeSummary = Summary[number];

/** The issue's targets; null where it sets none for this size and measure. */
function target(size: number, m: SizeSummary["measures"][number]): string | null {
  const ok = (pass: boolean, text: string) => `${pass ? "yes" : "**no**"} (${text})`;
  if (m.measure === "longestTask" && size >= 5000) return ok(m.app <= 200, "≤ 200 ms");
  if (m.measure === "exportView") return ok(m.app < 2000, "< 2 s");
  if (m.measure === "layoutDone" && size === LAYOUT_SIZE) return ok(m.app <= 10_000, "≤ 10 s");
  if (m.measure === "layoutLongestTask" && size === LAYOUT_SIZE) {
    return ok(m.app <= 100, "≤ 100 ms");
  }
  if (m.measure === "select" && size >= 50_000) return ok(m.app <= 1000, "≤ 1 s");
  if (m.measure === "filter" && size >= 50_000) return ok(m.app <= 1000, "≤ 1 s");
  if (size === 20000) {
    if (m.measure === "firstFrame") return ok(m.ratio <= 0.5, "≤ 0.5× bare");
    if (m.measure === "allDrawn") return ok(m.ratio <= 1, "≤ 1.0× bare");
    if (m.measure === "panZoom") return ok(m.app <= 50, "≤ 50 ms");
    if (m.measure === "filter") return ok(m.app <= 600, "≤ 600 ms");
  }
  if (size === 5000 && m.measure === "panZoom") return ok(m.app <= 17, "≤ 17 ms");
  return null;
}

function markdownTable(s: Summary): string {
  const rows = [
    "| Entities | Measure | App | Bare Cytoscape | sigma.js | App / bare | Target |",
    "| ---: | --- | ---: | ---: | ---: | ---: | :--- |",
  ];
  for (const size of s) {
    for (const m of size.measures) {
      if (Number.isNaN(m.app)) continue; // not measured at this size (or with --no-export)
      rows.push(
        `| ${size.entities.toLocaleString("en")} | ${MEASURE_LABEL[m.measure]} | ` +
          `${fmt(m.measure, m.app)} | ${fmt(m.measure, m.bare)} | ${fmt(m.measure, m.sigma)} | ` +
          `${Number.isFinite(m.ratio) ? m.ratio.toFixed(2) : "–"} | ` +
          `${target(size.entities, m) ?? ""} |`,
      );
    }
  }
  return rows.join("\n");
}

function pngLines(s: Summary): string {
  const lines: string[] = [];
  for (const size of s) {
    const a = size.png[0];
    const b = size.barePng[0];
    if (!a) continue;
    const describe = (p: Png) =>
      `${p.width} × ${p.height} px, ${(p.bytes / 1e6).toFixed(1)} MB, ` +
      (p.valid ? (p.inkPixels > 0 ? "valid, not blank" : "**valid but blank**") : "**broken**") +
      (p.partial ? ` (first ${p.rowsChecked} rows checked)` : "") +
      (p.problem ? ` (${p.problem})` : "");
    const appAll = size.png.filter((p): p is Png => !!p);
    const blank = appAll.filter((p) => !p.valid || p.inkPixels === 0).length;
    lines.push(
      `- ${size.entities.toLocaleString("en")} entities: app ${describe(a)}` +
        `${a.clamped ? `, **clamped** with the notice “${a.notice}”` : ", not clamped"}` +
        `${blank ? `; ${blank} of ${appAll.length} app exports were blank or broken` : ""}` +
        `${b ? `; bare ${describe(b)}` : ""}.`,
    );
  }
  return lines.join("\n");
}

function resultsSection(s: Summary, meta: Meta): string {
  return [
    `Measured ${meta.date} on ${meta.machine}; ${meta.browser}; viewport ${VIEWPORT.width} × ` +
      `${VIEWPORT.height}, device pixel ratio 1; graph canvas ${meta.graphSize}. Runs per page: ` +
      `${s.map((x) => `${x.runs} at ${x.entities.toLocaleString("en")}`).join(", ")}; ` +
      `whole bench ${meta.duration}; load average ${meta.load}.${meta.appQuery}`,
    "",
    markdownTable(s),
    "",
    "Whole-graph PNG (first run of each size):",
    "",
    pngLines(s),
  ].join("\n");
}

interface Meta {
  date: string;
  machine: string;
  browser: string;
  graphSize: string;
  duration: string;
  /** 1-minute load average: other work on the machine makes every number slower and noisier. */
  load: string;
  appQuery: string;
}

const START = "<!-- bench:results:start -->";
const END = "<!-- bench:results:end -->";

function writeDoc(section: string) {
  let doc: string;
  try {
    doc = readFileSync(DOC_PATH, "utf8");
  } catch {
    doc = `# Performance\n\n${START}\n${END}\n`;
  }
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${DOC_PATH} lost its ${START} / ${END} markers`);
  doc = `${doc.slice(0, a + START.length)}\n\n${section}\n\n${doc.slice(b)}`;
  writeFileSync(DOC_PATH, doc);
  log(`updated ${DOC_PATH}`);
}

// --- main ---------------------------------------------------------------------------------------

async function main() {
  const opts = parseOptions(process.argv.slice(2));
  if (!chromiumAvailable()) throw new Error(`Chromium not found at ${CHROMIUM_PATH}`);
  const started = performance.now();
  const loadBefore = loadavg()[0];
  log("building the app and the bare pages…");
  await buildPages();
  mkdirSync(resolve(SITE, "data"), { recursive: true });
  const docs = new Map<number, { entities: number; relations: number }>();
  for (const size of opts.sizes) {
    const doc = generateDocument({ entities: size, seed: 1 });
    writeFileSync(resolve(SITE, `data/bench-${size}.json`), JSON.stringify(doc));
    if (size === LAYOUT_SIZE) {
      const unplaced = { ...doc, positions: undefined }; // left out by JSON.stringify
      writeFileSync(resolve(SITE, `data/bench-${size}-unplaced.json`), JSON.stringify(unplaced));
    }
    docs.set(size, { entities: doc.entities.length, relations: doc.relations.length });
  }
  const server = await preview({
    root: ROOT,
    logLevel: "warn",
    build: { outDir: SITE },
    preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false },
  });
  const base = server.resolvedUrls?.local[0];
  if (!base) throw new Error("the preview server did not report its address");
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...EXTRA_CHROMIUM_ARGS],
    headless: true,
  });
  const results: SizeResult[] = [];
  try {
    for (const size of opts.sizes) {
      const result: SizeResult = { ...docs.get(size)!, runs: {} };
      results.push(result);
      const runs = runsFor(size, opts);
      for (let i = 0; i < runs; i++) {
        // Rotate which page goes first, so drift (heat, caches, other work) favours none. The
        // app runs first of all: the bare pages copy the size of its graph canvas.
        const order = opts.pages.map((_, k) => opts.pages[(k + i) % opts.pages.length]);
        if (!graphSize) order.sort((a) => (a === "app" ? -1 : 0));
        for (const kind of order) {
          const t = performance.now();
          const r = await runOnce(browser, base, kind, size, opts.appQuery, opts.exports);
          if (kind === "app" && size === LAYOUT_SIZE) {
            Object.assign(r, await layoutRun(browser, base, size, opts.appQuery));
          }
          (result.runs[kind] ??= []).push(r);
          const png = r.png
            ? ` ${r.png.width}×${r.png.height}${r.png.clamped ? " clamped" : ""}` +
              `${r.png.inkPixels ? "" : " BLANK"}`
            : "";
          log(
            `${size} ${kind.padEnd(5)} run ${i + 1}/${runs}: interactive ${fmtMs(r.firstFrame)}, ` +
              `all drawn ${fmtMs(r.allDrawn)}, longest task ${fmtMs(r.longestTask)}, ` +
              `pan/zoom ${fmtFrame(r.panZoom)} (${r.panZoomFrames} frames), filter ` +
              `${fmtMs(r.filter)}, export view ${fmtMs(r.exportView)}, whole ` +
              `${fmtMs(r.exportFull)}${png}, select ${fmtMs(r.select)}` +
              `${Number.isNaN(r.layoutDone) ? "" : `, laid out at ${fmtMs(r.layoutDone)} (longest task ${fmtMs(r.layoutLongestTask)})`}` +
              ` [${fmtMs(performance.now() - t)}]`,
          );
        }
      }
    }
    const version = browser.version();
    const s = summary(results);
    const seconds = (performance.now() - started) / 1000;
    const meta: Meta = {
      date: new Date().toISOString().slice(0, 10),
      machine: `${cpus().length} cores (${cpus()[0]?.model.trim() ?? "unknown CPU"}), ${Math.round(totalmem() / 2 ** 30)} GB RAM, no GPU (software rendering, --disable-gpu)`,
      browser: `Chromium ${version} headless`,
      graphSize: graphSize ? `${graphSize.width} × ${graphSize.height}` : "?",
      duration: `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`,
      load: `${loadBefore.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`,
      appQuery: opts.appQuery ? ` App opened with \`?${opts.appQuery.slice(1)}\`.` : "",
    };
    console.log(`\n${markdownTable(s)}\n`);
    console.log(`${meta.browser}; bench took ${meta.duration}`);
    mkdirSync(OUT, { recursive: true });
    writeFileSync(
      resolve(OUT, "results.json"),
      JSON.stringify({ meta, summary: s, results }, null, 2),
    );
    const complete =
      DEFAULT_SIZES.every((n) => opts.sizes.includes(n)) &&
      opts.runs === null &&
      opts.pages.length === PAGES.length &&
      !opts.appQuery;
    if (opts.write ?? complete) writeDoc(resultsSection(s, meta));
    else log("partial run: docs/performance.md left as it is (pass --write to update it)");
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
