/**
 * `npm run sample:merges`: a seeded random sample of the cross-article merges in the stored graph,
 * as a Markdown table to judge by hand (docs/quality/merges.md is one, judged).
 *
 *   npm run sample:merges -- [--n 50] [--seed 8] > sample.md
 *
 * A merge is one record of an entity's audit in Neo4j (mergeAliases[i] joined by mergeRules[i],
 * from article mergeArticles[i]; graph/entity-props.ts). It is cross-article when that article
 * never calls the entity by its display name: the alias met the entity's other names only
 * through another article. Which local entities of the article belong to the entity comes from
 * resolving the stored articles again (graph/locals.ts, ingest/resolve), as `kg ingest` does;
 * an entity whose stored audit differs from that resolution is counted and left out.
 * Uniform over such merges; the sample is drawn from them sorted by entity id, alias and rule.
 */
import { loadStored } from '../graph/locals.js';
import { openStore } from '../graph/store.js';
import { defaultTables, resolveSet } from '../ingest/resolve/global.js';
import { fold } from '../ingest/resolve/name.js';
import { scriptArgs } from './args.js';

const o = scriptArgs('npm run sample:merges -- [--n 50] [--seed 8] > sample.md', {
  n: { type: 'string', default: '50' },
  seed: { type: 'string', default: '8' },
});

const AUDITED = `
MATCH (e:Entity) WHERE size(coalesce(e.mergeAliases, [])) >= $min
RETURN e.id AS id, e.name AS name, e.type AS type, e.mergeAliases AS aliases, e.mergeRules AS rules,
       e.mergeArticles AS articles, e.mergeSources AS sources
ORDER BY e.id`;

interface Audited {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  rules: string[];
  articles: string[];
  sources: string[];
}
interface Row {
  entity: Audited;
  alias: string;
  rule: string;
  article: string;
  source: string;
  other: string;
}

const store = await openStore();
let audited: Audited[];
const session = store.driver.session({ database: store.config.database, defaultAccessMode: 'READ' });
try {
  const res = await session.executeRead((t) => t.run(AUDITED, { min: 1 }));
  audited = res.records.map((r) => ({
    id: r.get('id'),
    name: r.get('name'),
    type: r.get('type'),
    aliases: r.get('aliases'),
    rules: r.get('rules'),
    articles: r.get('articles'),
    sources: r.get('sources'),
  }));
} finally {
  await session.close();
}
const stored = await loadStored(store);
await store.close();

const locals = [...stored.values()].map((s) => s.local);
const resolution = resolveSet(locals, defaultTables());
const text = new Map(locals.map((l) => [l.article.id, l.article.text ?? '']));
const source = new Map(locals.map((l) => [l.article.id, l.article.source]));

// Per entity, per article: the folded names its local entities there are known by.
const namesIn = new Map<string, Map<string, Set<string>>>();
for (const l of locals) {
  const assign = resolution.assign.get(l.article.id);
  for (const e of l.entities) {
    const id = assign?.get(e.localId);
    if (!id) continue;
    const byArticle = namesIn.get(id) ?? new Map<string, Set<string>>();
    const set = byArticle.get(l.article.id) ?? new Set<string>();
    for (const n of [e.name, ...e.aliases, ...Object.keys(e.counts ?? {})]) set.add(fold(n));
    byArticle.set(l.article.id, set);
    namesIn.set(id, byArticle);
  }
}

let mismatched = 0;
let merges = 0;
const rows: Row[] = [];
for (const e of audited) {
  const r = resolution.entities.get(e.id);
  if (!r || r.name !== e.name || r.merges.length !== e.aliases.length) {
    mismatched++;
    continue;
  }
  const byArticle = namesIn.get(e.id) ?? new Map<string, Set<string>>();
  const display = fold(e.name);
  e.aliases.forEach((alias, i) => {
    merges++;
    const article = e.articles[i] ?? '';
    if (byArticle.get(article)?.has(display)) return;
    // An article that does call the entity by its display name, to read beside the alias's one.
    const other =
      [...byArticle.entries()]
        .filter(([a, names]) => a !== article && names.has(display))
        .map(([a]) => source.get(a) ?? a)
        .sort()[0] ?? '';
    rows.push({ entity: e, alias, rule: e.rules[i] ?? '', article, source: e.sources[i] || source.get(article) || article, other });
  });
}
rows.sort((a, b) =>
  a.entity.id < b.entity.id
    ? -1
    : a.entity.id > b.entity.id
      ? 1
      : a.alias < b.alias
        ? -1
        : a.alias > b.alias
          ? 1
          : a.rule < b.rule
            ? -1
            : a.rule > b.rule
              ? 1
              : 0,
);

// A seeded linear congruential generator (as in sample-relations.ts): the same seed, the same sample.
let state = Number(o.seed) >>> 0;
const next = (): number => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
const picked = new Set<number>();
while (picked.size < Math.min(Number(o.n), rows.length)) picked.add(Math.floor(next() * rows.length));

const short = (s: string): string => s.replace(/^.*\/data\//, '');
const cell = (s: string): string => s.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The first sentence of the article that contains `name` as a word (case-insensitive). */
function sentenceWith(article: string, name: string): string {
  const t = text.get(article) ?? '';
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(name)}(?![\\p{L}\\p{N}])`, 'iu').exec(t);
  if (!m) return '';
  let start = 0;
  let end = t.length;
  for (const b of t.matchAll(/[.?!]["”’')\]]*\s+|\n+/g)) {
    const after = b.index + b[0].length;
    if (after <= m.index) start = after;
    else if (b.index >= m.index + name.length) {
      end = after;
      break;
    }
  }
  const s = cell(t.slice(start, end));
  return s.length > 300 ? `${s.slice(0, 297)}…` : s;
}

const rules = new Map<string, number>();
for (const r of rows) rules.set(r.rule, (rules.get(r.rule) ?? 0) + 1);
console.log(
  `<!-- ${audited.length} audited entities, ${merges} merge records; ${rows.length} cross-article; ${mismatched} entities left out (stored audit differs from re-resolution); seed ${o.seed}; n ${o.n} -->`,
);
console.log(
  `<!-- cross-article merges by rule: ${[...rules]
    .sort((a, b) => b[1] - a[1])
    .map(([r, n]) => `${r} ${n}`)
    .join(', ')} -->`,
);
console.log('| # | entity (id) | type | alias | rule | article | sentence with the alias | display name also in | verdict | reason |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
[...picked]
  .sort((a, b) => a - b)
  .forEach((i, k) => {
    const r = rows[i]!;
    console.log(
      `| ${k + 1} | ${cell(r.entity.name)} (\`${r.entity.id}\`) | ${r.entity.type} | ${cell(r.alias)} | ${r.rule} | ${short(r.source)} | ${sentenceWith(r.article, r.alias)} | ${short(r.other)} | | |`,
    );
  });
