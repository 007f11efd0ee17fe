/**
 * Layout and structure from the graphology standard library: ForceAtlas2 in its web worker (so
 * large expansions never block the main thread), Louvain communities on an undirected weighted
 * projection (seeded, so colours are stable), and degree in view. Results are returned, not
 * written as attributes; only x/y positions live in the graph, as sigma needs them.
 */
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { KgGraph } from '../../shared/graph-build.js';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One undirected edge per linked pair, weighted by the number of relationships. */
export function projection(graph: KgGraph): UndirectedGraph {
  const g = new UndirectedGraph();
  graph.forEachNode((n) => g.addNode(n));
  graph.forEachEdge((_e, _a, s, t) => {
    if (s === t) return;
    g.updateEdge(s, t, (attr) => ({ weight: ((attr.weight as number | undefined) ?? 0) + 1 }));
  });
  return g;
}

export function communities(graph: KgGraph): Map<string, number> {
  const g = projection(graph);
  if (g.size === 0) return new Map();
  return new Map(Object.entries(louvain(g, { getEdgeWeight: 'weight', rng: mulberry32(42) })));
}

let running: FA2Layout | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Run ForceAtlas2 in a worker for a while (longer for bigger graphs); resolves when it stops. */
export function runLayout(graph: KgGraph, onStop?: () => void): Promise<void> {
  stopLayout();
  if (graph.order < 2) return Promise.resolve();
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 400, strongGravityMode: true, gravity: 0.6, scalingRatio: 10, slowDown: 4 };
  const layout = new FA2Layout(graph, { settings, getEdgeWeight: null });
  running = layout;
  layout.start();
  const ms = Math.min(6000, 1200 + graph.order * 3);
  return new Promise((resolve) => {
    timer = setTimeout(() => {
      if (running === layout) stopLayout();
      onStop?.();
      resolve();
    }, ms);
  });
}

export function stopLayout(): void {
  clearTimeout(timer);
  if (running) {
    running.kill();
    running = null;
  }
}

export const layoutRunning = (): boolean => running?.isRunning() ?? false;
