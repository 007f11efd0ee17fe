/**
 * What is visible: filters applied to the graph once per change (not per frame), giving the sets
 * the reducers consult. An actor stays visible while it has a visible relationship, or is focused.
 * `visibility` is the full pass (filters changed); `extendVisibility` updates the sets for what a
 * merge touched (new or updated nodes and relationships), so an expansion costs its own size.
 */
import type { KgGraph } from '../../shared/graph-build.js';
import { edgeShown, filtersEdges, nodePasses, type Filters } from './filters.js';

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
  maxDegree: number;
}

export function visibility(graph: KgGraph, f: Filters, keep: Set<string> = new Set()): Visible {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const edgeFilters = filtersEdges(f);
  graph.forEachEdge((e, a, _s, _t, sa, ta) => {
    if (nodePasses(sa, f) && nodePasses(ta, f) && edgeShown(a, f, edgeFilters, e)) edges.add(e);
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

/** Update `v` in place for the given nodes and edges (each re-judged); returns `v`. */
export function extendVisibility(
  graph: KgGraph,
  v: Visible,
  f: Filters,
  keep: Set<string>,
  touched: { nodes: string[]; edges: string[] },
): Visible {
  const edgeFilters = filtersEdges(f);
  const judge = new Set(touched.nodes);
  for (const e of touched.edges) {
    if (!graph.hasEdge(e)) continue;
    const [s, t] = graph.extremities(e);
    if (
      nodePasses(graph.getNodeAttributes(s), f) &&
      nodePasses(graph.getNodeAttributes(t), f) &&
      edgeShown(graph.getEdgeAttributes(e), f, edgeFilters, e)
    )
      v.edges.add(e);
    else v.edges.delete(e);
    judge.add(s).add(t);
  }
  for (const n of judge) {
    const show =
      (nodePasses(graph.getNodeAttributes(n), f) || keep.has(n)) &&
      (!edgeFilters || keep.has(n) || graph.someEdge(n, (e) => v.edges.has(e)));
    if (!show) {
      v.nodes.delete(n);
      continue;
    }
    v.nodes.add(n);
    v.maxDegree = Math.max(v.maxDegree, degreeOf(graph, n));
  }
  return v;
}

/** The actor's degree in the whole graph when the server sent it, else in the view. */
export function degreeOf(graph: KgGraph, n: string): number {
  return graph.getNodeAttribute(n, 'degree') ?? graph.degree(n);
}
