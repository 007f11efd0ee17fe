/**
 * Communities of the actors in view (Louvain, seeded). Small graphs are done on the spot so the
 * first frame is already coloured; large ones go to a worker so an expansion never blocks the
 * main thread. Only the newest request is answered: a stale result resolves to null.
 */
import type { KgGraph } from '../../../shared/graph-build.js';
import { detect, type Pairs } from './kernel.js';

/** Above this many nodes + edges, Louvain runs in the worker. */
export const WORKER_THRESHOLD = 1500;

/** The graph as arrays: node ids, and one index pair per relationship (self-loops left out). */
export function toPairs(graph: KgGraph): Pairs {
  const nodes = graph.nodes();
  const index = new Map<string, number>();
  nodes.forEach((n, i) => index.set(n, i));
  const pairs = new Int32Array(graph.size * 2);
  let k = 0;
  graph.forEachEdge((_e, _a, s, t) => {
    if (s === t) return;
    pairs[k++] = index.get(s)!;
    pairs[k++] = index.get(t)!;
  });
  return { nodes, pairs: pairs.subarray(0, k) };
}

const asMap = (nodes: string[], c: Int32Array): Map<string, number> => {
  const m = new Map<string, number>();
  nodes.forEach((n, i) => {
    if (c[i]! >= 0) m.set(n, c[i]!);
  });
  return m;
};

/** Synchronous, for small graphs and tests. */
export function communities(graph: KgGraph): Map<string, number> {
  const p = toPairs(graph);
  return asMap(p.nodes, detect(p));
}

let worker: Worker | null = null;
let latest = 0;

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./community.worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

/**
 * Communities of the graph as it is now, handed to `apply`: at once for a small graph (before
 * the caller draws), from the worker for a large one. A result that a newer call superseded is
 * dropped, so a slow answer never recolours a graph it was not computed for.
 */
export function communitiesOf(graph: KgGraph, apply: (c: Map<string, number>) => void): void {
  const job = ++latest;
  if (graph.order + graph.size <= WORKER_THRESHOLD) {
    apply(communities(graph));
    return;
  }
  const p = toPairs(graph);
  const w = getWorker();
  const onMessage = (e: MessageEvent<{ job: number; communities: Int32Array }>): void => {
    if (e.data.job !== job) return;
    w.removeEventListener('message', onMessage);
    if (job === latest) apply(asMap(p.nodes, e.data.communities));
  };
  w.addEventListener('message', onMessage);
  w.postMessage({ job, nodes: p.nodes, pairs: p.pairs }, [p.pairs.buffer]);
}
