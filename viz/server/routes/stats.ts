/** GET /api/stats — counts, and the facets the filters offer (types, predicates, dates); memoised briefly. */
import type { FastifyInstance } from 'fastify';
import type { Stats } from '../../shared/types.js';
import { cached, read, type Ctx } from '../context.js';

const COUNTS = `
CALL { MATCH (e:Entity) RETURN count(e) AS entities }
CALL { MATCH (a:Article) RETURN count(a) AS articles }
CALL { MATCH (s:Statement) RETURN count(s) AS statements }
RETURN entities, articles, statements`;
const TYPES = `MATCH (e:Entity) RETURN coalesce(e.type, 'Entity') AS k, count(*) AS n`;
const RELS = `
MATCH (:Entity)-[r]->(:Entity)
RETURN r.predicate AS predicate, r.polarity AS polarity, r.certainty AS certainty, count(*) AS n,
       min(toString(r.firstSeen)) AS first, max(toString(r.lastSeen)) AS last`;

const tally = (rows: Record<string, unknown>[], key: string): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const r of rows) out[String(r[key])] = (out[String(r[key])] ?? 0) + Number(r.n);
  return out;
};

export async function stats(ctx: Ctx): Promise<Stats> {
  const [counts, types, rels] = await Promise.all([read(ctx, COUNTS), read(ctx, TYPES), read(ctx, RELS)]);
  const c = counts.rows[0] ?? {};
  const firsts = rels.rows
    .map((r) => r.first)
    .filter((d): d is string => typeof d === 'string')
    .sort();
  const lasts = rels.rows
    .map((r) => r.last)
    .filter((d): d is string => typeof d === 'string')
    .sort();
  return {
    entities: Number(c.entities ?? 0),
    articles: Number(c.articles ?? 0),
    statements: Number(c.statements ?? 0),
    relationships: rels.rows.reduce((s, r) => s + Number(r.n), 0),
    types: Object.fromEntries(types.rows.map((r) => [String(r.k), Number(r.n)])),
    predicates: tally(rels.rows, 'predicate'),
    polarity: tally(rels.rows, 'polarity'),
    certainty: tally(rels.rows, 'certainty'),
    dateRange: { min: firsts[0] ?? null, max: lasts[lasts.length - 1] ?? null },
  };
}

export function statsRoutes(app: FastifyInstance, ctx: Ctx): void {
  app.get('/api/stats', () => cached(ctx, 'stats', () => stats(ctx)));
}
