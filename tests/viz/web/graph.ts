/** A small graph of the web app's shape for unit tests (ids, types, claims as the API sends them). */
import { MultiDirectedGraph } from 'graphology';
import { mergeSubgraph, type KgGraph } from '../../../viz/shared/graph-build.js';
import type { VizEdge } from '../../../viz/shared/types.js';
import { claim, edge, node } from '../shared/claims.js';

/** iran → supports → militias (2021), iran ⇢ not order ⇢ attack (hedged, 2020), kadhimi → blames → militias (undated). */
export function sampleGraph(extra: VizEdge[] = []): KgGraph {
  const g: KgGraph = new MultiDirectedGraph();
  mergeSubgraph(g, {
    nodes: [node('iran', 'Place'), node('militias', 'Group'), node('attack', 'Event'), node('kadhimi', 'Person')],
    edges: [
      edge('e1', {
        source: 'iran',
        target: 'militias',
        predicate: 'support',
        count: 3,
        sources: 2,
        claims: [claim({ article: 'a', date: '2021-11-08', outlet: 'x' }), claim({ article: 'b', date: '2021-11-09', outlet: 'y' })],
      }),
      edge('e2', {
        source: 'iran',
        target: 'attack',
        predicate: 'order',
        polarity: 'negative',
        certainty: 'hedged',
        sources: 1,
        claims: [claim({ article: 'c', date: '2020-01-03', certainty: 'hedged', attributed: true })],
      }),
      edge('e3', { source: 'kadhimi', target: 'militias', predicate: 'blame', sources: 1 }),
      ...extra,
    ],
  });
  return g;
}
