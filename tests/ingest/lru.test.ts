import { Lru } from '../../ingest/lru.js';

describe('Lru', () => {
  it('keeps the entries used last: at least its capacity of them', () => {
    const c = new Lru<string, number>(2);
    c.set('a', 1);
    c.set('b', 2);
    c.set('c', 3); // a and b are the old generation now
    expect(c.get('a')).toBe(1); // a hit brings a back into the current one
    c.set('d', 4); // current (c, a) is full: it becomes the old one, b is dropped
    expect(c.get('b')).toBeUndefined();
    expect([c.get('a'), c.get('c'), c.get('d')]).toEqual([1, 3, 4]);
  });

  it('holds at most twice its capacity, however many entries pass through', () => {
    const c = new Lru<number, number>(3);
    for (let i = 0; i < 100; i++) c.set(i, i);
    const kept = Array.from({ length: 100 }, (_, i) => c.get(i)).filter((v) => v !== undefined);
    expect(kept.length).toBeGreaterThanOrEqual(3);
    expect(kept.length).toBeLessThanOrEqual(6);
    expect(kept).toContain(99);
  });

  it('returns what it stores, and setting a key again replaces its value', () => {
    const c = new Lru<number, string>(1);
    expect(c.set(1, 'x')).toBe('x');
    c.set(1, 'y');
    expect(c.get(1)).toBe('y');
    c.set(2, 'z');
    c.set(3, 'w');
    expect(c.get(1)).toBeUndefined();
    expect(c.get(3)).toBe('w');
  });
});
