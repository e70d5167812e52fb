// `npx tsx tests/bench/profile.ts [--size=20000] [--phase=load|filter|export|select] [--no-build]`:
// a CPU profile of the app (built unminified, so names read) while it loads a bench document,
// or while a person switches a type off, exports the view or selects an entity. Prints where the
// time goes (self and inclusive, by function) and the long tasks. A tool for finding causes;
// the numbers that count come from `npm run bench`.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { build, preview } from "vite";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/browser";
import { commandLineFlags } from "./flags";
import { generateDocument } from "./generate";

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH_DIR, "../..");
const SITE = resolve(BENCH_DIR, "out/profile-site");

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function summarise(profile: Profile, top = 40) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode) => {
    const f = n.callFrame;
    const file = f.url.split("/").pop() ?? "";
    return `${f.functionName || "(anon)"} ${file}:${f.lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    total += dt;
    const n = byId.get(id)!;
    self.set(name(n), (self.get(name(n)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = name(byId.get(at)!);
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + dt);
    }
  });
  const show = (m: Map<string, number>, title: string) => {
    console.log(`\n${title} (total ${total.toFixed(0)} ms)`);
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .forEach(([k, v]) => console.log(`${v.toFixed(0).padStart(8)} ms  ${k}`));
  };
  show(self, "self time");
  show(incl, "inclusive time");
  bursts(profile, byId, parent, name);
}

/**
 * The profile cut into bursts of work between idle samples (close to the page's tasks, though a
 * burst can hold several back-to-back tasks): for each over 50 ms, its length and its top
 * functions, self and inclusive, so a long task's causes read in one place.
 */
function bursts(
  profile: Profile,
  byId: Map<number, ProfileNode>,
  parent: Map<number, number>,
  name: (n: ProfileNode) => string,
) {
  let start = 0;
  let at = 0;
  let samples: number[] = [];
  const out: { start: number; ms: number; samples: number[]; deltas: number[] }[] = [];
  let deltas: number[] = [];
  const flush = () => {
    const ms = deltas.reduce((a, b) => a + b, 0);
    if (ms >= 50) out.push({ start, ms, samples, deltas });
    samples = [];
    deltas = [];
  };
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const fn = byId.get(id)!.callFrame.functionName;
    if (fn === "(idle)") {
      if (samples.length) flush();
    } else {
      if (!samples.length) start = at;
      samples.push(id);
      deltas.push(dt);
    }
    at += dt;
  });
  flush();
  console.log(`\nbursts of work over 50 ms (from the profile's start):`);
  for (const b of out) {
    const self = new Map<string, number>();
    const incl = new Map<string, number>();
    b.samples.forEach((id, i) => {
      const k = name(byId.get(id)!);
      self.set(k, (self.get(k) ?? 0) + b.deltas[i]);
      const seen = new Set<string>();
      for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
        const key = name(byId.get(n)!);
        if (seen.has(key)) continue;
        seen.add(key);
        incl.set(key, (incl.get(key) ?? 0) + b.deltas[i]);
      }
    });
    const top = (m: Map<string, number>, k: number) =>
      [...m]
        .sort((x, y) => y[1] - x[1])
        .slice(0, k)
        .map(([n, v]) => `${v.toFixed(0)} ${n}`)
        .join(" | ");
    console.log(`- at ${b.start.toFixed(0)} ms, ${b.ms.toFixed(0)} ms`);
    console.log(`    self: ${top(self, 8)}`);
    console.log(`    incl: ${top(incl, 14)}`);
  }
}

async function main() {
  const args = commandLineFlags();
  const size = Number(args.get("size") ?? 20000);
  const phase = args.get("phase") ?? "load";
  const query = args.get("query") ?? "";
  if (!args.has("no-build")) {
    await build({
      root: ROOT,
      logLevel: "warn",
      build: { outDir: SITE, emptyOutDir: true, minify: false },
    });
  }
  mkdirSync(resolve(SITE, "data"), { recursive: true });
  const noPositions = args.has("no-positions");
  const doc = generateDocument({ entities: size, seed: 1 });
  if (noPositions) delete (doc as { positions?: unknown }).positions;
  const file = `data/profile-${size}${noPositions ? "-np" : ""}.json`;
  writeFileSync(resolve(SITE, file), JSON.stringify(doc));
  const server = await preview({
    root: ROOT,
    logLevel: "warn",
    build: { outDir: SITE },
    preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false },
  });
  const base = server.resolvedUrls!.local[0];
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, "--disable-background-timer-throttling"],
    headless: true,
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript("globalThis.__name = (f) => f;");
    await context.addInitScript(() => {
      const w = window as unknown as { __long: { start: number; duration: number }[] };
      w.__long = [];
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) w.__long.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: "longtask", buffered: true });
    });
    const page = await context.newPage();
    page.setDefaultTimeout(600_000);
    page.on("console", (m) => console.log(`[page ${m.type()}] ${m.text()}`));
    const cdp = await context.newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 500 });
    const waitDrawn = () =>
      page.waitForFunction(() => performance.getEntriesByName("relgraph:all-drawn").length > 0, {
        polling: 200,
      });
    if (phase === "load") await cdp.send("Profiler.start");
    const t0 = Date.now();
    await page.goto(`${base}?data=${file}${query}`, { waitUntil: "commit" });
    await waitDrawn();
    console.log(`all drawn after ${Date.now() - t0} ms (wall)`);
    if (phase === "layout") {
      await cdp.send("Profiler.start");
      await page.waitForFunction(
        () => performance.getEntriesByName("relgraph:layout-done").length > 0,
        { polling: 200 },
      );
    }
    if (phase !== "load" && phase !== "layout") {
      await page.waitForTimeout(1500);
      await page.evaluate(() => ((window as unknown as { __long: unknown[] }).__long = []));
      await cdp.send("Profiler.start");
      const t = Date.now();
      // Until the picture after the change is complete on screen, as the bench times it: the
      // wait starts in the click's capture listener (or before the tap), so no frame is missed.
      const armPicture = () =>
        page.evaluate(() => {
          const w = window as unknown as { __picture?: Promise<void> };
          const arm = () => {
            w.__picture = new Promise<void>((r) =>
              window.__cy!.one("render", () => {
                const frames = window.__cy!.scratch("relgraph:slicedFrames") as
                  { whenDrawn(fn: () => void): void } | undefined;
                if (frames) frames.whenDrawn(() => r());
                else r();
              }),
            );
          };
          window.addEventListener("click", arm, { capture: true, once: true });
          (window as unknown as { __arm?: () => void }).__arm = arm;
        });
      const untilPicture = () =>
        page.evaluate(() => (window as unknown as { __picture?: Promise<void> }).__picture);
      if (phase === "filter") {
        await armPicture();
        await page.getByRole("checkbox", { name: /^Companies\b/ }).click();
        await untilPicture();
      } else if (phase === "select") {
        await armPicture();
        await page.evaluate(() => {
          const cy = window.__cy!;
          (window as unknown as { __arm: () => void }).__arm();
          const id = cy.nodes().first().id();
          cy.getElementById(id).emit("tap");
        });
        await untilPicture();
      } else if (phase === "export") {
        await page.getByRole("button", { name: "Export", exact: true }).click();
        const form = page.getByRole("form", { name: "Export image" });
        await form.getByRole("radio", { name: "PNG" }).check();
        await form.getByRole("radio", { name: "Current view" }).check();
        await form.getByRole("radio", { name: "1×" }).check();
        await Promise.all([
          page.waitForEvent("download"),
          form.getByRole("button", { name: "Download PNG" }).click(),
        ]);
      }
      console.log(`${phase} took ${Date.now() - t} ms (wall, including playwright)`);
    }
    const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: Profile };
    writeFileSync(
      resolve(BENCH_DIR, `out/profile-${phase}-${size}.cpuprofile`),
      JSON.stringify(profile),
    );
    const long = await page.evaluate(
      () => (window as unknown as { __long: { start: number; duration: number }[] }).__long,
    );
    console.log(
      `long tasks: ${long.map((l) => `${l.start.toFixed(0)}+${l.duration.toFixed(0)}`).join(", ")}`,
    );
    summarise(profile, Number(args.get("top") ?? 40));
    const shot = args.get("shot");
    if (shot) {
      await page.waitForFunction(
        () => performance.getEntriesByName("relgraph:layout-done").length > 0,
        { polling: 200 },
      );
      console.log(
        `layout done at ${await page.evaluate(() => performance.getEntriesByName("relgraph:layout-done")[0].startTime.toFixed(0))} ms`,
      );
      await page.waitForTimeout(1000);
      await page.screenshot({ path: shot });
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
