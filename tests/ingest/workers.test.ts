import { Worker } from 'node:worker_threads';
import { ordered, workerPool } from '../../ingest/workers/pool.js';
import type { SourceRecord } from '../../ingest/types.js';
import { loadWorld } from '../../ingest/world.js';

const world = loadWorld();

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

describe('workerPool', () => {
  const script = new URL('../fixtures/workers/flaky.mjs', import.meta.url);
  const rec = (text: string, i: number): SourceRecord => ({ source: `r${i}.txt`, text, format: 'txt' });
  const outcome = (x: Awaited<ReturnType<ReturnType<typeof workerPool>['run']>>) => ('local' in x ? 'ok' : x.failure.code);

  it('fails only the record whose worker died, replaces the worker and finishes the others', async () => {
    const pool = workerPool(2, world, { script, timeoutMs: 2000, heapMb: 64 });
    try {
      const texts = ['a', 'EXIT', 'b', 'c', 'THROW', 'd', 'HANG', 'e', 'OOM', 'f', 'g'];
      const results = await Promise.all(texts.map((t, i) => pool.run(rec(t, i))));
      expect(results.map(outcome)).toEqual(texts.map((t) => (t === t.toUpperCase() ? 'EXTRACT_FAILED' : 'ok')));
      const failures = results.flatMap((x) => ('failure' in x ? [x.failure.message] : []));
      expect(failures[0]).toMatch(/^r1\.txt: extraction failed \(worker exited with code 3\)/);
      expect(failures[2]).toMatch(/^r6\.txt: .*took longer than 2 s/);
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('runs a huge record alone in a one-shot worker with a small young generation, the others in normal ones', async () => {
    const heap = new URL('../fixtures/workers/heap.mjs', import.meta.url);
    const pool = workerPool(1, world, { script: heap, heapMb: 64, hugeMb: 20 / 2 ** 20 });
    const huge = 'x'.repeat(21);
    // Young generation: what the heap limit holds beyond the 64 MB old generation.
    const young = (s?: { limit: number }) => s!.limit / 2 ** 20 - 64;
    try {
      const texts = ['a', huge, 'b', huge, 'EXIT', 'c', huge];
      const results = await Promise.all(texts.map((t, i) => pool.run(rec(t, i))));
      const seen = results.map((x) =>
        'local' in x ? (JSON.parse(x.local.article.text) as { threadId: number; limit: number }) : undefined,
      );
      const [a, h1, b, h2, , c, h3] = seen;
      expect(seen[4]).toBeUndefined();
      for (const h of [h1, h2, h3]) expect(young(h)).toBeLessThanOrEqual(3);
      // The regular worker, and the one started after a huge record's (after 'EXIT'), keep V8's default.
      for (const s of [a, b, c]) expect(young(s)).toBeGreaterThan(8);
      expect(b!.threadId).toBe(a!.threadId);
      expect(c!.threadId).not.toBe(a!.threadId);
      expect(new Set([a, h1, h2, h3, c].map((s) => s!.threadId)).size).toBe(5);
    } finally {
      await pool.close();
    }
    // With no huge record in flight the flag is off again: a worker started now keeps V8's default.
    const later = new Worker(heap, { resourceLimits: { maxOldGenerationSizeMb: 64 } });
    const reply = new Promise<{ result: { article: { text: string } } }>((r) => later.once('message', r));
    later.postMessage({ id: 0, record: rec('d', 0) });
    expect(young(JSON.parse((await reply).result.article.text) as { limit: number })).toBeGreaterThan(8);
    await later.terminate();
  }, 30_000);

  it('answers records sent after close with a failure instead of hanging', async () => {
    const pool = workerPool(1, world, { script });
    await pool.close();
    expect(outcome(await pool.run(rec('a', 0)))).toBe('EXTRACT_FAILED');
  });
});
