/**
 * GET /api/contradictions?<filters>&limit= — pairs of actors with statements of both polarities on
 * the same predicate family ("Iran → order → drone strike" said and denied), each side's
 * statements with their sources and dates. Filters other than polarity narrow what is compared;
 * the pairs with the most statements come first. `pairsOf` is the pure part.
 */
import type { FastifyInstance } from 'fastify';
import { decodeFilters, paramsOf } from '../../shared/filter-params.js';
import type { Filters } from '../../shared/filters.js';
import type { Contradiction, VizEdge } from '../../shared/types.js';
import type { Ctx } from '../context.js';
import { snapshot, type Snapshot } from '../snapshot/index.js';
import { matching } from './facets.js';
import { statementsFor } from './statements.js';

/** Relationships grouped by (subject, object, family), keeping groups that hold both polarities. */
export function pairsOf(edges: Iterable<VizEdge>): VizEdge[][] {
  const groups = new Map<string, VizEdge[]>();
  for (const e of edges) {
    const k = JSON.stringify([e.source, e.target, e.family ?? e.predicate]);
    groups.get(k)?.push(e) ?? groups.set(k, [e]);
  }
  const both = [...groups.values()].filter((g) => g.some((e) => e.polarity === 'negative') && g.some((e) => e.polarity !== 'negative'));
  const weight = (g: VizEdge[]): number => g.reduce((n, e) => n + e.count, 0);
  return both.sort((a, b) => weight(b) - weight(a) || a[0]!.id.localeCompare(b[0]!.id));
}

export async function contradictions(ctx: Ctx, snap: Snapshot, f: Filters, limit: number): Promise<{ pairs: Contradiction[]; total: number }> {
  const groups = pairsOf(matching(snap, { ...f, polarity: new Set() }));
  const shown = groups.slice(0, limit);
  const sts = await statementsFor(ctx, shown.flat().map((e) => e.id), 50);
  const pairs = shown.map((g): Contradiction => {
    const side = (neg: boolean) => g.filter((e) => (e.polarity === 'negative') === neg).flatMap((e) => sts.get(e.id) ?? []);
    const first = g[0]!;
    return { subject: snap.nodes.get(first.source)!, object: snap.nodes.get(first.target)!, family: first.family ?? first.predicate, positive: side(false), negative: side(true), edges: g };
  });
  return { pairs, total: groups.length };
}

export function contradictionRoutes(app: FastifyInstance, ctx: Ctx): void {
  app.get<{ Querystring: Record<string, string> & { limit: number } }>('/api/contradictions', {
    schema: { querystring: { type: 'object', properties: { limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 } }, additionalProperties: { type: 'string', maxLength: 20_000 } } },
  }, async (req) => contradictions(ctx, await snapshot(ctx), decodeFilters(paramsOf(req.query)), req.query.limit));
}
