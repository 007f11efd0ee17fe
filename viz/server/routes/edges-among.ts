/** Every Entity–Entity relationship whose both ends are in a given set of entity ids. */
import type { VizEdge } from '../../shared/types.js';
import { readMaps, type Ctx } from '../context.js';
import { edgeMap, tidyEdge } from '../cypher-maps.js';

const CYPHER = `
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids
RETURN ${edgeMap('r')} AS edge`;

export async function edgesAmong(ctx: Ctx, ids: string[], maxEdges = 50_000): Promise<VizEdge[]> {
  if (ids.length === 0) return [];
  const maps = await readMaps<Record<string, unknown>>(ctx, CYPHER, { ids }, 'edge', maxEdges);
  return maps.map(tidyEdge);
}
