/**
 * What is visible: filters applied to the graph once per change (not per frame), giving the sets
 * the reducers consult. An actor stays visible while it has a visible relationship, or is focused.
 */
import type { KgGraph } from '../../shared/graph-build.js';
import { edgePasses, isFiltering, nodePasses, type Filters } from './filters.js';

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
  maxDegree: number;
}

export function visibility(graph: KgGraph, f: Filters, keep: Set<string> = new Set()): Visible {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const edgeFilters = isFiltering({ ...f, types: new Set() });
  graph.forEachEdge((e, a, s, t, sa, ta) => {
    if (nodePasses(sa, f) && nodePasses(ta, f) && edgePasses(a, f)) edges.add(e);
  });
  let maxDegree = 0;
  graph.forEachNode((n, a) => {
    if (!nodePasses(a, f) && !keep.has(n)) return;
    if (edgeFilters && !keep.has(n) && !graph.someEdge(n, (e) => edges.has(e))) return;
    nodes.add(n);
    maxDegree = Math.max(maxDegree, degreeOf(graph, n));
  });
  return { nodes, edges, maxDegree };
}

/** The actor's degree in the whole graph when the server sent it, else in the view. */
export function degreeOf(graph: KgGraph, n: string): number {
  return graph.getNodeAttribute(n, 'degree') ?? graph.degree(n);
}
