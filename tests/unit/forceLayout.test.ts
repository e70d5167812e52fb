import { describe, expect, it } from "vitest";
import {
  closestPair,
  NODE_CLEARANCE,
  pivotMds,
  runForceLayout,
  separate,
} from "../../src/graph/forceLayout";
import { spiralPositions } from "../../src/graph/layout";
import { generateDocument } from "../bench/generate";

function xsYs(p: Float64Array) {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < p.length; i += 2) {
    xs.push(p[i]);
    ys.push(p[i + 1]);
  }
  return { xs, ys };
}

/** A generated document as the worker gets it: spiral start, edges by node number. */
function workerInput(entities: number) {
  const doc = generateDocument({ entities, seed: 5 });
  const ids = doc.entities.map((e) => e.id).sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const spiral = spiralPositions(ids);
  const positions = new Float64Array(2 * ids.length);
  ids.forEach((id, i) => {
    positions[2 * i] = spiral.get(id)!.x;
    positions[2 * i + 1] = spiral.get(id)!.y;
  });
  const edges = Uint32Array.from(
    doc.relations.flatMap((r) => [index.get(r.source)!, index.get(r.target)!]),
  );
  return { ids, positions, edges, doc };
}

describe("laying out a big graph off the main thread", () => {
  it("a chain of ten entities comes out in order, end to end", () => {
    const edges = Uint32Array.from(Array.from({ length: 9 }, (_, i) => [i, i + 1]).flat());
    const p = pivotMds(10, edges, 20)!;
    // Along the chain's main direction the positions rise (or fall) one after the other.
    const { xs, ys } = xsYs(p);
    const spanX = Math.max(...xs) - Math.min(...xs);
    const spanY = Math.max(...ys) - Math.min(...ys);
    const along = spanX >= spanY ? xs : ys;
    const sign = Math.sign(along[9] - along[0]);
    for (let i = 0; i < 9; i++) expect(sign * (along[i + 1] - along[i])).toBeGreaterThan(0);
  });

  it("four entities wanting the same spot each get a place of their own, the best connected keeping it", () => {
    const positions = Float64Array.from([0, 0, 1, 1, -1, 0, 0, -1]);
    const edges = Uint32Array.from([1, 0, 1, 2, 1, 3]);
    const out = separate(positions, edges);
    const { xs, ys } = xsYs(out);
    expect(closestPair(xs, ys)).toBeGreaterThanOrEqual(NODE_CLEARANCE);
    expect([out[2], out[3]]).toEqual([0, 0]); // entity 1 has three relations
  });

  it("400 entities with their relations: every one placed, none on another, and the picture reported while it improves", () => {
    const { ids, positions, edges } = workerInput(400);
    const steps: Float64Array[] = [];
    let clock = 0;
    const out = runForceLayout(
      { positions, edges },
      // A clock that moves 50 ms per look: the run does not depend on this machine's speed.
      {
        budgetMs: 1000,
        reportEveryMs: 200,
        onStep: (p) => steps.push(p),
        now: () => (clock += 50),
      },
    );
    expect(out).toHaveLength(2 * ids.length);
    expect(out.every(Number.isFinite)).toBe(true);
    const { xs, ys } = xsYs(out);
    expect(closestPair(xs, ys)).toBeGreaterThanOrEqual(NODE_CLEARANCE);
    expect(steps.length).toBeGreaterThanOrEqual(2);
    // Related entities end up nearer each other than entities picked at random.
    const d = (a: number, b: number) => Math.hypot(xs[a] - xs[b], ys[a] - ys[b]);
    let related = 0;
    for (let j = 0; j < edges.length; j += 2) related += d(edges[j], edges[j + 1]);
    related /= edges.length / 2;
    let random = 0;
    for (let i = 0; i < 400; i++) random += d(i, (i * 7919 + 13) % 400);
    random /= 400;
    expect(related).toBeLessThan(random / 2);
  });
});
