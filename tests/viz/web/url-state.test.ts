import { emptyFilters } from '../../../viz/web/src/filters.js';
import { decode, encode } from '../../../viz/web/src/url-state.js';

describe('the view in the URL', () => {
  it('round-trips focus, edge, path and filters', () => {
    const s = {
      focus: 'iran',
      edge: 'k1',
      pathFrom: 'a',
      pathTo: 'b',
      filters: { ...emptyFilters(), polarity: new Set(['negative']), from: '2021-11-07', minSources: 2 },
    };
    const url = encode(s);
    expect(url).toBe('?focus=iran&edge=k1&pathFrom=a&pathTo=b&pol=negative&minSources=2&from=2021-11-07');
    expect(decode(url)).toEqual(s);
  });

  it('leaves out a half path and empty values; ignores junk', () => {
    expect(encode({ focus: null, edge: null, pathFrom: 'a', pathTo: null, filters: emptyFilters() })).toBe('');
    expect(decode('?focus=&from=soon&cert=alleged')).toEqual({
      focus: null,
      edge: null,
      pathFrom: null,
      pathTo: null,
      filters: { ...emptyFilters(), certainty: new Set(['alleged']) },
    });
  });
});
