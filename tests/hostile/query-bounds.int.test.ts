/**
 * Results that are too big or too slow, against the real Neo4j and through both query paths: a
 * row holding a five-million-element list is stopped (by its deadline, or by the size bounds)
 * with a short answer while the explorer keeps answering /api/health; many rows are cut at the
 * row bound; integers beyond 2^53 come back exact, as strings.
 */
import type { Served } from '../../viz/server/index.js';
import { kg } from '../utils/cli.js';
import { startExplorer, viaApi, viaBoth, viaCli } from './query-paths.js';

let server: Served;

beforeAll(async () => {
  // Small bounds, so that the results over them are cheap to make even on a busy machine.
  server = await startExplorer({ limits: { timeoutMs: 5000, cypherElements: 100_000 } });
});

afterAll(async () => {
  await server?.close();
});

/** Poll /api/health every 100 ms while `work` runs; the slowest answer, in ms. */
async function slowestHealthDuring(work: Promise<unknown>): Promise<number> {
  let done = false;
  let slowest = 0;
  void work.finally(() => (done = true));
  while (!done) {
    const t0 = Date.now();
    await fetch(new URL('api/health', server.url));
    slowest = Math.max(slowest, Date.now() - t0);
    await new Promise((r) => setTimeout(r, 100));
  }
  return slowest;
}

describe('bounded results', () => {
  it('stops a five-million-element list and keeps the explorer answering meanwhile', async () => {
    const t0 = Date.now();
    const request = viaApi(server, 'RETURN range(1, 5000000) AS xs');
    const slowest = await slowestHealthDuring(request);
    const r = await request;
    expect(['QUERY_TIMEOUT', 'RESULT_TOO_LARGE']).toContain(r.code);
    expect(r.text.length).toBeLessThan(1000);
    expect(Date.now() - t0).toBeLessThan(5000 + 10_000);
    expect(slowest).toBeLessThan(2000);
  });

  it('stops it in kg query too: one line, exit 1, within its --timeout', () => {
    const t0 = Date.now();
    const r = kg(['query', 'RETURN range(1, 5000000) AS xs', '--timeout', '5']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(Date.now() - t0).toBeLessThan(5000 + 20_000);
  });

  it('refuses a first row over the size bounds with RESULT_TOO_LARGE', async () => {
    const elements = await viaApi(server, 'RETURN range(1, 200000) AS xs'); // this explorer keeps 100,000
    const bytes = await viaApi(server, "RETURN reduce(s = 'x', i IN range(1, 23) | s + s) AS s"); // 8.4 MB, over 8 MB
    const cli = await viaCli("RETURN reduce(s = 'x', i IN range(1, 21) | s + s) AS s", '--max-mb', '1');
    expect([elements.code, bytes.code, cli.code]).toEqual(['RESULT_TOO_LARGE', 'RESULT_TOO_LARGE', 'RESULT_TOO_LARGE']);
    expect(elements.status).toBe(422);
  });

  it('cuts many rows at the row bound and says so', async () => {
    const api = await viaApi(server, 'UNWIND range(1, 100000) AS i RETURN i');
    expect(api.rows).toHaveLength(1000);
    expect(JSON.parse(api.text).truncated).toBe(true);
  });

  it('returns integers beyond 2^53 exactly, as strings, and takes whole-number parameters as integers', async () => {
    const q =
      "RETURN 9007199254740993 AS big, -9223372036854775808 AS min, toInteger('9223372036854775807') AS max, 42 AS small, [x IN range(1, 10) | x][..$n] AS firstN";
    for (const o of await viaBoth(server, q, { n: 3 })) {
      expect({ code: o.code, row: o.rows[0] }).toEqual({
        code: null,
        row: { big: '9007199254740993', min: '-9223372036854775808', max: '9223372036854775807', small: 42, firstN: [1, 2, 3] },
      });
    }
  });
});
