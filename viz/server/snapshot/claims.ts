/**
 * Claims for given relationships read straight from Neo4j, for when the snapshot is not built yet
 * (the first seconds of a server): the same claims, except that near-duplicate articles are not
 * grouped (each article is its own group), so sources may count a wire story twice until then.
 */
import { isoDay } from '../../../ingest/read/dates.js';
import { familyOf } from '../../shared/families.js';
import { independentSources } from '../../shared/sources.js';
import type { Claim, VizEdge } from '../../shared/types.js';
import { read, type Ctx } from '../context.js';
import { outletKey } from '../corroboration/outlet.js';

const CYPHER = `
UNWIND $keys AS key
MATCH (s:Statement {relKey: key})-[:FROM]->(a:Article)
RETURN key, collect({article: a.id, date: toString(a.publishedAt), event: s.eventDate, certainty: s.certainty,
  attributed: EXISTS { (s)-[:ASSERTED_BY]->() }, outlet: a.outlet, url: a.url}) AS cs`;

interface Row {
  article: string;
  date: string | null;
  event: string | null;
  certainty: string | null;
  attributed: boolean;
  outlet: string | null;
  url: string | null;
}

export async function claimsDirect(ctx: Ctx, edges: VizEdge[]): Promise<VizEdge[]> {
  const res = await read(ctx, CYPHER, { keys: edges.map((e) => e.id) });
  const byKey = new Map(
    res.rows.map((r) => [
      String(r.key),
      (r.cs as Row[])
        .map(
          (c): Claim => ({
            article: c.article,
            date: isoDay(c.date),
            event: c.event ?? null,
            certainty: c.certainty ?? 'asserted',
            attributed: Boolean(c.attributed),
            outlet: outletKey(c.outlet, c.url),
            dup: c.article,
          }),
        )
        .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '')),
    ]),
  );
  return edges.map((e) => {
    const claims = byKey.get(e.id) ?? [];
    return { ...e, family: familyOf(e.predicate), sources: independentSources(claims), claims };
  });
}
