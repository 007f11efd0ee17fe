import { independentSources } from '../../../viz/shared/sources.js';
import { claim } from './claims.js';

describe('independent sources', () => {
  it('counts distinct articles when nothing else is known', () => {
    expect(independentSources([claim({ article: 'a' }), claim({ article: 'b' }), claim({ article: 'a' })])).toBe(2);
    expect(independentSources([])).toBe(0);
  });

  it('counts one outlet once, however many of its articles say it', () => {
    expect(
      independentSources([
        claim({ article: 'a', outlet: 'bbc' }),
        claim({ article: 'b', outlet: 'bbc' }),
        claim({ article: 'c', outlet: 'ap' }),
      ]),
    ).toBe(2);
  });

  it('counts near-duplicates once across outlets (a wire story re-run), and joins through them', () => {
    const wire = [claim({ article: 'a', outlet: 'latimes.com', dup: 'a' }), claim({ article: 'b', outlet: 'novinite.com', dup: 'a' })];
    expect(independentSources(wire)).toBe(1);
    expect(
      independentSources([
        ...wire,
        claim({ article: 'c', outlet: 'novinite.com', dup: 'c' }),
        claim({ article: 'd', outlet: 'other', dup: 'd' }),
      ]),
    ).toBe(2);
  });
});
