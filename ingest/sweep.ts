/**
 * A faster, result-identical `bulkMatch` for compromise. Its post-tagger runs ~570 match patterns
 * over every comma-separated piece of every sentence through this method, and compromise's own
 * version finds a piece's candidates by walking all ~730 hook keys of the pattern net, then every
 * pattern hooked by a key the piece has (a pattern is hooked by each word or tag it needs or
 * wants), de-duplicating through an object keyed by pattern text: a sixth of the parse.
 *
 * Here each pattern that needs something is indexed under one of its needs (a word before a tag,
 * a rare tag before a common one): it can only pass if the piece has all its needs, so a piece
 * looks up its own words and tags (a few dozen) and checks only the patterns found there. The
 * passing patterns are then put in the order compromise would visit them (the first of its hook
 * keys, in the net's key order, that the piece has), so the same patterns run in the same order
 * and tag the same words. The matching itself is compromise's (`methods.one.match`). Installed by
 * ingest/nlp.ts through compromise's plugin `methods`; pure otherwise.
 *
 * Nine patterns in ten that pass those checks still fail, and compromise's matcher tries a pattern
 * from every word of the piece, copying the rest of the piece each time. So before it runs, a
 * pattern must show, for each two neighbouring terms it requires (a word, a tag, a choice of
 * single words or tags), a place in the piece where two neighbouring words fit them: a necessary
 * condition, read off the same term fields compromise's matcher reads, so nothing it would find is
 * skipped. This halves the post-tagger.
 */

/** A compiled match pattern, as compromise's buildNet leaves it (the fields read here). */
interface NetMatch {
  match: string;
  regs: Reg[];
  needs: string[];
  ifNo?: string[];
  wants: string[];
  minWant: number;
  minWords: number;
}
interface Net {
  hooks: Record<string, NetMatch[]>;
  always: NetMatch[];
}
/** The compiled term of a pattern (compromise's parseMatch), the fields read here. */
interface Reg {
  word?: string;
  tag?: string;
  fastOr?: Set<string>;
  choices?: Reg[][];
  operator?: string;
  regex?: RegExp;
  start?: boolean;
  end?: boolean;
  greedy?: boolean;
  max?: number;
  switch?: string;
  use?: 'text' | 'normal';
  pos?: string;
  optional?: boolean;
  negative?: boolean;
  anything?: boolean;
  fuzzy?: boolean;
  id?: unknown;
  method?: unknown;
  pre?: unknown;
  post?: unknown;
  min?: number;
}
interface Term {
  normal: string;
  text: string;
  machine?: string | null;
  root?: string;
  implicit?: string;
  alias?: string[];
  switch?: string;
  tags: Set<string>;
}
type Pointer = [number, number, number];
interface Methods {
  one: {
    cacheDoc(document: Term[][]): Set<string>[];
    match(docs: Term[][], m: NetMatch): { ptrs: Pointer[] };
  };
}
type Found = NetMatch & { pointer: Pointer };

interface Entry {
  m: NetMatch;
  /** Its hook keys' ids with their rank (key position in the net, then place in that key's list), ascending. */
  hooks: { id: number; rank: number }[];
  /** Indexed under each of its wants (it needs nothing): may be found more than once per piece. */
  byWant: boolean;
  /** Its needs, ifNo and wants as key ids (see Index.ids). */
  needs: Int32Array;
  ifNo: Int32Array;
  wants: Int32Array;
}
interface Index {
  /** Each word or tag the net names (hook keys, needs, ifNo, wants), numbered. */
  ids: Map<string, number>;
  /** The entries indexed under each key id. */
  by: Entry[][];
  always: NetMatch[];
  /** Scratch: 1 for each key id the piece at hand has (cleared after each piece). */
  have: Uint8Array;
}

/** Tags on most pieces: a pattern needing one of these is indexed under another need if it has one. */
const COMMON = new Set(
  'Noun Singular Plural ProperNoun Verb PresentTense PastTense Infinitive Adjective Determiner Preposition Adverb Value Pronoun Conjunction Copula'
    .split(' ')
    .map((t) => `#${t}`),
);
const rarity = (need: string): number => (!need.startsWith('#') ? 0 : COMMON.has(need) ? 2 : 1);

const indexes = new WeakMap<Net, Index | null>();
/** The net indexed by need, or null when two of its patterns share a text (left to the plain walk). */
function indexOf(net: Net): Index | null {
  if (indexes.has(net)) return indexes.get(net)!;
  const ids = new Map<string, number>();
  const id = (key: string): number => ids.get(key) ?? (ids.set(key, ids.size), ids.size - 1);
  const entries = new Map<NetMatch, Entry>();
  const texts = new Map<string, NetMatch>();
  let shared = false;
  Object.entries(net.hooks).forEach(([key, list], k) =>
    list.forEach((m, i) => {
      if (texts.get(m.match) !== undefined && texts.get(m.match) !== m) shared = true;
      texts.set(m.match, m);
      const ints = (keys: readonly string[] = []) => Int32Array.from(keys, id);
      const e = entries.get(m) ?? { m, hooks: [], byWant: !m.needs.length, needs: ints(m.needs), ifNo: ints(m.ifNo), wants: ints(m.wants) };
      e.hooks.push({ id: id(key), rank: k * 65536 + i });
      entries.set(m, e);
    }),
  );
  const index: Index | null = shared
    ? null
    : { ids, by: [...ids.keys()].map(() => []), always: net.always, have: new Uint8Array(ids.size) };
  for (const e of index ? entries.values() : []) {
    const under = e.byWant ? e.m.wants : [[...e.m.needs].sort((a, b) => rarity(a) - rarity(b))[0]!];
    for (const key of under) index!.by[ids.get(key)!]!.push(e);
  }
  indexes.set(net, index);
  return index;
}

/** compromise's checks of a pattern against a piece's words and tags (loops: this runs a million times). */
function passes(m: NetMatch, have: Set<string>, words: number, minWant: number): boolean {
  if (words < m.minWords) return false;
  for (const n of m.needs) if (!have.has(n)) return false;
  for (const n of m.ifNo ?? []) if (have.has(n)) return false;
  if (!m.wants.length) return true;
  let wanted = 0;
  for (const w of m.wants) if (have.has(w) && ++wanted >= minWant) return true;
  return wanted >= minWant;
}

/** `passes` for an indexed entry, the piece's words and tags marked by id in `have`. */
function passesById(e: Entry, have: Uint8Array, words: number, minWant: number): boolean {
  if (words < e.m.minWords) return false;
  for (let i = 0; i < e.needs.length; i++) if (!have[e.needs[i]!]) return false;
  for (let i = 0; i < e.ifNo.length; i++) if (have[e.ifNo[i]!]) return false;
  if (!e.wants.length) return true;
  let wanted = 0;
  for (let i = 0; i < e.wants.length; i++) if (have[e.wants[i]!] && ++wanted >= minWant) return true;
  return wanted >= minWant;
}

/** The patterns to try on one piece, in compromise's order, then the net's unhooked ones. */
function candidates(index: Index, items: Set<string>, words: number): NetMatch[] {
  const { have } = index;
  const present: number[] = [];
  for (const item of items) {
    const id = index.ids.get(item);
    if (id === undefined) continue;
    have[id] = 1;
    present.push(id);
  }
  const found: { rank: number; m: NetMatch }[] = [];
  const seen = new Set<Entry>();
  for (const id of present)
    for (const e of index.by[id]!) {
      if (e.byWant && (seen.has(e) || (seen.add(e), false))) continue;
      if (!passesById(e, have, words, e.byWant ? Math.max(1, e.m.minWant) : e.m.minWant)) continue;
      found.push({ rank: e.hooks.find((h) => have[h.id])!.rank, m: e.m });
    }
  for (const id of present) have[id] = 0;
  found.sort((a, b) => a.rank - b.rank);
  return [...found.map((f) => f.m), ...index.always.filter((m) => words >= m.minWords)];
}

/** compromise's walk, for a net the index cannot serve: every hook key, de-duplicated by text. */
function walked(net: Net, have: Set<string>, words: number): NetMatch[] {
  const seen = new Set<string>();
  const out: NetMatch[] = [];
  for (const key of Object.keys(net.hooks))
    if (have.has(key))
      for (const m of net.hooks[key]!) {
        if (seen.has(m.match)) continue;
        seen.add(m.match);
        if (passes(m, have, words, m.minWant)) out.push(m);
      }
  return [...out, ...net.always.filter((m) => words >= m.minWords)];
}

type Test = (t: Term) => boolean;

/** What one pattern term requires of one word, as compromise's doesMatch reads it; null: not a plain one-word test. */
function testOf(r: Reg): Test | null {
  if (r.optional || r.negative || r.anything || r.fuzzy || r.id !== undefined || r.min === 0) return null;
  const { word, tag, fastOr, choices, regex, use, pos } = r;
  if (word !== undefined)
    return use ? (t) => t[use] === word : (t) => t.machine === word || !!t.alias?.includes(word) || t.text === word || t.normal === word;
  if (tag !== undefined) return (t) => t.tags.has(tag);
  if (r.method !== undefined || r.pre !== undefined || r.post !== undefined) return null;
  if (regex !== undefined) return (t) => regex.test(use ? t[use] : t.normal);
  if (r.switch !== undefined) return (t) => t.switch === r.switch;
  if (fastOr !== undefined)
    return (t) => (!pos || t.tags.has(pos)) && (fastOr.has(t.root || t.implicit || t.machine || t.normal) || fastOr.has(t.text));
  if (!choices?.length) return null;
  const tests = choices.map((c) => (c.length === 1 ? testOf(c[0]!) : null));
  if (r.operator === 'and') {
    const known = tests.filter((x): x is Test => x !== null);
    return known.length ? (t) => known.every((x) => x(t)) : null;
  }
  if (tests.some((x) => x === null)) return null;
  return (t) => (tests as Test[]).some((x) => x(t));
}

/** Whether a pattern term, when the pattern goes on past it, takes exactly one word (compromise's tryHere). */
const oneWord = (r: Reg): boolean =>
  !r.optional && !r.greedy && r.min === undefined && r.max === undefined && (r.choices ?? []).every((c) => c.length === 1 && !c[0]!.greedy);
/** An optional term that takes at most one word ('#Adjective?'; no negative one, whose skips reach further). */
const upToOneWord = (r: Reg): boolean => !!r.optional && !r.negative && oneWord({ ...r, optional: false });

/** Two terms a pattern requires, with at most `gap` words from a word of the first to one of the second. */
interface Pair {
  a: Test;
  b: Test;
  gap: number;
}
/** What a pattern requires of a piece's words, by position: a necessary condition, see mayMatch. */
interface Plan {
  pairs: Pair[];
  /** Anchored at the start (^): the tests of the piece's first words, in order (null: any word). */
  head: (Test | null)[];
  /** Anchored at the end ($): the tests of the piece's last words, the last first. */
  tail: (Test | null)[];
}

/**
 * The words an anchored pattern fixes, from its anchored end: each term that takes one word fixes
 * the next word; the first term that may take more (a greedy one) still tests the word it starts on.
 */
function anchored(regs: readonly Reg[]): (Test | null)[] {
  const out: (Test | null)[] = [];
  for (const r of regs) {
    if (oneWord(r)) {
      out.push(testOf(r));
      continue;
    }
    const test = r.choices?.some((c) => c.length > 1) ? null : testOf(r);
    if (test) out.push(test);
    break;
  }
  return out;
}

const plans = new WeakMap<NetMatch, Plan>();
function planOf(m: NetMatch): Plan {
  let plan = plans.get(m);
  if (plan) return plan;
  const tests = m.regs.map(testOf);
  const pairs: Pair[] = [];
  // Each required term with a test, and the next one with a test after nothing or only optional
  // one-word terms (each may take a word: "(the|a) #Adjective? [#PresentTense]" puts the verb
  // one or two words after the article).
  tests.forEach((a, i) => {
    let j = i + 1;
    while (j < tests.length && upToOneWord(m.regs[j]!)) j++;
    const b = tests[j];
    if (a && b) pairs.push({ a, b, gap: j - i });
  });
  const last = m.regs.length - 1;
  plan = {
    pairs,
    head: m.regs[0]?.start ? anchored(m.regs) : [],
    tail: m.regs[last]?.end ? anchored(m.regs.toReversed()) : [],
  };
  plans.set(m, plan);
  return plan;
}

/** Whether some word of `terms` passes `a` and one at most `gap` words after it passes `b`. */
function near(terms: Term[], { a, b, gap }: Pair): boolean {
  for (let j = 1; j < terms.length; j++) {
    if (!b(terms[j]!)) continue;
    for (let i = Math.max(0, j - gap); i < j; i++) if (a(terms[i]!)) return true;
  }
  return false;
}

/** Whether the words from one end of `terms` pass the tests (`step` 1: from the start, -1: from the end). */
function fits(terms: Term[], tests: readonly (Test | null)[], step: 1 | -1): boolean {
  if (tests.length > terms.length) return false;
  const from = step === 1 ? 0 : terms.length - 1;
  for (let k = 0; k < tests.length; k++) if (tests[k] && !tests[k]!(terms[from + step * k]!)) return false;
  return true;
}

/**
 * False when the piece cannot hold the pattern: some two terms it requires find no words close
 * enough that fit them, or an anchored pattern's first (^) or last ($) words do not fit it.
 * After the first word of a contraction ("we've"), compromise's matcher may skip the second, so
 * a piece with one is only checked for neighbouring terms, as before.
 */
function mayMatch(m: NetMatch, terms: Term[], contracted: boolean): boolean {
  const { pairs, head, tail } = planOf(m);
  if (!contracted && !(fits(terms, head, 1) && fits(terms, tail, -1))) return false;
  for (const pair of pairs) if ((pair.gap === 1 || !contracted) && !near(terms, pair)) return false;
  return true;
}

/** compromise's `methods.one.bulkMatch(document, net, methods, opts)`: same results, same order. */
export function bulkMatch(document: Term[][], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}): Found[] {
  const cache = methods.one.cacheDoc(document);
  const index = indexOf(net);
  const results: Found[] = [];
  for (let n = 0; n < document.length; n++) {
    const words = document[n]!.length;
    const contracted = document[n]!.some((t) => t.implicit);
    for (const m of index ? candidates(index, cache[n]!, words) : walked(net, cache[n]!, words)) {
      if (!mayMatch(m, document[n]!, contracted)) continue;
      const res = methods.one.match([document[n]!], m);
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        results.push({ ...m, pointer: ptr });
      }
      if (res.ptrs.length && opts.matchOne === true) return [results[0]!];
    }
  }
  return results;
}
