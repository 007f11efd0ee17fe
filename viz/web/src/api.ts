/**
 * The explorer's API, typed. Failures become ApiFailure with the server's error code and hint;
 * an unreachable Neo4j (503) is also reported to `onUnavailable` listeners (the banner that
 * retries), whichever panel made the call.
 */
import { encodeFilters } from '../../shared/filter-params.js';
import type { Filters } from '../../shared/filters.js';
import type {
  ArticleText,
  Contradiction,
  CypherResult,
  EntityDetails,
  EvidenceResult,
  Facets,
  PathsResult,
  SearchHit,
  Stats,
  Subgraph,
} from '../../shared/types.js';

export class ApiFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly hint?: string,
    readonly status = 0,
  ) {
    super(message);
  }

  /** Neo4j is down or refuses us: worth retrying later. */
  get unavailable(): boolean {
    return this.status === 503 || this.code === 'NETWORK';
  }
}

const listeners = new Set<(e: ApiFailure) => void>();
export const onUnavailable = (fn: (e: ApiFailure) => void): void => void listeners.add(fn);

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch {
    const e = new ApiFailure('NETWORK', 'explorer: the kg server does not answer', 'is `kg serve` still running?');
    listeners.forEach((fn) => fn(e));
    throw e;
  }
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const e = (body as { error?: { code: string; message: string; hint?: string } } | null)?.error;
    const failure = new ApiFailure(e?.code ?? `HTTP_${res.status}`, e?.message ?? `request failed (${res.status})`, e?.hint, res.status);
    if (failure.unavailable) listeners.forEach((fn) => fn(failure));
    throw failure;
  }
  return body as T;
}

const q = (params: Record<string, string | number>): string =>
  new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
const fq = (f: Filters, extra: Record<string, string | number> = {}): string => encodeFilters(f, new URLSearchParams(q(extra))).toString();
const post = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

export const api = {
  search: (text: string, limit = 10) => call<{ hits: SearchHit[] }>(`api/search?${q({ q: text, limit })}`).then((r) => r.hits),
  entity: (id: string) => call<EntityDetails>(`api/entity/${encodeURIComponent(id)}`),
  neighbourhood: (id: string, limit = 50, depth = 1, families: string[] = []) =>
    call<Subgraph>(
      `api/neighbourhood/${encodeURIComponent(id)}?${q({ limit, depth, ...(families.length ? { families: families.join(',') } : {}) })}`,
    ),
  evidence: (key: string) => call<EvidenceResult>(`api/evidence?${q({ key })}`),
  evidenceBulk: (keys: string[]) =>
    call<{ evidence: Record<string, { evidence: string; attribution: string }> }>('api/evidence/bulk', post({ keys })),
  paths: (from: string, to: string) => call<PathsResult>(`api/paths?${q({ from, to })}`),
  stats: () => call<Stats>('api/stats'),
  overview: (limit = 150) => call<Subgraph>(`api/overview?${q({ limit })}`),
  facets: (f: Filters) => call<Facets>(`api/facets?${fq(f)}`),
  match: (f: Filters, limit = 300) => call<Subgraph & { total: number }>(`api/match?${fq(f, { limit })}`),
  contradictions: (f: Filters, limit = 50) => call<{ pairs: Contradiction[]; total: number }>(`api/contradictions?${fq(f, { limit })}`),
  article: (id: string) => call<ArticleText>(`api/article/${encodeURIComponent(id)}`),
  cypher: (query: string, params: Record<string, unknown> = {}) => call<CypherResult>('api/cypher', post({ query, params })),
  /** The one write: merge, split or reject (viz/server/routes/curate.ts). */
  curate: (
    body: { op: 'merge'; into: string; from: string } | { op: 'split'; entity: string; alias: string } | { op: 'reject'; key: string },
  ) => call<{ op: string; id: string; entity: string | null; rewritten: number }>('api/curate', post(body)),
};
