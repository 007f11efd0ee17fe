/**
 * Looks, derived: sigma's nodeReducer/edgeReducer read domain attributes and the view state and
 * return display data. Colours (community), sizes (degree), dashes (negation), lightness
 * (certainty) and highlights are computed here and never stored in the graph.
 * Large views (`lod`) draw actors as points and relationships as thin lines — sigma's
 * non-instanced programs, several times cheaper per frame on software WebGL — except the
 * relationships being looked at (focused, hovered, selected, on a path), which keep arrows and dashes.
 * Around a hub only its strongest relationships are labelled (`labelled`, labels.ts).
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttrs, KgGraph, NodeAttrs } from '../../shared/graph-build.js';
import { communityColour, edgeColour, edgeSize, HIGHLIGHT, MUTED, nodeSize } from './style.js';
import { degreeOf, type Visible } from './view.js';

export interface ViewState {
  visible: Visible;
  communities: Map<string, number>;
  focus: string | null;
  hovered: string | null;
  selectedEdge: string | null;
  pathNodes: Set<string>;
  pathEdges: Set<string>;
  /** Draw predicate labels on every edge (small graphs). */
  allEdgeLabels: boolean;
  /** Level of detail for large views: points and thin lines (see viewDetail). */
  lod: boolean;
  /** Around the focused or hovered actor, the relationships that get a label (its strongest); null: all of its. */
  labelled: Set<string> | null;
}

export function makeReducers(graph: KgGraph, view: ViewState) {
  const spotlight = (): string | null => view.hovered ?? view.focus;

  const nodeReducer = (n: string, a: NodeAttrs): Partial<NodeDisplayData> => {
    // Sigma needs a position and a program type (ours, not the entity's `type`) even for hidden nodes.
    const type = view.lod ? 'point' : 'circle';
    if (!view.visible.nodes.has(n)) return { x: a.x, y: a.y, type, hidden: true, label: null, size: 1 };
    const out: Partial<NodeDisplayData> = {
      x: a.x,
      y: a.y,
      type,
      label: a.more ? `${a.label} (+${a.more})` : a.label,
      size: nodeSize(degreeOf(graph, n), view.visible.maxDegree),
      color: communityColour(view.communities.get(n)),
    };
    const s = spotlight();
    const inPath = view.pathNodes.size > 0;
    if (inPath && !view.pathNodes.has(n)) Object.assign(out, { color: MUTED, label: null });
    else if (s && n !== s && graph.hasNode(s) && !graph.areNeighbors(n, s)) Object.assign(out, { color: MUTED, label: null });
    if (n === view.focus || view.pathNodes.has(n)) Object.assign(out, { highlighted: true, forceLabel: true, zIndex: 2 });
    if (n === view.hovered) Object.assign(out, { forceLabel: true, zIndex: 3 });
    return out;
  };

  const edgeReducer = (e: string, a: EdgeAttrs): Partial<EdgeDisplayData> => {
    if (!view.visible.edges.has(e)) return { type: view.lod ? 'thin' : 'arrow', hidden: true };
    const [src, dst] = graph.extremities(e);
    const negative = a.polarity === 'negative';
    const out: Partial<EdgeDisplayData> & { type?: string } = {
      type: negative ? 'dashed' : 'arrow',
      color: edgeColour(a.polarity, a.certainty),
      size: edgeSize(a.articles),
      label: view.allEdgeLabels ? a.predicate : null,
    };
    const s = spotlight();
    const touches = s !== null && (src === s || dst === s);
    if (view.pathEdges.size > 0) {
      if (view.pathEdges.has(e))
        Object.assign(out, { color: negative ? out.color : HIGHLIGHT, size: (out.size ?? 1) + 2, label: a.predicate, zIndex: 2 });
      else Object.assign(out, { color: MUTED, label: null });
    } else if (s) {
      if (touches) Object.assign(out, { label: !view.labelled || view.labelled.has(e) ? a.predicate : null, zIndex: 1 });
      else Object.assign(out, { color: MUTED, label: null });
    }
    if (e === view.selectedEdge)
      Object.assign(out, { color: negative ? out.color : HIGHLIGHT, size: (out.size ?? 1) + 2, label: a.predicate, zIndex: 3 });
    if (view.lod && !(out.zIndex ?? 0)) out.type = 'thin';
    return out;
  };

  return { nodeReducer, edgeReducer };
}
