/**
 * `kg export`'s data side: the whole graph, or the part a read-only Cypher query selects, as a
 * graphology graph whose attributes keep polarity, certainty, counts, attribution and evidence;
 * then one of gexf | graphml | json | csv.
 */
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import type { Driver } from 'neo4j-driver';
import type { QueryRunner } from '../../graph/isolate.js';
import { flatten, toCsv } from '../shared/flat.js';
import { mergeSubgraph, type KgGraph } from '../shared/graph-build.js';
import { writeGraphML } from '../shared/graphml.js';
import type { Subgraph } from '../shared/types.js';
import { DEFAULT_LIMITS, readMaps, type Ctx } from './context.js';
import { edgeMap, nodeMap, tidyEdge, tidyNode } from './cypher-maps.js';
import { userCypher } from './routes/cypher.js';

export const FORMATS = ['gexf', 'graphml', 'json', 'csv'] as const;
export type ExportFormat = (typeof FORMATS)[number];

const ALL_NODES = `MATCH (e:Entity) RETURN ${nodeMap('e', false)} AS m`;
const ALL_EDGES = `MATCH (:Entity)-[r]->(:Entity) RETURN ${edgeMap('r')} AS m`;
const EVIDENCE = `
MATCH (s:Statement)-[:FROM]->(a:Article)
WHERE $all OR s.relKey IN $keys
OPTIONAL MATCH (s)-[:ASSERTED_BY]->(sp)
WITH s, a, sp ORDER BY a.publishedAt, s.start
WITH s.relKey AS key, collect({text: s.text, article: a.id, title: a.title, source: a.source,
  publishedAt: toString(a.publishedAt), certainty: s.certainty, polarity: s.polarity, attribution: sp.name,
  subjectDetail: s.subjectDetail, objectDetail: s.objectDetail, complement: s.complement}) AS evidence,
  collect(DISTINCT sp.name) AS attribution
RETURN {key: key, evidence: evidence, attribution: attribution} AS m`;

interface EvidenceRow {
  key: string;
  evidence: Record<string, unknown>[];
  attribution: string[];
}

/**
 * The `evidence` (a JSON list of sentences with their article) and `attribution` (speakers,
 * `|`-joined) export attributes of the given relationships, or of all of them (keys null). The
 * CLI's export and the explorer's (POST /api/evidence/bulk) both write these.
 */
export async function exportEvidence(ctx: Ctx, keys: string[] | null): Promise<Map<string, { evidence: string; attribution: string }>> {
  const rows = await readMaps<EvidenceRow>(ctx, EVIDENCE, { all: keys === null, keys: keys ?? [] }, 'm', 10_000_000);
  return new Map(rows.map((r) => [r.key, { evidence: JSON.stringify(r.evidence), attribution: r.attribution.join(' | ') }]));
}

/** A user's `--cypher` runs through `queries` (a worker, graph/isolate.ts) when given. */
export async function collectGraph(driver: Driver, cypher?: string, database?: string, queries?: QueryRunner): Promise<KgGraph> {
  const limits = { ...DEFAULT_LIMITS, cypherRows: 1_000_000, cypherBytes: 512_000_000, cypherElements: 50_000_000, timeoutMs: 600_000 };
  const ctx: Ctx = { driver, database, limits, queries };
  let sub: Subgraph;
  if (cypher) {
    sub = await userCypher(ctx, cypher, {});
  } else {
    const [nodes, edges] = await Promise.all([
      readMaps<Record<string, unknown>>(ctx, ALL_NODES, {}, 'm', 10_000_000),
      readMaps<Record<string, unknown>>(ctx, ALL_EDGES, {}, 'm', 10_000_000),
    ]);
    sub = { nodes: nodes.map(tidyNode), edges: edges.map(tidyEdge) };
  }
  const graph: KgGraph = new MultiDirectedGraph() as KgGraph;
  mergeSubgraph(graph, sub);
  const evidence = await exportEvidence(ctx, cypher ? sub.edges.map((e) => e.id) : null);
  for (const [key, attrs] of evidence) if (graph.hasEdge(key)) graph.mergeEdgeAttributes(key, attrs);
  return graph;
}

/** Text of the export; csv gives two tables (nodes, edges). */
export function formatGraph(graph: KgGraph, format: ExportFormat): string | { nodes: string; edges: string } {
  if (format === 'json') return `${JSON.stringify(graph.export(), null, 1)}\n`;
  const flat = flatten(graph);
  if (format === 'gexf') return writeGexf(flat, { version: '1.3' });
  if (format === 'graphml') return writeGraphML(flat);
  return toCsv(flat);
}
