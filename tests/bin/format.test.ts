import { formatRows, parseParam } from '../../bin/format.js';

describe('query output', () => {
  const rows = [
    { name: "O'Brien", n: 2, e: { id: 'x', labels: ['Entity', 'Person'], properties: { name: 'Kadhimi' } } },
    { name: 'a,b "c"', n: null, e: null },
  ];
  it('prints CSV with RFC 4180 quoting', () => {
    expect(formatRows(rows, ['name', 'n', 'e'], 'csv')).toBe('name,n,e\r\nO\'Brien,2,"(:Entity:Person ""Kadhimi"")"\r\n"a,b ""c""",,\r\n');
  });
  it('prints JSON as an array of row objects', () => {
    expect(JSON.parse(formatRows(rows, ['name'], 'json'))).toEqual(rows);
  });
  it('prints an aligned table with a row count', () => {
    const t = formatRows(rows, ['name', 'n'], 'table').split('\n');
    expect(t).toHaveLength(5);
    expect(t[0]!.indexOf('│')).toBe(t[2]!.indexOf('│'));
    expect(t.at(-1)).toBe('(2 rows)');
  });
  it('parses --param values as JSON when they are JSON', () => {
    expect(['n=41', 'ids=["a","b"]', "name=O'Brien", 'q=a=b'].reduce((acc, kv) => parseParam(kv, acc), {})).toEqual({
      n: 41,
      ids: ['a', 'b'],
      name: "O'Brien",
      q: 'a=b',
    });
    expect(() => parseParam('novalue', {})).toThrow(/key=value/);
  });
});
