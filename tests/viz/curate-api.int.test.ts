/**
 * POST /api/curate against a real Neo4j: the one write endpoint takes merge, split and reject
 * only, each with exactly its fields; a request from another origin is refused; unknown ids get
 * a typed 404; the Cypher box stays read-only.
 */
import { join } from 'node:path';
import type { Store } from '../../graph/store.js';
import { serve, type Served } from '../../viz/server/index.js';
import { tempArticles, testStore } from '../utils/neo4j.js';

let store: Store;
let server: Served;
const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(new URL('api/curate', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  }).then(async (r) => ({ status: r.status, body: (await r.json()) as { error?: { code: string } } }));

beforeAll(async () => {
  store = await testStore();
  process.env.KG_CURATION = join(tempArticles({}), 'curation.jsonl');
  server = await serve({ port: 0, driver: store.driver, webRoot: null });
});
afterAll(async () => {
  delete process.env.KG_CURATION;
  await server?.close();
  await store?.close();
});

describe('POST /api/curate', () => {
  it('accepts only merge, split and reject, with exactly their fields', async () => {
    for (const body of [
      { op: 'rename', entity: 'x', name: 'y' },
      { op: 'undo' },
      { op: 'merge', into: 'a' },
      { op: 'reject', key: 'k', extra: 1 },
      { query: 'MATCH (n) DETACH DELETE n' },
    ]) {
      expect(await post(body)).toMatchObject({ status: 400, body: { error: { code: 'BAD_ARGUMENT' } } });
    }
  });

  it('answers unknown entities with CURATION_NOT_FOUND', async () => {
    expect(await post({ op: 'merge', into: 'no-such-actor-1', from: 'no-such-actor-2' })).toMatchObject({
      status: 404,
      body: { error: { code: 'CURATION_NOT_FOUND' } },
    });
  });

  it('refuses a request from another origin', async () => {
    expect(await post({ op: 'reject', key: 'k' }, { origin: 'http://evil.example' })).toMatchObject({
      status: 403,
      body: { error: { code: 'BAD_ORIGIN' } },
    });
  });

  it('leaves the Cypher box read-only', async () => {
    const r = await fetch(new URL('api/cypher', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'CREATE (n:Entity {id: "x-write"}) RETURN n' }),
    });
    expect(r.status).toBe(403);
  });
});
