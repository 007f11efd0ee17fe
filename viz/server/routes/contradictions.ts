/**
 * GET /api/contradictions?<filters>&limit= — pairs of actors with statements of both polarities on
 * the same predicate family ("Iran → order → drone strike" said and denied), each side's
 * statements with their sources and dates. Two event entities that nothing tells apart count as
 * one object here (corroboration/same-event.ts: each article keeps its own "attack" unless
 * target and date agree, yet "ordered the drone strike on Kadhimi" and "did not order the attack
 * on Kazemi's home" contradict each other). Filters other than polarity narrow what is compared;
 * the pairs with the most statements come first. `pairsOf` is the pure part.
 */
import type { FastifyInstance } from 'fastify';
import { decodeFilters, paramsOf } from '../../shared/filter-params.js';
import type { Filters } from '../../shared/filters.js';
import type { Contradiction, VizEdge } from '../../shared/types.js';
import type { Ctx } from '../context.js';
import { sameEvent } from '../corroboration/same-event.js';
import { snapshot, type Snapshot } from '../snapshot/index.js';
import { matching } from './facets.js';
import { statementsFor } from './statements.js';

/**
 * Relationships grouped by (subject, family, object), keeping groups that hold both polarities.
 * `alike(a, b)` says two objects are compared as one (events nothing tells apart); an object
 * joins the first group of its subject and family whose objects are all alike to it.
 */
export function pairsOf(edges: Iterable<VizEdge>, alike: (a: string, b: string) => boolean = (a, b) => a === b): VizEdge[][] {
  const buckets = new Map<string, { objects: Set<string>; edges: VizEdge[] }[]>();
  for (const e of edges) {
    const k = JSON.stringify([e.source, e.family ?? e.predicate]);
    const bucket = buckets.get(k) ?? buckets.set(k, []).get(k)!;
    let g = bucket.find((x) => x.objects.has(e.target)) ?? bucket.find((x) => [...x.objects].every((o) => alike(o, e.target)));
    if (!g) bucket.push((g = { objects: new Set(), edges: [] }));
    g.objects.add(e.target);
    g.edges.push(e);
  }
  const both = [...buckets.values()]
    .flat()
    .map((g) => g.edges)
    .filter((g) => g.some((e) => e.polarity === 'negative') && g.some((e) => e.polarity !== 'negative'));
  const weight = (g: VizEdge[]): number => g.reduce((n, e) => n + e.count, 0);
  return both.sort((a, b) => weight(b) - weight(a) || a[0]!.id.localeCompare(b[0]!.id));
}

export async function contradictions(
  ctx: Ctx,
  snap: Snapshot,
  f: Filters,
  limit: number,
): Promise<{ pairs: Contradiction[]; total: number }> {
  const same = sameEvent(snap.nodes, snap.events);
  const groups = pairsOf(matching(snap, { ...f, polarity: new Set() }), same);
  const shown = groups.slice(0, limit);
  const sts = await statementsFor(
    ctx,
    shown.flat().map((e) => e.id),
    50,
  );
  const pairs = shown.map((g): Contradiction => {
    const side = (neg: boolean) => g.filter((e) => (e.polarity === 'negative') === neg).flatMap((e) => sts.get(e.id) ?? []);
    const first = g[0]!;
    const objects = [...new Set(g.map((e) => e.target))].map((id) => snap.nodes.get(id)!);
    const about = objects.length > 1 ? same.describe(first.target) : null;
    return {
      subject: snap.nodes.get(first.source)!,
      object: objects[0]!,
      objects,
      ...(about ? { about } : {}),
      family: first.family ?? first.predicate,
      positive: side(false),
      negative: side(true),
      edges: g,
    };
  });
  return { pairs, total: groups.length };
}

export function contradictionRoutes(app: FastifyInstance, ctx: Ctx): void {
  app.get<{ Querystring: Record<string, string> & { limit: number } }>(
    '/api/contradictions',
    {
      schema: {
        querystring: {
          type: 'object',
          properties: { limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 } },
          additionalProperties: { type: 'string', maxLength: 20_000 },
        },
      },
    },
    async (req) => contradictions(ctx, await snapshot(ctx), decodeFilters(paramsOf(req.query)), req.query.limit),
  );
}
