/**
 * The loaded graph as facet rows (shared/facets.ts), so the panel can say how many of each count
 * are on the canvas with the same arithmetic the server uses for the whole graph. Counting runs in
 * slices with a pause between them, so a large view never gets one long task for it.
 */
import { FacetCounter, type FacetRow } from '../../shared/facets.js';
import type { KgGraph } from '../../shared/graph-build.js';
import type { Facets } from '../../shared/types.js';
import type { Filters } from './filters.js';

export function* loadedRows(graph: KgGraph): Generator<FacetRow> {
  for (const { edge, attributes, source, target, sourceAttributes: sa, targetAttributes: ta } of graph.edgeEntries()) {
    if (sa.kind !== 'Entity' || ta.kind !== 'Entity') continue;
    yield { edge: { ...attributes, id: edge, source, target }, subjectType: sa.type, objectType: ta.type };
  }
}

/** Counts over the loaded graph, `slice` rows per task; null when `current()` turns false meanwhile. */
export async function countLoaded(graph: KgGraph, f: Filters, current: () => boolean, slice = 500): Promise<Facets | null> {
  const counter = new FacetCounter(f);
  let n = 0;
  for (const row of loadedRows(graph)) {
    counter.add(row);
    if (++n % slice === 0) {
      await new Promise((r) => setTimeout(r, 0));
      if (!current()) return null;
    }
  }
  return current() ? counter.result() : null;
}
