import { decodeFilters, encodeFilters } from '../../../viz/shared/filter-params.js';
import { emptyFilters } from '../../../viz/shared/filters.js';

describe('filters in query strings', () => {
  it('round-trips every filter', () => {
    const f = {
      ...emptyFilters(),
      types: new Set(['Person']),
      families: new Set(['attack', 'deny']),
      predicates: new Set(['order']),
      polarity: new Set(['negative']),
      certainty: new Set(['hedged']),
      attributed: 'yes' as const,
      minSources: 3,
      from: '2021-11-01',
      to: '2021-11-30',
    };
    const p = encodeFilters(f);
    expect(p.toString()).toBe(
      'types=Person&fam=attack%2Cdeny&pred=order&pol=negative&cert=hedged&attr=yes&minSources=3&from=2021-11-01&to=2021-11-30',
    );
    expect(decodeFilters(p)).toEqual(f);
  });

  it('carries "show rejected" as rejected=1, and only that value', () => {
    const f = { ...emptyFilters(), rejected: true };
    expect(encodeFilters(f).toString()).toBe('rejected=1');
    expect(decodeFilters(new URLSearchParams('rejected=1'))).toEqual(f);
    expect(decodeFilters(new URLSearchParams('rejected=yes'))).toEqual(emptyFilters());
  });

  it('ignores bad values', () => {
    expect(decodeFilters(new URLSearchParams('from=yesterday&minSources=-2&attr=maybe&to=2021-13'))).toEqual(emptyFilters());
  });
});
