// `npx tsx tests/bench/traceFilter.ts --size=1000 --toggles=8`: a Chromium trace of type-filter
// clicks in the app (built by profile.ts into out/profile-site), summarised per click as the
// main thread's top-level work from the click to Cytoscape's next frame. A tool for finding
// causes, not a measure (`npm run bench` is).
import { writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { preview } from "vite";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/browser";
import { commandLineFlags } from "./flags";
import { generateDocument } from "./generate";

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH_DIR, "../..");
const SITE = resolve(BENCH_DIR, "out/profile-site");

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { type?: string; functionName?: string; url?: string } };
}

async function main() {
  const args = commandLineFlags();
  const size = Number(args.get("size") ?? 1000);
  const toggles = Number(args.get("toggles") ?? 8);
  writeFileSync(
    resolve(SITE, `data/profile-${size}.json`),
    JSON.stringify(generateDocument({ entities: size, seed: 1 })),
  );
  const server = await preview({
    root: ROOT,
    logLevel: "warn",
    build: { outDir: SITE },
    preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false },
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, "--disable-background-timer-throttling"],
    headless: true,
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript("globalThis.__name = (f) => f;");
    const page = await context.newPage();
    page.setDefaultTimeout(600_000);
    await page.goto(`${server.resolvedUrls!.local[0]}?data=data/profile-${size}.json`);
    await page.waitForFunction(() => performance.getEntriesByName("relgraph:all-drawn").length > 0);
    await page.waitForTimeout(1500);
    const checkbox = page.getByRole("checkbox", { name: /^Companies\b/ });
    const times: number[] = [];
    await browser.startTracing(page, {
      categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute"],
    });
    for (let i = 0; i < toggles; i++) {
      await page.evaluate(() => {
        const w = window as unknown as { __t?: Promise<number>; __t0?: number };
        window.addEventListener(
          "click",
          () => {
            w.__t0 = performance.now();
            w.__t = new Promise((r) => window.__cy!.one("render", () => r(performance.now())));
          },
          { capture: true, once: true },
        );
      });
      await checkbox.click();
      times.push(
        await page.evaluate(async () => {
          const w = window as unknown as { __t: Promise<number>; __t0: number };
          return (await w.__t) - w.__t0;
        }),
      );
      await page.waitForTimeout(400);
    }
    const buf = await browser.stopTracing();
    const events = (JSON.parse(buf.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
    times.sort((a, b) => a - b);
    console.log(
      `click -> frame: median ${times[times.length >> 1].toFixed(0)} ms; all ${times.map((t) => t.toFixed(0)).join(" ")}`,
    );
    // Main thread: the renderer's thread with the most RunTask time.
    const byTid = new Map<number, number>();
    for (const e of events)
      if (e.name === "RunTask" && e.dur) byTid.set(e.tid, (byTid.get(e.tid) ?? 0) + e.dur);
    const main = [...byTid].sort((a, b) => b[1] - a[1])[0][0];
    const totals = new Map<string, number>();
    for (const e of events) {
      if (e.tid !== main || e.ph !== "X" || !e.dur) continue;
      const key =
        e.name === "EventDispatch"
          ? `EventDispatch ${e.args?.data?.type}`
          : e.name === "FunctionCall"
            ? `FunctionCall ${e.args?.data?.functionName || "?"} ${(e.args?.data?.url ?? "").split("/").pop()}`
            : e.name;
      totals.set(key, (totals.get(key) ?? 0) + e.dur / 1000);
    }
    console.log(`main thread, all ${toggles} toggles (ms, nested events counted in each):`);
    [...totals]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 30)
      .forEach(([k, v]) => console.log(`${(v / toggles).toFixed(1).padStart(8)} per toggle  ${k}`));
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
