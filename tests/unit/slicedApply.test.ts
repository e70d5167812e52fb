import { describe, expect, it } from "vitest";
import { applyInSlices } from "../../src/graph/slicedApply";

// A big change applied a slice per task (src/graph/slicedApply.ts), driven by a manual queue so
// each task is a step the test takes: no timers, no timing.

function queue() {
  const tasks: (() => void)[] = [];
  return {
    defer: (next: () => void) => void tasks.push(next),
    step: () => {
      const t = tasks.shift();
      t?.();
      return !!t;
    },
    get waiting() {
      return tasks.length;
    },
  };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe("a change applied in slices", () => {
  it("applies the first slice at once and the rest one task each, in order, each item once", () => {
    const q = queue();
    const seen: number[][] = [];
    let finished = 0;
    const run = applyInSlices(range(10), (s) => void seen.push([...s]), {
      size: 4,
      defer: q.defer,
      onDone: () => finished++,
    });
    expect(seen).toEqual([[0, 1, 2, 3]]);
    expect(run.done).toBe(false);
    expect(q.step()).toBe(true);
    expect(seen).toHaveLength(2);
    while (q.step());
    expect(seen).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
      [8, 9],
    ]);
    expect(finished).toBe(1);
    expect(run.done).toBe(true);
  });

  it("a small change is done in the task that asked for it", () => {
    const q = queue();
    let finished = 0;
    const seen: number[] = [];
    applyInSlices(range(3), (s) => void seen.push(...s), {
      size: 10,
      defer: q.defer,
      onDone: () => finished++,
    });
    expect(seen).toEqual([0, 1, 2]);
    expect(finished).toBe(1);
    expect(q.waiting).toBe(0);
  });

  it("stops when cancelled mid-way: what was applied stays, nothing more, and it never says done", () => {
    const q = queue();
    const seen: number[] = [];
    let finished = 0;
    const run = applyInSlices(range(10), (s) => void seen.push(...s), {
      size: 3,
      defer: q.defer,
      onDone: () => finished++,
    });
    q.step();
    run.cancel();
    while (q.step());
    expect(seen).toEqual([0, 1, 2, 3, 4, 5]);
    expect(finished).toBe(0);
    expect(run.cancelled).toBe(true);
    expect(run.done).toBe(false);
  });

  it("a newer run started from inside a slice takes over: the older one adds nothing after it", () => {
    const q = queue();
    const seen: string[] = [];
    let newer: ReturnType<typeof applyInSlices> | null = null;
    const older = applyInSlices(
      range(9),
      (s) => {
        seen.push(...s.map((i) => `old${i}`));
        if (s[0] === 3) {
          older.cancel();
          newer = applyInSlices(range(4), (t) => void seen.push(...t.map((i) => `new${i}`)), {
            size: 3,
            defer: q.defer,
          });
        }
      },
      { size: 3, defer: q.defer },
    );
    while (q.step());
    expect(seen).toEqual([
      "old0",
      "old1",
      "old2",
      "old3",
      "old4",
      "old5",
      "new0",
      "new1",
      "new2",
      "new3",
    ]);
    expect(newer!.done).toBe(true);
    expect(older.done).toBe(false);
  });
});
