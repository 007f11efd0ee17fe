import { edgePasses, emptyFilters, isFiltering, passingClaims, predicatePasses, type Filters } from '../../../viz/shared/filters.js';
import { claim, edge } from './claims.js';

const f = (over: Partial<Filters>): Filters => ({ ...emptyFilters(), ...over });

describe('shared filters', () => {
  it('passes everything when nothing is chosen', () => {
    expect(isFiltering(emptyFilters())).toBe(false);
    expect(edgePasses(edge('e'), emptyFilters())).toBe(true);
  });

  it('chooses predicates by family or by lemma', () => {
    expect(predicatePasses('bomb', f({ families: new Set(['attack']) }))).toBe(true);
    expect(predicatePasses('support', f({ families: new Set(['attack']) }))).toBe(false);
    expect(predicatePasses('support', f({ families: new Set(['attack']), predicates: new Set(['support']) }))).toBe(true);
  });

  it('applies the date window to statements, not to first/last-seen overlaps, and leaves undated ones out', () => {
    const e = edge('e', {
      firstSeen: '2020-01-03',
      lastSeen: '2026-11-28',
      claims: [claim({ article: 'x', date: '2020-01-03' }), claim({ article: 'y', date: '2021-11-08' })],
    });
    expect(passingClaims(e, f({ from: '2021-11-07', to: '2021-11-08' }))?.map((c) => c.article)).toEqual(['y']);
    expect(edgePasses(e, f({ from: '2021-11-09', to: '2026-12-31' }))).toBe(false);
    expect(edgePasses(edge('u'), f({ from: '2000-01-01' }))).toBe(false);
  });

  it('filters on statement certainty and attribution, and on independent sources', () => {
    const e = edge('e', {
      claims: [claim({ article: 'a', certainty: 'hedged', attributed: true }), claim({ article: 'b', outlet: 'ap' })],
    });
    expect(passingClaims(e, f({ certainty: new Set(['hedged']) }))).toHaveLength(1);
    expect(edgePasses(e, f({ attributed: 'yes', certainty: new Set(['asserted']) }))).toBe(false);
    expect(edgePasses(e, f({ minSources: 2 }))).toBe(true);
    expect(edgePasses(e, f({ minSources: 2, certainty: new Set(['hedged']) }))).toBe(false);
  });

  it('judges an edge without claims by its own certainty, as one source, undated', () => {
    const bare = edge('e', { certainty: 'alleged', claims: undefined });
    expect(edgePasses(bare, f({ certainty: new Set(['alleged']) }))).toBe(true);
    expect(edgePasses(bare, f({ minSources: 2 }))).toBe(false);
  });
});
