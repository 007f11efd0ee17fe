import { pairsOf } from '../../../viz/server/routes/contradictions.js';
import { matching } from '../../../viz/server/routes/facets.js';
import { relationsOf } from '../../../viz/server/routes/entity.js';
import { buildSnapshot } from '../../../viz/server/snapshot/index.js';
import { signature } from '../../../viz/server/corroboration/minhash.js';
import { emptyFilters } from '../../../viz/shared/filters.js';
import { edge } from '../shared/claims.js';

const TEXT =
  'Armed drones targeted the home of the Iraqi prime minister early on Sunday and officials said he came through the attempt without injury, a sharp escalation.';
const n = (id: string, type: string) => ({ id, label: id, kind: 'Entity', type, aliases: [], mentions: 1, articles: 1, degree: 1 });
const e = (key: string, source: string, target: string, predicate: string, polarity: string) => ({
  id: key,
  source,
  target,
  type: predicate.toUpperCase(),
  predicate,
  polarity,
  certainty: 'asserted',
  confidence: 0.8,
  count: 1,
  articles: 1,
  firstSeen: null,
  lastSeen: null,
});

const snap = buildSnapshot({
  version: 'v1',
  entities: [n('iran', 'Place'), n('attack', 'Event'), n('militias', 'Group')],
  edges: [
    e('k1', 'iran', 'attack', 'order', 'negative'),
    e('k2', 'iran', 'attack', 'order', 'positive'),
    e('k3', 'iran', 'militias', 'arm', 'positive'),
  ],
  statements: [
    { key: 'k1', article: 'a1', certainty: 'hedged', event: null, attributed: true },
    { key: 'k2', article: 'a2', certainty: 'conditional', event: '2021-11-07', attributed: false },
    { key: 'k3', article: 'a1', certainty: 'asserted', event: null, attributed: false },
    { key: 'k3', article: 'a3', certainty: 'asserted', event: null, attributed: false },
  ],
  articles: [
    { id: 'a1', outlet: 'Granthshala News', url: null, date: '2021-11-08T09:00:00Z', hash: 'h1' },
    { id: 'a2', outlet: null, url: 'https://www.latimes.com/x', date: null, hash: 'h2' },
    { id: 'a3', outlet: null, url: 'https://novinite.com/y', date: '2021-11-07', hash: 'h3' },
  ],
  signatures: new Map([
    ['h1', signature('Iran armed the militias.')],
    ['h2', signature(TEXT)],
    ['h3', signature(`Breaking: ${TEXT}`)],
  ]),
});

describe('the claims snapshot', () => {
  it('gives each relationship its family, claims (dates, outlets, near-duplicate groups) and independent sources', () => {
    expect(snap.edges.get('k1')).toMatchObject({
      family: 'order or authorise',
      sources: 1,
      claims: [{ article: 'a1', date: '2021-11-08', certainty: 'hedged', attributed: true, outlet: 'granthshala news', dup: 'a1' }],
    });
    expect(snap.edges.get('k2')!.claims).toEqual([
      { article: 'a2', date: null, event: '2021-11-07', certainty: 'conditional', attributed: false, outlet: 'latimes.com', dup: 'a2' },
    ]);
    expect(snap.edges.get('k3')).toMatchObject({ family: 'support', sources: 2 });
  });

  it("lists an actor's relationships both ways, strongest first", () => {
    expect(relationsOf(snap, 'iran').map((r) => [r.edge.id, r.direction, r.other.id])).toEqual([
      ['k3', 'out', 'militias'],
      ['k1', 'out', 'attack'],
      ['k2', 'out', 'attack'],
    ]);
    expect(relationsOf(snap, 'attack').map((r) => r.direction)).toEqual(['in', 'in']);
  });

  it('matches filters over the whole graph, strongest first', () => {
    expect(matching(snap, { ...emptyFilters(), types: new Set(['Place', 'Event']) }).map((x) => x.id)).toEqual(['k1', 'k2']);
    expect(matching(snap, { ...emptyFilters(), from: '2021-11-08' }).map((x) => x.id)).toEqual(['k3', 'k1']);
  });

  it('pairs statements of both polarities on the same family between the same two actors', () => {
    expect(pairsOf(snap.edges.values()).map((g) => g.map((x) => x.id).sort())).toEqual([['k1', 'k2']]);
    expect(pairsOf([edge('a', { polarity: 'negative' }), edge('b', { source: 'other' })])).toEqual([]);
  });
});
