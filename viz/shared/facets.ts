/**
 * Facet counts: for each filter, how many relationships each of its values would give with every
 * other filter as it is (so a chosen value never hides its siblings' counts). The server runs this
 * over the whole graph; the web app over what is loaded, which is the "shown" figure next to each
 * count. Also the timeline: statements per publication day, with every filter but the window.
 * `FacetCounter` takes rows one at a time (the web app counts in slices between frames); pure.
 */
import { CERTAINTIES } from './certainty.js';
import { familyOf } from './families.js';
import { claimsOf, predicatePasses, rejectedHidden, typePasses, type Filters } from './filters.js';
import { independentSources } from './sources.js';
import type { Claim, Facets, VizEdge } from './types.js';

/** A relationship with the entity types of its two ends. */
export interface FacetRow {
  edge: VizEdge;
  subjectType: string;
  objectType: string;
}

export const emptyFacets = (): Facets => ({
  relationships: 0,
  statements: 0,
  types: {},
  families: {},
  polarity: {},
  certainty: {},
  attributed: {},
  sources: {},
  dates: {},
  undated: 0,
});

const bump = (o: Record<string, number>, k: string, n = 1): void => void (o[k] = (o[k] ?? 0) + n);
const sourcesBin = (n: number): string => (n >= 5 ? '5+' : String(n));

export class FacetCounter {
  private readonly out = emptyFacets();
  private readonly actors = new Map<string, Set<string>>();

  constructor(private readonly f: Filters) {}

  private enough(claims: Claim[]): boolean {
    return claims.length > 0 && (this.f.minSources <= 1 || independentSources(claims) >= this.f.minSources);
  }

  add({ edge: e, subjectType, objectType }: FacetRow): void {
    const { f, out } = this;
    if (rejectedHidden(e, f)) return; // a curator's reject: counted nowhere unless asked for
    const inWindow = (c: Claim): boolean =>
      !(f.from || f.to) || (c.date !== null && (!f.from || c.date >= f.from) && (!f.to || c.date <= f.to));
    const certOk = (c: Claim): boolean => f.certainty.size === 0 || f.certainty.has(c.certainty);
    const attrOk = (c: Claim): boolean => !f.attributed || c.attributed === (f.attributed === 'yes');
    const all = claimsOf(e);
    const passing = all.filter((c) => certOk(c) && attrOk(c) && inWindow(c));
    const ok = this.enough(passing);
    const types = typePasses(subjectType, f) && typePasses(objectType, f);
    const pred = predicatePasses(e.predicate, f);
    const pol = f.polarity.size === 0 || f.polarity.has(e.polarity);
    if (pred && pol && ok)
      for (const [id, t] of [
        [e.source, subjectType],
        [e.target, objectType],
      ] as const)
        (this.actors.get(t) ?? this.actors.set(t, new Set()).get(t)!).add(id);
    if (types && pol && ok) {
      const slot = (out.families[familyOf(e.predicate)] ??= { n: 0, lemmas: {} });
      slot.n++;
      bump(slot.lemmas, e.predicate);
    }
    if (types && pred && ok) bump(out.polarity, e.polarity);
    if (!(types && pred && pol)) return;
    if (ok) {
      out.relationships++;
      out.statements += passing.length;
    }
    // Each claim-level facet: the claims passing every other filter, split by the facet's value.
    const byCert = all.filter((c) => attrOk(c) && inWindow(c));
    for (const c of CERTAINTIES) if (this.enough(byCert.filter((x) => x.certainty === c))) bump(out.certainty, c);
    const byAttr = all.filter((c) => certOk(c) && inWindow(c));
    for (const a of ['yes', 'no'] as const) if (this.enough(byAttr.filter((x) => x.attributed === (a === 'yes')))) bump(out.attributed, a);
    if (passing.length > 0) bump(out.sources, sourcesBin(independentSources(passing)));
    const anyTime = all.filter((c) => certOk(c) && attrOk(c));
    if (this.enough(anyTime))
      for (const c of anyTime)
        if (c.date) bump(out.dates, c.date);
        else out.undated++;
  }

  result(): Facets {
    for (const [t, ids] of this.actors) this.out.types[t] = ids.size;
    return this.out;
  }
}

export function facetCounts(rows: Iterable<FacetRow>, f: Filters): Facets {
  const c = new FacetCounter(f);
  for (const r of rows) c.add(r);
  return c.result();
}
