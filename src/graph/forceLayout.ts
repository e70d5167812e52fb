import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";

// The layout of big graphs, as pure steps on typed arrays so it runs the same in the worker
// (forceLayoutWorker.ts) and in tests. ForceAtlas2 (Gephi's layout, here from graphology) pulls
// connected entities together and pushes the rest apart; then every node gets a place of its
// own on a fine grid, so none sits on another. Nodes are numbered 0..n-1: ids from files never reach a plain
// object here.

/** How far apart two node centres must be at least: the largest node (a leader, 40 px) and air. */
export const NODE_CLEARANCE = 42;

export interface ForceLayoutInput {
  /** x, y of node i at 2i, 2i+1: the start (a spiral for a new graph). */
  positions: Float64Array;
  /** Source and target index of edge j at 2j, 2j+1. */
  edges: Uint32Array;
}

export interface ForceLayoutOptions {
  /** Milliseconds for the force phase; the overlap removal follows. */
  budgetMs: number;
  /** How often, in milliseconds, the positions so far are reported. */
  reportEveryMs: number;
  onStep: (positions: Float64Array) => void;
  now?: () => number;
}

function toGraph({ positions, edges }: ForceLayoutInput): Graph {
  const graph = new Graph({ type: "undirected", multi: true, allowSelfLoops: false });
  const n = positions.length / 2;
  for (let i = 0; i < n; i++) {
    graph.addNode(String(i), { x: positions[2 * i], y: positions[2 * i + 1], size: 1 });
  }
  for (let j = 0; j < edges.length; j += 2) {
    if (edges[j] !== edges[j + 1]) graph.addEdge(String(edges[j]), String(edges[j + 1]));
  }
  return graph;
}

function readPositions(graph: Graph, out: Float64Array): Float64Array {
  graph.forEachNode((key, a) => {
    const i = Number(key);
    out[2 * i] = a.x as number;
    out[2 * i + 1] = a.y as number;
  });
  return out;
}

/**
 * A first picture of the whole graph in one pass (pivot MDS, Brandes and Pich 2006): hop
 * distances from a few pivot nodes, double-centred, projected on their two main directions.
 * Far apart in the graph means far apart on screen, so the force layout after it only has to
 * sort out the neighbourhoods, which it does in far fewer iterations than from a spiral.
 * Coordinates in hops times `unit`; a graph with no edges keeps its positions.
 */
export function pivotMds(n: number, edges: Uint32Array, unit: number): Float64Array | null {
  if (n < 3 || edges.length === 0) return null;
  const adjacency: number[][] = Array.from({ length: n }, () => []);
  for (let j = 0; j < edges.length; j += 2) {
    adjacency[edges[j]].push(edges[j + 1]);
    adjacency[edges[j + 1]].push(edges[j]);
  }
  const k = Math.min(PIVOTS, n);
  const dist: Float64Array[] = [];
  const nearest = new Float64Array(n).fill(Infinity);
  // The first pivot is the best connected node; each next one the farthest from those chosen.
  let pivot = 0;
  for (let i = 1; i < n; i++) if (adjacency[i].length > adjacency[pivot].length) pivot = i;
  const queue = new Int32Array(n);
  for (let p = 0; p < k; p++) {
    const d = new Float64Array(n).fill(-1);
    d[pivot] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = pivot;
    let far = 0;
    while (head < tail) {
      const v = queue[head++];
      far = d[v];
      for (const w of adjacency[v]) {
        if (d[w] < 0) {
          d[w] = d[v] + 1;
          queue[tail++] = w;
        }
      }
    }
    // Other components: a little beyond the farthest reached node.
    for (let i = 0; i < n; i++) if (d[i] < 0) d[i] = far + 1;
    dist.push(d);
    let next = -1;
    for (let i = 0; i < n; i++) {
      nearest[i] = Math.min(nearest[i], d[i]);
      if (next < 0 || nearest[i] > nearest[next]) next = i;
    }
    pivot = next;
  }
  // Double-centred squared distances, C (n x k), column by column.
  const colMean = new Float64Array(k);
  const rowMean = new Float64Array(n);
  let total = 0;
  for (let p = 0; p < k; p++) {
    const d = dist[p];
    for (let i = 0; i < n; i++) {
      const sq = d[i] * d[i];
      d[i] = sq;
      colMean[p] += sq / n;
      rowMean[i] += sq / k;
    }
    total += colMean[p] / k;
  }
  for (let p = 0; p < k; p++) {
    const d = dist[p];
    for (let i = 0; i < n; i++) d[i] = -0.5 * (d[i] - rowMean[i] - colMean[p] + total);
  }
  // CᵀC (k x k), and its two main eigenvectors by power iteration.
  const ctc = Array.from({ length: k }, () => new Float64Array(k));
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += dist[a][i] * dist[b][i];
      ctc[a][b] = ctc[b][a] = sum;
    }
  }
  const vectors: Float64Array[] = [];
  for (let e = 0; e < 2; e++) {
    let v = Float64Array.from({ length: k }, (_, i) => Math.sin(i + 1 + e));
    for (let iter = 0; iter < 100; iter++) {
      const next = new Float64Array(k);
      for (let a = 0; a < k; a++) {
        let sum = 0;
        for (let b = 0; b < k; b++) sum += ctc[a][b] * v[b];
        next[a] = sum;
      }
      for (const u of vectors) {
        let dot = 0;
        for (let a = 0; a < k; a++) dot += next[a] * u[a];
        for (let a = 0; a < k; a++) next[a] -= dot * u[a];
      }
      const norm = Math.hypot(...next) || 1;
      v = next.map((x) => x / norm);
    }
    vectors.push(v);
  }
  const out = new Float64Array(2 * n);
  for (let e = 0; e < 2; e++) {
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let p = 0; p < k; p++) sum += dist[p][i] * vectors[e][p];
      out[2 * i + e] = sum;
    }
  }
  // Nodes the pivots cannot tell apart (a clique's members, other components) would start on
  // one spot, where the repulsion between them has no direction: a small sunflower around it.
  const golden = Math.PI * (3 - Math.sqrt(5));
  const first = scaled(out, edges, unit, false);
  for (let i = 0; i < n; i++) {
    const r = 0.1 * unit * Math.sqrt((i % 64) + 0.5);
    first[2 * i] += r * Math.cos(i * golden);
    first[2 * i + 1] += r * Math.sin(i * golden);
  }
  return first;
}

/** Pivots for the first picture: more add little once the graph's main directions are found. */
const PIVOTS = 40;

/**
 * Lays the graph out within about `budgetMs` of force iterations, reporting the picture as it
 * improves (each report scaled like the final one, so the picture does not jump), then gives
 * every node a place of its own (see `separate`). Returns the final positions.
 */
export function runForceLayout(input: ForceLayoutInput, options: ForceLayoutOptions): Float64Array {
  const now = options.now ?? (() => performance.now());
  const n = input.positions.length / 2;
  const first = pivotMds(n, input.edges, FORCE_EDGE_LENGTH);
  const graph = toGraph(first ? { positions: first, edges: input.edges } : input);
  if (first) options.onStep(scaled(first, input.edges));
  const out = new Float64Array(input.positions.length);
  if (n === 0) return out;
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    // Barnes-Hut approximates far-away nodes as one: n log n per iteration instead of n².
    barnesHutOptimize: n > 300,
  };
  const start = now();
  let lastReport = start;
  // A few iterations at a time, so the clock is looked at often and a step is reported soon.
  const batch = n > 2000 ? 1 : 5;
  let iterations = 0;
  while (now() - start < options.budgetMs && iterations < MAX_ITERATIONS) {
    forceAtlas2.assign(graph, { iterations: batch, settings });
    iterations += batch;
    if (now() - lastReport >= options.reportEveryMs) {
      options.onStep(scaled(readPositions(graph, out), input.edges));
      lastReport = now();
    }
  }
  return separate(scaled(readPositions(graph, out), input.edges), input.edges);
}

/** Enough for a few thousand nodes to settle; small graphs stop here long before the budget. */
const MAX_ITERATIONS = 600;
/** About the length ForceAtlas2 settles a relation at, with the settings below. */
const FORCE_EDGE_LENGTH = 20;
/** The median relation's length in the finished picture, in graph pixels. */
const EDGE_LENGTH = 3 * NODE_CLEARANCE;

/** A copy scaled about the origin so that the median edge is `length` long. */
function scaled(
  positions: Float64Array,
  edges: Uint32Array,
  length = EDGE_LENGTH,
  roomy = true,
): Float64Array {
  const lengths: number[] = [];
  for (let j = 0; j < edges.length; j += 2) {
    const [a, b] = [edges[j], edges[j + 1]];
    const d = Math.hypot(
      positions[2 * a] - positions[2 * b],
      positions[2 * a + 1] - positions[2 * b + 1],
    );
    if (d > 0) lengths.push(d);
  }
  lengths.sort((x, y) => x - y);
  const median = lengths.length ? lengths[lengths.length >> 1] : 0;
  // Room enough too: a disc where nodes take up at most two cells in five, so that giving each
  // its own cell (see `separate`) moves them little and does not fill a square.
  const n = positions.length / 2;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < n; i++) {
    cx += positions[2 * i] / n;
    cy += positions[2 * i + 1] / n;
  }
  // The median distance from the centre, not the mean: a few far-flung nodes must not make
  // the rest look roomy. A uniform disc has half its area within 1/√2 of its radius.
  const distances: number[] = [];
  for (let i = 0; i < n; i++) {
    distances.push(Math.hypot(positions[2 * i] - cx, positions[2 * i + 1] - cy));
  }
  distances.sort((x, y) => x - y);
  const radius = Math.SQRT2 * (distances[distances.length >> 1] ?? 0);
  const wanted = NODE_CLEARANCE * Math.sqrt((2.5 * n) / Math.PI);
  const k = Math.max(median > 0 ? length / median : 1, roomy && radius > 0 ? wanted / radius : 0);
  return positions.map((v) => v * k);
}

/**
 * Gives every node a cell of its own in a grid of NODE_CLEARANCE: the cell nearest to where the
 * force layout put it, or the nearest free one, the most connected nodes choosing first. Two
 * nodes then never overlap, and most stay where they were (the grid is finer than the usual
 * distance between neighbours).
 */
export function separate(positions: Float64Array, edges: Uint32Array): Float64Array {
  const n = positions.length / 2;
  const degree = new Uint32Array(n);
  for (let j = 0; j < edges.length; j++) degree[edges[j]]++;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => degree[b] - degree[a] || a - b,
  );
  const taken = new Set<number>();
  // Cells as one number: fine for grids of up to a million cells a side.
  const key = (cx: number, cy: number) => (cx + 1_000_000) * 2_000_003 + (cy + 1_000_000);
  const out = new Float64Array(positions.length);
  for (const i of order) {
    const fx = positions[2 * i] / NODE_CLEARANCE;
    const fy = positions[2 * i + 1] / NODE_CLEARANCE;
    let best: [number, number] | null = null;
    // Rings of cells around the wanted one, nearest first within each ring.
    for (let r = 0; best === null; r++) {
      let bestD = Infinity;
      const cx0 = Math.round(fx);
      const cy0 = Math.round(fy);
      for (let dx = -r; dx <= r; dx++) {
        for (let dy = -r; dy <= r; dy++) {
          if (Math.max(Math.abs(dx), Math.abs(dy)) !== r) continue;
          const [cx, cy] = [cx0 + dx, cy0 + dy];
          if (taken.has(key(cx, cy))) continue;
          const d = (cx - fx) ** 2 + (cy - fy) ** 2;
          if (d < bestD) {
            bestD = d;
            best = [cx, cy];
          }
        }
      }
    }
    taken.add(key(best[0], best[1]));
    out[2 * i] = best[0] * NODE_CLEARANCE;
    out[2 * i + 1] = best[1] * NODE_CLEARANCE;
  }
  return out;
}

/** Whether any two node centres are closer than NODE_CLEARANCE (a grid, so n, not n²). */
export function hasOverlap(graph: Graph | Float64Array): boolean {
  const xs: number[] = [];
  const ys: number[] = [];
  if (graph instanceof Float64Array) {
    for (let i = 0; i < graph.length; i += 2) {
      xs.push(graph[i]);
      ys.push(graph[i + 1]);
    }
  } else {
    graph.forEachNode((_, a) => {
      xs.push(a.x as number);
      ys.push(a.y as number);
    });
  }
  return closestPair(xs, ys) < NODE_CLEARANCE - 0.5;
}

/** The smallest distance between two of the points (Infinity for fewer than two). */
export function closestPair(xs: readonly number[], ys: readonly number[]): number {
  const cell = NODE_CLEARANCE;
  const grid = new Map<string, number[]>();
  for (let i = 0; i < xs.length; i++) {
    const key = `${Math.floor(xs[i] / cell)},${Math.floor(ys[i] / cell)}`;
    const list = grid.get(key);
    if (list) list.push(i);
    else grid.set(key, [i]);
  }
  let best = Infinity;
  for (let i = 0; i < xs.length; i++) {
    const gx = Math.floor(xs[i] / cell);
    const gy = Math.floor(ys[i] / cell);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of grid.get(`${gx + dx},${gy + dy}`) ?? []) {
          if (j > i) best = Math.min(best, Math.hypot(xs[i] - xs[j], ys[i] - ys[j]));
        }
      }
    }
  }
  return best;
}
