import { afterEach, describe, expect, it } from "vitest";
import cytoscape from "cytoscape";
import type { Core, ElementDefinition } from "cytoscape";
import { loadProgressively, orderForLoading } from "../../src/graph/chunkedLoader";
import type { LoadProgress } from "../../src/graph/chunkedLoader";

// The chunked loader on a headless Cytoscape, driven by a manual scheduler so each chunk is a
// step the test takes: no timers, no timing.

let cy: Core;
afterEach(() => cy?.destroy());

const node = (id: string): ElementDefinition => ({ group: "nodes", data: { id } });
const edge = (id: string, source: string, target: string): ElementDefinition => ({
  group: "edges",
  data: { id, source, target },
});

/** A hub "h" with spokes s0..s{n-1}, a pair of loners joined to each other, and one isolate. */
function hubDocument(spokes: number): ElementDefinition[] {
  const out: ElementDefinition[] = [node("isolate"), node("l1"), node("l2")];
  for (let i = 0; i < spokes; i++) out.push(node(`s${i}`));
  out.push(node("h"));
  for (let i = 0; i < spokes; i++) out.push(edge(`e${i}`, "h", `s${i}`));
  out.push(edge("loners", "l1", "l2"));
  return out;
}

function manualQueue() {
  const queue: (() => void)[] = [];
  return {
    schedule: (next: () => void) => void queue.push(next),
    /** Runs the next scheduled chunk; false when nothing is waiting. */
    step: () => {
      const next = queue.shift();
      next?.();
      return !!next;
    },
    get waiting() {
      return queue.length;
    },
  };
}

describe("the order a big document is drawn in", () => {
  it("puts the most connected entity first and every relation right after its second end", () => {
    const ordered = orderForLoading(hubDocument(5));
    const ids = ordered.map((e) => e.data.id as string);
    expect(ids[0]).toBe("h");
    for (const e of ordered.filter((x) => x.group === "edges")) {
      const at = ids.indexOf(e.data.id as string);
      const ends = [ids.indexOf(e.data.source as string), ids.indexOf(e.data.target as string)];
      expect(Math.max(...ends)).toBe(at - 1);
    }
    // The isolate has no relations: it comes last.
    expect(ids.at(-1)).toBe("isolate");
  });

  it("keeps every element exactly once", () => {
    const doc = hubDocument(50);
    const ids = orderForLoading(doc).map((e) => e.data.id as string);
    expect(ids).toHaveLength(doc.length);
    expect(new Set(ids)).toEqual(new Set(doc.map((e) => e.data.id as string)));
  });

  it("puts relations to entities already on the graph at the very start", () => {
    const ordered = orderForLoading([node("new"), edge("to-old", "old", "old2")]);
    expect(ordered.map((e) => e.data.id)).toEqual(["to-old", "new"]);
  });
});

describe("drawing a big document chunk by chunk", () => {
  it("adds everything once, in order, one chunk per frame, and reports progress to the end", async () => {
    cy = cytoscape({ headless: true });
    const ordered = orderForLoading(hubDocument(40));
    const q = manualQueue();
    const seen: LoadProgress[] = [];
    const load = loadProgressively(cy, ordered, {
      schedule: q.schedule,
      firstChunk: 10,
      minChunk: 10,
      maxChunk: 10,
      onChunk: (added, p) => {
        // Each chunk arrives whole, in the planned order.
        expect(added.map((e) => e.id())).toEqual(
          ordered.slice(p.elementsAdded - added.length, p.elementsAdded).map((e) => e.data.id),
        );
        seen.push(p);
      },
    });
    // The first chunk is added at once, the rest waits for frames.
    expect(cy.elements()).toHaveLength(10);
    expect(cy.getElementById("h").nonempty()).toBe(true);
    let steps = 0;
    while (q.step()) steps++;
    expect(steps).toBe(Math.ceil(ordered.length / 10) - 1);
    expect(await load.finished).toBe(true);
    expect(cy.elements()).toHaveLength(ordered.length);
    expect(seen.at(-1)).toEqual({
      nodesAdded: 44,
      nodesTotal: 44,
      elementsAdded: ordered.length,
      elementsTotal: ordered.length,
      done: true,
    });
    expect(seen.filter((p) => p.done)).toHaveLength(1);
  });

  it("stops when cancelled mid-load: what is in stays, nothing more arrives", async () => {
    cy = cytoscape({ headless: true });
    const q = manualQueue();
    const load = loadProgressively(cy, orderForLoading(hubDocument(40)), {
      schedule: q.schedule,
      firstChunk: 10,
      minChunk: 10,
      maxChunk: 10,
    });
    q.step();
    expect(cy.elements()).toHaveLength(20);
    load.cancel();
    expect(await load.finished).toBe(false);
    while (q.step());
    expect(cy.elements()).toHaveLength(20);
  });

  it("can start in a later task: orders and adds nothing before it, then everything once", async () => {
    cy = cytoscape({ headless: true });
    const q = manualQueue();
    const later = manualQueue();
    let ordered = 0;
    const load = loadProgressively(
      cy,
      () => {
        ordered++;
        return orderForLoading(hubDocument(40));
      },
      {
        schedule: q.schedule,
        startLater: later.schedule,
        firstChunk: 10,
        minChunk: 10,
        maxChunk: 10,
      },
    );
    expect(ordered).toBe(0);
    expect(cy.elements()).toHaveLength(0);
    expect(later.step()).toBe(true);
    expect(ordered).toBe(1);
    expect(cy.elements()).toHaveLength(10);
    // The hub first, as always.
    expect(cy.nodes().first().id()).toBe("h");
    while (q.step());
    expect(await load.finished).toBe(true);
    expect(ordered).toBe(1);
    expect(cy.elements()).toHaveLength(hubDocument(40).length);
    expect(new Set(cy.elements().map((e) => e.id())).size).toBe(hubDocument(40).length);
  });

  it("cancelled before its later start, it never orders or adds anything", async () => {
    cy = cytoscape({ headless: true });
    const later = manualQueue();
    let ordered = 0;
    const load = loadProgressively(
      cy,
      () => {
        ordered++;
        return orderForLoading(hubDocument(40));
      },
      { startLater: later.schedule },
    );
    load.cancel();
    expect(await load.finished).toBe(false);
    while (later.step());
    expect(ordered).toBe(0);
    expect(cy.elements()).toHaveLength(0);
  });

  it("grows its chunks when frames are quick and shrinks them when they are slow", () => {
    cy = cytoscape({ headless: true });
    const q = manualQueue();
    let clock = 0;
    const sizes: number[] = [];
    const doc = Array.from({ length: 3000 }, (_, i) => node(`n${i}`));
    loadProgressively(cy, doc, {
      schedule: q.schedule,
      now: () => clock,
      budgetMs: 100,
      growth: 0,
      firstChunk: 100,
      minChunk: 50,
      maxChunk: 1000,
      onChunk: (added) => sizes.push(added.length),
    });
    clock += 50; // half the budget: the next chunk doubles
    q.step();
    clock += 400; // four times the budget: the next chunk is a quarter
    q.step();
    expect(sizes.slice(0, 3)).toEqual([100, 200, 50]);
  });

  it("keeps growing with the graph when every frame is slow, so the frames stay few", () => {
    cy = cytoscape({ headless: true });
    const q = manualQueue();
    let clock = 0;
    const sizes: number[] = [];
    const doc = Array.from({ length: 3000 }, (_, i) => node(`n${i}`));
    loadProgressively(cy, doc, {
      schedule: q.schedule,
      now: () => clock,
      budgetMs: 100,
      growth: 0.5,
      firstChunk: 100,
      minChunk: 10,
      maxChunk: 1000,
      onChunk: (added) => sizes.push(added.length),
    });
    for (let i = 0; i < 3; i++) {
      clock += 1000; // ten times the budget, every time
      q.step();
    }
    // Half of what is in: 100 in -> 50, 150 in -> 75, 225 in -> 113.
    expect(sizes).toEqual([100, 50, 75, 113]);
  });

  it("settles chunks without a frame when asked, draws the last one, and still adds everything once", async () => {
    cy = cytoscape({ headless: true });
    const frames = manualQueue();
    const soon = manualQueue();
    const ordered = orderForLoading(hubDocument(40));
    const drawnAfter: number[] = [];
    const load = loadProgressively(cy, ordered, {
      schedule: frames.schedule,
      scheduleSoon: soon.schedule,
      // Only the first chunk waits for its frame; the rest are settled without one.
      skipFrame: (p) => p.elementsAdded > 10,
      firstChunk: 10,
      minChunk: 10,
      maxChunk: 10,
      onChunk: (_added, p) => void (p.done && drawnAfter.push(p.elementsAdded)),
    });
    expect(frames.waiting).toBe(1);
    frames.step();
    // From here on no chunk waits for a frame.
    let quiet = 0;
    while (soon.step()) quiet++;
    expect(frames.waiting).toBe(0);
    expect(quiet).toBe(Math.ceil(ordered.length / 10) - 2);
    expect(await load.finished).toBe(true);
    const ids = cy.elements().map((e) => e.id());
    expect(ids).toHaveLength(ordered.length);
    expect(new Set(ids).size).toBe(ordered.length);
    expect(drawnAfter).toEqual([ordered.length]);
  });

  it("sizes a chunk that was not drawn by the budget alone, not by what is already in", () => {
    cy = cytoscape({ headless: true });
    const soon = manualQueue();
    let clock = 0;
    const sizes: number[] = [];
    const doc = Array.from({ length: 3000 }, (_, i) => node(`n${i}`));
    loadProgressively(cy, doc, {
      schedule: () => {
        throw new Error("no chunk should wait for a frame");
      },
      scheduleSoon: soon.schedule,
      skipFrame: () => true,
      now: () => clock,
      budgetMs: 100,
      growth: 1,
      firstChunk: 400,
      minChunk: 10,
      maxChunk: 1000,
      onChunk: (added) => sizes.push(added.length),
    });
    clock += 200; // twice the budget: half the size, although 400 are already in
    soon.step();
    expect(sizes).toEqual([400, 200]);
  });
});
