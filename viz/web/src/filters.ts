/**
 * Filters are data: which entity types, predicates, polarities and certainties to show, a minimum
 * number of supporting articles, and a date window over relationships' firstSeen/lastSeen.
 * Pure predicates over graph attributes; the reducers call them, nothing is removed from the graph.
 */
import type { EdgeAttrs, NodeAttrs } from '../../shared/graph-build.js';

export interface Filters {
  /** Empty set = all. */
  types: Set<string>;
  predicates: Set<string>;
  polarity: Set<string>;
  certainty: Set<string>;
  minArticles: number;
  /** yyyy-mm-dd bounds, inclusive; null = open. */
  from: string | null;
  to: string | null;
  /** Show relationships a curation reject holds (hidden by default). */
  rejected?: boolean;
}

export const emptyFilters = (): Filters => ({
  types: new Set(), predicates: new Set(), polarity: new Set(), certainty: new Set(), minArticles: 0, from: null, to: null,
});

const allows = (set: Set<string>, v: string): boolean => set.size === 0 || set.has(v);

export function nodePasses(a: NodeAttrs, f: Filters): boolean {
  return a.kind !== 'Entity' || allows(f.types, a.type);
}

export function edgePasses(a: EdgeAttrs, f: Filters): boolean {
  if (a.rejected && !f.rejected) return false;
  if (!allows(f.predicates, a.predicate) || !allows(f.polarity, a.polarity) || !allows(f.certainty, a.certainty)) return false;
  if (a.articles < f.minArticles) return false;
  const first = a.firstSeen?.slice(0, 10) ?? null;
  const last = a.lastSeen?.slice(0, 10) ?? first;
  if (f.from && last && last < f.from) return false;
  if (f.to && first && first > f.to) return false;
  return true;
}

export function isFiltering(f: Filters): boolean {
  return f.types.size + f.predicates.size + f.polarity.size + f.certainty.size > 0 || f.minArticles > 0 || f.from !== null || f.to !== null;
}
