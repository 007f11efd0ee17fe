/**
 * Facet counts: for each filter, how many relationships each of its values would give with every
 * other filter as it is (so a chosen value never hides its siblings' counts). The server runs this
 * over the whole graph; the web app over what is loaded, which is the "shown" figure next to each
 * count. Also the timeline: statements per publication day, with every filter but the window. Pure.
 */
import { CERTAINTIES } from './certainty.js';
import { familyOf } from './families.js';
import { passingClaims, predicatePasses, typePasses, type Filters } from './filters.js';
import { independentSources } from './sources.js';
import type { Facets, VizEdge } from './types.js';

/** A relationship with the entity types of its two ends. */
export interface FacetRow {
  edge: VizEdge;
  subjectType: string;
  objectType: string;
}

export const emptyFacets = (): Facets => ({
  relationships: 0, statements: 0, types: {}, families: {}, polarity: {}, certainty: {}, attributed: {}, sources: {}, dates: {}, undated: 0,
});

const bump = (o: Record<string, number>, k: string, n = 1): void => void (o[k] = (o[k] ?? 0) + n);
const sourcesBin = (n: number): string => (n >= 5 ? '5+' : String(n));

export function facetCounts(rows: Iterable<FacetRow>, f: Filters): Facets {
  const out = emptyFacets();
  const actors = new Map<string, Set<string>>();
  const noWindow: Filters = { ...f, from: null, to: null };
  const noMinimum: Filters = { ...f, minSources: 0 };
  const byCertainty = CERTAINTIES.map((c) => [c, { ...f, certainty: new Set([c]) }] as const);
  const byAttribution = (['yes', 'no'] as const).map((a) => [a, { ...f, attributed: a }] as const);
  for (const { edge: e, subjectType, objectType } of rows) {
    const types = typePasses(subjectType, f) && typePasses(objectType, f);
    const pred = predicatePasses(e.predicate, f);
    const pol = f.polarity.size === 0 || f.polarity.has(e.polarity);
    const claims = passingClaims(e, f);
    if (pred && pol && claims) {
      for (const [id, t] of [[e.source, subjectType], [e.target, objectType]] as const) {
        if (!actors.has(t)) actors.set(t, new Set());
        actors.get(t)!.add(id);
      }
    }
    if (types && pol && claims) {
      const fam = familyOf(e.predicate);
      const slot = (out.families[fam] ??= { n: 0, lemmas: {} });
      slot.n++;
      bump(slot.lemmas, e.predicate);
    }
    if (types && pred && claims) bump(out.polarity, e.polarity);
    if (!(types && pred && pol)) continue;
    if (claims) {
      out.relationships++;
      out.statements += claims.length;
    }
    for (const [c, fc] of byCertainty) if (passingClaims(e, fc)) bump(out.certainty, c);
    for (const [a, fa] of byAttribution) if (passingClaims(e, fa)) bump(out.attributed, a);
    const any = passingClaims(e, noMinimum);
    if (any) bump(out.sources, sourcesBin(independentSources(any)));
    for (const c of passingClaims(e, noWindow) ?? []) {
      if (c.date) bump(out.dates, c.date);
      else out.undated++;
    }
  }
  for (const [t, ids] of actors) out.types[t] = ids.size;
  return out;
}
