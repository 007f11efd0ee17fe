/**
 * What sigma draws while ForceAtlas2 lays out a large view. On software WebGL (SwiftShader) a
 * frame costs about 8 µs per item drawn, hidden items included, and the compositor reads the
 * canvas back on the main thread; drawing 5,000 actors and their relationships at 60 fps next
 * to the layout worker gave main-thread tasks over 200 ms. So while the worker moves a large
 * view, sigma is given a light stand-in graph: the actors only (no relationships), with their
 * positions copied from the real graph at most every FRAME_MS — the view still moves and
 * settles, at a few frames per second. `stop` hands sigma the real graph again: relationships
 * come back in one frame. Domain data stays in the real graph; the stand-in holds what the
 * node reducer reads.
 */
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttrs, KgGraph, NodeAttrs } from '../../shared/graph-build.js';
import type { Renderer } from './renderer.js';

/** At most one frame per this many milliseconds while a large view is being laid out. */
export const FRAME_MS = 200;

export class LayoutPreview {
  private readonly stand: KgGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly renderer: Renderer,
    private readonly graph: KgGraph,
  ) {}

  get active(): boolean {
    return this.timer !== null;
  }

  /** Draw the actors of the real graph, without relationships, until `stop`. */
  start(): void {
    this.stop(null);
    this.graph.forEachNode((n, a) => void this.stand.addNode(n, { ...a }));
    this.renderer.setGraph(this.stand);
    this.timer = setInterval(() => this.copyPositions(), FRAME_MS);
  }

  /** End the preview; sigma draws `next` (null: leave sigma's graph to the caller). */
  stop(next: KgGraph | null): void {
    if (this.timer === null) return;
    clearInterval(this.timer);
    this.timer = null;
    if (next) this.renderer.setGraph(next);
    this.stand.clear();
  }

  /** One attribute update: sigma re-runs the node reducer (so view changes show too) and draws one frame. */
  private copyPositions(): void {
    const graph = this.graph;
    this.stand.updateEachNodeAttributes(
      (n, a) => {
        if (!graph.hasNode(n)) return a;
        const { x, y } = graph.getNodeAttributes(n);
        a.x = x;
        a.y = y;
        return a;
      },
      { attributes: ['x', 'y'] },
    );
  }
}
