/**
 * `npm run judged:confidence`: how well a confidence ranks the blind hand judgements of
 * docs/quality/relations-*.md. Each judged row is found again among the relations the extractor
 * now reads from its article (same sentence, predicate, polarity and subject or object); a row
 * whose relation is no longer read is left out. It prints the AUC of the rules' confidence for a
 * strict "C" verdict, and that of a logistic model over what a relation shows (its rules, the
 * kinds and types of its arguments, certainty, polarity, attribution, whether its arguments are
 * names), fitted and measured in five folds grouped by article, with the strict precision of the
 * share `--keep` each ranks highest and the model's strongest weights. A diagnostic: the
 * extractor ships no fitted model (docs/quality/relations.md, "Confidence", says why).
 *
 *   npm run judged:confidence -- [--keep 0.8] [--exclude REGEX] [--dir ../shared/data/news]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../graph/server/paths.js';
import { storable } from '../ingest/extract/store.js';
import { confidenceAuc } from '../ingest/eval/graph/score.js';
import { readLocal } from '../ingest/pipeline.js';
import type { LocalEntity, RawRelation } from '../ingest/types.js';
import { loadWorld } from '../ingest/world.js';
import { scriptArgs } from './args.js';
import { judgedArticles, seededRandom } from './population.js';

const o = scriptArgs('npm run judged:confidence -- [--keep 0.8] [--exclude REGEX] [--dir ../shared/data/news]', {
  keep: { type: 'string', default: '0.8' },
  /** Leave out features whose name matches (e.g. '^st:Group$'). */
  exclude: { type: 'string' },
  dir: { type: 'string' },
});
const root = repoRoot();
const dir = o.dir ?? join(root, '..', 'shared', 'data', 'news');
const quality = join(root, 'docs', 'quality');

interface ConfidenceModel {
  intercept: number;
  weights: Record<string, number>;
}

/** A name, not a description: it starts with a capital or a digit ("Tony Blair", "3G", not "ministers"). */
const named = (e: LocalEntity | undefined): number => (e && /^[\p{Lu}\d]/u.test(e.name) ? 1 : 0);
const logit = (p: number): number => {
  const q = Math.min(0.95, Math.max(0.05, p));
  return Math.log(q / (1 - q));
};

/** The features the model reads, by name (absent = 0). `subject`/`object` are the relation's entities. */
function features(r: RawRelation, subject?: LocalEntity, object?: LocalEntity): Map<string, number> {
  const f = new Map<string, number>();
  for (const rule of r.rules) f.set(`rule:${rule}`, 1);
  for (const [side, e] of [
    ['s', subject],
    ['o', object],
  ] as const) {
    f.set(`${side}t:${e?.type ?? 'none'}`, 1);
    if (e?.kind) f.set(`${side}k:${e.kind}`, 1);
    if (e?.scope === 'article') f.set(`${side}s:article`, 1);
  }
  f.set('scap', named(subject));
  f.set('ocap', named(object));
  f.set(`cert:${r.certainty}`, 1);
  if (r.polarity === 'negative') f.set('neg', 1);
  if (r.attribution) f.set('attr', 1);
  if (r.evidence.subjectDetail) f.set('sd', 1);
  if (r.evidence.objectDetail) f.set('od', 1);
  if (r.evidence.complement) f.set('comp', 1);
  f.set('logit', logit(r.confidence));
  f.set('plen', r.predicate.split(/\s+/).length);
  return f;
}

/** The model's probability for these features, unrounded. */
function score(f: ReadonlyMap<string, number>, model: ConfidenceModel): number {
  let z = model.intercept;
  for (const [k, v] of f) z += (model.weights[k] ?? 0) * v;
  return 1 / (1 + Math.exp(-z));
}

interface Judged {
  article: string;
  s: string;
  p: string;
  o: string;
  polarity: string;
  text: string;
  correct: boolean;
}
const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const bare = (arg: string): string => norm(arg.replace(/ \[.*$/, ''));

/** The judged rows of every relations-*.md table: | # | article | s | p | o | pol | cert | attr | conf | sentence | verdict | note |. */
function judged(): Judged[] {
  const rows: Judged[] = [];
  for (const f of readdirSync(quality).filter((f) => /^relations-\d+\.md$/.test(f))) {
    for (const line of readFileSync(join(quality, f), 'utf8').split('\n')) {
      if (!/^\| *\d+ \|/.test(line)) continue;
      const c = line
        .replace(/^\|\s*|\s*\|\s*$/g, '')
        .split(/(?<!\\)\|/)
        .map((x) => x.trim().replace(/\\\|/g, '|'));
      const verdict = c[10]?.[0];
      if (c.length < 12 || !verdict || !'CPW'.includes(verdict)) continue;
      rows.push({
        article: c[1]!,
        s: c[2]!,
        p: c[3]!.replace(/ \(….*$/, ''),
        o: c[4]!,
        polarity: c[5]!,
        text: c[9]!,
        correct: verdict === 'C',
      });
    }
  }
  return rows;
}

interface Example {
  article: string;
  f: Map<string, number>;
  rule: number;
  correct: boolean;
}
/** Each judged row with the features of the relation the extractor reads for it now. */
function examples(rows: readonly Judged[]): Example[] {
  const world = loadWorld();
  const byArticle = new Map<string, Judged[]>();
  for (const r of rows) byArticle.set(r.article, [...(byArticle.get(r.article) ?? []), r]);
  const out: Example[] = [];
  for (const article of judgedArticles(dir, join(root, 'tests', 'fixtures', 'graph-gold', 'dev'))) {
    const want = byArticle.get(article);
    if (!want) continue;
    const x = readLocal({ source: article, text: readFileSync(join(dir, article), 'utf8'), format: 'txt' }, world);
    const ent = new Map(x.entities.map((e) => [e.localId, e]));
    const read = x.relations.filter(storable);
    for (const j of want) {
      const key = norm(j.text).slice(0, 80);
      const [s, ob] = [bare(j.s), bare(j.o)];
      const hits = read.filter(
        (r) =>
          norm(r.evidence.text).slice(0, 80) === key &&
          r.predicate === j.p &&
          r.polarity === j.polarity &&
          (norm(ent.get(r.subject)?.name ?? '') === s || norm(ent.get(r.object)?.name ?? '') === ob),
      );
      const r = hits.find((h) => norm(ent.get(h.subject)?.name ?? '') === s && norm(ent.get(h.object)?.name ?? '') === ob) ?? hits[0];
      if (r) out.push({ article, f: features(r, ent.get(r.subject), ent.get(r.object)), rule: r.confidence, correct: j.correct });
    }
  }
  return out;
}

/** L2-regularised logistic regression by gradient descent over features seen at least `min` times. */
function fitModel(xs: readonly Example[], min = 20, lambda = 3, steps = 3000, rate = 0.5): ConfidenceModel {
  const counts = new Map<string, number>();
  for (const x of xs) for (const k of x.f.keys()) counts.set(k, (counts.get(k) ?? 0) + 1);
  const names = [...counts].filter(([k, n]) => n >= min && !(o.exclude && new RegExp(o.exclude).test(k))).map(([k]) => k);
  const w = new Map(names.map((k) => [k, 0]));
  let b = 0;
  for (let step = 0; step < steps; step++) {
    const g = new Map(names.map((k) => [k, 0]));
    let gb = 0;
    const now = { intercept: b, weights: Object.fromEntries(w) };
    for (const x of xs) {
      const err = score(x.f, now) - (x.correct ? 1 : 0);
      gb += err;
      for (const [k, v] of x.f) if (g.has(k)) g.set(k, g.get(k)! + err * v);
    }
    for (const k of names) w.set(k, w.get(k)! - (rate * (g.get(k)! + lambda * w.get(k)!)) / xs.length);
    b -= (rate * gb) / xs.length;
  }
  const round = (v: number): number => Math.round(v * 1000) / 1000;
  return { intercept: round(b), weights: Object.fromEntries(names.sort().map((k) => [k, round(w.get(k)!)])) };
}

const rows = judged();
const xs = examples(rows);
const strict = (ys: readonly boolean[]): number => ys.filter(Boolean).length / Math.max(1, ys.length);
const keep = Number(o.keep);
/** The score at or above which `keep` of the scores lie. */
const cut = (scores: readonly number[]): number => [...scores].sort((a, b) => b - a)[Math.max(0, Math.ceil(keep * scores.length) - 1)]!;

// Five folds grouped by article, articles dealt round in a seeded order.
const articles = [...new Set(xs.map((x) => x.article))];
const next = seededRandom(2026);
const fold = new Map(articles.map((a) => [a, Math.floor(next() * 5)]));
const held: number[] = xs.map(() => 0);
for (let k = 0; k < 5; k++) {
  const model = fitModel(xs.filter((x) => fold.get(x.article) !== k));
  xs.forEach((x, i) => {
    if (fold.get(x.article) === k) held[i] = score(x.f, model);
  });
}
const auc = (s: readonly number[]) => confidenceAuc(xs.map((x, i) => ({ confidence: s[i]!, gold: x.correct })));
const kept = (s: readonly number[]) => {
  const at = cut(s);
  return xs.filter((_, i) => s[i]! >= at).map((x) => x.correct);
};
console.log(
  `${rows.length} judged rows, ${xs.length} found again in ${articles.length} articles; strict ${strict(xs.map((x) => x.correct)).toFixed(3)}`,
);
console.log(`rules' confidence: AUC ${auc(xs.map((x) => x.rule))}; kept ${keep}: strict ${strict(kept(xs.map((x) => x.rule))).toFixed(3)}`);
console.log(`model, held-out folds: AUC ${auc(held)}; kept ${keep}: strict ${strict(kept(held)).toFixed(3)}`);

const model = fitModel(xs);
const strongest = Object.entries(model.weights).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
console.log(
  `strongest weights: ${strongest
    .slice(0, 12)
    .map(([k, v]) => `${k} ${v > 0 ? '+' : ''}${v}`)
    .join(', ')}`,
);
console.log(JSON.stringify({ examples: xs.length, rulesAuc: auc(xs.map((x) => x.rule)), heldOutAuc: auc(held) }));
