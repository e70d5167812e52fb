import { runForceLayout } from "./forceLayout";
import type { ForceLayoutInput } from "./forceLayout";

// Runs the big-graph layout off the main thread and posts the positions as they improve
// ("step") and when done ("done"), as typed arrays moved, not copied.

interface Request extends ForceLayoutInput {
  budgetMs: number;
  reportEveryMs: number;
}

const post = (kind: "step" | "done", positions: Float64Array) =>
  (self as unknown as Worker).postMessage({ kind, positions }, [positions.buffer]);

self.onmessage = (ev: MessageEvent<Request>) => {
  const { positions, edges, budgetMs, reportEveryMs } = ev.data;
  const final = runForceLayout(
    { positions, edges },
    { budgetMs, reportEveryMs, onStep: (p) => post("step", p) },
  );
  post("done", final);
};
