import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { UndirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { seeded } from '../insights/network-measures.js';
import type { Adjacency } from './map-measures.js';

/**
 * Positions for network maps, computed on the server with ForceAtlas2 (graphology-layout-forceatlas2), so
 * the browser draws at once instead of laying out from scratch.
 *
 * A first layout starts from the clusters: the graph of Louvain clusters is laid out first (a few hundred
 * nodes at most), each record starts near its cluster's place, then a bounded number of ForceAtlas2
 * iterations runs over the whole map (Barnes-Hut above 500 records), in slices that give the event loop
 * back every 50 ms so other requests are not held up. Later maps of the same scope reuse the positions:
 * records new to it are placed beside their neighbours, nothing moves.
 */
export type Positions = Map<string, [number, number]>;

interface Fa2Settings {
  barnesHutOptimize?: boolean;
  strongGravityMode?: boolean;
  gravity?: number;
  scalingRatio?: number;
  slowDown?: number;
}
type Matrices = { nodes: Float32Array; edges: Float32Array };
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;
// The package's own building blocks (what forceAtlas2.assign runs in one go), so the work can be sliced.
const require = createRequire(import.meta.url);
const fa2Helpers = require('graphology-layout-forceatlas2/helpers.js') as {
  graphToByteArrays(graph: UndirectedGraph, weight: () => number): Matrices;
};
const fa2Iterate = require('graphology-layout-forceatlas2/iterate.js') as (settings: Fa2Settings, nodes: Float32Array, edges: Float32Array) => void;
const FA2_DEFAULTS = require('graphology-layout-forceatlas2/defaults.js') as Fa2Settings;
/**
 * ForceAtlas2's iterations on a worker thread: on the main thread one Barnes-Hut iteration over 10,000 records and
 * 88,750 links took 70-450 ms at load 10-13 (docs/bench-maps.md, maps6), longer than the 50 ms slice, so every
 * request waited behind it while a layout settled. The package's own worker supervisor is for browsers' Web Workers.
 */
const FA2_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const iterate = require(workerData.iterate);
const { settings, nodes, edges, iterations } = workerData;
for (let i = 0; i < iterations; i++) iterate(settings, nodes, edges);
parentPort.postMessage(nodes, [nodes.buffer]);
`;
const FA2_ITERATE_PATH = require.resolve('graphology-layout-forceatlas2/iterate.js');
/** Floats per node in the ForceAtlas2 node matrix (x, y first). */
const PPN = 10;
const SLICE_MS = 50;

/**
 * ForceAtlas2 iterations for a map of this size, so a first layout takes a few seconds at most: 300 for small maps,
 * fewer for big ones (25 for 10,000 records and 100,000 links, about 55 ms each here), at least 20. The clusters'
 * places give the start its shape, so few iterations are needed.
 */
export function iterationsFor(order: number, size: number): number {
  return Math.max(20, Math.min(300, Math.round(2_750_000 / (order + size + 1))));
}
/** Barnes-Hut (O(n log n) repulsion) above this many records; exact repulsion is O(n²) per iteration. */
const BARNES_HUT_ABOVE = 500;

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs the iterations on a worker thread; undefined when `stop` said so first. */
function iterateInWorker(settings: Fa2Settings, m: Matrices, iterations: number, stop: () => boolean): Promise<Float32Array | undefined> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(FA2_WORKER, { eval: true, workerData: { iterate: FA2_ITERATE_PATH, settings, nodes: m.nodes, edges: m.edges, iterations }, transferList: [m.nodes.buffer as ArrayBuffer, m.edges.buffer as ArrayBuffer] });
    const watch = setInterval(() => {
      if (!stop()) return;
      clearInterval(watch);
      void worker.terminate().then(() => resolve(undefined));
    }, 100).unref();
    worker.once('message', (nodes: Float32Array) => {
      clearInterval(watch);
      resolve(nodes);
      void worker.terminate();
    });
    worker.once('error', (e) => {
      clearInterval(watch);
      reject(e);
    });
  });
}

/** Runs ForceAtlas2 on the graph's x/y attributes, `iterations` times, yielding every SLICE_MS (or on a worker thread). */
async function runForceAtlas2(graph: UndirectedGraph, iterations: number, stop: () => boolean, inWorker: boolean): Promise<void> {
  if (graph.order === 0 || iterations <= 0) return;
  const settings = { ...FA2_DEFAULTS, ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > BARNES_HUT_ABOVE };
  const m = fa2Helpers.graphToByteArrays(graph, () => 1);
  if (inWorker) {
    const nodes = await iterateInWorker(settings, m, iterations, stop);
    if (!nodes) return;
    m.nodes = nodes;
  } else {
    let started = performance.now();
    for (let i = 0; i < iterations; i++) {
      fa2Iterate(settings, m.nodes, m.edges);
      if (performance.now() - started > SLICE_MS) {
        await tick();
        if (stop()) return;
        started = performance.now();
      }
    }
  }
  let j = 0;
  graph.forEachNode((id) => {
    graph.setNodeAttribute(id, 'x', m.nodes[j]);
    graph.setNodeAttribute(id, 'y', m.nodes[j + 1]);
    j += PPN;
  });
}

/**
 * A fresh layout of the map, starting from its clusters. Deterministic for the same graph and clusters. With
 * `iterations` 0 it is the draft: the clusters' places and each record around its cluster's place, no
 * ForceAtlas2 over the whole map (what a first map answers at once while the rest runs in the background).
 * `stop` is asked between slices: when it says so the layout ends early (the service is shutting down).
 * `inWorker`: ForceAtlas2 over the whole map on a worker thread (the background settling of a draft).
 */
export async function layOut(
  graph: UndirectedGraph,
  cluster: ReadonlyMap<string, number>,
  iterations = iterationsFor(graph.order, graph.size),
  stop: () => boolean = () => false,
  inWorker = false,
): Promise<Positions> {
  const rng = seeded(7);
  // 1. The clusters' places: ForceAtlas2 over the graph of clusters (weighted by the links between them).
  const clusters = new UndirectedGraph();
  const sizes = new Map<number, number>();
  graph.forEachNode((id) => {
    const c = cluster.get(id) ?? -1;
    sizes.set(c, (sizes.get(c) ?? 0) + 1);
  });
  for (const c of [...sizes.keys()].sort((a, b) => a - b)) clusters.addNode(String(c), { x: rng() * 100, y: rng() * 100 });
  graph.forEachEdge((_e, _a, s, t) => {
    const cs = String(cluster.get(s) ?? -1);
    const ct = String(cluster.get(t) ?? -1);
    if (cs !== ct) clusters.mergeEdge(cs, ct);
  });
  if (clusters.order > 1) forceAtlas2.assign(clusters, { iterations: 200, settings: forceAtlas2.inferSettings(clusters) });
  // Spread the cluster places over an area that fits everyone, then each record around its cluster's place.
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  clusters.forEachNode((_c, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  const area = 10 * Math.sqrt(graph.order);
  graph.forEachNode((id) => {
    const c = cluster.get(id) ?? -1;
    const at = clusters.getNodeAttributes(String(c));
    const radius = 3 * Math.sqrt(sizes.get(c) ?? 1);
    const angle = rng() * 2 * Math.PI;
    const r = radius * Math.sqrt(rng());
    graph.setNodeAttribute(id, 'x', ((at.x - minX) / span) * area + r * Math.cos(angle));
    graph.setNodeAttribute(id, 'y', ((at.y - minY) / span) * area + r * Math.sin(angle));
  });
  // 2. ForceAtlas2 over the whole map.
  await runForceAtlas2(graph, iterations, stop, inWorker);
  const out: Positions = new Map();
  graph.forEachNode((id, a) => out.set(id, [a.x, a.y]));
  return out;
}

/**
 * Positions for this map from an earlier layout of its scope: known records keep theirs, new ones go beside
 * their placed neighbours (nearest first), those with none at a free spot at the edge. On the map's adjacency
 * (map-measures.ts), so a map computed again after a write needs no graphology graph.
 */
export function placeNew(graph: Adjacency, previous: Positions): Positions {
  const rng = seeded(11);
  const out: Positions = new Map();
  const { ids, starts, neighbours } = graph;
  const placed: Array<[number, number] | undefined> = new Array(ids.length);
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  const frontier0: number[] = [];
  ids.forEach((id, i) => {
    const p = previous.get(id);
    if (!p) return;
    placed[i] = p;
    frontier0.push(i);
    minX = Math.min(minX, p[0]);
    maxX = Math.max(maxX, p[0]);
    minY = Math.min(minY, p[1]);
    maxY = Math.max(maxY, p[1]);
  });
  if (frontier0.length === 0) [minX, maxX, minY, maxY] = [0, 100, 0, 100];
  const span = Math.max(maxX - minX, maxY - minY, 1);
  const jitter = span * 0.02;
  // Breadth-first from the placed records, so a chain of new records grows outward from where it attaches.
  let frontier = frontier0;
  while (frontier.length) {
    const next: number[] = [];
    for (const u of frontier) {
      for (let j = starts[u]; j < starts[u + 1]; j++) {
        const v = neighbours[j];
        if (placed[v]) continue;
        let sx = 0;
        let sy = 0;
        let n = 0;
        for (let k = starts[v]; k < starts[v + 1]; k++) {
          const p = placed[neighbours[k]];
          if (p) {
            sx += p[0];
            sy += p[1];
            n++;
          }
        }
        placed[v] = [sx / n + (rng() - 0.5) * jitter, sy / n + (rng() - 0.5) * jitter];
        next.push(v);
      }
    }
    frontier = next;
  }
  // Records with no placed neighbour at all: on a ring around the map.
  ids.forEach((id, i) => {
    const p = placed[i];
    if (p) {
      out.set(id, p);
      return;
    }
    const angle = rng() * 2 * Math.PI;
    out.set(id, [(minX + maxX) / 2 + span * 0.6 * Math.cos(angle), (minY + maxY) / 2 + span * 0.6 * Math.sin(angle)]);
  });
  return out;
}
