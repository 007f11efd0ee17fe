import { Lru } from '../../ingest/lru.js';

describe('Lru', () => {
  it('keeps the entries used last, up to its capacity', () => {
    const c = new Lru<string, number>(2);
    c.set('a', 1);
    c.set('b', 2);
    expect(c.get('a')).toBe(1); // a is now the most recent
    c.set('c', 3); // drops b, used longest ago
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')).toBe(1);
    expect(c.get('c')).toBe(3);
  });

  it('returns what it stores, and setting a key again does not grow it', () => {
    const c = new Lru<number, string>(1);
    expect(c.set(1, 'x')).toBe('x');
    c.set(1, 'y');
    expect(c.get(1)).toBe('y');
    c.set(2, 'z');
    expect(c.get(1)).toBeUndefined();
  });
});
