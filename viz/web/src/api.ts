/** The explorer's API, typed. Failures become ApiFailure with the server's error code. */
import type { CypherResult, EntityDetails, EvidenceResult, PathsResult, SearchHit, Stats, Subgraph } from '../../shared/types.js';

export class ApiFailure extends Error {
  constructor(readonly code: string, message: string, readonly hint?: string) {
    super(message);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, init);
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const e = (body as { error?: { code: string; message: string; hint?: string } } | null)?.error;
    throw new ApiFailure(e?.code ?? `HTTP_${res.status}`, e?.message ?? `request failed (${res.status})`, e?.hint);
  }
  return body as T;
}

const q = (params: Record<string, string | number>): string => new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();

export const api = {
  search: (text: string, limit = 10) => call<{ hits: SearchHit[] }>(`api/search?${q({ q: text, limit })}`).then((r) => r.hits),
  entity: (id: string) => call<EntityDetails>(`api/entity/${encodeURIComponent(id)}`),
  neighbourhood: (id: string, limit = 50, depth = 1) => call<Subgraph>(`api/neighbourhood/${encodeURIComponent(id)}?${q({ limit, depth })}`),
  evidence: (key: string) => call<EvidenceResult>(`api/evidence?${q({ key })}`),
  paths: (from: string, to: string) => call<PathsResult>(`api/paths?${q({ from, to })}`),
  stats: () => call<Stats>('api/stats'),
  overview: (limit = 150) => call<Subgraph>(`api/overview?${q({ limit })}`),
  /** The one write: merge, split or reject (viz/server/routes/curate.ts). */
  curate: (body: { op: 'merge'; into: string; from: string } | { op: 'split'; entity: string; alias: string } | { op: 'reject'; key: string }) =>
    call<{ op: string; id: string; entity: string | null; rewritten: number }>('api/curate', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  cypher: (query: string) =>
    call<CypherResult>('api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }),
};
