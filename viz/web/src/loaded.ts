/**
 * The loaded graph as facet rows (shared/facets.ts), so the panel can say how many of each count
 * are on the canvas with the same arithmetic the server uses for the whole graph. Pure.
 */
import type { FacetRow } from '../../shared/facets.js';
import type { KgGraph } from '../../shared/graph-build.js';

export function loadedRows(graph: KgGraph): FacetRow[] {
  const rows: FacetRow[] = [];
  graph.forEachEdge((id, a, source, target, sa, ta) => {
    if (sa.kind !== 'Entity' || ta.kind !== 'Entity') return;
    rows.push({ edge: { ...a, id, source, target }, subjectType: sa.type, objectType: ta.type });
  });
  return rows;
}
