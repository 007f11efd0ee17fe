import { ordered } from '../../ingest/workers/pool.js';

async function* items(n: number): AsyncGenerator<number> {
  for (let i = 0; i < n; i++) yield i;
}

describe('ordered', () => {
  it('yields results in input order however long each takes, with a bounded window', async () => {
    let inFlight = 0;
    let most = 0;
    const slowFirst = async (i: number) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, i % 3 === 0 ? 30 : 1));
      inFlight--;
      return i * 10;
    };
    const out: number[] = [];
    for await (const x of ordered(items(20), slowFirst, 4)) out.push(x);
    expect(out).toEqual(Array.from({ length: 20 }, (_, i) => i * 10));
    expect(most).toBeLessThanOrEqual(4);
    expect(most).toBeGreaterThan(1);
  });
});
