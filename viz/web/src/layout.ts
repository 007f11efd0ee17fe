/**
 * ForceAtlas2 from the graphology standard library, in its web worker so large expansions never
 * block the main thread. `runLayout` starts it and returns at once with a promise for when it
 * stops: the caller draws first and lets the layout move the nodes afterwards. Small graphs get a
 * few synchronous iterations first (a couple of milliseconds) so their first frame is not a
 * random disc. Only x/y live in the graph, as sigma needs them; communities are in community/.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { KgGraph } from '../../shared/graph-build.js';

/** Graphs up to this many nodes get synchronous iterations before their first frame. */
const PRESETTLE_NODES = 400;

const settingsFor = (graph: KgGraph) => ({
  ...forceAtlas2.inferSettings(graph),
  barnesHutOptimize: graph.order > 400,
  strongGravityMode: true,
  gravity: 0.6,
  scalingRatio: 10,
  slowDown: 4,
});

/** A few synchronous iterations for a small graph (before its first frame); no-op for large ones. */
export function presettle(graph: KgGraph): void {
  if (graph.order < 2 || graph.order > PRESETTLE_NODES) return;
  forceAtlas2.assign(graph, { iterations: 40, settings: settingsFor(graph), getEdgeWeight: null });
}

let running: { layout: FA2Layout; timer: ReturnType<typeof setTimeout>; done: () => void } | null = null;

/** Start ForceAtlas2 in its worker for a while (longer for bigger graphs); the promise resolves when it stops. */
export function runLayout(graph: KgGraph): Promise<void> {
  stopLayout();
  if (graph.order < 2) return Promise.resolve();
  const layout = new FA2Layout(graph, { settings: settingsFor(graph), getEdgeWeight: null });
  layout.start();
  const ms = Math.min(6000, 1200 + graph.order * 3);
  return new Promise((resolve) => {
    running = { layout, timer: setTimeout(stopLayout, ms), done: resolve };
  });
}

/** Stop the layout (if any) and resolve its promise. */
export function stopLayout(): void {
  if (!running) return;
  const { layout, timer, done } = running;
  running = null;
  clearTimeout(timer);
  layout.kill();
  done();
}

export const layoutRunning = (): boolean => running?.layout.isRunning() ?? false;
