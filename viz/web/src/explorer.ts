/**
 * The explorer's controller: one graphology graph (domain data), one sigma renderer (looks via
 * reducers), the view state, and the operations the panels call. Panels listen for events;
 * they never touch the graph or renderer directly. How changes reach the screen is stage.ts's
 * job, the camera camera-control.ts's. (The operations' order of steps matters, so they stay
 * together here: a kernel, longer than most files.)
 */
import { MultiDirectedGraph } from 'graphology';
import { mergeSubgraph, type KgGraph, type Merged } from '../../shared/graph-build.js';
import type { Subgraph } from '../../shared/types.js';
import { api } from './api.js';
import { emptyFilters, type Filters } from './filters.js';
import { CameraControl } from './camera-control.js';
import { presettle, stopLayout } from './layout.js';
import type { ViewState } from './reducers.js';
import { createRenderer, type Renderer } from './renderer.js';
import { HUB_LABELS, strongestEdges } from './labels.js';
import { Stage } from './stage.js';
import { encode } from './url-state.js';
import { extendVisibility, visibility } from './view.js';

type Event = 'data' | 'focus' | 'edge' | 'filters' | 'status' | 'paths' | 'ask-expand' | 'contradictions';

/** Above this many relationships, expanding an actor first asks which predicate families to follow. */
export const EXPAND_ASK = 50;

export class Explorer {
  readonly graph: KgGraph = new MultiDirectedGraph();
  readonly view: ViewState = {
    visible: { nodes: new Set(), edges: new Set(), maxDegree: 0 },
    communities: new Map(),
    focus: null,
    hovered: null,
    selectedEdge: null,
    pathNodes: new Set(),
    pathEdges: new Set(),
    allEdgeLabels: false,
    lod: false,
    labelled: null,
  };
  /** Actors a pinned Cypher result brought in: kept visible whatever the filters. */
  readonly pinned = new Set<string>();
  /** The actor whose selective expansion waits for the user's choice of families. */
  asking: string | null = null;
  filters: Filters = emptyFilters();
  pathEnds: [string, string] | null = null;
  status = '';
  readonly renderer: Renderer;
  private readonly stage: Stage;
  private readonly camera: CameraControl;
  private readonly handlers = new Map<Event, Set<() => void>>();

  constructor(container: HTMLElement) {
    this.renderer = createRenderer(container, this.graph, this.view);
    this.stage = new Stage(this.renderer, this.graph, this.view);
    // A small view is redrawn before a fit (cheap); a large one was just redrawn when its layout stopped.
    this.camera = new CameraControl(
      this.renderer,
      () => this.layoutDone,
      () => {
        if (!this.view.lod) this.refresh();
      },
    );
    this.renderer.on('enterNode', ({ node }) => this.hover(node));
    this.renderer.on('leaveNode', () => this.hover(null));
    this.renderer.on('clickNode', ({ node }) => void this.focus(node, { load: false }));
    this.renderer.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
      preventSigmaDefault();
      void this.expand(node);
    });
    this.renderer.on('clickEdge', ({ edge }) => this.selectEdge(edge));
    this.renderer.on('clickStage', () => this.clearSelection());
  }

  /** True while a large view is drawn without relationships because its layout runs. */
  get previewing(): boolean {
    return this.stage.previewing;
  }

  /** Resolves when the current ForceAtlas2 run stops (drawing never waits for it). */
  get layoutDone(): Promise<void> {
    return this.stage.layoutDone;
  }

  /** Resolves when the last camera move ends. */
  get cameraDone(): Promise<void> {
    return this.camera.done;
  }

  on(event: Event, fn: () => void): void {
    if (!this.handlers.has(event)) this.handlers.set(event, new Set());
    this.handlers.get(event)?.add(fn);
  }

  private emit(event: Event): void {
    for (const fn of this.handlers.get(event) ?? []) fn();
  }

  setStatus(text: string): void {
    this.status = text;
    this.emit('status');
  }

  /** Replace the view with a subgraph (overview, Cypher result); resolves once it is drawn. */
  async show(sub: Subgraph, status: string): Promise<void> {
    stopLayout();
    this.pinned.clear();
    Object.assign(this.view, { focus: null, selectedEdge: null, pathNodes: new Set(), pathEdges: new Set(), labelled: null });
    this.pathEnds = null;
    this.stage.batch(() => {
      this.graph.clear();
      mergeSubgraph(this.graph, sub);
      presettle(this.graph);
      this.stage.restructure();
      this.view.visible = visibility(this.graph, this.filters, this.keep());
    });
    this.setStatus(status);
    this.emit('data');
    this.emit('focus');
    this.emit('edge');
    this.fit(undefined, true);
  }

  /** The most connected actors; `asked` is the answer if it was already asked for (page start). */
  async overview(limit = 150, asked?: Promise<Subgraph>): Promise<void> {
    this.setStatus('loading the most connected actors…');
    const sub = await (asked ?? api.overview(limit));
    performance.mark('kg-overview-data');
    await this.show(sub, '');
    performance.mark('kg-overview-shown');
    this.setStatus(`overview: the ${this.graph.order} most connected actors`);
    this.syncUrl();
  }

  /** Focus an actor; unless it is already drawn (or load is false), bring its neighbours in. */
  async focus(id: string, opts: { load?: boolean } = {}): Promise<void> {
    this.view.focus = id;
    this.view.selectedEdge = null;
    if (opts.load !== false && (!this.graph.hasNode(id) || this.graph.degree(id) === 0)) {
      if (this.graph.order > 3000) {
        this.graph.clear();
        this.view.visible = { nodes: new Set(), edges: new Set(), maxDegree: 0 };
      }
      await this.merge(await api.neighbourhood(id, 50), id);
    }
    this.relabel();
    this.refresh();
    this.emit('focus');
    this.emit('edge');
    this.syncUrl();
    this.fit(() => this.around(id));
  }

  /** An actor and its visible neighbours. */
  around(id: string): string[] {
    if (!this.graph.hasNode(id)) return [];
    return [id, ...this.graph.neighbors(id).filter((n) => this.view.visible.nodes.has(n))];
  }

  /**
   * Bring an actor's neighbours in. An actor with more than EXPAND_ASK relationships is expanded
   * selectively: without `families` this only asks (the 'ask-expand' event), and the panel calls
   * back with the families chosen.
   */
  async expand(id: string, limit = 50, families?: string[]): Promise<void> {
    const degree = this.graph.hasNode(id) ? (this.graph.getNodeAttribute(id, 'degree') ?? 0) : 0;
    if (!families && degree > EXPAND_ASK) {
      this.asking = id;
      this.emit('ask-expand');
      return;
    }
    this.asking = null;
    const current = this.graph.hasNode(id) ? this.graph.neighbors(id).length : 0;
    const more = this.graph.hasNode(id) ? (this.graph.getNodeAttribute(id, 'more') ?? 0) : 0;
    this.setStatus(
      `expanding ${this.graph.hasNode(id) ? this.graph.getNodeAttribute(id, 'label') : id}${families?.length ? ` through ${families.join(', ')}` : ''}…`,
    );
    await this.merge(await api.neighbourhood(id, Math.max(limit, current + Math.min(more, limit)), 1, families ?? []), id);
    this.setStatus(`${this.graph.order} actors, ${this.graph.size} relationships`);
    this.view.focus = id;
    this.relabel();
    this.emit('focus');
    this.syncUrl();
    this.fit(() => this.around(id));
  }

  /** Draw one relationship (and its two actors) if it is not drawn yet, then select it. */
  async openEdge(sub: Subgraph, key: string): Promise<void> {
    if (!this.graph.hasEdge(key)) await this.merge(sub, this.view.focus ?? undefined);
    this.selectEdge(key);
  }

  /** Add a subgraph and keep its actors visible whatever the filters (a pinned Cypher result). */
  async pin(sub: Subgraph): Promise<void> {
    for (const n of sub.nodes) this.pinned.add(n.id);
    await this.merge(sub);
    this.recompute();
    this.fit(() => sub.nodes.map((n) => n.id));
  }

  /** Bring a subgraph in (expansion, focus); resolves once it is drawn, the layout runs on. */
  async merge(sub: Subgraph, around?: string): Promise<void> {
    stopLayout();
    let merged: Merged = { added: [], nodes: [], edges: [] };
    this.stage.batch(() => {
      merged = mergeSubgraph(this.graph, sub, around);
      extendVisibility(this.graph, this.view.visible, this.filters, this.keep(), merged);
      if (merged.added.length > 0) this.stage.restructure();
    });
    if (merged.added.length > 0) this.emit('data');
  }

  /**
   * Move the camera so the given actors (default: every visible one) fit on screen, and again
   * when the layout stops moving them, unless the user zooms or drags in between.
   */
  fit(nodes: () => Iterable<string> = () => this.view.visible.nodes, jump = false): void {
    this.camera.fit(nodes, jump);
  }

  selectEdge(key: string | null): void {
    this.view.selectedEdge = key;
    this.refresh();
    this.emit('edge');
    this.syncUrl();
  }

  showPaths(from: string, to: string, edges: string[][]): void {
    this.pathEnds = [from, to];
    this.view.pathEdges = new Set(edges.flat());
    this.view.pathNodes = new Set(edges.flat().flatMap((e) => (this.graph.hasEdge(e) ? this.graph.extremities(e) : [])));
    for (const n of [from, to]) if (this.graph.hasNode(n)) this.view.pathNodes.add(n);
    this.refresh();
    this.emit('paths');
    this.syncUrl();
    if (this.view.pathNodes.size > 0) this.fit(() => this.view.pathNodes);
  }

  clearSelection(): void {
    Object.assign(this.view, { focus: null, selectedEdge: null, pathNodes: new Set(), pathEdges: new Set() });
    this.pathEnds = null;
    this.refresh();
    this.emit('focus');
    this.emit('edge');
    this.syncUrl();
  }

  setFilters(f: Filters): void {
    this.filters = f;
    this.recompute();
    this.emit('filters');
    this.syncUrl();
  }

  private hover(node: string | null): void {
    this.view.hovered = node;
    this.relabel();
    this.renderer.refresh({ skipIndexation: true });
  }

  /** Around a hub, only its strongest relationships are labelled (labels.ts). */
  private relabel(): void {
    const s = this.view.hovered ?? this.view.focus;
    const labelled = s ? strongestEdges(this.graph, s, this.view.visible.edges, HUB_LABELS) : null;
    this.view.labelled = labelled && labelled.size > 0 ? labelled : null;
  }

  private keep(): Set<string> {
    return new Set([this.view.focus, ...this.view.pathNodes, ...this.pinned].filter((x): x is string => Boolean(x)));
  }

  private recompute(): void {
    this.view.visible = visibility(this.graph, this.filters, this.keep());
    this.stage.viewDetail();
    this.relabel();
    this.refresh();
  }

  refresh(): void {
    this.stage.refresh();
  }

  requestContradictions(): void {
    this.emit('contradictions');
  }

  /** What the view is, for a picture's title. */
  title(): string {
    const name = (id: string): string => (this.graph.hasNode(id) ? this.graph.getNodeAttribute(id, 'label') : id);
    if (this.pathEnds) return `Paths from ${name(this.pathEnds[0])} to ${name(this.pathEnds[1])}`;
    if (this.view.focus) return `${name(this.view.focus)} and its relationships`;
    return this.status || 'kg explorer';
  }

  /** Test and bench hook: where each visible actor is on screen now, and the canvas size. */
  viewportPositions(): ReturnType<CameraControl['positions']> {
    return this.camera.positions(this.view.visible.nodes);
  }

  syncUrl(): void {
    const url = encode({
      focus: this.view.focus,
      edge: this.view.selectedEdge,
      pathFrom: this.pathEnds?.[0] ?? null,
      pathTo: this.pathEnds?.[1] ?? null,
      filters: this.filters,
    });
    history.replaceState(null, '', `${location.pathname}${url}`);
  }
}
