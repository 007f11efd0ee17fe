/** Driver values → JSON within a budget; integers exact beyond 2^53. */
import neo4j from 'neo4j-driver';
import { cypherParams, OverBudget, Plainer } from '../../graph/plain.js';

const plain = (bytes = Infinity, elements = Infinity) => new Plainer({ bytes, elements });

describe('Plainer', () => {
  it('keeps integers exact: numbers inside ±(2^53 − 1), decimal strings beyond', () => {
    const p = plain();
    expect(p.value(neo4j.int(42))).toBe(42);
    expect(p.value(neo4j.int('9007199254740993'))).toBe('9007199254740993');
    expect(p.value(neo4j.int('-9223372036854775808'))).toBe('-9223372036854775808');
    expect(p.value(9007199254740993n)).toBe('9007199254740993');
    expect(p.value(12n)).toBe(12);
    expect(p.value([1.5, Infinity, -Infinity, NaN])).toEqual([1.5, 'Infinity', '-Infinity', 'NaN']);
  });

  it('stops a huge list at the element budget, and a huge string at the byte budget', () => {
    expect(() => plain(Infinity, 1000).value(Array.from({ length: 5000 }, (_, i) => i))).toThrow(OverBudget);
    expect(() => plain(1000).value('x'.repeat(5000))).toThrow(expect.objectContaining({ limit: 'bytes' }));
    expect(() => plain(Infinity, 10).value({ a: 1, b: { c: [1, 2, 3, 4, 5, 6, 7, 8, 9] } })).toThrow(
      expect.objectContaining({ limit: 'elements' }),
    );
  });

  it('keeps a row whole or not at all: a row over budget leaves none of its nodes behind', () => {
    const p = plain(400);
    const node = (id: string, name: string) => new neo4j.types.Node(neo4j.int(1), ['Entity'], { name }, id);
    expect(p.row({ n: node('4:a:1', 'Iran') })).toMatchObject({ n: { id: '4:a:1', labels: ['Entity'], properties: { name: 'Iran' } } });
    expect(() => p.row({ n: node('4:a:2', 'x'.repeat(500)) })).toThrow(OverBudget);
    expect([...p.nodes.keys()]).toEqual(['4:a:1']);
  });
});

describe('cypherParams', () => {
  it('sends whole JSON numbers as Cypher integers, everything else as it is', () => {
    const out = cypherParams({ n: 5, f: 2.5, xs: [1, 'a'], m: { k: 3 } }) as Record<string, unknown>;
    expect(neo4j.isInt(out.n)).toBe(true);
    expect(out.f).toBe(2.5);
    expect(neo4j.isInt((out.xs as unknown[])[0])).toBe(true);
    expect(neo4j.isInt((out.m as Record<string, unknown>).k)).toBe(true);
  });
});
