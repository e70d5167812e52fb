// `npm run bench:ingest` (also the second half of `npm run bench`): a person's own articles going
// into an empty workspace, in the built app, in Chromium. For 100 and 1,000 seed-size articles
// (the shipped and the evaluation articles in turn, each made unique by a line of its own) it
// measures, per run:
//   - time to graph shown: from pressing Extract until the dialog has closed itself (it closes
//     once the graph holds the new articles) and the graph has settled;
//   - the longest main-thread task from pressing Extract until then (PerformanceObserver
//     'longtask'; Chromium reports tasks of 50 ms and more, so "< 50" means none was reported);
//   - peak JS heap (CDP Runtime.getHeapUsage, sampled every 100 ms);
//   - one decision: Accept on the first suggestion until its entity is in the graph, and the
//     longest task meanwhile.
// Prints medians and writes them to docs/performance.md between the ingest markers.
//
// Options: --sizes=100,1000  --runs=N  --no-write  --profile (a non-minified build and a CPU
// profile of the ingest and the decision: self time per function inside busy stretches over
// 50 ms)  --trace (each main-thread task over 50 ms with the browser's own work in it: script,
// style, layout, paint, commit)  --into-example (into the shipped example workspace instead of
// an empty one, as the browser test does). Diagnostic runs do not update the doc.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import type { CDPSession, Page } from "playwright-core";
import { build, preview } from "vite";
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumAvailable } from "../e2e/browser";

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH_DIR, "../..");
const SITE = resolve(BENCH_DIR, "out/ingest-site");
const DOC_PATH = resolve(ROOT, "docs/performance.md");
const START = "<!-- bench:ingest:start -->";
const END = "<!-- bench:ingest:end -->";
const VIEWPORT = { width: 1440, height: 900 };
const EXTRA_CHROMIUM_ARGS = [
  "--disable-background-timer-throttling",
  "--disable-renderer-backgrounding",
  "--disable-backgrounding-occluded-windows",
];

interface Options {
  sizes: number[];
  runs: number | null;
  write: boolean;
  profile: boolean;
  trace: boolean;
  intoExample: boolean;
}

function parseOptions(argv: string[]): Options {
  const opts: Options = {
    sizes: [100, 1000],
    runs: null,
    write: true,
    profile: false,
    trace: false,
    intoExample: false,
  };
  for (const arg of argv) {
    if (arg.startsWith("--sizes=")) opts.sizes = arg.slice(8).split(",").map(Number);
    else if (arg.startsWith("--runs=")) opts.runs = Number(arg.slice(7));
    else if (arg === "--no-write") opts.write = false;
    else if (arg === "--profile") opts.profile = true;
    else if (arg === "--trace") opts.trace = true;
    else if (arg === "--into-example") opts.intoExample = true;
    else {
      throw new Error(
        `unknown option ${arg}; use --sizes=100,1000 --runs=N --no-write --profile --trace --into-example`,
      );
    }
  }
  if (opts.sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 1000)) {
    throw new Error("bad --sizes: whole numbers from 1 to 1000 (the app takes 1000 files at once)");
  }
  return opts;
}

const runsFor = (size: number, opts: Options) => opts.runs ?? (size <= 100 ? 3 : 2);

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const log = (message: string) => process.stderr.write(`${message}\n`);

/** Seed-size news texts: the shipped article and the evaluation articles. */
function corpus(): string[] {
  const texts: string[] = [];
  for (const dir of ["data/articles", "tests/fixtures/articles"]) {
    for (const name of readdirSync(resolve(ROOT, dir)).sort()) {
      if (name.endsWith(".txt")) texts.push(readFileSync(resolve(ROOT, dir, name), "utf8"));
    }
  }
  return texts;
}

function files(n: number, texts: readonly string[]) {
  return Array.from({ length: n }, (_, i) => ({
    name: `haber-${String(i + 1).padStart(4, "0")}.txt`,
    mimeType: "text/plain",
    // A line of its own makes each file unique: the app refuses the same text twice.
    buffer: Buffer.from(`Bülten ${i + 1}\n\n${texts[i % texts.length]}`),
  }));
}

interface Run {
  shownMs: number;
  longestTask: number;
  peakHeapMb: number;
  decisionMs: number;
  decisionLongestTask: number;
}

async function heapSampler(cdp: CDPSession) {
  let peak = 0;
  let stop = false;
  const loop = (async () => {
    while (!stop) {
      const { usedSize } = await cdp.send("Runtime.getHeapUsage");
      peak = Math.max(peak, usedSize);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return async () => {
    stop = true;
    await loop;
    return peak / (1024 * 1024);
  };
}

const longestTask = (page: Page) =>
  page.evaluate(() => Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks));
const resetLongTasks = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[]; __taskLog: string[]; __t0: number };
    w.__longTasks = [];
    w.__taskLog = [];
    w.__t0 = performance.now();
  });

/** Two animation frames in a row with no change to the graph's element count. */
async function settled(page: Page) {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((done) => {
        const before = window.__cy?.elements().length ?? -1;
        requestAnimationFrame(() =>
          requestAnimationFrame(() => done((window.__cy?.elements().length ?? -2) === before)),
        );
      }),
    undefined,
    { polling: 100, timeout: 120_000 },
  );
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/**
 * Time per function inside busy stretches over 50 ms: its own time, or with `inclusive` the time
 * of every sample with it on the stack (the app's own functions only).
 */
function busyTime(
  profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] },
  inclusive: boolean,
): Array<[string, number]> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const total = new Map<string, number>();
  let stretch: Array<[string, number]> = [];
  let stretchMs = 0;
  const flush = () => {
    if (stretchMs >= 50) for (const [k, ms] of stretch) total.set(k, (total.get(k) ?? 0) + ms);
    stretch = [];
    stretchMs = 0;
  };
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const f = node.callFrame;
    if (f.functionName === "(idle)" || f.functionName === "(program)") return flush();
    const file = f.url.split("/").pop() ?? "";
    if (inclusive) {
      // Every app function on the stack gets the sample once.
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const cf = byId.get(at)!.callFrame;
        const name = cf.url.split("/").pop() ?? "";
        if (!name.startsWith("index-") || !cf.functionName) continue;
        const key = `${cf.functionName} ${name}:${cf.lineNumber + 1}`;
        if (!seen.has(key)) stretch.push([key, ms]);
        seen.add(key);
      }
    } else stretch.push([`${f.functionName || "(anonymous)"} ${file}:${f.lineNumber + 1}`, ms]);
    stretchMs += ms;
  });
  flush();
  return [...total].sort((a, b) => b[1] - a[1]).slice(0, 25);
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string; type?: string } };
}

/** The main thread's tasks over 50 ms, each with the time of its biggest inner events. */
async function summariseTrace(cdp: CDPSession) {
  const done = new Promise<string>((resolveStream) =>
    cdp.once("Tracing.tracingComplete", (e: { stream?: string }) => resolveStream(e.stream ?? "")),
  );
  await cdp.send("Tracing.end");
  const stream = await done;
  let text = "";
  for (;;) {
    const chunk = await cdp.send("IO.read", { handle: stream });
    text += chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send("IO.close", { handle: stream });
  const parsed = JSON.parse(text) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  if (!main) return log("  no main thread in the trace");
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X");
  const tasks = onMain.filter((e) => e.name === "RunTask" && (e.dur ?? 0) > 50_000);
  for (const t of tasks) {
    const inner = onMain.filter(
      (e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0),
    );
    const byName = new Map<string, number>();
    for (const e of inner) {
      const key =
        e.name === "FunctionCall" || e.name === "EventDispatch" || e.name === "TimerFire"
          ? `${e.name}(${e.args?.data?.functionName ?? e.args?.data?.type ?? ""})`
          : e.name;
      byName.set(key, Math.max(byName.get(key) ?? 0, 0) + (e.dur ?? 0) / 1000);
    }
    const top = [...byName]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([k, ms]) => `${k} ${ms.toFixed(0)}`)
      .join(", ");
    log(`  task ${((t.dur ?? 0) / 1000).toFixed(0)} ms: ${top}`);
  }
}

function printProfile(what: string, p: unknown) {
  const profile = p as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  log(`  ${what}: self time in busy stretches over 50 ms (ms):`);
  for (const [k, ms] of busyTime(profile, false)) log(`    ${ms.toFixed(1).padStart(7)}  ${k}`);
  log(`  ${what}: the app's functions, time with them on the stack (ms):`);
  for (const [k, ms] of busyTime(profile, true)) log(`    ${ms.toFixed(1).padStart(7)}  ${k}`);
}

async function runOnce(
  browser: Awaited<ReturnType<typeof chromium.launch>>,
  url: string,
  n: number,
  texts: readonly string[],
  opts: Options,
): Promise<Run> {
  const { profile } = opts;
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        w.__longTasks.push(e.duration);
        (w as unknown as { __taskLog: string[] }).__taskLog ??= [];
        (w as unknown as { __taskLog: string[] }).__taskLog.push(
          `${Math.round(e.startTime - ((w as unknown as { __t0?: number }).__t0 ?? 0))}+${Math.round(e.duration)}`,
        );
      }
    }).observe({ type: "longtask", buffered: true });
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => log(`page error: ${e.message}`));
  await page.goto(url);
  await page.waitForFunction(() => (window.__cy?.nodes().length ?? 0) > 0);
  await page.getByText("Saved in this browser").waitFor();

  if (!opts.intoExample) {
    // An empty workspace of its own.
    await page.getByLabel("Workspace menu").click();
    await page.getByRole("button", { name: "New empty workspace" }).click();
    await page.waitForFunction(() => (window.__cy?.nodes().length ?? -1) === 0);
  }

  await page.getByRole("button", { name: "Add articles" }).click();
  await page.getByLabel("Article files").setInputFiles(files(n, texts));
  const dialog = page.getByRole("dialog", { name: "Add articles" });
  await dialog.getByText(`${n} file${n === 1 ? "" : "s"}:`).waitFor();

  const cdp = await context.newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const stopHeap = await heapSampler(cdp);
  if (profile) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
    await cdp.send("Profiler.start");
  }
  await resetLongTasks(page);
  if (opts.trace) {
    await cdp.send("Tracing.start", {
      categories: "devtools.timeline,disabled-by-default-devtools.timeline,v8.execute",
      transferMode: "ReturnAsStream",
    } as never);
  }
  const t0 = Date.now();
  await dialog.getByRole("button", { name: "Extract" }).click();
  await dialog.waitFor({ state: "hidden", timeout: 300_000 });
  await settled(page);
  const shownMs = Date.now() - t0;
  log(
    `  graph: ${await page.evaluate(() => `${window.__cy!.nodes().length} entities, ${window.__cy!.edges().length} relations`)}`,
  );
  await page.waitForTimeout(500);
  const ingestLongest = await longestTask(page);
  if (opts.trace) await summariseTrace(cdp);
  log(
    `  long tasks (start+duration, ms from Extract; dialog closed at ${shownMs}): ${await page.evaluate(() => (window as unknown as { __taskLog: string[] }).__taskLog.join(" "))}`,
  );
  const peakHeapMb = await stopHeap();
  if (profile) {
    const { profile: p } = await cdp.send("Profiler.stop");
    printProfile("ingest", p);
    writeFileSync(resolve(BENCH_DIR, `out/ingest-${n}.cpuprofile`), JSON.stringify(p));
  }

  // One decision: Accept the first suggestion as proposed.
  const item = page.getByRole("region", { name: "Suggestions" }).getByRole("listitem").first();
  await item.waitFor();
  const label = (await item.locator("strong").first().textContent()) ?? "";
  await item.getByRole("button", { name: "Accept", exact: true }).click();
  await page.waitForTimeout(300);
  await resetLongTasks(page);
  if (profile) await cdp.send("Profiler.start");
  const t1 = Date.now();
  await item.getByRole("button", { name: "Accept", exact: true }).click();
  await page.waitForFunction(
    (l) => (window.__cy?.nodes().filter((node) => node.data("label") === l).length ?? 0) > 0,
    label,
    { polling: "raf", timeout: 120_000 },
  );
  const decisionMs = Date.now() - t1;
  await page.waitForTimeout(500);
  const decisionLongestTask = await longestTask(page);
  if (profile) {
    const { profile: p } = await cdp.send("Profiler.stop");
    printProfile("decision", p);
    writeFileSync(resolve(BENCH_DIR, `out/decision-${n}.cpuprofile`), JSON.stringify(p));
  }
  await context.close();
  return { shownMs, longestTask: ingestLongest, peakHeapMb, decisionMs, decisionLongestTask };
}

function section(
  rows: Array<{ n: number; runs: Run[] }>,
  meta: { date: string; load: string; commit: string },
): string {
  const fmt = (v: number, unit: string) =>
    unit === "MB"
      ? `${v.toFixed(0)} MB`
      : v >= 1000
        ? `${(v / 1000).toFixed(1)} s`
        : `${Math.round(v)} ms`;
  const lines = [
    `Measured ${meta.date} (commit ${meta.commit}), ${cpus().length} cores, ` +
      `${(totalmem() / 2 ** 30).toFixed(0)} GB, load average ${meta.load} at the start. Medians of ` +
      `the runs; a longest task under 50 ms is reported as "< 50 ms" (Chromium reports no shorter ones).`,
    "",
    "| articles | runs | graph shown | longest task | peak JS heap | decision shown | longest task (decision) |",
    "| -------: | ---: | ----------: | -----------: | -----------: | -------------: | ----------------------: |",
  ];
  const task = (v: number) => (v < 50 ? "< 50 ms" : fmt(v, "ms"));
  for (const { n, runs } of rows) {
    const m = (k: keyof Run) => median(runs.map((r) => r[k]));
    lines.push(
      `| ${n} | ${runs.length} | ${fmt(m("shownMs"), "ms")} | ${task(m("longestTask"))} | ` +
        `${fmt(m("peakHeapMb"), "MB")} | ${fmt(m("decisionMs"), "ms")} | ${task(m("decisionLongestTask"))} |`,
    );
  }
  lines.push(
    "",
    "Targets (issue 7): 100 articles shown within 5 s, 1,000 within 60 s, no main-thread task over " +
      "100 ms, heap under 500 MB, a decision shown within 1 s at 100 articles.",
  );
  return lines.join("\n");
}

async function writeDoc(text: string) {
  const doc = readFileSync(DOC_PATH, "utf8");
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${DOC_PATH} lost its ${START} / ${END} markers`);
  const next = `${doc.slice(0, a + START.length)}\n${text}\n${doc.slice(b)}`;
  // In the project's format, so `npm test`'s format check passes on a freshly written doc.
  const { format, resolveConfig } = await import("prettier");
  const config = await resolveConfig(DOC_PATH);
  writeFileSync(DOC_PATH, await format(next, { ...config, filepath: DOC_PATH }));
  log(`updated ${DOC_PATH}`);
}

async function main() {
  const opts = parseOptions(process.argv.slice(2));
  if (!chromiumAvailable()) throw new Error(`Chromium not found at ${CHROMIUM_PATH}`);
  const load = loadavg()
    .map((v) => v.toFixed(1))
    .join(" / ");
  log(`building the app${opts.profile ? " (not minified, for the profile)" : ""}…`);
  await build({
    root: ROOT,
    logLevel: "warn",
    build: { outDir: SITE, emptyOutDir: true, minify: !opts.profile },
  });
  const server = await preview({
    root: ROOT,
    logLevel: "warn",
    build: { outDir: SITE },
    preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("the preview server did not report its address");
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...EXTRA_CHROMIUM_ARGS],
    headless: true,
  });
  const texts = corpus();
  const rows: Array<{ n: number; runs: Run[] }> = [];
  try {
    for (const n of opts.sizes) {
      const runs: Run[] = [];
      for (let r = 0; r < runsFor(n, opts); r++) {
        log(`${n} articles, run ${r + 1}…`);
        const run = await runOnce(browser, url, n, texts, opts);
        log(`  ${JSON.stringify(run)}`);
        runs.push(run);
      }
      rows.push({ n, runs });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const { execSync } = await import("node:child_process");
  const commit = execSync("git rev-parse --short HEAD", { cwd: ROOT }).toString().trim();
  const text = section(rows, { date: new Date().toISOString().slice(0, 10), load, commit });
  process.stdout.write(`${text}\n`);
  if (opts.write && !opts.profile && !opts.trace && !opts.intoExample) await writeDoc(text);
}

main().catch((e: unknown) => {
  log(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
