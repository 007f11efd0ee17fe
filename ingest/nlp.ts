/**
 * The only module that calls compromise. Text is parsed ONE paragraph at a time, and overlong
 * paragraphs and sentences in bounded pieces (ingest/split.ts: compromise's cost grows with the
 * square of an unpunctuated sentence's length), and ONCE: the parse returns, per sentence,
 * the tokens with their tags, root form and offsets, which is all the later stages need. We never
 * call verbs()/nouns()/people() (each re-matches the document); entities and clauses are read off
 * the token tags by ingest/extract.
 *
 * This module is the compromise wrapper and nothing more: the parse call (tokenise, one chunk's
 * sentences as Tokens), and compromise's own tables (its lexicon, conjugations, noun/verb
 * switches) behind small read-only names. The repairs of compromise's tags are in ingest/retag
 * (their order in ingest/retag/index.ts), and ingest/parse.ts puts the two together: later stages
 * import the parse, Token and lexiconTags from there. Only ingest/parse.ts and ingest/retag import
 * this module (and tests/ingest/sweep.test.ts, for the sweep it installs); it imports neither, so
 * there is no cycle.
 */
import nlp from 'compromise';
import { Lru } from './lru.js';
import { bulkMatch } from './sweep.js';

export interface Token {
  /** Surface text without surrounding punctuation/whitespace. */
  text: string;
  /** compromise's normal form (lowercase, no punctuation). */
  norm: string;
  /** Dictionary form when compromise knows it ("told" → "tell"), else `norm`. */
  root: string;
  tags: ReadonlySet<string>;
  /** Punctuation/whitespace before and after the word. */
  pre: string;
  post: string;
  /** Offsets of `text` in the parsed input. */
  start: number;
  end: number;
}

/** The parts of a compromise term we read (its internal term object, read-only). */
interface RawTerm {
  text: string;
  pre: string;
  post: string;
  normal?: string;
  machine?: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}
interface Parsed {
  compute(name: string): unknown;
  /** One array of terms per sentence: read directly, no .json() serialisation. */
  docs: RawTerm[][];
}
/**
 * compromise's parse: its own steps (world.hooks) less 'chunks', the phrase chunker, which only
 * sets `term.chunk` (nothing here reads it) and costs about a tenth of the parse. The list is
 * swapped in for the call only, so compromise is left as it was found.
 */
const engine = (nlp as unknown as { _world: { hooks: string[] } })._world;
const PARSE_HOOKS = engine.hooks.filter((h) => h !== 'chunks');
(nlp as unknown as { plugin(p: object): void }).plugin({ methods: { one: { bulkMatch } } });
const parse = (text: string): Parsed => {
  const all = engine.hooks;
  engine.hooks = PARSE_HOOKS;
  try {
    return (nlp as unknown as (text: string) => Parsed)(text);
  } finally {
    engine.hooks = all;
  }
};
/** compromise's own conjugation tables (data, no parse): "hosts" → "host", "closed" → "close". */
const world = (
  nlp as unknown as {
    world(): {
      model: { one: { lexicon: Record<string, string | undefined> }; two: { switches: Record<string, string | undefined> } };
      methods: {
        two: {
          transform: {
            verb: { toInfinitive(w: string, m: unknown, tense: string): string; conjugate(w: string, m: unknown): Record<string, string> };
            noun: { toSingular(w: string, m: unknown): string };
            adjective: {
              fromComparative(w: string, m: unknown): string;
              fromSuperlative(w: string, m: unknown): string;
              fromAdverb(w: string): string;
            };
          };
        };
      };
    };
  }
).world();
/** compromise's word list: a word's main tag ("Infinitive", "Singular", ...), if it knows the word. */
export const lexicon: Readonly<Record<string, string | undefined>> = world.model.one.lexicon;
/** The tags compromise's word list gives a lowercase word ("good" → ["Adjective"]); none when it does not list the word. */
export const lexiconTags = (word: string): readonly string[] => {
  const t = Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
  return t === undefined ? [] : [t].flat();
};
/** compromise's infinitive of a verb form read as `tense` ("closed", 'PastTense' → "close"); "" or the word itself when it has none. */
export const toInfinitive = (w: string, tense: string): string => world.methods.two.transform.verb.toInfinitive(w, world.model, tense);

/** An irregular past tense compromise knows ("rose" → "rise" → "rose"), never an -ed form. */
export const irregularPast = (w: string): boolean => pastForms(w) !== null;
/**
 * An irregular past tense compromise knows, with its participle when that differs ("rose":
 * "risen"; "made": none), or null; kept for the words used last (every past tense asks).
 */
const pastMemo = new Lru<string, { participle?: string } | null>(4096);
export function pastForms(w: string): { participle?: string } | null {
  const hit = pastMemo.get(w);
  if (hit !== undefined) return hit;
  const inf = toInfinitive(w, 'PastTense');
  const forms = !/ed$/.test(w) && inf && inf !== w ? world.methods.two.transform.verb.conjugate(inf, world.model) : undefined;
  return pastMemo.set(w, forms?.PastTense === w ? { participle: forms.Participle } : null);
}
/** A verb whose past tense is its bare form ("quit", "cut", "put"), as compromise conjugates it. */
export const pastLikeBare = (w: string): boolean => world.methods.two.transform.verb.conjugate(w, world.model).PastTense === w;
/** The infinitive of an irregular participle compromise knows ("done" → "do", "taken" → "take"), or null. */
export const participleOf = (w: string): string | null => {
  const inf = toInfinitive(w, 'Participle');
  return inf && inf !== w && world.methods.two.transform.verb.conjugate(inf, world.model).Participle === w ? inf : null;
};

/** compromise's words that are a noun or a verb by context ("help": "Noun|Verb"). */
export const SWITCHES: Readonly<Record<string, string | undefined>> = world.model.two.switches;

/** The infinitive of a regular past form compromise can conjugate ("armed" → "arm"), or null. */
export const regularPast = (w: string): string | null => {
  if (!/^\p{Ll}+ed$/u.test(w)) return null;
  const inf = toInfinitive(w, 'PastTense');
  return inf && inf !== w && world.methods.two.transform.verb.conjugate(inf, world.model).PastTense === w ? inf : null;
};

/**
 * A word's dictionary form, as compromise's compute('root') gives it (its first matching tag picks
 * the rule: "drinks" → "drink", "walked" → "walk", "quieter" → "quiet"), computed here once per
 * tag and word rather than once per occurrence. compromise's root of an irregular participle is
 * the participle itself or a wrong form ("given", "taken", "undergone" → "undergine", "done" →
 * "dine"): that is read as a participle instead.
 */
const ROOT_RULES: readonly { tag: string; root: (w: string) => string; memo: Lru<string, string> }[] = (() => {
  const { verb, noun, adjective } = world.methods.two.transform;
  const m = world.model;
  const rules: [string, (w: string) => string][] = [
    ['Possessive', (w) => w.replace(/'s$/, '')],
    ['Plural', (w) => noun.toSingular(w, m)],
    ['Copula', () => 'is'],
    ['PastTense', (w) => verb.toInfinitive(w, m, 'PastTense')],
    ['Gerund', (w) => verb.toInfinitive(w, m, 'Gerund')],
    ['PresentTense', (w) => verb.toInfinitive(w, m, 'PresentTense')],
    ['Comparative', (w) => adjective.fromComparative(w, m)],
    ['Superlative', (w) => adjective.fromSuperlative(w, m)],
    ['Adverb', (w) => adjective.fromAdverb(w)],
  ];
  return rules.map(([tag, root]) => ({ tag, root, memo: new Lru<string, string>(4096) }));
})();

const BRITISH_LL = /^(.+[aeiou]l)l(?:ing|ed)$/;

function rootOf(t: RawTerm, norm: string): string {
  const rule = ROOT_RULES.find((r) => t.tags.has(r.tag));
  let root = norm;
  if (rule) {
    const w = t.machine || t.normal || t.text;
    // (compromise: a present-tense infinitive is its own root)
    root = rule.tag === 'PresentTense' && t.tags.has('Infinitive') ? w : (rule.memo.get(w) ?? rule.memo.set(w, rule.root(w)));
    if (!root || root === t.normal) root = norm;
    // (British doubled l compromise does not undo: "trialling", "signalled" → "trial", "signal")
    if (root === norm && (rule.tag === 'Gerund' || rule.tag === 'PastTense')) root = BRITISH_LL.exec(norm)?.[1] ?? root;
  }
  if (!t.tags.has('Verb') || !(t.tags.has('Participle') || t.tags.has('PastTense')) || !/(?:en|wn|ne|un)$/.test(norm)) return root;
  return toInfinitive(norm, 'Participle') || root;
}

/**
 * Parse one chunk (a paragraph, or a piece of a long one): its sentences, each as its tokens, offsets
 * shifted by `base`; null when compromise throws on it. A sentence's tokens are built as it is reached,
 * so no more than one sentence's token objects exist at a time.
 */
export function tokenise(chunk: string, base: number): Iterable<Token[]> | null {
  let docs: RawTerm[][];
  try {
    const doc = parse(chunk);
    doc.compute('offset');
    docs = doc.docs;
  } catch {
    return null;
  }
  return sentences(docs, base);
}

function* sentences(docs: RawTerm[][], base: number): Generator<Token[]> {
  for (const terms of docs) {
    const tokens: Token[] = [];
    for (const t of terms) {
      const ts = base + (t.offset?.start ?? 0);
      const norm = t.normal || t.text.toLowerCase();
      tokens.push({
        text: t.text,
        norm,
        root: rootOf(t, norm),
        tags: t.tags,
        pre: t.pre,
        post: t.post,
        start: ts,
        end: ts + t.text.length,
      });
    }
    yield tokens;
  }
}
