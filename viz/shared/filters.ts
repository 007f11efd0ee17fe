/**
 * Filters are data: entity types, predicate families and lemmas, polarity, certainty, whether a
 * statement is attributed to someone, a minimum number of independent sources, and a date window.
 * The window and the statement-level filters apply to each relationship's statements (claims): a
 * relationship passes when enough of its statements pass. The same functions count the server's
 * facets over the whole graph and decide what the web app shows. Pure.
 */
import { familyOf } from './families.js';
import { independentSources } from './sources.js';
import type { Claim, VizEdge } from './types.js';

/** A relationship as the filters read it: the API's VizEdge, or the web app's edge attributes. */
export type EdgeLike = Pick<VizEdge, 'predicate' | 'polarity' | 'certainty' | 'claims' | 'rejected'> & { id?: string };

export interface Filters {
  /** Empty set = all. */
  types: Set<string>;
  families: Set<string>;
  predicates: Set<string>;
  polarity: Set<string>;
  certainty: Set<string>;
  /** 'yes': said by someone ("according to …"); 'no': not attributed; null: either. */
  attributed: 'yes' | 'no' | null;
  minSources: number;
  /** yyyy-mm-dd bounds, inclusive; null = open. A window leaves undated statements out. */
  from: string | null;
  to: string | null;
  /** Show relationships a curation reject holds (hidden by default). */
  rejected?: boolean;
}

export const emptyFilters = (): Filters => ({
  types: new Set(),
  families: new Set(),
  predicates: new Set(),
  polarity: new Set(),
  certainty: new Set(),
  attributed: null,
  minSources: 0,
  from: null,
  to: null,
});

const allows = (set: Set<string>, v: string): boolean => set.size === 0 || set.has(v);

export const typePasses = (type: string, f: Filters): boolean => allows(f.types, type);

export function predicatePasses(predicate: string, f: Filters): boolean {
  if (f.families.size === 0 && f.predicates.size === 0) return true;
  return f.predicates.has(predicate) || f.families.has(familyOf(predicate));
}

/** The statements of a relationship; an edge that came without them stands for one of its own. */
export function claimsOf(e: EdgeLike): Claim[] {
  if (e.claims && e.claims.length > 0) return e.claims;
  const id = e.id ?? 'edge';
  return [{ article: id, date: null, event: null, certainty: e.certainty, attributed: false, outlet: null, dup: id }];
}

export function claimPasses(c: Claim, f: Filters): boolean {
  if (!allows(f.certainty, c.certainty)) return false;
  if (f.attributed && c.attributed !== (f.attributed === 'yes')) return false;
  if (f.from || f.to) {
    if (!c.date) return false;
    if (f.from && c.date < f.from) return false;
    if (f.to && c.date > f.to) return false;
  }
  return true;
}

/** The statement-level part: the claims that pass, or null when too few sources remain. */
export function passingClaims(e: EdgeLike, f: Filters): Claim[] | null {
  const ok = claimsOf(e).filter((c) => claimPasses(c, f));
  if (ok.length === 0) return null;
  if (f.minSources > 1 && independentSources(ok) < f.minSources) return null;
  return ok;
}

/** A relationship a curator rejected is hidden unless "show rejected" is on, whatever else is set. */
export const rejectedHidden = (e: Pick<EdgeLike, 'rejected'>, f: Filters): boolean => e.rejected === true && !f.rejected;

/** Everything but entity types (which the caller judges on the two ends). */
export function edgePasses(e: EdgeLike, f: Filters): boolean {
  if (rejectedHidden(e, f)) return false;
  return predicatePasses(e.predicate, f) && allows(f.polarity, e.polarity) && passingClaims(e, f) !== null;
}

export function isFiltering(f: Filters): boolean {
  return (
    f.types.size + f.families.size + f.predicates.size + f.polarity.size + f.certainty.size > 0 ||
    f.attributed !== null ||
    f.minSources > 1 ||
    f.from !== null ||
    f.to !== null
  );
}

/** True when some filter other than entity types is set (actors then need a visible relationship). */
export const filtersEdges = (f: Filters): boolean => isFiltering({ ...f, types: new Set() });
