/**
 * The graph scorer: `kg extract` JSONL lines against one gold file. A port of
 * shared/eval/score-graph.mjs (tests/ingest/eval/graph checks both give the same figures).
 * Pure: no I/O.
 */
import { contains, key, nameMatch, polarityOf, predMatch, toks } from './match.js';
import type { GoldFile, GoldTriple, GraphCounts, GraphDetail, GraphFigures } from './types.js';

interface Ent {
  id?: unknown;
  name?: unknown;
  aliases?: unknown[];
  type?: unknown;
}
interface Rel {
  subject?: unknown;
  object?: unknown;
  predicate?: unknown;
  polarity?: unknown;
  certainty?: unknown;
  attribution?: unknown;
  confidence?: unknown;
}

/** A relation's confidence and whether it is one of the gold triples (for confidenceAuc). */
export interface Ranked {
  confidence: number;
  gold: boolean;
}

/**
 * How well confidence separates relations that are gold triples from the rest: the probability
 * that a gold one is ranked above another (Mann–Whitney, ties counted half); null without both.
 */
export function confidenceAuc(rs: readonly Ranked[]): number | null {
  const pos = rs.filter((r) => r.gold).map((r) => r.confidence);
  const neg = rs.filter((r) => !r.gold).map((r) => r.confidence);
  if (!pos.length || !neg.length) return null;
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return +(wins / (pos.length * neg.length)).toFixed(3);
}

const NAMED = /^(person|organi[sz]ation|org|place|location|gpe|country|city)$/i;
const namesOf = (e: Ent): string[] => [e.name, ...(e.aliases ?? [])].filter(Boolean).map(String);

export function scoreGraph(gold: GoldFile, lines: readonly string[]): { counts: GraphCounts; detail: GraphDetail; ranked: Ranked[] } {
  const entities = new Map<string, Ent>();
  const relations: Rel[] = [];
  let bad = 0;
  for (const l of lines) {
    let o: (Ent & Rel & { kind?: string }) | null = null;
    try {
      o = JSON.parse(l) as Ent & Rel & { kind?: string };
    } catch {
      bad++;
      continue;
    }
    if (o?.kind === 'entity') entities.set(String(o.id), o);
    else if (o?.kind === 'relation') relations.push(o);
  }
  const entityOf = (ref: unknown): Ent => entities.get(String(ref)) ?? { name: String(ref ?? '') };
  const entMatches = (e: Ent, options: readonly string[]): boolean => namesOf(e).some((n) => options.some((a) => nameMatch(n, a)));
  const expand = (options: readonly string[]): string[] => {
    const out = new Set(options);
    for (const opt of options)
      for (const g of gold.entities) {
        if (key(g.name) === key(opt) || g.aliases.some((a) => key(a) === key(opt))) {
          out.add(g.name);
          g.aliases.forEach((a) => out.add(a));
        }
      }
    return [...out];
  };
  const ents = [...entities.values()];
  const entityFound = gold.entities.filter((g) => ents.some((e) => entMatches(e, [g.name, ...g.aliases]))).length;
  const named = ents.filter((e) => NAMED.test(String(e.type ?? '')));
  const okNames = [...gold.entities.flatMap((g) => [g.name, ...g.aliases]), ...(gold.allowedExtra ?? [])];
  const namedOk = named.filter((e) => namesOf(e).some((n) => okNames.some((a) => nameMatch(n, a)))).length;
  const junk = ents.filter((e) => namesOf(e).some((n) => (gold.junk ?? []).some((j) => contains(toks(n), toks(j)))));

  const exact = (e: Ent, alias: string): boolean =>
    namesOf(e).some((n) => key(n) === key(alias) || (nameMatch(n, alias) && toks(n).length <= toks(alias).length));
  let clustersSeen = 0;
  let clustersUnified = 0;
  const split: string[] = [];
  for (const cl of gold.clusters ?? []) {
    const ids = new Set<string>();
    let seen = 0;
    for (const alias of cl) {
      const hits = ents.filter((e) => exact(e, alias));
      if (hits.length) seen++;
      hits.forEach((h) => ids.add(String(h.id)));
    }
    if (!seen) continue;
    clustersSeen++;
    if (ids.size === 1) clustersUnified++;
    else split.push(`${cl[0]} (${ids.size} entities)`);
  }
  const wrongMerges = (gold.mustNotMerge ?? []).filter(([a, b]) =>
    ents.some((e) => namesOf(e).some((n) => key(n) === key(a)) && namesOf(e).some((n) => key(n) === key(b))),
  ).length;

  const relMatches = (t: GoldTriple): Rel[] => {
    const S = expand(t.s);
    const O = expand(t.o);
    return relations.filter(
      (r) =>
        entMatches(entityOf(r.subject), S) &&
        entMatches(entityOf(r.object), O) &&
        t.p.some((p) => predMatch(String(r.predicate ?? ''), p)) &&
        (!t.polarity || polarityOf(r) === t.polarity),
    );
  };
  const c = { triples: 0, found: 0, core: 0, coreFound: 0, certainty: 0, certaintyOk: 0, attribution: 0, attributionOk: 0 };
  const missed: string[] = [];
  const certaintyOff: string[] = [];
  const attributionOff: string[] = [];
  /** The relations that match some gold triple (for confidenceAuc). */
  const golden = new Set<Rel>();
  for (const t of gold.triples) {
    const hits = relMatches(t);
    for (const r of hits) golden.add(r);
    c.triples++;
    if (t.core) c.core++;
    if (!hits.length) {
      missed.push(t.id);
      continue;
    }
    c.found++;
    if (t.core) c.coreFound++;
    if (t.certainty) {
      c.certainty++;
      if (hits.some((r) => (r.certainty ?? 'asserted') === t.certainty)) c.certaintyOk++;
      else certaintyOff.push(`${t.id}:${String(hits[0]!.certainty)}≠${t.certainty}`);
    }
    if (t.attribution?.length) {
      c.attribution++;
      const A = expand(t.attribution);
      if (hits.some((r) => r.attribution && entMatches(entityOf(r.attribution), A))) c.attributionOk++;
      else attributionOff.push(t.id);
    }
  }
  const ranked = relations.map((r) => ({ confidence: Number(r.confidence ?? 0), gold: golden.has(r) }));
  const forbidden = (gold.forbidden ?? [])
    .filter((t) => relMatches(t).some((r) => !(t.okIf ?? []).includes(String(r.certainty ?? 'asserted'))))
    .map((t) => t.id);
  return {
    counts: {
      ...c,
      entities: gold.entities.length,
      entityFound,
      named: named.length,
      namedOk,
      clusters: (gold.clusters ?? []).length,
      clustersSeen,
      clustersUnified,
      wrongMerges,
      forbidden: forbidden.length,
      junk: junk.length,
      relations: relations.length,
      bad,
    },
    detail: { missed, forbidden, split, junk: junk.map((e) => String(e.name)), certaintyOff, attributionOff },
    ranked,
  };
}

export function graphFigures(k: GraphCounts): GraphFigures {
  const r = (a: number, b: number): number | null => (b ? +(a / b).toFixed(3) : null);
  return {
    tripleRecall: r(k.found, k.triples),
    coreRecall: r(k.coreFound, k.core),
    forbidden: k.forbidden,
    certaintyAgreement: r(k.certaintyOk, k.certainty),
    attributionAgreement: r(k.attributionOk, k.attribution),
    entityRecall: r(k.entityFound, k.entities),
    entityPrecision: r(k.namedOk, k.named),
    clusters: r(k.clustersUnified, k.clusters),
    wrongMerges: k.wrongMerges,
    junk: k.junk,
    relations: k.relations,
  };
}

export function addCounts(total: GraphCounts | null, c: GraphCounts): GraphCounts {
  if (!total) return { ...c };
  for (const k of Object.keys(c) as (keyof GraphCounts)[]) total[k] += c[k];
  return total;
}

/** The per-article line the shared scorer prints. */
export function articleLine(name: string, counts: GraphCounts, detail: GraphDetail): string {
  const f = graphFigures(counts);
  const bits = [
    `triples ${counts.found}/${counts.triples}`,
    `core ${counts.coreFound}/${counts.core}`,
    `forbidden ${counts.forbidden}`,
    `entities ${counts.entityFound}/${counts.entities}`,
    `entityP ${f.entityPrecision}`,
    `clusters ${counts.clustersUnified}/${counts.clusters}`,
  ];
  if (counts.wrongMerges) bits.push(`wrongMerges ${counts.wrongMerges}`);
  const more = [
    detail.missed.length && `missed ${detail.missed.join(' ')}`,
    detail.forbidden.length && `FORBIDDEN ${detail.forbidden.join(' ')}`,
    detail.split.length && `split ${detail.split.join('; ')}`,
    detail.junk.length && `junk ${detail.junk.join(' | ')}`,
    detail.certaintyOff.length && `certainty ${detail.certaintyOff.join(' ')}`,
    detail.attributionOff.length && `attribution off ${detail.attributionOff.join(' ')}`,
  ].filter(Boolean);
  return `${name}: ${bits.join(', ')}${more.length ? `\n    ${more.join('\n    ')}` : ''}`;
}
