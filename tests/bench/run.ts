// `npm run bench`: the app against a bare Cytoscape.js page, same data, same positions, same
// browser. Builds both, serves them from one origin, and for each size and page opens a fresh
// page per run and measures load to first frame, a type filter until drawn, pan/zoom frame time
// and a full-graph PNG export. Prints medians and app/bare ratios; writes docs/performance.md.
//
// Options: --sizes=1000,5000,20000  --runs=N  --write (update docs/performance.md even for a
// partial run)  --no-write.
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

const MEASURES = ["firstFrame", "filter", "panZoom", "export"] as const;
type Measure = (typeof MEASURES)[number];
const MEASURE_LABEL: Record<Measure, string> = {
  firstFrame: "load to first frame",
  filter: "type filter until drawn",
  panZoom: "pan/zoom frame (median)",
  export: "full PNG export (1×)",
};
type PageKind = "app" | "bare";

interface RunResult {
  firstFrame: number;
  filter: number;
  panZoom: number;
  export: number;
  /** Longest main-thread task seen up to the first frame: how long the page could not respond. */
  longestTask: number;
  panZoomFrames: number;
  /** `partial`: only the start of the file was checked (the bare page's big images). */
  png: PngReport & { bytes: number; partial?: boolean; clamped?: boolean; notice?: string };
}

interface SizeResult {
  entities: number;
  relations: number;
  runs: Record<PageKind, RunResult[]>;
}

interface Options {
  sizes: number[];
  runs: number | null;
  write: boolean | null;
}

function parseOptions(argv: string[]): Options {
  const opts: Options = { sizes: DEFAULT_SIZES, runs: null, write: null };
  for (const arg of argv) {
    if (arg.startsWith("--sizes=")) opts.sizes = arg.slice(8).split(",").map(Number);
    else if (arg.startsWith("--runs=")) opts.runs = Number(arg.slice(7));
    else if (arg === "--write") opts.write = true;
    else if (arg === "--no-write") opts.write = false;
    else throw new Error(`unknown option ${arg}; use --sizes=1000,5000 --runs=N --[no-]write`);
  }
  if (opts.sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error("bad --sizes");
  if (opts.runs !== null && (!Number.isInteger(opts.runs) || opts.runs < 1)) {
    throw new Error("bad --runs");
  }
  return opts;
}

/** Small graphs are quick and noisier: give them more runs when the user did not choose. */
const runsFor = (size: number, opts: Options) => opts.runs ?? (size <= 1000 ? 5 : 3);

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
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
      rolldownOptions: { input: resolve(BENCH_DIR, "bare.html") },
    },
  });
}

// --- measures, each run in the page -----------------------------------------------------------

interface BenchWindow {
  __bench?: { t0?: number; t1?: number; done?: Promise<number> };
}

async function loadToFirstFrame(page: Page, url: string) {
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(
    () => performance.getEntriesByName("relgraph:first-frame").length > 0,
    null,
    { timeout: 240_000, polling: 200 },
  );
  return page.evaluate(async () => {
    const mark = performance.getEntriesByName("relgraph:first-frame")[0];
    const longest = await new Promise<number>((done) => {
      // Buffered long tasks arrive in the callback, not through takeRecords().
      let max = 0;
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (e.startTime < mark.startTime) max = Math.max(max, e.duration);
        }
      });
      observer.observe({ type: "longtask", buffered: true });
      setTimeout(() => {
        observer.disconnect();
        done(max);
      }, 100);
    });
    return {
      firstFrame: mark.startTime,
      longestTask: longest,
      nodes: window.__cy?.nodes().length ?? 0,
    };
  });
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

/** The same script for both pages: pan and zoom a little every frame, time the frames. */
async function panZoom(page: Page, frames: number) {
  return page.evaluate(
    (frames) =>
      new Promise<{ median: number; frames: number }>((done) => {
        const cy = window.__cy!;
        const start = { zoom: cy.zoom(), pan: { ...cy.pan() } };
        const stamps: number[] = [];
        const centre = { x: cy.width() / 2, y: cy.height() / 2 };
        const step = (t: number) => {
          stamps.push(t);
          const i = stamps.length;
          if (i > frames) {
            cy.viewport(start);
            const gaps = stamps.slice(1).map((s, k) => s - stamps[k]);
            gaps.sort((a, b) => a - b);
            const m = gaps.length >> 1;
            done({
              median: gaps.length % 2 ? gaps[m] : (gaps[m - 1] + gaps[m]) / 2,
              frames: gaps.length,
            });
            return;
          }
          cy.panBy({ x: 6, y: 4 });
          cy.zoom({
            level: cy.zoom() * (i <= frames / 2 ? 1.01 : 1 / 1.01),
            renderedPosition: centre,
          });
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
    frames,
  );
}

async function filterApp(page: Page) {
  const plural = ENTITY_TYPE_STYLE[FILTER_TYPE].plural;
  const checkbox = page.getByRole("checkbox", { name: new RegExp(`^${plural}\\b`) });
  await checkbox.scrollIntoViewIfNeeded();
  await page.evaluate(() => {
    const w = window as BenchWindow;
    const bench: NonNullable<BenchWindow["__bench"]> = {};
    w.__bench = bench;
    // Capture on window runs before React's own listener: the clock starts at the click.
    window.addEventListener(
      "click",
      () => {
        bench.t0 = performance.now();
        bench.done = new Promise((res) => window.__cy!.one("render", () => res(performance.now())));
      },
      { capture: true, once: true },
    );
  });
  await checkbox.click();
  return page.evaluate(async (type) => {
    const bench = (window as BenchWindow).__bench!;
    const t1 = await bench.done!;
    const left = window.__cy!.nodes(`[type = "${type}"]`).filter((n) => n.visible()).length;
    return { ms: t1 - bench.t0!, left };
  }, FILTER_TYPE);
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

async function exportApp(page: Page): Promise<{ ms: number; png: RunResult["png"] }> {
  // The real UI, as a person would: nothing here touches window.__cy.
  await page.getByRole("button", { name: "Export PNG" }).click();
  await page.getByLabel("Whole graph").check();
  await page.getByLabel("1×").check();
  await page.evaluate(() => {
    const bench: NonNullable<BenchWindow["__bench"]> = {};
    (window as BenchWindow).__bench = bench;
    // From the click on "Download PNG" to the app's click on the download link it creates.
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
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 300_000 }),
    page.getByRole("button", { name: "Download PNG" }).click(),
  ]);
  const path = await download.path();
  const notice = page.locator(".notices .notice").last();
  await notice.waitFor({ timeout: 10_000 });
  const text = (await notice.textContent()) ?? "";
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

async function exportBare(page: Page): Promise<{ ms: number; png: RunResult["png"] }> {
  const PREFIX = 4 << 20;
  const out = await page.evaluate(async (prefix) => {
    const cy = window.__cy!;
    const t0 = performance.now();
    const blob = await cy.png({ output: "blob-promise", full: true, scale: 1, bg: "#ffffff" });
    const ms = performance.now() - t0;
    // Only the start of the file goes back to Node: enough for the header and the first rows.
    const head = new Uint8Array(await blob.slice(0, prefix).arrayBuffer());
    let binary = "";
    for (let i = 0; i < head.length; i += 0x8000) {
      binary += String.fromCharCode(...head.subarray(i, i + 0x8000));
    }
    return { ms, size: blob.size, head: btoa(binary) };
  }, PREFIX);
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
): Promise<RunResult> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    acceptDownloads: true,
  });
  // tsx (esbuild keepNames) wraps named functions inside page.evaluate callbacks in __name().
  await context.addInitScript("globalThis.__name = (f) => f;");
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(err.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  try {
    const data = `data/bench-${size}.json`;
    let url: string;
    if (kind === "app") url = `${base}?data=${data}`;
    else {
      if (!graphSize) throw new Error("the app must run first: the bare page copies its size");
      url = `${base}bare/bare.html?data=../${data}&w=${graphSize.width}&h=${graphSize.height}`;
    }
    const load = await loadToFirstFrame(page, url);
    if (load.nodes !== size) throw new Error(`${kind}: ${load.nodes} nodes drawn, not ${size}`);
    if (kind === "app" && !graphSize) {
      const box = await page.getByTestId("graph").boundingBox();
      if (!box) throw new Error("the app's graph canvas has no size");
      graphSize = { width: Math.round(box.width), height: Math.round(box.height) };
    }
    await settle(page);
    const pz = await panZoom(page, panZoomFrames(size));
    await settle(page);
    const exported = kind === "app" ? await exportApp(page) : await exportBare(page);
    await settle(page);
    const filter = kind === "app" ? await filterApp(page) : await filterBare(page);
    if (filter.left !== 0) throw new Error(`${kind}: ${filter.left} ${FILTER_TYPE} nodes visible`);
    if (errors.length) log(`  ${kind} page errors: ${errors.slice(0, 3).join(" | ")}`);
    return {
      firstFrame: load.firstFrame,
      longestTask: load.longestTask,
      panZoom: pz.median,
      panZoomFrames: pz.frames,
      export: exported.ms,
      png: exported.png,
      filter: filter.ms,
    };
  } finally {
    await context.close();
  }
}

// --- report -------------------------------------------------------------------------------------

const fmtMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const fmtFrame = (ms: number) => `${ms.toFixed(1)} ms`;
const fmt = (m: Measure, ms: number) => (m === "panZoom" ? fmtFrame(ms) : fmtMs(ms));

function summary(results: SizeResult[]) {
  return results.map((r) => ({
    entities: r.entities,
    relations: r.relations,
    runs: { app: r.runs.app.length, bare: r.runs.bare.length },
    measures: MEASURES.map((m) => {
      const app = median(r.runs.app.map((x) => x[m]));
      const bare = median(r.runs.bare.map((x) => x[m]));
      return { measure: m, app, bare, ratio: app / bare };
    }),
    longestTask: {
      app: median(r.runs.app.map((x) => x.longestTask)),
      bare: median(r.runs.bare.map((x) => x.longestTask)),
    },
    png: { app: r.runs.app.map((x) => x.png), bare: r.runs.bare.map((x) => x.png) },
  }));
}
type Summary = ReturnType<typeof summary>;

function markdownTable(s: Summary): string {
  const rows = [
    "| Entities | Measure | App (median) | Bare (median) | App / bare | Target ≤ 1.2 |",
    "| ---: | --- | ---: | ---: | ---: | :---: |",
  ];
  for (const size of s) {
    for (const m of size.measures) {
      rows.push(
        `| ${size.entities.toLocaleString("en")} | ${MEASURE_LABEL[m.measure]} | ` +
          `${fmt(m.measure, m.app)} | ${fmt(m.measure, m.bare)} | ${m.ratio.toFixed(2)} | ` +
          `${m.ratio <= 1.2 ? "yes" : "**no**"} |`,
      );
    }
  }
  return rows.join("\n");
}

function pngLines(s: Summary): string {
  const lines: string[] = [];
  for (const size of s) {
    const a = size.png.app[0];
    const b = size.png.bare[0];
    const describe = (p: RunResult["png"]) =>
      `${p.width} × ${p.height} px, ${(p.bytes / 1e6).toFixed(1)} MB, ` +
      (p.valid ? (p.inkPixels > 0 ? "valid, not blank" : "**valid but blank**") : "**broken**") +
      (p.partial ? ` (first ${p.rowsChecked} rows checked)` : "") +
      (p.problem ? ` (${p.problem})` : "");
    const appAll = size.png.app;
    const blank = appAll.filter((p) => !p.valid || p.inkPixels === 0).length;
    lines.push(
      `- ${size.entities.toLocaleString("en")} entities: app ${describe(a)}` +
        `${a.clamped ? `, **clamped** with the notice “${a.notice}”` : ", not clamped"}` +
        `${blank ? `; ${blank} of ${appAll.length} app exports were blank or broken` : ""}; ` +
        `bare ${describe(b)}.`,
    );
  }
  return lines.join("\n");
}

function longTaskLines(s: Summary): string {
  return s
    .map(
      (size) =>
        `| ${size.entities.toLocaleString("en")} | ${fmtMs(size.longestTask.app)} | ` +
        `${fmtMs(size.longestTask.bare)} |`,
    )
    .join("\n");
}

function resultsSection(s: Summary, meta: Meta): string {
  return [
    `Measured ${meta.date} on ${meta.machine}; ${meta.browser}; viewport ${VIEWPORT.width} × ` +
      `${VIEWPORT.height}, device pixel ratio 1; graph canvas ${meta.graphSize}. Runs per page: ` +
      `${s.map((x) => `${x.runs.app} at ${x.entities.toLocaleString("en")}`).join(", ")}; ` +
      `whole bench ${meta.duration}; load average ${meta.load}.`,
    "",
    markdownTable(s),
    "",
    "Full-graph PNG (first run of each size):",
    "",
    pngLines(s),
    "",
    "Longest main-thread task up to the first frame (median; the page cannot respond meanwhile):",
    "",
    "| Entities | App | Bare |",
    "| ---: | ---: | ---: |",
    longTaskLines(s),
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
  log("building the app and the bare page…");
  await buildPages();
  mkdirSync(resolve(SITE, "data"), { recursive: true });
  const docs = new Map<number, { entities: number; relations: number }>();
  for (const size of opts.sizes) {
    const doc = generateDocument({ entities: size, seed: 1 });
    writeFileSync(resolve(SITE, `data/bench-${size}.json`), JSON.stringify(doc));
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
      const result: SizeResult = { ...docs.get(size)!, runs: { app: [], bare: [] } };
      results.push(result);
      const runs = runsFor(size, opts);
      for (let i = 0; i < runs; i++) {
        // Alternate which page goes first, so drift (heat, caches) does not favour one of them.
        const order: PageKind[] = i % 2 === 0 ? ["app", "bare"] : ["bare", "app"];
        for (const kind of order) {
          const t = performance.now();
          const r = await runOnce(browser, base, kind, size);
          result.runs[kind].push(r);
          log(
            `${size} ${kind.padEnd(4)} run ${i + 1}/${runs}: first frame ${fmtMs(r.firstFrame)}, ` +
              `filter ${fmtMs(r.filter)}, pan/zoom ${fmtFrame(r.panZoom)} (${r.panZoomFrames} ` +
              `frames), export ${fmtMs(r.export)} ${r.png.width}×${r.png.height}` +
              `${r.png.clamped ? " clamped" : ""}${r.png.inkPixels ? "" : " BLANK"} ` +
              `[${fmtMs(performance.now() - t)}]`,
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
    };
    console.log(`\n${markdownTable(s)}\n`);
    console.log(`${meta.browser}; bench took ${meta.duration}`);
    mkdirSync(OUT, { recursive: true });
    writeFileSync(
      resolve(OUT, "results.json"),
      JSON.stringify({ meta, summary: s, results }, null, 2),
    );
    const complete =
      DEFAULT_SIZES.every((n) => opts.sizes.includes(n)) && (opts.runs === null || opts.runs >= 3);
    if (opts.write ?? complete) writeDoc(resultsSection(s, meta));
    else log("partial run: docs/performance.md left as it is (pass --write to update it)");
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
