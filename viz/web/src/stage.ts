/**
 * How a change to the graph reaches the screen, in order: sigma is detached while the graph
 * changes (one full refresh instead of one update per node), the level of detail is chosen, then
 * sigma gets the graph back — or, for a large view whose layout starts, its preview (actors only,
 * layout-preview.ts). New actors get communities (now if small, else from the worker) and a
 * ForceAtlas2 run in its worker; when that run stops, the relationships come back.
 */
import { MultiDirectedGraph } from 'graphology';
import type { KgGraph } from '../../shared/graph-build.js';
import { communitiesOf } from './community/index.js';
import { layoutRunning, runLayout } from './layout.js';
import { LayoutPreview } from './layout-preview.js';
import type { ViewState } from './reducers.js';
import type { Renderer } from './renderer.js';
import { LOD_ITEMS } from './style.js';

export class Stage {
  /** Resolves when the current ForceAtlas2 run stops (drawing never waits for it). */
  layoutDone: Promise<void> = Promise.resolve();
  /** Stands in for the graph while a batch changes it, so sigma does not update node by node. */
  private readonly detached: KgGraph = new MultiDirectedGraph();
  /** A large view being laid out is drawn without relationships, a few frames a second. */
  private readonly preview: LayoutPreview;
  /** Counts layout runs, so a stopped run's promise does not end a newer run's preview. */
  private layoutRuns = 0;

  constructor(
    private readonly renderer: Renderer,
    private readonly graph: KgGraph,
    private readonly view: ViewState,
  ) {
    this.preview = new LayoutPreview(renderer, graph);
  }

  /** True while a large view is drawn without relationships because its layout runs. */
  get previewing(): boolean {
    return this.preview.active;
  }

  /** Change the graph with sigma detached; visibility must be up to date inside `change`. */
  batch(change: () => void): void {
    this.renderer.setGraph(this.detached);
    this.preview.stop(null);
    try {
      change();
      this.viewDetail();
    } finally {
      if (this.view.lod && layoutRunning()) this.preview.start();
      else this.renderer.setGraph(this.graph);
    }
  }

  /** New nodes: communities (now if small, else from the worker), then ForceAtlas2 in its worker. */
  restructure(): void {
    let later = false;
    communitiesOf(this.graph, (c) => {
      this.view.communities = c;
      if (later) this.refresh();
    });
    later = true;
    const run = ++this.layoutRuns;
    // When this run stops (and no newer one replaced it), the relationships come back.
    this.layoutDone = runLayout(this.graph).then(() => {
      if (run === this.layoutRuns) this.preview.stop(this.graph);
    });
  }

  /** Edge labels everywhere for small views; points and thin lines for large ones. */
  viewDetail(): void {
    const { nodes, edges } = this.view.visible;
    this.view.allEdgeLabels = edges.size <= 60;
    this.view.lod = nodes.size + edges.size > LOD_ITEMS;
  }

  /** Redraw with the current view state; during a preview its next frame (at most FRAME_MS away) does it. */
  refresh(): void {
    if (this.preview.active) return;
    this.renderer.refresh();
  }
}
