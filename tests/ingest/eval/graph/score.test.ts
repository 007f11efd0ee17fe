/**
 * The port agrees with shared/eval/score-graph.mjs: same counts for the same output on every dev
 * gold file (when ../shared is beside the repository), and hand-computed counts on a small case.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractLines } from '../../../../ingest/eval/graph/run.js';
import { confidenceAuc, scoreGraph } from '../../../../ingest/eval/graph/score.js';
import type { GoldFile } from '../../../../ingest/eval/graph/types.js';
import { loadWorld } from '../../../../ingest/world.js';

const FIX = join(process.cwd(), 'tests', 'fixtures', 'graph-gold');
const SHARED = join(process.cwd(), '..', 'shared', 'eval', 'score-graph.mjs');

const gold: GoldFile = {
  file: 'x.txt',
  entities: [
    { name: 'Bernie Ebbers', type: 'Person', aliases: ['Ebbers'] },
    { name: 'WorldCom', type: 'Organization', aliases: ['the firm'] },
  ],
  clusters: [['Bernie Ebbers', 'Ebbers']],
  triples: [
    { id: 'T1', core: true, s: ['Ebbers'], p: ['deny'], o: ['charges'], polarity: 'positive' },
    { id: 'T2', s: ['Ebbers'], p: ['lead'], o: ['WorldCom'], polarity: 'positive', certainty: 'asserted', attribution: ['WorldCom'] },
  ],
  forbidden: [{ id: 'F1', s: ['Ebbers'], p: ['plead'], o: ['fraud'], polarity: 'positive', okIf: ['alleged'] }],
  junk: ['GMT'],
};
const lines = [
  { kind: 'entity', id: 'e1', name: 'Bernie Ebbers', type: 'Person', aliases: ['Ebbers'] },
  { kind: 'entity', id: 'e2', name: 'WorldCom', type: 'Organization', aliases: [] },
  { kind: 'entity', id: 'e3', name: 'multiple charges', type: 'Concept', aliases: [] },
  { kind: 'entity', id: 'e4', name: 'fraud', type: 'Concept', aliases: [] },
  { kind: 'relation', subject: 'e1', predicate: 'deny', object: 'e3', polarity: 'positive', certainty: 'asserted' },
  { kind: 'relation', subject: 'e1', predicate: 'lead', object: 'e2', polarity: 'positive', certainty: 'hedged' },
  { kind: 'relation', subject: 'e1', predicate: 'plead guilty to', object: 'e4', polarity: 'positive', certainty: 'alleged' },
].map((o) => JSON.stringify(o));

describe('graph scorer port', () => {
  it('counts a small case as worked out by hand', () => {
    const { counts, detail } = scoreGraph(gold, lines);
    expect(counts).toMatchObject({
      triples: 2,
      found: 2,
      core: 1,
      coreFound: 1,
      certainty: 1,
      certaintyOk: 0,
      attribution: 1,
      attributionOk: 0,
    });
    expect(counts).toMatchObject({ entities: 2, entityFound: 2, named: 2, namedOk: 2, clustersUnified: 1, forbidden: 0, relations: 3 });
    expect(detail.certaintyOff).toEqual(['T2:hedged≠asserted']);
  });

  it('ranks by confidence: each relation marked gold or not, AUC as worked out by hand', () => {
    const ranked = lines.map((l, i) =>
      i === 4 ? l.replace('"certainty"', '"confidence":0.8,"certainty"') : l.replace('"certainty"', '"confidence":0.6,"certainty"'),
    );
    // deny (0.8) and lead (0.6) are gold triples, "plead guilty to" (0.6) is not: 1 win + 1 tie of 2 pairs.
    expect(scoreGraph(gold, ranked).ranked).toEqual([
      { confidence: 0.8, gold: true },
      { confidence: 0.6, gold: true },
      { confidence: 0.6, gold: false },
    ]);
    expect(confidenceAuc(scoreGraph(gold, ranked).ranked)).toBe(0.75);
    expect(confidenceAuc([{ confidence: 0.5, gold: true }])).toBeNull();
  });

  it('counts a forbidden statement stored as a plain fact', () => {
    const plain = lines.map((l) => l.replace('"certainty":"alleged"', '"certainty":"asserted"'));
    expect(scoreGraph(gold, plain).detail.forbidden).toEqual(['F1']);
  });

  (existsSync(SHARED) ? it : it.skip)(
    "gives the shared scorer's counts on every dev gold file",
    async () => {
      const shared = (await import(SHARED)) as { score(g: GoldFile, l: string[]): { counts: unknown } };
      for (const f of readdirSync(join(FIX, 'dev')).filter((x) => x.endsWith('.json'))) {
        const g = JSON.parse(readFileSync(join(FIX, 'dev', f), 'utf8')) as GoldFile;
        const out = await extractLines(join(FIX, 'data', g.file), loadWorld());
        expect({ f, counts: scoreGraph(g, out).counts }).toEqual({ f, counts: shared.score(g, out).counts });
      }
    },
    120_000,
  );
});
