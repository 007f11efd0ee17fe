/**
 * `npm run sample:relations`: a seeded random sample of the relations `kg extract` finds in BBC
 * politics, business and tech articles outside the dev gold, as a Markdown table to judge by hand
 * (docs/quality/relations.md is one, judged). Uniform over relations, not articles.
 *
 *   npm run sample:relations -- [--n 100] [--seed 2026] [--dir ../shared/data/news] > sample.md
 */
import { join } from 'node:path';
import { repoRoot } from '../graph/server/paths.js';
import { resolveAll } from '../ingest/resolve/global.js';
import type { LocalExtraction } from '../ingest/types.js';
import { loadWorld } from '../ingest/world.js';
import { runPipeline } from '../ingest/run.js';
import { EXTRACTOR_VERSION } from '../ingest/version.js';
import { scriptArgs } from './args.js';
import { judgedArticles, seededRandom } from './population.js';

const o = scriptArgs('npm run sample:relations -- [--n 100] [--seed 2026] [--dir ../shared/data/news] > sample.md', {
  n: { type: 'string', default: '100' },
  seed: { type: 'string', default: '2026' },
  dir: { type: 'string' },
});
const root = repoRoot();
const dir = o.dir ?? join(root, '..', 'shared', 'data', 'news');
const files = judgedArticles(dir, join(root, 'tests', 'fixtures', 'graph-gold', 'dev'));

interface Row {
  article: string;
  s: string;
  p: string;
  o: string;
  polarity: string;
  certainty: string;
  attribution: string;
  confidence: number;
  text: string;
}
const rows: Row[] = [];
const world = loadWorld();
const locals: LocalExtraction[] = [];
for await (const item of runPipeline(
  files.map((f) => join(dir, f)),
  { world, workers: 2 },
))
  if (item.kind === 'local') locals.push(item.local);
for (const x of resolveAll(locals)) {
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  const article = x.article.source.slice(dir.length + 1);
  for (const r of x.relations) {
    const ev = r.evidence[0];
    // An argument's detail, as the explorer shows it "in full": the node's name, then [the argument in full].
    const arg = (id: string, detail?: string): string => `${name.get(id) ?? id}${detail ? ` [${detail}]` : ''}`;
    rows.push({
      article,
      s: arg(r.subject, ev?.subjectDetail),
      // What completes the predicate after its object, as the explorer shows it "in full": predicate (… as Fagin).
      p: ev?.complement ? `${r.predicate} (… ${ev.complement})` : r.predicate,
      o: arg(r.object, ev?.objectDetail),
      polarity: r.polarity,
      certainty: r.certainty,
      attribution: r.attribution ? (name.get(r.attribution) ?? r.attribution) : '',
      confidence: r.confidence,
      text: ev?.text ?? '',
    });
  }
}

// The same seed gives the same sample.
const next = seededRandom(Number(o.seed));
const picked = new Set<number>();
while (picked.size < Math.min(Number(o.n), rows.length)) picked.add(Math.floor(next() * rows.length));
const cell = (s: string): string => s.replace(/\s+/g, ' ').replace(/\|/g, '\\|');

console.log(`<!-- ${rows.length} relations in ${files.length} articles; seed ${o.seed}; extractor ${EXTRACTOR_VERSION} -->`);
console.log('<!-- subject, object: the entity, then [the argument in full as its sentence gives it] where it says more -->');
console.log('<!-- predicate: the predicate, then (… what completes it after the object) where the sentence gives it -->');
console.log('| # | article | subject | predicate | object | polarity | certainty | attribution | conf. | sentence | judgement | note |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
[...picked]
  .sort((a, b) => a - b)
  .forEach((i, k) => {
    const r = rows[i]!;
    console.log(
      `| ${k + 1} | ${r.article} | ${cell(r.s)} | ${cell(r.p)} | ${cell(r.o)} | ${r.polarity} | ${r.certainty} | ${cell(r.attribution)} | ${r.confidence} | ${cell(r.text)} | | |`,
    );
  });
