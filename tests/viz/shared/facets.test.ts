import { facetCounts, type FacetRow } from '../../../viz/shared/facets.js';
import { emptyFilters, type Filters } from '../../../viz/shared/filters.js';
import { claim, edge } from './claims.js';

const rows: FacetRow[] = [
  {
    edge: edge('1', { predicate: 'deny', polarity: 'negative', claims: [claim({ article: 'a', date: '2021-11-08' })] }),
    subjectType: 'Place',
    objectType: 'Event',
  },
  {
    edge: edge('2', { source: 'u', predicate: 'reject', claims: [claim({ article: 'b', date: '2020-01-03', certainty: 'hedged' })] }),
    subjectType: 'Person',
    objectType: 'Event',
  },
  {
    edge: edge('3', {
      predicate: 'support',
      claims: [claim({ article: 'c', outlet: 'x' }), claim({ article: 'd', outlet: 'y', attributed: true })],
    }),
    subjectType: 'Place',
    objectType: 'Group',
  },
];
const f = (over: Partial<Filters>): Filters => ({ ...emptyFilters(), ...over });

describe('facet counts', () => {
  it('counts relationships by family and lemma, polarity, certainty, attribution and sources', () => {
    const c = facetCounts(rows, emptyFilters());
    expect(c).toMatchObject({ relationships: 3, statements: 4, polarity: { negative: 1, positive: 2 } });
    expect(c.families.deny).toEqual({ n: 2, lemmas: { deny: 1, reject: 1 } });
    expect(c.certainty).toEqual({ asserted: 2, hedged: 1 });
    expect(c.attributed).toEqual({ yes: 1, no: 3 });
    expect(c.sources).toEqual({ 1: 2, 2: 1 });
    expect(c.types).toEqual({ Place: 1, Event: 1, Person: 1, Group: 1 });
  });

  it('leaves a rejected relationship out of every count unless rejected ones are asked for', () => {
    const withRejected = [
      ...rows,
      {
        edge: edge('4', { predicate: 'attack', rejected: true, claims: [claim({ article: 'e', date: '2021-11-07' })] }),
        subjectType: 'Group',
        objectType: 'Person',
      },
    ];
    const c = facetCounts(withRejected, emptyFilters());
    expect(c).toMatchObject({ relationships: 3, statements: 4 });
    expect(c.families.attack).toBeUndefined();
    expect(c.types.Group).toBe(1);
    expect(c.dates['2021-11-07']).toBeUndefined();
    expect(facetCounts(withRejected, f({ rejected: true }))).toMatchObject({ relationships: 4, families: { attack: { n: 1 } } });
  });

  it("keeps a chosen value's siblings counted (each facet ignores its own filter)", () => {
    const c = facetCounts(rows, f({ families: new Set(['deny']) }));
    expect(c.relationships).toBe(2);
    expect(c.families.support?.n).toBe(1);
    expect(c.polarity).toEqual({ negative: 1, positive: 1 });
  });

  it('gives the timeline every statement but the window, and counts the undated apart', () => {
    const c = facetCounts(rows, f({ from: '2021-01-01' }));
    expect(c.relationships).toBe(1);
    expect(c.dates).toEqual({ '2021-11-08': 1, '2020-01-03': 1 });
    expect(c.undated).toBe(2);
  });
});
