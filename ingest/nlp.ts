/**
 * The only module that calls compromise. Text is parsed ONE paragraph at a time, and overlong
 * paragraphs and sentences in bounded pieces (ingest/split.ts: compromise's cost grows with the
 * square of an unpunctuated sentence's length), and ONCE: the parse returns, per sentence,
 * the tokens with their tags, root form and offsets, which is all the later stages need. We never
 * call verbs()/nouns()/people() (each re-matches the document); entities and clauses are read off
 * the token tags by ingest/extract.
 */
import nlp from 'compromise';
import retag from './data/retag.json' with { type: 'json' };
import titles from './data/titles.json' with { type: 'json' };
import { Lru } from './lru.js';
import { parseSpans } from './split.js';
import { type CaseEvidence, caseEvidence, isTitleCase, sentenceCase } from './title-case.js';
import { bulkMatch } from './sweep.js';
import { TokenTableBuilder, type TokenTable } from './token-table.js';

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

export interface ParsedSentence {
  text: string;
  start: number;
  end: number;
  tokens: Token[];
}

export interface SentenceSpan {
  text: string;
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
const lexicon = world.model.one.lexicon;
/** The tags compromise's word list gives a lowercase word ("good" → ["Adjective"]); none when it does not list the word. */
export const lexiconTags = (word: string): readonly string[] => {
  const t = Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
  return t === undefined ? [] : [t].flat();
};
const toInfinitive = (w: string, tense: string): string => world.methods.two.transform.verb.toInfinitive(w, world.model, tense);

const RT = {
  /** One-word titles ("boss", "coach", "captain"): between two names a title, never a verb. */
  titles: new Set(titles.titles.filter((w) => !w.includes(' '))),
  adverbs: new Set(retag.verbAdverbs),
  plainAdverbs: new Set(retag.plainAdverbs),
  links: new Set(retag.clauseLinks),
  objects: new Set(retag.objectStarts),
  compoundHeads: new Map(Object.entries(retag.verbsOpeningCompounds as Record<string, string[]>).map(([k, v]) => [k, new Set(v)])),
  notVerbs: new Set(retag.notVerbs),
  neverVerbs: new Set(retag.neverVerbs),
  ingNouns: new Set(retag.ingNouns),
  nounAdjectives: new Set(retag.nounAdjectives),
  saying: new Set(retag.sayingVerbs),
  /** Verbs whose "to" is always an infinitive's ("plans to swap", "agreed to pay"). */
  aims: new Set(retag.aimVerbs),
  telling: new Set(retag.tellingVerbs),
  adverbials: new Set(retag.adverbialPhrases),
  toPrepositions: new Set(retag.toPrepositions),
  prepositionForms: new Set(retag.prepositionForms),
  adjectiveForms: new Set(retag.adjectiveForms),
  toAdjectives: new Set(retag.toAdjectives),
  originNouns: new Set(retag.originNouns),
  particles: new Set(retag.particles),
  sameParticiples: new Set(retag.sameParticiples),
  pastPreps: new Set(retag.pastPrepositions),
  nounModifiers: new Set(retag.nounModifiers),
  compoundParticiples: new Set(retag.compoundParticiples),
  classifiers: new Set(retag.classifierNouns),
  weekdayTitles: new Set(retag.weekdayTitles),
  ingEventNouns: new Set(retag.ingEventNouns),
  gerundQuantifiers: new Set(retag.gerundQuantifiers),
};
/**
 * "making uncosted promises", "conditions are unchanged by this decision": un- and the participle of a
 * verb compromise knows (of any verb, between a modifier and a noun: "an index-linked, unblighted
 * price"), where the un- word is no verb it knows ("unveiled", "undermined" are), is an adjective,
 * unless an object follows it ("unseated the MP").
 */
function negatedParticiples(ts: Token[]): void {
  ts.forEach((t, i) => {
    if (!/^un\p{Ll}{3,}ed$/u.test(t.text) || !tagged(t, 'Verb') || lexicon[t.norm] !== undefined) return;
    if (lexicon[toInfinitive(t.norm, 'PastTense')] !== undefined) return;
    const stem = toInfinitive(t.norm.slice(2), 'PastTense');
    const next = ts[i + 1];
    // "an index-linked, unblighted price": between a modifier and a noun, whatever the stem.
    const prev = ts[i - 1];
    const prenominal =
      (tagged(prev, 'Determiner', 'Adjective') || /,\s*$/.test(prev?.post ?? '')) &&
      tagged(next, 'Noun') &&
      /^\p{Ll}/u.test(next?.text ?? '');
    if ((lexicon[stem] === undefined && !prenominal) || RT.objects.has(next?.norm ?? '') || tagged(next, 'ProperNoun', 'Pronoun')) return;
    ts[i] = { ...t, tags: new Set(['Adjective']), root: t.norm };
  });
}

/** Verbs taking an object and a bare infinitive ("help the firm develop the snacks"; retag.json). */
const BARE_INFINITIVE_VERBS: ReadonlySet<string> = new Set(retag.bareInfinitiveVerbs);

/** Of those, the ones whose bare infinitive may stand before a preposition (retag.json). */
const PREPOSITION_INFINITIVE_VERBS: ReadonlySet<string> = new Set(retag.prepositionInfinitiveVerbs);

/**
 * "said it would sue Rosneft", "threatened to rob Dallaglio of": a lowercase word compromise reads
 * as a first name ("Sue", "Rob", "Chase") after "to", a modal or "not" is a bare verb.
 */
function firstNameVerbs(ts: Token[]): void {
  for (let i = 1; i < ts.length; i++) {
    const t = ts[i]!;
    if (!tagged(t, 'Person') || tagged(t, 'Verb') || lexicon[t.norm] !== 'FirstName' || !/^\p{Ll}+$/u.test(t.text)) continue;
    const prev = ts[i - 1]!;
    if ((prev.norm === 'to' || tagged(prev, 'Modal') || /^(?:not|n't)$/.test(prev.norm)) && !/[,;:]/.test(prev.post))
      ts[i] = retagged(t, ['Verb', 'Infinitive']);
  }
}

const isConjunction = (t: Token): boolean => t.norm === 'and' || t.norm === 'or';

/**
 * "will help the pharmaceutical firm develop the snacks": after such a verb and its object, a word
 * compromise knows as a verb, read as a noun before the start of another object, is the infinitive;
 * after "help" or "let", also before a preposition ("help the UK High Street recover from").
 */
function bareInfinitives(ts: Token[]): void {
  for (let i = 2; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    if (tagged(t, 'Verb') || !tagged(t, 'Singular') || !/^\p{Ll}+$/u.test(t.text)) continue;
    if (!tagged(ts[i - 1], 'Noun', 'Adjective') || tagged(ts[i - 1], 'Possessive', 'Pronoun', 'Determiner')) continue;
    const next = ts[i + 1]!;
    const preposed = tagged(next, 'Preposition') && next.norm !== 'of' && !/[,;:]/.test(t.post);
    // ("help Labour fight and win the election": a bare verb joined to it, before an object, makes
    // a word with a verb's reading one too)
    const second = ts[i + 2];
    const joined =
      isConjunction(next) &&
      !!second &&
      (lexicon[second.norm] === 'Infinitive' || tagged(second, 'Infinitive')) &&
      RT.objects.has(ts[i + 3]?.norm ?? '');
    if (lexicon[t.norm] !== 'Infinitive' && !(joined && lexicon[t.norm] === 'Singular')) continue;
    if (!RT.objects.has(next.norm) && !preposed && !joined) continue;
    const verb = ts.slice(Math.max(0, i - 6), i - 1).findLast((x) => tagged(x, 'Verb'));
    if (!verb || !BARE_INFINITIVE_VERBS.has(verb.root || verb.norm) || /[,;:]/.test(ts[i - 1]!.post)) continue;
    if (!RT.objects.has(next.norm) && !joined && !PREPOSITION_INFINITIVE_VERBS.has(verb.root || verb.norm)) continue;
    ts[i] = { ...t, tags: new Set(['Verb', 'Infinitive']), root: t.norm };
    if (joined && !tagged(second, 'Verb')) ts[i + 2] = retagged(second!, ['Verb', 'Infinitive']);
  }
}

/** Words that modify a verb's object noun ("preparing further law suits", "is more welfare reform"). */
const OBJECT_MODIFIERS: ReadonlySet<string> = new Set(['further', 'more', 'new', 'fresh', 'extra', 'additional', 'other']);

/**
 * "it is preparing further law suits", "One option is further welfare reform": a base verb form
 * after a modifier that follows a verb, before a noun, stands where the verb's object does and has
 * no subject: it is a noun modifying that noun (not after a helper: "should further damage ties").
 */
function nounsAfterObjectModifiers(ts: Token[]): void {
  for (let i = 2; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    if (!tagged(t, 'Infinitive') || tagged(t, 'PastTense', 'Gerund', 'Noun') || !/^\p{Ll}+$/u.test(t.text)) continue;
    const prev = ts[i - 1]!;
    if (!OBJECT_MODIFIERS.has(prev.norm) || /[,;:]/.test(prev.post + t.post)) continue;
    if (!tagged(ts[i + 1], 'Noun') || tagged(ts[i + 1], 'Pronoun', 'Determiner')) continue;
    const verb = ts[i - 2]!;
    if (
      !tagged(verb, 'Verb') ||
      tagged(verb, 'Modal', 'Auxiliary') ||
      /^(?:to|will|would|could|should|may|might|must|can)$/.test(verb.norm)
    )
      continue;
    ts[i] = retagged(t, ['Noun', 'Singular'], t.norm);
  }
}

/**
 * "a well-managed, conservatively run bank", "a newly built plant": a verb form after an -ly adverb
 * inside a phrase an article opens, before its noun, is an adjective of that noun.
 */
function participlesInPhrases(ts: Token[]): void {
  for (let i = 2; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    if (!tagged(t, 'Verb') || tagged(t, 'Gerund') || !/^\p{Ll}+$/u.test(t.text) || !/ly$/.test(ts[i - 1]!.norm)) continue;
    if (!tagged(ts[i - 1], 'Adverb') || !tagged(ts[i + 1], 'Noun') || tagged(ts[i + 1], 'Pronoun', 'Determiner')) continue;
    let k = i - 2;
    // (over adjectives before it, hyphened ones too: "a well-managed, conservatively run bank")
    while (k > 0 && k > i - 5 && (tagged(ts[k], 'Adjective', 'Adverb') || ts[k]!.post === '-') && !tagged(ts[k], 'Determiner')) k--;
    if (!/^(?:a|an|the)$/.test(ts[k]?.norm ?? '') || /[;:]/.test(ts[i - 1]!.post + t.post)) continue;
    ts[i] = retagged(t, ['Adjective'], t.norm);
  }
}

/**
 * "Mark Oaten also backed use of wire-tap evidence": a word compromise lists as a verb (not
 * "stopped short of"), right after a lexical past verb and before "of", is that verb's object noun;
 * only a verb that takes a bare infinitive ("helped dispose of", "let go of") puts a verb there.
 */
function nounsBeforeOf(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    const verb = ts[i - 1]!;
    if (ts[i + 1]!.norm !== 'of' || lexicon[t.norm] !== 'Infinitive' || tagged(t, 'PastTense', 'Gerund') || !/^\p{Ll}+$/u.test(t.text))
      continue;
    if (!tagged(verb, 'PastTense') || tagged(verb, 'Auxiliary', 'Modal', 'Copula', 'Noun') || /[,;:()"“”]/.test(verb.post + t.post))
      continue;
    if (BARE_INFINITIVE_VERBS.has(verb.root || verb.norm) || t.norm === 'go') continue;
    ts[i] = retagged(t, ['Noun', 'Singular'], t.norm);
  }
}

/** -s forms that take a bare verb ("helps", "lets"; retag.json): never a plural noun before one. */
export const BARE_VERB_S_FORMS: ReadonlySet<string> = new Set(retag.bareVerbSForms);

/** "The agreement helps protect the rights": such a form read as a noun before a bare verb and its object is the verb. */
function bareVerbSForms(ts: Token[]): void {
  for (let i = 1; i + 2 < ts.length; i++) {
    const t = ts[i]!;
    if (!BARE_VERB_S_FORMS.has(t.text) || tagged(t, 'Verb') || !tagged(ts[i - 1], 'Noun') || tagged(ts[i - 1], 'Determiner', 'Pronoun'))
      continue;
    if (!tagged(ts[i + 1], 'Infinitive') || !RT.objects.has(ts[i + 2]!.norm) || /[,;:]/.test(ts[i - 1]!.post + t.post)) continue;
    ts[i] = { ...t, tags: new Set(['Verb', 'PresentTense']), root: t.norm.slice(0, -1) };
  }
}

/**
 * "make Windows and Internet Explorer more secure by ...", "The deal is more secure": a bare verb form
 * after a degree adverb, that the lexicon knows as an adjective, is that adjective (not "more than double").
 */
function degreeAdjectives(ts: Token[]): void {
  for (let i = 1; i < ts.length; i++) {
    const t = ts[i]!;
    if (!/^(?:more|less|most|least|too|so)$/.test(ts[i - 1]!.norm) || !tagged(ts[i - 1], 'Adverb') || /[,;:]/.test(ts[i - 1]!.post))
      continue;
    if (!tagged(t, 'Infinitive', 'PresentTense') || tagged(t, 'Gerund')) continue;
    if (tagged(ts[i + 1], 'Determiner', 'Pronoun')) continue; // "to more easily secure the ..."
    const known = lexiconTags(t.norm);
    if (known.includes('Adjective')) ts[i] = retagged(t, ['Adjective']);
    // "giving parents more choice between schools": a word the lexicon knows as no verb is a noun there.
    else if (/^(?:more|less)$/.test(ts[i - 1]!.norm) && !known.some((x) => VERB_TAGS.has(x)) && /^\p{Ll}+[^s]$/u.test(t.text))
      ts[i] = retagged(t, ['Noun', 'Singular']);
  }
}

/**
 * "has neither admitted nor denied", "it neither admits nor denies": "neither" after an auxiliary or a
 * subject, before a verb, with "nor" after, is a negative adverb.
 */
function neitherBetweenVerbs(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    if (ts[i]!.norm !== 'neither' || !tagged(ts[i - 1], 'Verb', 'Noun')) continue;
    if (!tagged(ts[i + 1], 'PastTense', 'Participle', 'Infinitive', 'PresentTense') || tagged(ts[i + 1], 'Noun')) continue;
    if (ts.slice(i + 2, i + 6).some((t) => t.norm === 'nor')) ts[i] = retagged(ts[i]!, ['Adverb', 'Negative']);
  }
}

const LIKE_DEGREE = new Set(['more', 'less', 'much', 'just', 'very', 'rather', 'quite', 'exactly', 'a', 'bit', 'little', 'nothing']);
const LIKE_LINKS = /^(?:looks?|looked|looking|seems?|seemed|sounds?|sounded|feels?|felt)$/;

/**
 * "were more like the PB100", "looks like a winner": "like" after a copula is a preposition. So is
 * a bare "like" after a common noun, "just" or an opening bracket when another finite verb carries
 * the sentence ("other issues like the Iraq war will play", "consoles like the Sony PSP").
 */
function likeAfterCopula(ts: Token[]): void {
  for (let i = 1; i < ts.length; i++) {
    if (ts[i]!.norm !== 'like' || !tagged(ts[i], 'Verb')) continue;
    let j = i - 1;
    while (j > 0 && LIKE_DEGREE.has(ts[j]!.norm) && !/[,;:]/.test(ts[j]!.post)) j--;
    const prev = ts[i - 1]!;
    const afterNoun =
      ts[i]!.text === 'like' &&
      ((tagged(prev, 'Noun') && !tagged(prev, 'Pronoun', 'ProperNoun', 'Verb')) || prev.norm === 'just' || /\(/.test(ts[i]!.pre)) &&
      ts.some((t, k) => k !== i && finite(t) && !tagged(t, 'Gerund', 'Noun', 'Adjective'));
    if (tagged(ts[j], 'Copula') || LIKE_LINKS.test(ts[j]!.norm) || afterNoun) ts[i] = retagged(ts[i]!, ['Preposition']);
  }
}

const QUANTIFIERS = new Set(['all', 'both', 'each', 'half', 'none', 'one', 'most', 'some', 'any']);
/** Determiners and possessive pronouns: words that can only open a noun phrase. */
const PHRASE_STARTS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'his', 'their', 'our', 'my', 'your']);
const MOTION =
  /^(?:come|came|comes|coming|go|goes|went|gone|going|get|gets|got|rose|rise|rises|fell|fall|falls)$|^(?:return|mov|head|travel)/;

/**
 * "has allowed staff to chronicle the pandas' daily activities": after "to", a singular noun right
 * before the start of another phrase ("the", "his", "Titan's"; an amount, after a verb of aim) is
 * an infinitive with its object; after "have to" it is one whatever follows ("would not have to
 * adhere to US rulings").
 */
function toInfinitives(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    if (ts[i - 1]!.norm !== 'to' || tagged(t, 'Verb', 'Plural', 'ProperNoun', 'Determiner', 'Value', 'Pronoun')) continue;
    // "moved to steady the financial markets": no phrase after "to" is an adjective and then a determiner.
    const adjective = tagged(t, 'Adjective') && !tagged(t, 'Noun', 'Comparative', 'Superlative') && !QUANTIFIERS.has(t.norm);
    if (adjective && /^\p{Ll}+$/u.test(t.text) && !/[,;:]/.test(t.post) && PHRASE_STARTS.has(ts[i + 1]!.norm)) {
      ts[i] = retagged(t, ['Verb', 'Infinitive']);
      continue;
    }
    if (!tagged(t, 'Singular') || !/^\p{Ll}+$/u.test(t.text) || /[,;:]/.test(ts[i - 1]!.post + t.post)) continue;
    const obliged = /^(?:have|has|had|having)$/.test(ts[i - 2]?.norm ?? '') && !/[,;:]/.test(ts[i - 2]!.post);
    // "came to office the federal budget": after a verb of motion "to" leads to a place.
    // "agreed to quadruple Titan's management fee": a name's possessive opens a phrase too.
    const owner = tagged(ts[i + 1], 'Possessive') && /^\p{Lu}.*'s$/u.test(ts[i + 1]!.text);
    // "plans to swap 0.41 of its shares": a verb's word before an amount, after a verb and "to".
    const wanting = tagged(ts[i - 2], 'Verb') && RT.aims.has(ts[i - 2]!.root || ts[i - 2]!.norm);
    const counted = tagged(ts[i + 1], 'Value') && (lexicon[t.norm] === 'Infinitive' || wanting);
    const opens = RT.objects.has(ts[i + 1]!.norm) || owner || counted;
    if (!(opens || obliged) || QUANTIFIERS.has(t.norm) || MOTION.test(ts[i - 2]?.norm ?? '')) continue;
    ts[i] = retagged(t, ['Verb', 'Infinitive']);
  }
}

/**
 * "the six largest Latin American economies (Argentina, ...)": an -s word right after the adjectives
 * of a phrase opened by a determiner or a number is the phrase's plural head, not a verb.
 */
function pluralHeads(ts: Token[]): void {
  for (let i = 2; i < ts.length; i++) {
    const t = ts[i]!;
    if (!tagged(t, 'PresentTense') || tagged(t, 'Auxiliary', 'Modal', 'Copula', 'Infinitive') || !/^\p{Ll}{3,}[^s]s$/u.test(t.text))
      continue;
    let j = i - 1;
    // Names may modify too ("Latin American"), but a lowercase adjective or a count must be among them.
    const modifier = (x: Token) => (tagged(x, 'Adjective', 'Demonym', 'ProperNoun') && !tagged(x, 'Verb', 'Pronoun')) || tagged(x, 'Value');
    // "illegally downloading US shows from the net": after a verb or preposition and a place, a noun.
    const placed =
      tagged(ts[j], 'Country', 'Demonym', 'Place') &&
      /^\p{Lu}/u.test(ts[j]!.text) &&
      tagged(ts[j - 1], 'Gerund', 'Preposition') &&
      !tagged(ts[j - 1], 'Auxiliary');
    if (placed && !/[,;:]/.test(ts[j]!.post)) {
      ts[i] = { ...t, tags: new Set(['Noun', 'Plural']), root: t.norm };
      continue;
    }
    const named = tagged(ts[j], 'ProperNoun') && !tagged(ts[j], 'Demonym'); // "the new Identity Document incorporates"
    if (!modifier(ts[j]!) || named || tagged(ts[j], 'Value') || /[,;:]/.test(ts[j]!.post)) continue;
    let plain = false;
    for (; j >= 0 && modifier(ts[j]!) && !/[,;:]/.test(ts[j]!.post); j--) plain ||= /^\p{Ll}|^\d/u.test(ts[j]!.text);
    if (!plain || j < 0 || !tagged(ts[j], 'Determiner', 'Possessive') || /[,;:]/.test(ts[j]!.post)) continue;
    ts[i] = { ...t, tags: new Set(['Noun', 'Plural']), root: t.norm };
  }
}

/**
 * "Pernod shares in Paris slipped 1.2%": an -s form right after a name, then a place or market
 * phrase, then a finite verb with a figure or adverb of its own is the subject's plural head (the
 * verb after the phrase would have no subject otherwise).
 */
function pluralsBeforePhrases(ts: Token[]): void {
  for (let i = 1; i + 3 < ts.length; i++) {
    const t = ts[i]!;
    const prev = ts[i - 1]!;
    if (!tagged(t, 'PresentTense') || tagged(t, 'Auxiliary', 'Modal', 'Copula', 'Infinitive') || RT.saying.has(t.norm)) continue;
    if (!/^\p{Ll}{3,}[^s]s$/u.test(t.text) || !/^\p{Lu}/u.test(prev.text) || tagged(prev, 'Pronoun', 'Possessive')) continue;
    if (!tagged(prev, 'Noun', 'ProperNoun') || /[,;:()"“”]/.test(prev.post + t.post) || !tagged(ts[i + 1], 'Preposition')) continue;
    let j = i + 2;
    const inPhrase = (x: Token) => tagged(x, 'Determiner', 'Adjective', 'Noun', 'ProperNoun', 'Value') && !tagged(x, 'Verb', 'Pronoun');
    while (j < ts.length && inPhrase(ts[j]!) && !/[,;:()]/.test(ts[j]!.post)) j++;
    const verb = ts[j];
    const after = ts[j + 1];
    const finite = tagged(verb, 'PastTense', 'PresentTense') && !tagged(verb, 'Infinitive', 'Gerund', 'Auxiliary', 'Copula', 'Noun');
    const figure = tagged(after, 'Value', 'Adverb') || (/^(?:to|by)$/.test(after?.norm ?? '') && tagged(ts[j + 2], 'Value'));
    if (j > i + 2 && finite && figure) ts[i] = retagged(t, ['Noun', 'Plural']);
  }
}

const LINKING = /^(?:ha(?:s|ve|d|ving)|be|being|get|gets|got|getting|become|becomes|became|becoming|seem|seems|seemed|seeming)$/;

/**
 * "tackled the problem by reducing authorised absence", "it just gives incapacitated people", "help
 * reduce drunken disorder": an -ed or -en form between a gerund, a finite lexical verb or a bare
 * infinitive and a noun is the noun's adjective (two verbs do not
 * meet; not after "having", "being", "getting": "having signed contracts"; nor after an -s word that
 * may be a plural noun itself, "house prices increased sales", or a verb of saying, "who it says
 * headed CFD's sales operations").
 */
function participlesBeforeNouns(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    const g = ts[i - 1]!;
    // (or a bare infinitive that takes an object: "could help reduce drunken disorder")
    const bare = tagged(g, 'Infinitive') && !/^(?:have|be|get|become|let|make|see|hear|keep|leave)$/.test(g.norm);
    const finite =
      tagged(g, 'PresentTense', 'PastTense') &&
      !tagged(g, 'Auxiliary', 'Copula', 'Modal', 'Noun') &&
      (!tagged(g, 'Infinitive') || bare) &&
      /^\p{Ll}/u.test(g.text) &&
      !sayingVerb(g) &&
      !(sForm(g) && tagged(ts[i - 2], 'Noun', 'Adjective', 'Determiner') && !tagged(ts[i - 2], 'Pronoun'));
    if (!(tagged(g, 'Gerund') || finite) || LINKING.test(g.norm) || /[,;:()]/.test(g.post + t.post)) continue;
    if (!/^\p{Ll}{3,}(?:ed|en)$/u.test(t.text) || !tagged(t, 'PastTense', 'Participle') || tagged(t, 'Noun')) continue;
    const next = ts[i + 1]!;
    if (tagged(next, 'Noun') && !tagged(next, 'Verb', 'Pronoun', 'ProperNoun', 'Determiner')) ts[i] = retagged(t, ['Adjective']);
  }
}

/** An irregular past tense compromise knows ("rose" → "rise" → "rose"), never an -ed form. */
const irregularPast = (w: string): boolean => pastForms(w) !== null;
/**
 * An irregular past tense compromise knows, with its participle when that differs ("rose":
 * "risen"; "made": none), or null; kept for the words used last (every past tense asks).
 */
const pastMemo = new Lru<string, { participle?: string } | null>(4096);
function pastForms(w: string): { participle?: string } | null {
  const hit = pastMemo.get(w);
  if (hit !== undefined) return hit;
  const inf = toInfinitive(w, 'PastTense');
  const forms = !/ed$/.test(w) && inf && inf !== w ? world.methods.two.transform.verb.conjugate(inf, world.model) : undefined;
  return pastMemo.set(w, forms?.PastTense === w ? { participle: forms.Participle } : null);
}
/** A bare verb form: an infinitive, or a present tense without -s ("freeze", "trade"). */
export const bareForm = (t: Token | undefined): boolean => tagged(t, 'Infinitive') || (tagged(t, 'PresentTense') && !/s$/.test(t!.norm));
/** The infinitive of an irregular participle compromise knows ("done" → "do", "taken" → "take"), or null. */
const participleOf = (w: string): string | null => {
  const inf = toInfinitive(w, 'Participle');
  return inf && inf !== w && world.methods.two.transform.verb.conjugate(inf, world.model).Participle === w ? inf : null;
};
/** A verb of saying or thinking, by its root or its form (retag.json sayingVerbs). */
const sayingVerb = (t: Token): boolean => RT.saying.has(t.root) || RT.saying.has(t.norm);
/**
 * Whether `t` has any of the tags. Named parameters, not a rest one: the repairs call this about a
 * hundred times per word, and a rest parameter allocates an array on every call.
 */
function tagged(t: Token | undefined, a: string, b?: string, c?: string, d?: string, e?: string, f?: string, g?: string): boolean {
  if (!t) return false;
  const s = t.tags;
  if (s.has(a)) return true;
  if (b === undefined) return false;
  if (s.has(b)) return true;
  if (c === undefined) return false;
  if (s.has(c)) return true;
  if (d === undefined) return false;
  return s.has(d) || (e !== undefined && s.has(e)) || (f !== undefined && s.has(f)) || (g !== undefined && s.has(g));
}
/** A lower-case word in -s (not -ss): a third-person verb or a plural noun. */
const sForm = (t: Token | undefined): boolean => !!t && /^\p{Ll}+[^s]s$/u.test(t.text);

/**
 * Repair compromise's commonest verb mis-tags from context (rules and word lists in
 * data/retag.json): a lowercase -s "plural" or -ed "adjective" after a subject-like word (a noun,
 * a name, a clause link such as "and", a comma, an adverb like "also") and before the start of an
 * object ("the", "her", a number, a name) is a finite verb. Tags only change on those tokens.
 */
/**
 * "Lord Dubs' Succession to the Crown Bill": a name ending in s with a bare apostrophe after it,
 * before a word, is a possessive (compromise tags it a plural); not a word in single quotes ('Tories').
 */
function apostrophePossessives(ts: Token[]): void {
  ts.forEach((t, i) => {
    const next = ts[i + 1];
    if (!next || !/^\p{Lu}\p{Ll}+s$/u.test(t.text) || !/^['\u2019]\s/.test(t.post) || /['\u2018]/.test(t.pre)) return;
    if (tagged(t, 'Possessive') || !/^\p{L}/u.test(next.text)) return;
    ts[i] = { ...t, tags: new Set([...t.tags].filter((g) => g !== 'Plural').concat('Possessive')) };
  });
}

/**
 * compromise reads some "X's" before a noun phrase as "X is" or "X has" (an empty verb token after it):
 * "through the government's Behaviour Improvement Programme", "the firm's biggest rival is".
 * Before a noun, or an adjective and a noun, it is a possessive: the copula goes. So it is before
 * a participle and a noun ("Syria's alleged involvement"), and the participle is an adjective.
 */
function possessives(ts: Token[]): void {
  for (let i = ts.length - 2; i >= 1; i--) {
    const t = ts[i]!;
    if (t.text || !tagged(t, 'Copula', 'Verb') || !/['\u2019]s$/.test(ts[i - 1]!.text)) continue;
    const next = ts[i + 1]!;
    const nounNext = tagged(next, 'Noun', 'ProperNoun') && !tagged(next, 'Gerund', 'Pronoun', 'Verb');
    // "Europe's largest mutual life insurer": adjectives (up to three) before the noun; after the
    // first, a participle may be one ("the world's main industrialised regions").
    let a = i + 1;
    const described = (k: number): boolean =>
      k > i + 1 && tagged(ts[k], 'PastTense', 'Participle') && /^\p{Ll}+ed$/u.test(ts[k]!.text) && !/[,;:]/.test(ts[k - 1]!.post);
    while (a < i + 4 && ((tagged(ts[a], 'Adjective') && !tagged(ts[a], 'Noun')) || described(a))) a++;
    const adjNoun = a > i + 1 && tagged(ts[a], 'Noun') && !tagged(ts[a], 'Verb', 'Pronoun');
    // "India's highly skilled workers": an adverb before the adjective.
    const advAdjNoun =
      tagged(next, 'Adverb') && tagged(ts[i + 2], 'Adjective') && tagged(ts[i + 3], 'Noun') && !tagged(ts[i + 3], 'Verb', 'Pronoun');
    // "Syria's alleged involvement", "GM's planned severe cutbacks": a participle before a noun is an adjective.
    const after = ts[i + 2];
    const participle =
      tagged(next, 'PastTense', 'Participle') &&
      /^\p{Ll}+(?:ed|en)$/u.test(next.text) &&
      (tagged(after, 'Noun', 'Value') || (tagged(after, 'Adjective') && tagged(ts[i + 3], 'Noun'))) &&
      !tagged(after, 'Pronoun', 'Determiner', 'Preposition', 'Verb');
    // "The company's currently traded stock", "Japan's technologically demanding mobile users": so
    // after an adverb (an -ing form only after an -ly one).
    const advParticiple =
      tagged(next, 'Adverb') &&
      ((tagged(after, 'PastTense', 'Participle') && /^\p{Ll}+(?:ed|en)$/u.test(after?.text ?? '')) ||
        (tagged(after, 'Gerund') && /ly$/.test(next.norm) && /^\p{Ll}+ing$/u.test(after?.text ?? ''))) &&
      tagged(ts[i + 3], 'Noun') &&
      !tagged(ts[i + 3], 'Pronoun', 'Determiner', 'Verb');
    // "Labour's advertising agency TBWA was blaming", "the firm's operating profit rose": an -ing word
    // and a noun before the finite verb are a compound; "The firm's selling shares" stays a progressive.
    let n = i + 2;
    while (n < i + 4 && tagged(ts[n], 'Noun', 'ProperNoun') && !tagged(ts[n], 'Verb', 'Pronoun', 'Plural')) n++;
    // So before a bare singular noun, which no progressive takes as its object: "Tony Blair's opening speech".
    const bare = tagged(after, 'Singular') && !tagged(after, 'Plural', 'Verb', 'Pronoun', 'ProperNoun', 'Determiner');
    const gerundNoun = tagged(next, 'Gerund') && /^\p{Ll}+ing$/u.test(next.text) && ((n > i + 2 && finite(ts[n])) || bare);
    // "France's backing for the rebels", "the government's handling of": an -ing word before "of" or
    // "for" is the owner's act, a noun ("the firm's selling shares" keeps its progressive).
    const actOf = tagged(next, 'Gerund') && /^\p{Ll}+ing$/u.test(next.text) && /^(?:of|for)$/.test(after?.norm ?? '');
    // "Philip Pullman's His Dark Materials": a title opening with a capitalised pronoun.
    const title = tagged(next, 'Pronoun') && /^\p{Lu}\p{Ll}+$/u.test(next.text) && /^\p{Lu}/u.test(after?.text ?? '');
    const owner = ts[i - 1]!;
    // "Lloyd's of London", "McDonald's of Illinois": a name's -'s before "of" and a name is part of one.
    const ofName = next.norm === 'of' && /^\p{Lu}/u.test(owner.text) && tagged(after, 'ProperNoun') && /^\p{Lu}/u.test(after?.text ?? '');
    if (!nounNext && !adjNoun && !advAdjNoun && !participle && !advParticiple && !gerundNoun && !actOf && !title && !ofName) continue;
    if (tagged(owner, 'Pronoun') || /^(?:it|that|there|here|what|who|where|he|she)['\u2019]s$/.test(owner.norm)) continue;
    // An owner is a noun ("Labour's" is no "labour is").
    const kept = [...owner.tags].filter((g) => !VERB_TAGS.has(g));
    const noun = tagged(owner, 'Verb') ? ['Noun', ...(/^\p{Lu}/u.test(owner.text) ? ['ProperNoun'] : [])] : [];
    ts[i - 1] = { ...owner, tags: new Set([...kept, ...noun, 'Possessive']) };
    if (participle) ts[i + 1] = retagged(next, ['Adjective']);
    if (adjNoun) for (let k = i + 2; k < a; k++) if (described(k)) ts[k] = retagged(ts[k]!, ['Adjective']);
    if (advParticiple) ts[i + 2] = retagged(after!, ['Adjective']);
    if (gerundNoun || actOf) ts[i + 1] = retagged(next, ['Noun', 'Singular']);
    ts.splice(i, 1);
  }
}

const VERB_TAGS = new Set(['Verb', 'PresentTense', 'PastTense', 'Infinitive', 'Gerund', 'Participle', 'Auxiliary', 'Copula']);

/**
 * "owner of Macy's and Bloomingdale's - will assume", "McDonald's said": a name in 's that
 * compromise split into "Macy is" before a dash, the sentence's end, "and", a modal or a verb of
 * saying is the name of a business (or a possessive with its noun left out); there is no verb there.
 */
function possessiveNames(ts: Token[]): void {
  for (let i = ts.length - 1; i >= 1; i--) {
    const t = ts[i]!;
    if (t.text || !tagged(t, 'Copula', 'Auxiliary') || !/^\p{Lu}.*['\u2019]s$/u.test(ts[i - 1]!.text)) continue;
    const next = ts[i + 1];
    // (not before a word that may be the owned noun: "Bergkamp's shot", "Europe's handheld market")
    const finiteNext = tagged(next, 'Modal') || (!!next && /^(?:said|says|told|added)$/.test(next.norm));
    // (before a comma only as the last of a list: "like Macy's, Bloomingdale's and Marshall Field's, creating")
    let first = i - 1;
    while (first > 0 && /^\p{Lu}/u.test(ts[first - 1]!.text) && !ts[first - 1]!.post.trim()) first--;
    const listed = /,/.test(t.post) && /^(?:and|or)$/.test(ts[first - 1]?.norm ?? '');
    if (!next || listed || /[;:.!?]|\s[-\u2013\u2014]/u.test(t.post) || /^(?:and|or|but)$/.test(next.norm) || finiteNext) {
      ts[i - 1] = { ...ts[i - 1]!, post: t.post || ts[i - 1]!.post };
      ts.splice(i, 1);
    }
  }
}

/** A finite verb: tensed or an auxiliary, not an -ing or infinitive form alone. */
const finite = (t: Token | undefined): boolean =>
  tagged(t, 'PastTense', 'PresentTense', 'Copula', 'Auxiliary', 'Modal') && !tagged(t, 'Gerund', 'Noun');

const retagged = (t: Token, tags: readonly string[], root = t.norm): Token => ({ ...t, tags: new Set(tags), root });
const BRITISH_PASTS: ReadonlyMap<string, string> = new Map(Object.entries(retag.britishPasts));
const perfectAt = (ts: readonly Token[], j: number): boolean => /^ha(?:s|ve|d|ving)$/.test(ts[j]?.norm ?? '');

/** Whether the short name at `k` ("Asbos", "ISAs") is the initials of the words right before it. */
function spelledOut(ts: readonly Token[], k: number): boolean {
  const short = ts[k]!.text.replace(/s$/, '').toLowerCase();
  if (!/^\p{Lu}/u.test(ts[k]!.text) || short.length < 2) return false;
  const initials = ts
    .slice(Math.max(0, k - short.length), k)
    .flatMap((t) => t.text.split('-'))
    .map((w) => w[0]?.toLowerCase() ?? '')
    .join('');
  return initials.endsWith(short);
}

/**
 * Tags no context can justify: "has", "had" and "have" are never nouns ("the Florida-based firm has
 * total debts"), nor "is" and "was"; an -s word right after "such" is a plural noun ("said such
 * companies could"); "regarding" is a preposition and "handheld" or "southern" an adjective before a noun, else a
 * noun (retag.json); British "programme" is a noun, and "learnt", "spelt" are pasts (retag.json britishPasts);
 * "said" after a noun is the verb.
 */
function fixedTags(ts: Token[]): void {
  ts.forEach((t, i) => {
    const have = t.norm === 'has' || t.norm === 'had' || (t.norm === 'have' && ts[i - 1]?.norm !== 'the');
    if (have && !tagged(t, 'Verb')) {
      const aux = tagged(ts[i + 1], 'Participle', 'PastTense') ? ['Auxiliary'] : []; // "awards like this have grown"
      ts[i] = retagged(t, ['Verb', t.norm === 'had' ? 'PastTense' : 'PresentTense', ...aux], 'have');
    }
    // "what we are doing is making it": a lowercase form of "be" is never a noun.
    else if (/^(?:is|are|was|were)$/.test(t.text) && !tagged(t, 'Verb'))
      ts[i] = retagged(t, ['Verb', 'Copula', /^w/.test(t.norm) ? 'PastTense' : 'PresentTense'], 'be');
    // "It cost US industries a lot of money": a lowercase article is never a verb, nor the noun after it.
    else if (/^(?:a|an|the)$/.test(t.text) && tagged(t, 'Verb')) {
      ts[i] = retagged(t, ['Determiner']);
      const next = ts[i + 1];
      if (next && tagged(next, 'Verb') && !/[,;:]/.test(t.post) && /^\p{Ll}+$/u.test(next.text) && !/s$/.test(next.norm))
        ts[i + 1] = retagged(next, ['Noun', 'Singular']);
    }
    // "the BBC's Newsnight programme": British "programme" is a noun but after "to" or a modal.
    else if (/^programmes?$/.test(t.norm) && tagged(t, 'Verb') && ts[i - 1]?.norm !== 'to' && !tagged(ts[i - 1], 'Modal'))
      ts[i] = retagged(t, ['Noun', t.norm.endsWith('s') ? 'Plural' : 'Singular']);
    else if (ts[i - 1]?.norm === 'such' && tagged(t, 'PresentTense') && !tagged(t, 'Auxiliary', 'Modal') && /[^s]s$/.test(t.norm))
      ts[i] = { ...t, tags: new Set(['Noun', 'Plural']) };
    else if (RT.plainAdverbs.has(t.norm) && !tagged(t, 'Adverb')) ts[i] = retagged(t, ['Adverb']);
    // "entitled to free movement across Europe": "free" before a bare singular noun describes it
    // (a freed person or group is named or counted: "to free hostages", "free Mr X").
    else if (
      t.text === 'free' &&
      tagged(t, 'Verb') &&
      tagged(ts[i + 1], 'Singular', 'Uncountable') &&
      !tagged(ts[i + 1], 'ProperNoun', 'Pronoun', 'Determiner', 'Person', 'Actor') &&
      !/[,;:]/.test(t.post)
    )
      ts[i] = retagged(t, ['Adjective']);
    // "if they fail to do so two years running": "so" after "do" stands for the verb phrase, no noun.
    else if (t.text === 'so' && tagged(t, 'Noun') && /^(?:do|does|did|doing|done)$/.test(ts[i - 1]?.norm ?? ''))
      ts[i] = retagged(t, ['Adverb']);
    // "a black hole it has at the centre of its finances": "have at" is no phrasal verb in news.
    else if (t.norm === 'at' && tagged(t, 'Particle') && perfectAt(ts, i - 1)) {
      const have = ts[i - 1]!;
      ts[i - 1] = retagged(have, ['Verb', have.norm === 'had' ? 'PastTense' : 'PresentTense'], 'have');
      ts[i] = retagged(t, ['Preposition']);
    }
    // "signed up to the DTT service compared with Sky", "profits rose 5% compared to 2003": a bare
    // "compared" before "with" or "to" compares two things; nobody compares (not after an
    // auxiliary, a pronoun or "to": "has compared himself to", "That compared with a loss").
    else if (
      t.norm === 'compared' &&
      /^(?:with|to)$/.test(ts[i + 1]?.norm ?? '') &&
      !tagged(ts[i - 1], 'Auxiliary', 'Copula', 'Modal', 'Pronoun', 'Determiner') &&
      !/^(?:to|that|this|which|who)$/.test(ts[i - 1]?.norm ?? '')
    )
      ts[i] = retagged(t, ['Preposition']);
    // "is unwilling to allow": the adjective that governs the infinitive, no gerund.
    else if (RT.toAdjectives.has(t.norm) && ts[i + 1]?.norm === 'to') ts[i] = retagged(t, ['Adjective']);
    // "The CBI said companies are looking": "said" after a name or noun reports ("the said company"
    // is the legal adjective, right after a determiner).
    else if (t.text === 'said' && !tagged(t, 'Verb') && tagged(ts[i - 1], 'Noun') && !tagged(ts[i - 1], 'Determiner'))
      ts[i] = retagged(t, ['Verb', 'PastTense'], 'say');
    else if (RT.ingNouns.has(t.norm)) ts[i] = retagged(t, ['Noun', /s$/.test(t.norm) ? 'Plural' : 'Singular']);
    // "spent A$584m", "HK$2bn", "US$5m": a dollar sum with its country's letters is money, as "$5m" is.
    else if (/^[A-Z]{1,3}\$\d[\d,.]*(?:m|bn|k|tn)?$/.test(t.text)) ts[i] = { ...t, tags: new Set(['Value', 'Cardinal', 'Money']) };
    else if (BRITISH_PASTS.has(t.norm) && !tagged(t, 'Verb')) ts[i] = retagged(t, ['Verb', 'PastTense'], BRITISH_PASTS.get(t.norm));
    else if (RT.prepositionForms.has(t.norm) && !tagged(ts[i - 1], 'Auxiliary', 'Copula')) ts[i] = retagged(t, ['Preposition']);
    // "anti-social behaviour orders (Asbos) were used": what a bracketed short name spells out ends in a noun.
    else if (
      tagged(t, 'PresentTense') &&
      !tagged(t, 'Auxiliary', 'Copula', 'Modal') &&
      /^\p{Ll}+s$/u.test(t.text) &&
      /^\($/.test(ts[i + 1]?.pre ?? '') &&
      /^\)/.test(ts[i + 1]?.post ?? '') &&
      spelledOut(ts, i + 1)
    )
      ts[i] = retagged(t, ['Noun', 'Plural']);
    // "Strong sales outside western Europe helped", "Shops all over the UK reported": after a noun (or
    // "all"), before a name or phrase, a place preposition.
    else if (
      (/^(?:outside|inside)$/.test(t.norm) || (t.norm === 'over' && ts[i - 1]?.norm === 'all')) &&
      !tagged(t, 'Preposition') &&
      (tagged(ts[i - 1], 'Noun') || ts[i - 1]?.norm === 'all') &&
      !tagged(ts[i - 1], 'Pronoun') &&
      tagged(ts[i + 1], 'Determiner', 'ProperNoun', 'Place', 'Noun')
    )
      ts[i] = retagged(t, ['Preposition']);
    // "US phone firm MCI has": an initialism that spells a Roman number is a name unless a name's
    // word comes before it ("Henry VIII", "World War II").
    else if (/^[MDCLXVI]{2,}$/.test(t.text) && tagged(t, 'RomanNumeral') && !/^\p{Lu}/u.test(ts[i - 1]?.text ?? ''))
      ts[i] = retagged(t, ['Noun', 'Singular', 'ProperNoun', 'Acronym']);
    // "The SEC filed", "DEC says": an initialism is no unit of time, whatever compromise reads ("sec", "dec").
    else if (/^\p{Lu}{2,}$/u.test(t.text) && tagged(t, 'Date', 'Duration'))
      ts[i] = retagged(t, ['Noun', 'Singular', 'ProperNoun', 'Acronym']);
    // (a capitalised one may start a name: "Northern Ireland", "Southern trains")
    else if (RT.adjectiveForms.has(t.norm) && (/^\p{Ll}/u.test(t.text) || t.norm === 'handheld'))
      ts[i] = retagged(
        t,
        tagged(ts[i + 1], 'Noun', 'Gerund', 'Adjective') && !tagged(ts[i + 1], 'Pronoun', 'Determiner')
          ? ['Adjective']
          : ['Noun', 'Singular'],
      );
  });
}

/** What may open an adverbial phrase (before any of its spaces): only then is the phrase built and looked up. */
const ADVERBIAL_STARTS: ReadonlySet<string> = new Set(
  retag.adverbialPhrases.flatMap((p) => [...p.matchAll(/ /g)].map((m) => p.slice(0, m.index))),
);

/**
 * Words read by their neighbours (lists in data/retag.json):
 * - "Yukos maintains that", "Barclays says": a capitalised -s "plural" before an -s verb is a name
 *   (a plural cannot be that verb's subject);
 * - "owns no property", "has no links with": "no" before a noun phrase is its determiner;
 * - "which in turn was bought", "of course": a fixed adverbial phrase (not before of/to/for/with);
 * - "59-year-old": "old" after "year" is an adjective; "the US, who - thanks to subsidies -": "thanks
 *   to", "according to" are prepositions, the word after them no infinitive ("according to court
 *   records"; retag.json toPrepositions); "Others, like Le Monde, have": "like" after a comma is one, as is
 *   "following" before a phrase ("resigned following the share deal").
 */
function phraseTags(ts: Token[]): void {
  ts.forEach((t, i) => {
    const next = ts[i + 1];
    const name =
      /^\p{Lu}\p{Ll}+s$/u.test(t.text) &&
      tagged(t, 'Plural') &&
      !tagged(t, 'ProperNoun', 'Demonym') &&
      tagged(next, 'PresentTense') &&
      !tagged(next, 'Noun', 'Plural', 'Auxiliary', 'Copula') &&
      /[^s]s$/.test(next?.norm ?? '') &&
      !/[,;:]/.test(t.post);
    // "Ask Jeeves tips online ad revival", "State Administration of Taxation head": a capitalised word
    // opening the sentence before a name is the name's first word, not an imperative.
    const opensName =
      i === 0 &&
      /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
      tagged(t, 'Imperative') &&
      !BARE_INFINITIVE_VERBS.has(t.norm) &&
      tagged(next, 'ProperNoun') &&
      !tagged(next, 'Pronoun', 'Verb') &&
      /^\p{Lu}/u.test(next?.text ?? '') &&
      !/[,;:"“”'‘’()]/.test(t.post);
    if (name || opensName) ts[i] = retagged(t, ['Noun', 'ProperNoun', 'Singular']);
    else if (t.norm === 'no' && tagged(t, 'Expression') && tagged(next, 'Noun', 'Adjective') && !tagged(next, 'Verb', 'Pronoun'))
      ts[i] = retagged(t, ['Determiner']);
    else if (
      ADVERBIAL_STARTS.has(t.norm) &&
      RT.adverbials.has(`${t.norm} ${next?.norm ?? ''}`) &&
      !/^(?:of|to|for|with)$/.test(ts[i + 2]?.norm ?? '') &&
      !/[,;:]/.test(t.post)
    ) {
      ts[i] = retagged(t, ['Adverb']);
      ts[i + 1] = retagged(next!, ['Adverb']);
    } else if (t.norm === 'old' && /^years?$/.test(ts[i - 1]?.norm ?? '')) ts[i] = retagged(t, ['Adjective']);
    else if (RT.toPrepositions.has(t.norm) && next?.norm === 'to' && !/[,;:]/.test(t.post)) {
      ts[i] = retagged(t, ['Preposition']);
      ts[i + 1] = retagged(next, ['Preposition']);
      const after = ts[i + 2];
      if (after && tagged(after, 'Infinitive') && !tagged(after, 'Noun', 'Gerund') && /^\p{Ll}+$/u.test(after.text))
        ts[i + 2] = retagged(after, ['Noun', 'Singular'], after.norm);
    }
    // "Ethiopians will still need emergency assistance": "still" after a modal or "is" is an adverb,
    // and a noun-tagged verb after it is the bare verb.
    else if (t.norm === 'still' && tagged(t, 'Verb') && tagged(ts[i - 1], 'Modal', 'Auxiliary', 'Copula')) {
      ts[i] = retagged(t, ['Adverb']);
      if (tagged(ts[i - 1], 'Modal') && tagged(next, 'Singular') && !tagged(next, 'Verb') && lexicon[next!.norm] === 'Infinitive')
        ts[i + 1] = retagged(next!, ['Verb', 'Infinitive']);
    }
    // "resigned from the board following the share deal": "following" before a phrase means "after"
    // (not "is following the case", "the following day", "analysts following the firm").
    else if (
      t.norm === 'following' &&
      tagged(next, 'Determiner', 'Possessive', 'Noun', 'Adjective', 'Value') &&
      !tagged(next, 'Verb') &&
      (!tagged(next, 'Pronoun') || tagged(next, 'Possessive')) && // "following his claims", not "following him"
      (i === 0 || !tagged(ts[i - 1], 'Auxiliary', 'Copula', 'Determiner', 'Plural', 'Pronoun', 'Adverb') || /,/.test(ts[i - 1]!.post))
    )
      ts[i] = retagged(t, ['Preposition']);
    // "Given the Tories' reduced support, ...", ", given his preference for": "given" opening a
    // phrase at a clause edge means "considering".
    else if (
      t.norm === 'given' &&
      (i === 0 || /,/.test(ts[i - 1]!.post)) &&
      tagged(next, 'Determiner', 'Possessive', 'Noun') &&
      !tagged(next, 'Verb')
    )
      ts[i] = retagged(t, ['Preposition']);
    // "Others, like the French newspaper Le Monde, have applied": "like" after a comma opens an aside.
    else if (t.norm === 'like' && /,/.test(ts[i - 1]?.post ?? '') && next?.norm !== 'to' && !tagged(next, 'Pronoun'))
      ts[i] = retagged(t, ['Preposition']);
  });
}

/** An irregular past that is its own participle too ("having left school"): its infinitive, or null. */
const ownPast = (w: string): string | null => (pastForms(w) ? toInfinitive(w, 'PastTense') || null : null);
/** "both", "all" or "each" after a helper verb: "have both released", "are all made". */
const quantified = (t: Token, helper: boolean): boolean => helper && /^(?:both|all|each)$/.test(t.norm);
/** A past form; "have both released a series": a regular past compromise read as a noun too. */
const pastAfterQuantifier = (next: Token | undefined): boolean =>
  tagged(next, 'PastTense', 'Participle') ||
  (tagged(next, 'Adjective', 'Noun') && /^\p{Ll}+ed$/u.test(next?.text ?? '') && (tagged(next, 'Adjective') || !!regularPast(next!.norm)));
/** "spoken", "written", which compromise reads as nouns there: the verb's infinitive, or null. */
const spokenParticiple = (next: Token | undefined): string | null =>
  /^\p{Ll}+(?:en|wn)$/u.test(next?.norm ?? '') ? participleOf(next!.norm) : null;

/**
 * The perfect's verb group: after has/have/had a noun-tagged verb whose participle is its base form is
 * that participle ("has hit sales"), and so is an adjective-tagged irregular participle ("has done no
 * deals"); "long" and "since" there are adverbs ("have long since upped"), as is a floating both/all/
 * each ("have both used", "were all killed"; its participle a verb); an -ed word right after the
 * participle and before a noun is the object's adjective ("has warned bigoted soccer fans").
 */
function perfectTags(ts: Token[]): void {
  ts.forEach((t, i) => {
    const next = ts[i + 1];
    const perfect = perfectAt(ts, i - 1);
    const noun = perfect && tagged(t, 'Noun') && !tagged(t, 'Plural', 'ProperNoun', 'Pronoun');
    // "has halved in value": so is an -ed word there ("have breed" aside).
    const own = noun && (RT.sameParticiples.has(t.norm) || /^\p{Ll}{3,}[^e]ed$/u.test(t.text));
    const irregular = perfect && tagged(t, 'Adjective') && !tagged(t, 'Verb') ? (participleOf(t.norm) ?? ownPast(t.norm)) : null;
    const longSince = t.norm === 'since' && ts[i - 1]?.norm === 'long' && perfectAt(ts, i - 2) && tagged(next, 'PastTense', 'Participle');
    const long = t.norm === 'long' && perfect && (next?.norm === 'since' || tagged(next, 'PastTense', 'Participle'));
    const helper = tagged(ts[i - 1], 'Auxiliary', 'Copula') || perfect;
    // (the participle's tests look its word up in compromise's tables: only after both, all, each)
    const spoken = quantified(t, helper) ? spokenParticiple(next) : null;
    const quantifier = quantified(t, helper) && (pastAfterQuantifier(next) || !!spoken);
    const stacked =
      perfectAt(ts, i - 2) &&
      tagged(ts[i - 1], 'PastTense', 'Participle') &&
      /ed$/.test(t.norm) &&
      tagged(t, 'PastTense') &&
      !/[,;:]/.test(ts[i - 1]!.post + t.post) &&
      tagged(next, 'Noun', 'Adjective') &&
      !tagged(next, 'Determiner', 'Pronoun', 'Verb', 'Preposition', 'ProperNoun');
    if (own || irregular)
      ts[i] = retagged(
        t,
        ['Verb', 'PastTense', 'Participle'],
        irregular ?? (/ed$/.test(t.norm) ? toInfinitive(t.norm, 'PastTense') : t.norm),
      );
    else if (longSince || long) ts[i] = retagged(t, ['Adverb']);
    else if (quantifier) {
      ts[i] = retagged(t, ['Adverb']);
      const root = spoken ?? (toInfinitive(next!.norm, 'PastTense') || next!.root);
      if (!tagged(next, 'Verb')) ts[i + 1] = retagged(next!, ['Verb', 'PastTense'], root);
    } else if (stacked) ts[i] = retagged(t, ['Adjective']);
  });
}

/**
 * "has been put up for sale", "was cut by half", "being set aside": a verb whose participle is its
 * base form (retag.json sameParticiples), right after a form of "be" (an adverb between), is the
 * passive's participle, not a bare verb.
 */
function beParticiples(ts: Token[]): void {
  ts.forEach((t, i) => {
    if (!RT.sameParticiples.has(t.norm) || !tagged(t, 'Infinitive', 'PresentTense')) return;
    let k = i - 1;
    while (k > 0 && tagged(ts[k], 'Adverb') && !/[,;:]/.test(ts[k]!.post)) k--;
    const be = ts[k];
    if (!be || !(BE_FORMS.has(be.norm) || be.norm === 'being') || /[,;:]/.test(be.post)) return;
    // ("is set in post-war London", "was put on standby": a preposition after it, not a particle)
    const next = ts[i + 1];
    const prep = tagged(next, 'Particle') && /^(?:in|on|at|by|for|with|to|from)$/.test(next!.norm) && !tagged(ts[i + 2], 'Verb');
    if (prep) ts[i + 1] = retagged(next!, ['Preposition']);
    const phrasal = tagged(t, 'PhrasalVerb') && !prep ? ['PhrasalVerb'] : [];
    ts[i] = retagged(t, ['Verb', 'PastTense', 'Participle', 'Passive', ...phrasal]);
  });
}

/**
 * "US budget deficit to reach $368bn", "US trade gap ballooned", "loses US box office crown": a
 * bare verb form right after a singular name cannot be that name's verb, so before a noun it is
 * the first noun of the compound the name modifies. Not after a verb taking a bare infinitive
 * ("let Microsoft buy shares"), a coordination ("Iran and Syria sign deals") or "that"; at the
 * opening of a sentence only when the compound is the subject of what follows ("England win
 * series" stays a headline with a team's plural verb).
 */
function nounsAfterSingularNames(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const name = ts[i - 1]!;
    const t = ts[i]!;
    const next = ts[i + 1]!;
    if (!bareForm(t) || tagged(t, 'Auxiliary', 'Modal', 'Copula', 'Noun', 'Gerund') || !/^\p{Ll}+$/u.test(t.text)) continue;
    if (/ing$/.test(t.norm) || tagged(next, 'Possessive', 'Adverb')) continue;
    if (!tagged(name, 'ProperNoun', 'Acronym') || tagged(name, 'Plural', 'Pronoun') || /\p{Ll}s$/u.test(name.text)) continue;
    if (name.post !== ' ' || t.post !== ' ' || !tagged(next, 'Noun') || tagged(next, 'Pronoun', 'ProperNoun', 'Determiner')) continue;
    if (!/^\p{Ll}/u.test(next.text)) continue;
    const before = ts[i - 2];
    if (before && (tagged(before, 'Auxiliary', 'Modal', 'Conjunction') || /[,;:]/.test(before.post) || before.norm === 'that')) continue;
    if (before && (BARE_INFINITIVE_VERBS.has(before.root) || /^(?:and|or|nor|to)$/.test(before.norm))) continue;
    // (after a preposition too: "the patents released by IBM include storage management")
    if (!before || !tagged(before, 'Verb', 'Determiner')) {
      let k = i + 1;
      while (tagged(ts[k + 1], 'Noun') && !tagged(ts[k + 1], 'Pronoun', 'ProperNoun') && ts[k]!.post === ' ') k++;
      const after = ts[k + 1];
      const finite = tagged(after, 'PastTense', 'Modal', 'Auxiliary') || (tagged(after, 'PresentTense') && /s$/.test(after!.norm));
      if (!after || !(finite || after.norm === 'to') || /[,;:]/.test(ts[k]!.post)) continue;
    }
    ts[i] = retagged(t, ['Noun', 'Singular']);
  }
}

/**
 * "took home the award", "smashed home the winner", "has hit home with", "cruised home ahead of":
 * a bare "home" right after a verb says where, not what; a noun only in a compound ("home
 * affairs") or with its own determiner ("left his home").
 */
function homeAdverbs(ts: Token[]): void {
  ts.forEach((t, i) => {
    const prev = ts[i - 1];
    const next = ts[i + 1];
    if (t.text !== 'home' || !tagged(prev, 'Verb') || tagged(prev, 'Copula', 'Auxiliary', 'Modal')) return;
    const compound = tagged(next, 'Noun') && !tagged(next, 'ProperNoun', 'Pronoun', 'Possessive') && !/[,;:]/.test(t.post);
    if (/[,;:]/.test(prev!.post) || compound) return;
    ts[i] = retagged(t, ['Adverb', 'Particle']);
  });
}

/**
 * "hitting a fresh record low of $1.3667", "hit all-time highs", "rose to a six-year high": after
 * "record", "all-time" or a span of time, "high" and "low" are the noun the phrase ends on.
 */
function recordHighs(ts: Token[]): void {
  ts.forEach((t, i) => {
    const prev = ts[i - 1];
    if (!/^(?:high|low)s?$/.test(t.norm) || tagged(t, 'Noun') || !prev || /[,;:]/.test(prev.post)) return;
    if (!/^(?:record|all-time|\S+-(?:year|month|week|day))$/.test(prev.norm) || tagged(ts[i + 1], 'Noun')) return;
    ts[i] = retagged(t, ['Noun', /s$/.test(t.norm) ? 'Plural' : 'Singular'], t.norm.replace(/s$/, ''));
  });
}

/** "dealt with case by case", "one by one", "side by side": a word repeated round "by" is a manner adverb, no agent. */
function repeatedByAdverbs(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const a = ts[i - 1]!;
    const by = ts[i]!;
    const b = ts[i + 1]!;
    if (by.norm !== 'by' || a.norm !== b.norm || !/^\p{Ll}+$/u.test(a.text) || /[,;:]/.test(a.post + by.post)) continue;
    for (const k of [i - 1, i, i + 1]) ts[k] = retagged(ts[k]!, ['Adverb']);
  }
}

/**
 * "clamping down on people running pirated versions", "firms using Linux": an -ing word compromise
 * read as a noun, right after a plain plural (or "those") and before an object's first word, is the participle
 * of a reduced relative (not an -ing noun that names an act: retag.json ingEventNouns).
 */
function gerundsAfterPlurals(ts: Token[]): void {
  if (isHeadlineLike(ts)) return; // "Straw backs ending China embargo": the -s word is the verb there
  for (let i = 1; i + 1 < ts.length; i++) {
    const prev = ts[i - 1]!;
    const t = ts[i]!;
    const next = ts[i + 1]!;
    if (!/^\p{Ll}{3,}ing$/u.test(t.text) || tagged(t, 'Verb') || !tagged(t, 'Noun') || RT.ingEventNouns.has(t.norm)) continue;
    // (and after "those": "Those running pirated Windows programs would not")
    const those = prev.norm === 'those' && (i === 1 || !tagged(ts[i - 2], 'Preposition', 'Verb'));
    if (!(tagged(prev, 'Plural') || those) || (!/^\p{Ll}/u.test(prev.text) && !those) || /[,;:]/.test(prev.post + t.post)) continue;
    const object =
      tagged(next, 'Determiner', 'Possessive', 'ProperNoun', 'Value') || (tagged(next, 'PastTense') && tagged(ts[i + 2], 'Noun'));
    if (!object || tagged(next, 'Preposition')) continue;
    ts[i] = retagged(t, ['Verb', 'Gerund', 'PresentTense'], toInfinitive(t.norm, 'Gerund') || t.norm);
  }
}

/**
 * "Mr Ebbers denies knowing about the fraud": an -ing word read as an adjective (or as a noun before
 * an article: "considering building a car factory") right after a verb
 * that takes a gerund (retag.json gerundOnly), before a preposition, determiner, pronoun or name,
 * is that verb's gerund ("avoid damaging rows" keeps its adjective: a plain noun follows).
 */
function gerundsAfterTakers(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const prev = ts[i - 1]!;
    const t = ts[i]!;
    const next = ts[i + 1]!;
    if (!/^\p{Ll}{3,}ing$/u.test(t.text) || tagged(t, 'Verb') || /thing$/.test(t.norm)) continue;
    if (!tagged(prev, 'Verb') || tagged(prev, 'Auxiliary', 'Copula') || !GERUND_ONLY.has(prev.root)) continue;
    if (!tagged(next, 'Preposition', 'Determiner', 'Pronoun', 'ProperNoun') || /[,;:]/.test(prev.post + t.post)) continue;
    // ("is considering building a car factory": a noun only before an article, a possessive or a name)
    if (!tagged(t, 'Adjective') && !(tagged(t, 'Singular') && (PHRASE_STARTS.has(next.norm) || tagged(next, 'ProperNoun')))) continue;
    ts[i] = retagged(t, ['Verb', 'Gerund', 'PresentTense'], toInfinitive(t.norm, 'Gerund') || t.norm);
  }
}
const GERUND_ONLY: ReadonlySet<string> = new Set(retag.gerundOnly);

/**
 * "US growth gathers steam", "the French spirits firm is considering a bid": a bare verb form after a
 * noun or name and right before a finite verb is the noun phrase's head. Before an auxiliary, a modal
 * or a copula any such word is, but a verb of saying ("which ministers claim will"); before an -s
 * verb, one after a singular word (a base form cannot be that word's verb: "growth gathers").
 */
function nounsBeforeVerbs(ts: Token[]): void {
  // "accused Gazprom, the Russian Federation and two other Russian firms.": an -s form closing the
  // sentence right after a nationality or adjective is a plural noun, not a verb.
  const last = ts.at(-1);
  const before = ts.at(-2);
  if (
    last &&
    before &&
    tagged(last, 'PresentTense') &&
    !tagged(last, 'Noun') &&
    /^\p{Ll}+s$/u.test(last.text) &&
    (tagged(before, 'Demonym') || (tagged(before, 'Adjective') && !tagged(before, 'Verb', 'Copula'))) &&
    !/[,;:()]/.test(before.post)
  )
    ts[ts.length - 1] = { ...last, tags: new Set(['Noun', 'Plural']), root: toInfinitive(last.norm, 'PresentTense') || last.norm };
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    const prev = ts[i - 1]!;
    const next = ts[i + 1]!;
    const bare = bareForm(t);
    if (!bare || tagged(t, 'Auxiliary', 'Modal', 'Copula', 'Gerund', 'PastTense') || !/^\p{Ll}+$/u.test(t.text)) continue;
    if (!tagged(prev, 'Noun', 'ProperNoun', 'Acronym', 'Demonym') || tagged(prev, 'Pronoun', 'Determiner', 'Verb', 'Possessive')) continue;
    if (/[,;:()"“”]/.test(prev.post + t.post) || /[-–—]/.test(t.post) || RT.saying.has(t.norm)) continue;
    const helper = tagged(next, 'Copula', 'Modal') || (tagged(next, 'Auxiliary') && /^(?:is|was|has|had|will|would)$/.test(next.norm));
    const agrees = tagged(next, 'PresentTense') && /[^s]s$/.test(next.norm) && !tagged(next, 'Plural', 'Noun') && !tagged(prev, 'Plural');
    // "Labour campaign chiefs say": between a name and a plural noun that a verb follows.
    const after = ts[i + 2];
    const compound =
      /^\p{Lu}/u.test(prev.text) &&
      tagged(next, 'Plural') &&
      !tagged(next, 'Verb') &&
      /^\p{Ll}/u.test(next.text) &&
      (tagged(after, 'PastTense') || (tagged(after, 'PresentTense') && !/[^s]s$/.test(after!.norm))) &&
      !tagged(after, 'Noun') &&
      !BARE_INFINITIVE_VERBS.has(t.norm) &&
      !/[,;:]/.test(next.post);
    // "A US judge banned Gazprom", "the US court ruled": after a determiner and a name, before a past
    // verb, or after "a"/"an" and a name anywhere (the phrase still wants its head noun).
    const det = ts[i - 2]?.norm ?? '';
    const headed =
      /^\p{Lu}/u.test(prev.text) &&
      !/[,;:]/.test(ts[i - 2]?.post ?? '') &&
      (/^an?$/.test(det) || (/^(?:the|this|that)$/.test(det) && tagged(next, 'PastTense') && !tagged(next, 'Noun')));
    if (!helper && !agrees && !compound && !headed) continue;
    ts[i] = { ...t, tags: new Set(['Noun', 'Singular']), root: t.norm };
  }
}

/**
 * "a Devon man had been told he could use his dogs": compromise reads "Devon man" as a first name
 * and surname. A lowercase noun for a person (retag.json originNouns) is no surname, and a lone
 * capitalised word between an article and it says where the person is from: a place, not a person.
 */
function originModifiers(ts: Token[]): void {
  for (let i = 1; i < ts.length; i++) {
    const t = ts[i]!;
    if (!RT.originNouns.has(t.norm) || !/^\p{Ll}/u.test(t.text) || !tagged(t, 'Person')) continue;
    ts[i] = retagged(t, ['Noun', 'Actor', /(?:men|s)$/.test(t.norm) ? 'Plural' : 'Singular']);
    const m = ts[i - 1]!;
    const lone = /^\p{Lu}\p{Ll}+$/u.test(m.text) && tagged(m, 'FirstName') && tagged(ts[i - 2], 'Determiner') && !/[,;:]/.test(m.post);
    if (lone) ts[i - 1] = retagged(m, ['Noun', 'ProperNoun', 'Place', 'Singular']);
  }
}

/**
 * "Labour election campaign coordinator Alan Milburn": a bare verb form between a noun and a role
 * word before a person's name is a noun of the role's compound, not a verb with the name after.
 */
function nounsInRoles(ts: Token[]): void {
  for (let i = 1; i + 2 < ts.length; i++) {
    const prev = ts[i - 1]!;
    const t = ts[i]!;
    const role = ts[i + 1]!;
    const name = ts[i + 2]!;
    if (!/^\p{Ll}+$/u.test(t.text) || !bareForm(t) || tagged(t, 'Auxiliary', 'Modal', 'Copula')) continue;
    // (not after a plural, its subject: "Other ambassadors include actors Harvey Keitel")
    if (!tagged(prev, 'Noun') || tagged(prev, 'Pronoun', 'Determiner', 'Plural') || /[,;:]/.test(prev.post + t.post + role.post)) continue;
    if (!tagged(role, 'Actor') || tagged(role, 'Verb', 'Plural') || !tagged(name, 'Person', 'FirstName')) continue;
    ts[i] = retagged(t, ['Noun', 'Singular']);
  }
}

const PERSON_MODIFIERS: readonly string[][] = retag.personModifiers.map((m) => m.split(' '));
/** The modifiers by their first word, singular or plural ("dutchman", "dutchmans"), in list order: looked up per word. */
const PERSON_MODIFIERS_BY_FIRST: ReadonlyMap<string, readonly string[][]> = (() => {
  const by = new Map<string, string[][]>();
  for (const words of PERSON_MODIFIERS) {
    for (const first of [words[0]!, `${words[0]!}s`]) by.set(first, [...(by.get(first) ?? []), words]);
  }
  return by;
})();

/**
 * "Lib Dem Norman Baker", "Dutchman Peter Wessels", "New Yorker Dick Morris": a word for the
 * person's party or origin right before a first name describes the person; it is no part of the name.
 */
function modifiersBeforePersons(ts: Token[]): void {
  for (let i = 0; i < ts.length; i++) {
    // "Australian Mamdouh Habib": a nationality before a person's full name is no part of it.
    const full = tagged(ts[i + 1], 'Person') && !tagged(ts[i + 1], 'Demonym') && tagged(ts[i + 2], 'Person');
    if (tagged(ts[i], 'Demonym') && full && !/[,;:]/.test(ts[i]!.post)) ts[i] = retagged(ts[i]!, ['Adjective', 'Demonym']);
    for (const words of PERSON_MODIFIERS_BY_FIRST.get(ts[i]!.norm) ?? []) {
      const e = i + words.length;
      if (!words.every((w, k) => ts[i + k]?.norm === w || ts[i + k]?.norm === `${w}s`)) continue;
      if (!tagged(ts[e], 'FirstName') || /[,;:]/.test(ts[e - 1]!.post)) continue;
      for (let k = i; k < e; k++) ts[k] = retagged(ts[k]!, ['Adjective']);
    }
  }
}

/**
 * "In December, Royal Mail, which owns Parcelforce": compromise reads a comma list and tags the
 * name's words as a plain adjective and noun. Two or more titlecase words together inside a
 * sentence of mostly lowercase words are a name: each is a proper noun. Not a sentence's or
 * quotation's first word, not a title-case line ("Iraq Denies Tehran's Involvement In Attack").
 */
function capitalisedRuns(ts: Token[]): void {
  const words = ts.filter((t) => /^\p{L}/u.test(t.text));
  const lower = words.filter((t) => /^\p{Ll}/u.test(t.text)).length;
  if (lower * 2 < words.length) return;
  const cap = (t: Token | undefined): boolean =>
    !!t &&
    /^\p{Lu}[\p{Ll}'’-]+$/u.test(t.text) &&
    tagged(t, 'Noun', 'Adjective') &&
    !tagged(t, 'Verb', 'Determiner', 'Pronoun', 'Honorific');
  for (let i = 1; i < ts.length; i++) {
    if (!cap(ts[i]) || /[.!?:]["”']?\s*$/.test(ts[i - 1]!.post) || /["“‘(]/.test(ts[i]!.pre)) continue;
    let j = i;
    while (j + 1 < ts.length && !ts[j]!.post.trim() && cap(ts[j + 1]) && !/["“‘(]/.test(ts[j + 1]!.pre)) j++;
    if (j > i && ts.slice(i, j + 1).some((t) => !tagged(t, 'ProperNoun')))
      for (let k = i; k <= j; k++)
        ts[k] = { ...ts[k]!, tags: new Set([...ts[k]!.tags].filter((g) => g !== 'Adjective').concat(['Noun', 'ProperNoun'])) };
    i = j;
  }
}

/**
 * "the predictions that Labour will need to increase taxes": a capitalised bare verb form inside a
 * sentence, right before a modal or a tensed auxiliary, is a name (no bare verb comes before one).
 */
function namesBeforeHelpers(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    const prev = ts[i - 1]!;
    const next = ts[i + 1]!;
    if (!bareForm(t) || tagged(t, 'Auxiliary', 'Modal', 'Copula', 'ProperNoun') || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) continue;
    if (/["“(]/.test(t.pre) || tagged(prev, 'Modal', 'Auxiliary') || prev.norm === 'to') continue;
    if (!tagged(next, 'Modal') && !(tagged(next, 'Auxiliary') && /^(?:has|had|is|was|will|would)$/.test(next.norm))) continue;
    ts[i] = { ...t, tags: new Set(['Noun', 'Singular', 'ProperNoun']), root: t.norm };
    // compromise read "that" before the supposed verb as a preposition; it opens the clause.
    if (prev.norm === 'that' && tagged(prev, 'Preposition')) ts[i - 1] = retagged(prev, ['Determiner']);
  }
}

/**
 * "Air China picked the London Stock Exchange", "Ask Jeeves bought Bloglines": a sentence-initial
 * bare verb form before a name and a finite verb is the name's first word, not an imperative. Not
 * an -ing/-ed word ("Ailing EuroDisney vows"), nor in a headline ("Budget Aston takes on Porsche"):
 * the paragraph must have a full stop after it.
 */
function namesOpeningSentences(ts: Token[]): void {
  let stop = -1; // the last token whose punctuation ends a sentence
  for (let k = ts.length - 1; k >= 0 && stop < 0; k--) if (/[.!?]/.test(ts[k]!.post)) stop = k;
  for (let i = 0; i + 2 < ts.length && i <= stop; i++) {
    if (!opensSentence(ts, i)) continue;
    const first = ts[i]!;
    const name = ts[i + 1]!;
    const verb = ts[i + 2]!;
    const finite = tagged(verb, 'PastTense', 'Modal') || (tagged(verb, 'PresentTense') && /s$/.test(verb.norm));
    if (!bareForm(first) || !/^\p{Lu}\p{Ll}+$/u.test(first.text) || /(?:ing|ed)$/.test(first.norm)) continue;
    if (first.post.trim() || !finite || tagged(verb, 'Noun')) continue;
    if (tagged(name, 'ProperNoun') && /^\p{Lu}/u.test(name.text) && !name.post.trim())
      ts[i] = retagged(first, ['Noun', 'Singular', 'ProperNoun']);
  }
}

/** compromise's words that are a noun or a verb by context ("help": "Noun|Verb"). */
const SWITCHES = world.model.two.switches;

/**
 * "UK helps raped Rwandan women", "Firm sacks injured worker": after a sentence-opening name, an -s
 * word whose singular may be a verb, before an -ed word and a noun, is the verb; the -ed word describes
 * the noun (compromise read "UK helps" as a compound and "raped" as the verb).
 */
function verbsBeforeParticiples(ts: Token[]): void {
  for (let i = 1; i + 2 < ts.length; i++) {
    const t = ts[i]!;
    const ed = ts[i + 1]!;
    if (!opensSentence(ts, i - 1) || !tagged(ts[i - 1], 'ProperNoun', 'Acronym') || !tagged(t, 'Plural') || !sForm(t)) continue;
    if (t.post.trim() || ed.post.trim() || !/^\p{Ll}+ed$/u.test(ed.text) || !tagged(ed, 'PastTense')) continue;
    if (!/Verb/.test(SWITCHES[t.norm.slice(0, -1)] ?? '') || !tagged(ts[i + 2], 'Noun', 'Adjective')) continue;
    ts[i] = retagged(t, ['Verb', 'PresentTense'], t.norm.slice(0, -1));
    ts[i + 1] = retagged(ed, ['Adjective']);
  }
}

/** Whether token `i` opens a sentence (the first, or after a full stop, maybe with a closing quote). */
const opensSentence = (ts: readonly Token[], i: number): boolean => i === 0 || /[.!?]["”']?\s*$/.test(ts[i - 1]!.post);

const PLACE_HEADS: ReadonlySet<string> = new Set(retag.placeHeads);
/** "Downing Street has denied the claims": a sentence-opening -ing word before a place's last word is the name's first. */
function placesOpeningSentences(ts: Token[]): void {
  for (let i = 0; i + 1 < ts.length; i++) {
    const first = ts[i]!;
    const head = ts[i + 1]!;
    if (!opensSentence(ts, i) || !tagged(first, 'Gerund') || !/^\p{Lu}\p{Ll}+ing$/u.test(first.text) || first.post.trim()) continue;
    if (PLACE_HEADS.has(head.norm) && /^\p{Lu}/u.test(head.text)) ts[i] = retagged(first, ['Noun', 'Singular', 'ProperNoun', 'Place']);
  }
}

const NAMES_BEFORE_OF: ReadonlySet<string> = new Set(retag.namesBeforeOf);
/**
 * "Bank of England governor Mervyn King has warned", "Ministry of Defence officials said": a
 * sentence-opening institution word before "of" and a name is the name's first word, as it is
 * mid-sentence, where its capital tells.
 */
function institutionsOpeningSentences(ts: Token[]): void {
  for (let i = 0; i + 2 < ts.length; i++) {
    if (!opensSentence(ts, i)) continue;
    const first = ts[i]!;
    const of = ts[i + 1]!;
    const name = ts[i + 2]!;
    if (!NAMES_BEFORE_OF.has(first.norm) || !/^\p{Lu}\p{Ll}+$/u.test(first.text) || tagged(first, 'ProperNoun')) continue;
    if ((of.norm !== 'of' && of.norm !== 'for') || first.post.trim() || of.post.trim()) continue;
    if (tagged(name, 'ProperNoun') && /^\p{Lu}/u.test(name.text)) ts[i] = retagged(first, ['Noun', 'Singular', 'ProperNoun']);
  }
}

/**
 * "opt for a debt repayment freeze, while": a bare verb form closing a phrase of a determiner,
 * adjectives and lowercase singular nouns, before punctuation, is the phrase's head: a base form
 * cannot be a singular noun's verb. Not after a verb that takes a bare infinitive ("let the market decide"),
 * "that" (a subjunctive: "insisted that the firm pay") or an auxiliary ("did the company pay?").
 */
function compoundHeads(ts: Token[]): void {
  for (let i = 2; i < ts.length; i++) {
    const t = ts[i]!;
    const bare = bareForm(t);
    if (!bare || tagged(t, 'Auxiliary', 'Modal', 'Copula', 'Gerund', 'PastTense') || !/^\p{Ll}+$/u.test(t.text)) continue;
    if (!(i + 1 === ts.length || /^\s*[,;:.]/.test(t.post))) continue;
    let j = i - 1;
    const common = (x: Token | undefined) => tagged(x, 'Singular') && !tagged(x, 'Verb', 'Pronoun', 'ProperNoun', 'Possessive', 'Plural');
    const modifier = (x: Token | undefined) => common(x) || (tagged(x, 'Adjective') && !tagged(x, 'Verb'));
    if (!common(ts[j])) continue;
    while (j > 0 && modifier(ts[j]) && /^\p{Ll}+$/u.test(ts[j]!.text) && !/[,;:]/.test(ts[j]!.post)) j--;
    if (!tagged(ts[j], 'Determiner') || /[,;:]/.test(ts[j]!.post)) continue;
    const before = ts[j - 1];
    if (before && (tagged(before, 'Auxiliary', 'Modal') || before.norm === 'that' || BARE_INFINITIVE_VERBS.has(before.root || before.norm)))
      continue;
    ts[i] = retagged(t, ['Noun', 'Singular']);
  }
}

/** "two US top 10 albums", "the top five banks": "top" before a number ranks the plural after it. */
function topBeforeNumbers(ts: Token[]): void {
  for (let i = 0; i + 2 < ts.length; i++)
    if (ts[i]!.norm === 'top' && tagged(ts[i], 'Verb') && tagged(ts[i + 1], 'Value') && tagged(ts[i + 2], 'Plural', 'Noun'))
      ts[i] = retagged(ts[i]!, ['Adjective']);
}

/** Words compromise may tag a preposition that open a clause ("as the authorities try"). */
const CLAUSE_OPENERS = new Set(['as', 'while', 'because', 'since', 'after', 'before', 'until', 'once', 'when', 'if', 'though', 'although']);
/** Words that complete a verb after its object ("left their databases open", "send the players back"). */
const OBJECT_COMPLEMENTS = new Set(['open', 'right', 'clear', 'free', 'shut', 'loose', 'close', 'back', 'straight', 'level']);

/**
 * "owns the Liffe derivatives exchange in London": a bare verb form ending a phrase that a
 * determiner opens right after a lexical verb or a preposition is the phrase's head noun (that
 * phrase is an object; it has no verb of its own). Not after a verb of saying ("said the banks
 * lend ...") or one taking a bare infinitive ("saw the shares fall in value").
 */
function objectCompoundHeads(ts: Token[]): void {
  for (let i = 2; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    if (!bareForm(t) || tagged(t, 'Auxiliary', 'Modal', 'Copula', 'Gerund', 'PastTense') || !/^\p{Ll}+$/u.test(t.text)) continue;
    if (tagged(t, 'Adjective', 'Adverb', 'Particle') || RT.particles.has(t.norm) || OBJECT_COMPLEMENTS.has(t.norm)) continue;
    const next = ts[i + 1]!;
    if (!/^\s*[,;:.]/.test(t.post) && !tagged(next, 'Preposition', 'Conjunction')) continue;
    if (next.norm === 'to' && tagged(ts[i + 2], 'Infinitive')) continue; // "as the authorities try to curb"
    let j = i - 1;
    const word = (x: Token | undefined) => tagged(x, 'Noun', 'Adjective') && !tagged(x, 'Verb', 'Pronoun', 'Possessive', 'Value');
    if (!word(ts[j])) continue;
    while (j > 0 && word(ts[j]) && !/[,;:]/.test(ts[j]!.post)) j--;
    if (!/^(?:the|a|an|its|their|his|her|our)$/.test(ts[j]!.norm) || /[,;:]/.test(ts[j]!.post)) continue;
    const before = ts[j - 1];
    const lexical =
      tagged(before, 'PastTense', 'PresentTense') &&
      !tagged(before, 'Auxiliary', 'Modal', 'Copula', 'Noun') &&
      !sayingVerb(before!) &&
      !BARE_INFINITIVE_VERBS.has(before!.root || before!.norm);
    const prep = tagged(before, 'Preposition') && !CLAUSE_OPENERS.has(before!.norm);
    if (lexical || prep) ts[i] = retagged(t, ['Noun', 'Singular']);
  }
}

const PURE_PREPOSITIONS = new Set(['about', 'on', 'over', 'in', 'into', 'with', 'against', 'for', 'from', 'at', 'amid']);

/**
 * "worries about massive US trade and budget deficits": a preposition takes a phrase, not a clause,
 * so a bare verb form right after its object's modifiers ("US") is the phrase's noun, as is a bare
 * form coordinated with it before a noun ("budget deficits"), and an -s form before a plural noun
 * ("the top of the UK games charts").
 */
function nounsInPhrases(ts: Token[]): void {
  const bare = (t: Token | undefined) =>
    bareForm(t) && !tagged(t, 'Auxiliary', 'Modal', 'Copula', 'Gerund', 'PastTense') && /^\p{Ll}+$/u.test(t!.text);
  const plural = (i: number) =>
    sForm(ts[i]) &&
    tagged(ts[i], 'PresentTense') &&
    !tagged(ts[i], 'Auxiliary', 'Modal', 'Copula') &&
    sForm(ts[i + 1]) &&
    tagged(ts[i + 1], 'Plural') &&
    !tagged(ts[i + 1], 'Verb') &&
    !/[,;:]/.test(ts[i]!.post);
  for (let i = 2; i < ts.length; i++) {
    const s = !bare(ts[i]) && plural(i);
    if ((!bare(ts[i]) && !s) || /[,;:]/.test(ts[i - 1]!.post)) continue;
    let j = i - 1;
    while (j > 0 && tagged(ts[j], 'Adjective', 'ProperNoun', 'Acronym') && !tagged(ts[j], 'Verb', 'Pronoun') && !/[,;:]/.test(ts[j]!.post))
      j--;
    if (j === i - 1) continue;
    if (tagged(ts[j], 'Determiner', 'Possessive') && !/[,;:]/.test(ts[j]!.post)) j--; // "about the US budget"
    if (!tagged(ts[j], 'Preposition') || !(PURE_PREPOSITIONS.has(ts[j]!.norm) || (s && ts[j]!.norm === 'of'))) continue;
    if (s) {
      ts[i] = retagged(ts[i]!, ['Noun', 'Plural'], toInfinitive(ts[i]!.norm, 'PresentTense') || ts[i]!.norm);
      continue;
    }
    ts[i] = retagged(ts[i]!, ['Noun', 'Singular']);
    const k = i + 2;
    if (ts[i + 1]?.norm === 'and' && bare(ts[k]) && tagged(ts[k + 1], 'Noun') && !tagged(ts[k + 1], 'Verb', 'Pronoun'))
      ts[k] = retagged(ts[k]!, ['Noun', 'Singular']);
  }
}

const ARTICLES = /^(?:the|a|an|its|his|her|their|our|my|your|this|these|those)$/;

/**
 * "its US gaming division", "the Fusion and Zephyr models at": in a phrase a determiner or possessive
 * opens, after names and adjectives only, an -ing word before a bare lowercase noun is a modifier
 * ("gaming division"), as are bare forms joined by "and" before a noun ("the US budget and trade
 * deficits"), and an -s verb after names joined by "and" is their plural head (names joined by "and"
 * would take "model", not "models").
 */
function namedPhraseHeads(ts: Token[]): void {
  const modifier = (t: Token | undefined) =>
    tagged(t, 'ProperNoun', 'Acronym', 'Adjective', 'Money') && !tagged(t, 'Verb', 'Pronoun', 'Determiner') && !/[,;:]/.test(t!.post);
  const noun = (t: Token | undefined) => tagged(t, 'Noun') && !tagged(t, 'Verb', 'Pronoun', 'Determiner');
  for (let i = 2; i < ts.length; i++) {
    const t = ts[i]!;
    if (!tagged(t, 'Verb') || tagged(t, 'Auxiliary', 'Modal', 'Copula') || !/^\p{Ll}+$/u.test(t.text)) continue;
    let j = i - 1;
    let names = 0;
    let joined = false;
    while (j > 0 && (modifier(ts[j]) || (ts[j]!.norm === 'and' && names > 0 && !/[,;:]/.test(ts[j]!.post)))) {
      if (ts[j]!.norm === 'and') joined = true;
      else if (tagged(ts[j], 'ProperNoun', 'Acronym')) names++;
      j--;
    }
    if (tagged(ts[j], 'Adverb') && tagged(ts[j - 1], 'Determiner')) j--; // "the only Detroit based automaker"
    // (an article or possessive: not "claimed that Lana Clarkson committed suicide")
    if (names === 0 || !(ARTICLES.test(ts[j]!.norm) || tagged(ts[j], 'Possessive')) || /[,;:]/.test(ts[j]!.post + t.post)) continue;
    const next = ts[i + 1];
    const bareNoun = tagged(next, 'Singular') && !tagged(next, 'Verb', 'Pronoun', 'Determiner', 'ProperNoun', 'Uncountable');
    // "the only Detroit based automaker": a participle between names and a bare noun is a compound's
    // ("Detroit-based"); a past verb would need a determiner before its singular object.
    if (tagged(t, 'PastTense', 'Participle')) {
      if (bareNoun && /^\p{Ll}/u.test(next!.text) && RT.compoundParticiples.has(t.norm)) ts[i] = retagged(t, ['Adjective']);
      continue;
    }
    // not "talks between the US and Iran sparks fears", where the verb is the phrase's before it
    const closes = !next || tagged(next, 'Preposition') || /^\s*[,;:.]/.test(t.post);
    const second = ts[i + 2];
    if (tagged(t, 'Gerund') && bareNoun && /^\p{Ll}/u.test(next!.text)) ts[i] = retagged(t, ['Noun', 'Singular']);
    else if (next?.norm === 'and' && bareForm(t) && bareForm(second) && /^\p{Ll}+$/u.test(second!.text) && noun(ts[i + 3])) {
      // "the US budget and trade deficits": two bare forms sharing a noun
      ts[i] = retagged(t, ['Noun', 'Singular']);
      ts[i + 2] = retagged(second!, ['Noun', 'Singular']);
    } else if (bareForm(t) && bareNoun && /^\p{Ll}+$/u.test(next!.text) && !/s$/.test(ts[i - 1]!.norm) && phraseEnds(ts, i + 2))
      // "The £10bn Crossrail transport plan, backed by": a name takes no bare verb form
      ts[i] = retagged(t, ['Noun', 'Singular']);
    else if (joined && closes && tagged(t, 'PresentTense') && /s$/.test(t.norm) && !tagged(ts[j - 1], 'Preposition'))
      ts[i] = retagged(t, ['Noun', 'Plural'], toInfinitive(t.norm, 'PresentTense') || t.norm);
  }
}

/** The phrase ends before `k`: a comma before it, or a finite verb or preposition at it. */
const phraseEnds = (ts: readonly Token[], k: number): boolean =>
  /,/.test(ts[k - 1]?.post ?? '') || (tagged(ts[k], 'Preposition', 'Modal', 'Copula', 'Auxiliary', 'PastTense') && !tagged(ts[k], 'Noun'));

/** The infinitive of a regular past form compromise can conjugate ("armed" → "arm"), or null. */
const regularPast = (w: string): string | null => {
  if (!/^\p{Ll}+ed$/u.test(w)) return null;
  const inf = toInfinitive(w, 'PastTense');
  return inf && inf !== w && world.methods.two.transform.verb.conjugate(inf, world.model).PastTense === w ? inf : null;
};
/** A past form, or an -ed word compromise took for an adjective ("armed"). */
const pastForm = (t: Token | undefined): boolean =>
  tagged(t, 'PastTense', 'Participle') || (tagged(t, 'Adjective') && /^\p{Ll}+ed$/u.test(t!.text));

/** Words of an approximate amount ("about 10,000 people", "more than 200"). */
const APPROXIMATORS = new Set([
  'about',
  'around',
  'nearly',
  'almost',
  'roughly',
  'approximately',
  'some',
  'over',
  'than',
  'more',
  'less',
  'only',
  'just',
]);

/**
 * "has killed crops and drained wells", "has armed and trained militias": whether the word at `i`,
 * right after "and" ("or", "but"), repeats a past verb before it (right before "and" after "has", or past that
 * verb's object), so it is the next verb and no modifier ("fish and frozen foods", "met armed and
 * trained men", "missed objectives and failed promises" are modifiers).
 */
export function joinsPastVerb(ts: readonly Token[], i: number): boolean {
  const and = ts[i - 1];
  if (!/^(?:and|or|but)$/.test(and?.norm ?? '') || /[,;:]/.test(and!.post + (ts[i]?.post ?? ''))) return false;
  if (pastForm(ts[i - 2]) && perfectAt(ts, i - 3) && !/[,;:]/.test(ts[i - 2]!.post)) return true;
  const inPhrase = (t: Token | undefined): boolean =>
    tagged(t, 'Noun', 'Adjective', 'Determiner', 'Value', 'Possessive') && !tagged(t, 'Verb') && !/[,;:]/.test(t!.post);
  // "killed about 10,000 people and caused": an amount's "about", "nearly", "more than" is in the phrase.
  const approximate = (k: number): boolean => APPROXIMATORS.has(ts[k]?.norm ?? '') && tagged(ts[k + 1], 'Value', 'Adverb');
  // (and over a prepositional phrase: "the charges brought against him and denied involvement")
  // ("travelled to Iraq and met Kadhimi": compromise tags that "to" a conjunction)
  const prep = (k: number): boolean =>
    (tagged(ts[k], 'Preposition') || (ts[k]!.norm === 'to' && !tagged(ts[k + 1], 'Verb'))) && !/[,;:]/.test(ts[k]!.post) && k < i - 2;
  let j = i - 2;
  while (j > i - 16 && j > 0 && (inPhrase(ts[j]) || approximate(j) || prep(j))) j--;
  const verb = ts[j];
  return (
    j < i - 2 &&
    tagged(verb, 'PastTense', 'Participle') &&
    !tagged(verb, 'Copula', 'Auxiliary') &&
    !tagged(ts[j - 1], 'Determiner', 'Possessive', 'Preposition') &&
    !/[,;:]/.test(verb!.post)
  );
}

/** Words that may stand between "has" and its participle ("has not yet received"); never "no". */
const PERFECT_GAP: ReadonlySet<string> = new Set(['not', 'never', 'yet', 'already', 'also', 'still', 'ever', 'just']);
/** Adverbs of time that, like a negation, may open that gap ("I have long understood China's argument"). */
const PERFECT_TIMES: ReadonlySet<string> = new Set(['long', 'always', 'recently', 'previously', 'repeatedly', 'consistently']);

/**
 * "it has not received any information", "had not expected such a result": an -ed "adjective"
 * after "has" and a negation (maybe an adverb) is the perfect's participle, before a determiner, a
 * noun or a number ("has no armed forces" keeps its adjective: "no" is no negation of the verb);
 * so is one after an adverb of time ("I have long understood China's argument").
 */
function negatedPerfects(ts: Token[]): void {
  for (let i = 0; i + 2 < ts.length; i++) {
    if (!perfectAt(ts, i) || ts[i]!.norm === 'having') continue;
    let k = i + 1;
    const time = PERFECT_TIMES.has(ts[i + 1]?.norm ?? '') && !tagged(ts[i + 1], 'Verb');
    while (k < i + 4 && (PERFECT_GAP.has(ts[k]?.norm ?? '') || (time && k === i + 1)) && !/[,;:]/.test(ts[k]!.post)) k++;
    const w = ts[k];
    if (k === i + 1 || !w || !(tagged(ts[i + 1], 'Negative') || time) || !tagged(w, 'Adjective') || tagged(w, 'Verb')) continue;
    // (after an adverb of time an irregular form too: "understood", "known")
    const irregular = (): string | null => (irregularPast(w.norm) ? toInfinitive(w.norm, 'PastTense') : participleOf(w.norm));
    const inf = regularPast(w.norm) ?? (time ? irregular() : null);
    if (!inf || !tagged(ts[k + 1], 'Determiner', 'Noun', 'Value') || tagged(ts[k + 1], 'Verb')) continue;
    ts[i] = retagged(ts[i]!, ['Verb', 'Auxiliary']);
    if (time) ts[i + 1] = retagged(ts[i + 1]!, ['Adverb']);
    ts[k] = retagged(w, ['Verb', 'PastTense'], inf);
  }
}

/** Retags the -ed "adjectives" of joinsPastVerb as the verbs they are. */
function joinedParticiples(ts: Token[]): void {
  for (let i = 2; i < ts.length; i++) {
    if (!tagged(ts[i + 1], 'Noun', 'Determiner') || !joinsPastVerb(ts, i)) continue;
    for (const k of perfectAt(ts, i - 3) ? [i - 2, i] : [i]) {
      const w = ts[k]!;
      const inf = tagged(w, 'Adjective') && !tagged(w, 'Verb') ? regularPast(w.norm) : null;
      if (inf) ts[k] = retagged(w, ['Verb', 'PastTense'], inf);
    }
  }
}

/**
 * "makes cordless phones and employs 2,000 staff": an -s "noun" right after "and", before a number
 * or a determiner, repeats the present verb of the phrase before it (its object between), so it is
 * the next verb.
 */
function joinedPresents(ts: Token[]): void {
  for (let i = 3; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    if (!tagged(t, 'Plural') || tagged(t, 'Verb') || !/^\p{Ll}+s$/u.test(t.text) || ts[i - 1]!.norm !== 'and') continue;
    if (/[,;:]/.test(ts[i - 1]!.post + t.post) || !tagged(ts[i + 1], 'Value', 'Determiner')) continue;
    let j = i - 2;
    while (
      j > i - 8 &&
      j > 0 &&
      tagged(ts[j], 'Noun', 'Adjective', 'Determiner', 'Value') &&
      !tagged(ts[j], 'Verb') &&
      !/[,;:]/.test(ts[j]!.post)
    )
      j--;
    const verb = ts[j]!;
    if (j < i - 2 && tagged(verb, 'PresentTense') && !tagged(verb, 'Auxiliary', 'Copula', 'Modal') && /s$/.test(verb.norm))
      ts[i] = retagged(t, ['Verb', 'PresentTense'], t.norm.replace(/s$/, ''));
  }
}

/**
 * "said house prices rose by 0.8%": an irregular simple past whose participle differs ("rose",
 * "risen") is tagged SimplePast, so no reader takes it for a passive participle.
 */
function simplePasts(ts: Token[]): void {
  ts.forEach((t, i) => {
    if (!tagged(t, 'PastTense') || tagged(t, 'Participle', 'Auxiliary')) return;
    const participle = pastForms(t.norm)?.participle;
    if (participle && participle !== t.norm) ts[i] = { ...t, tags: new Set([...t.tags, 'SimplePast']) };
  });
}

/**
 * "Ms Kelly said reforms should build on GCSEs", "Halifax said house prices rose": right after a verb
 * of saying, a present-tense "verb" before a modal, a finite verb (maybe after a phrase of a
 * preposition) or a noun opens the reported clause's subject: it is a noun (a verb cannot follow
 * "said" directly).
 */
function nounsAfterSaying(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    const prev = ts[i - 1]!;
    const next = ts[i + 1]!;
    if (!tagged(prev, 'Verb') || !sayingVerb(prev) || /[,;:"“”]/.test(prev.post)) continue;
    if (!tagged(t, 'PresentTense', 'Infinitive') || tagged(t, 'Auxiliary', 'Modal', 'Copula', 'Gerund', 'PastTense')) continue;
    if (!/^\p{Ll}+$/u.test(t.text) || /[,;:]/.test(t.post)) continue;
    const finiteAt = (x: Token | undefined) => tagged(x, 'Modal', 'Auxiliary', 'Copula') || (tagged(x, 'PastTense') && !tagged(x, 'Noun'));
    // "said conflict between himself and Tony Blair was harming": so before a phrase and a finite verb.
    const finite =
      finiteAt(next) || (tagged(next, 'Preposition') && finiteAt(ts[afterPhrase(ts, i + 1)]) && afterPhrase(ts, i + 1) > i + 1);
    // "posters which critics claim depict Tory leader Michael Howard": a name after it is its object.
    const noun = tagged(next, 'Noun') && !tagged(next, 'Verb', 'Pronoun', 'Determiner', 'ProperNoun') && /^\p{Ll}/u.test(next.text);
    if (!finite && !noun) continue;
    ts[i] = retagged(t, ['Noun', /[^s]s$/.test(t.norm) ? 'Plural' : 'Singular']);
  }
}

/**
 * "Rover told BBC News that reports of job cuts were speculation", "said that plans for the tax were
 * dropped": "that" after a verb of saying, or of telling and its object, opens a clause; an -s word
 * right after it, before a finite verb (a phrase of a preposition between), is that clause's plural
 * subject, not a relative clause's verb ("BBC News that reports of").
 */
function nounsAfterThat(ts: Token[]): void {
  for (let i = 2; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    if (ts[i - 1]!.norm !== 'that' || !sForm(t) || !tagged(t, 'PresentTense') || tagged(t, 'Auxiliary', 'Modal', 'Copula')) continue;
    let v = i - 2;
    const object = (x: Token | undefined) => tagged(x, 'Noun', 'Determiner', 'Adjective') && !tagged(x, 'Verb');
    while (v > 0 && v > i - 6 && object(ts[v]) && !/[,;:()]/.test(ts[v]!.post)) v--;
    const verb = ts[v]!;
    const said = sayingVerb(verb);
    const told = RT.telling.has(verb.root) || RT.telling.has(verb.norm);
    if (!tagged(verb, 'Verb') || /[,;:()]/.test(verb.post) || !(v === i - 2 ? said : told)) continue;
    let k = i + 1;
    if (tagged(ts[k], 'Preposition')) {
      k++;
      while (k < i + 8 && ts[k] && !tagged(ts[k], 'Verb') && !/[,;:()]/.test(ts[k - 1]!.post)) k++;
    }
    const next = ts[k];
    if (!tagged(next, 'Modal', 'Auxiliary', 'Copula') && !(tagged(next, 'PastTense') && !tagged(next, 'Noun'))) continue;
    ts[i] = retagged(t, ['Noun', 'Plural'], t.norm);
  }
}

/**
 * "The firm hopes that regulators will approve the merger", "the report claims that": an -s form of
 * a verb of saying between a singular noun and "that" is the verb, not a plural noun.
 */
function sayingBeforeThat(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    if (ts[i + 1]!.norm !== 'that' || tagged(t, 'Verb') || !sForm(t) || /[,;:]/.test(t.post)) continue;
    const verb = toInfinitive(t.norm, 'PresentTense');
    const saying = RT.saying.has(verb) ? verb : undefined;
    const subject = ts[i - 1]!;
    // The subject before it: a singular noun or name ("The firm", which compromise may tag an adjective, after "the").
    const nounish = tagged(subject, 'Singular', 'ProperNoun') || (tagged(subject, 'Adjective') && tagged(ts[i - 2], 'Determiner'));
    if (!saying || !nounish || tagged(subject, 'Plural', 'Possessive', 'Determiner')) continue;
    ts[i] = retagged(t, ['Verb', 'PresentTense'], saying);
  }
}

const NOMINATIVE = new Set(['i', 'we', 'they', 'he', 'she']);

/**
 * "a tax bill, which they claim is owed by Yukos": a subject pronoun takes no noun after it, so a
 * verb of saying read as a noun there is the pronoun's verb.
 */
function sayingAfterPronouns(ts: Token[]): void {
  for (let i = 1; i < ts.length; i++) {
    const t = ts[i]!;
    if (!NOMINATIVE.has(ts[i - 1]!.norm) || tagged(t, 'Verb') || !tagged(t, 'Noun') || /[,;:]/.test(ts[i - 1]!.post)) continue;
    const root = /s$/.test(t.norm) ? toInfinitive(t.norm, 'PresentTense') : t.norm;
    if (RT.saying.has(root) && /^\p{Ll}+$/u.test(t.text)) ts[i] = retagged(t, ['Verb', 'PresentTense'], root);
  }
}

/**
 * "IBM test results show that ...": a bare verb of saying before "that", right after an -s word read
 * as a verb, is the verb, and the -s word its plural subject (two finite verbs do not meet).
 */
function pluralsBeforeSaying(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    const prev = ts[i - 1]!;
    if (ts[i + 1]!.norm !== 'that' || /s$/.test(t.norm) || !RT.saying.has(t.norm) || /[,;:]/.test(prev.post + t.post)) continue;
    if (!tagged(prev, 'PresentTense') || tagged(prev, 'Auxiliary', 'Modal', 'Copula') || !/^\p{Ll}+s$/u.test(prev.text)) continue;
    ts[i - 1] = retagged(prev, ['Noun', 'Plural'], toInfinitive(prev.norm, 'PresentTense') || prev.norm);
    ts[i] = retagged(t, ['Verb', 'PresentTense', 'Infinitive'], t.norm);
  }
}

/**
 * "luxury goods firm LVMH", "Liverpool band The Coral", "US car firms General Motors": a classifier
 * noun (or its plural) read as a verb before a name is a noun (retag.json), after a lowercase noun
 * or adjective, or a singular after a name (not a capitalised first word: "Figures show UK growth";
 * not after a possessive: "PowerPage's publisher Jason O-Grady" is read as a role).
 */
function classifiersBeforeNames(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    const plural = /s$/.test(t.norm) && RT.classifiers.has(t.norm.slice(0, -1));
    if (!(RT.classifiers.has(t.norm) || plural) || !tagged(t, 'Verb') || !/^\p{Ll}+$/u.test(t.text)) continue;
    const prev = ts[i - 1]!;
    if (!tagged(prev, 'Noun', 'Adjective') || tagged(prev, 'Pronoun', 'Determiner') || /[,;:()]/.test(prev.post + t.post)) continue;
    const named =
      !plural && tagged(prev, 'ProperNoun', 'Acronym') && !tagged(prev, 'Possessive') && (i > 1 || tagged(prev, 'Place', 'Organization'));
    // (a name may open with a capitalised "The": "Liverpool band The Coral")
    const the = ts[i + 1]!.text === 'The' && tagged(ts[i + 2], 'ProperNoun');
    if (!(/^\p{Ll}/u.test(prev.text) || named) || !/^\p{Lu}/u.test(ts[i + 1]!.text) || !(the || tagged(ts[i + 1], 'Noun', 'ProperNoun')))
      continue;
    // (a plural in -s after a phrase with its determiner is its verb: "The film stars Colin Farrell",
    // "This evidence shows Mr Kenteris"; not "US car firms General Motors")
    let k = i - 1;
    while (
      k > 0 &&
      tagged(ts[k - 1], 'Noun', 'Adjective') &&
      !tagged(ts[k - 1], 'Determiner', 'Pronoun') &&
      !/[,;:()]/.test(ts[k - 1]!.post)
    )
      k--;
    if (plural && tagged(ts[k - 1], 'Determiner', 'Possessive')) continue;
    ts[i] = retagged(t, ['Noun', plural ? 'Plural' : 'Singular']);
  }
}

/** "EU China arms ban", "Turkey-EU talks deal": a plural noun before a bare lowercase singular noun modifies it. */
function nounModifiers(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    const next = ts[i + 1]!;
    if (!RT.nounModifiers.has(t.norm) || !tagged(t, 'Verb') || /[,;:]/.test(t.post)) continue;
    if (
      !/^\p{Ll}/u.test(next.text) ||
      !tagged(next, 'Singular') ||
      tagged(next, 'Determiner', 'Pronoun', 'ProperNoun', 'Verb', 'Adjective')
    )
      continue;
    ts[i] = { ...t, tags: new Set(['Noun', 'Plural']), root: t.norm };
  }
}

/** Gerunds of change that modify the next noun ('rising demand'), from data/retag.json. */
export const GERUND_ADJECTIVES: ReadonlySet<string> = new Set(retag.gerundAdjectives);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'am']);

/**
 * "The industry is targeting people who run websites", "is benefiting people": an -ing word read
 * as a noun right after a form of "be" and before the start of a noun phrase is the progressive's
 * verb when compromise knows its verb (not "is rising demand": a gerund of change modifies).
 */
function progressiveGerunds(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    if (!/^\p{Ll}+ing$/u.test(t.text) || tagged(t, 'Verb') || !tagged(t, 'Noun') || GERUND_ADJECTIVES.has(t.norm)) continue;
    if (!BE_FORMS.has(ts[i - 1]!.norm) || /[,;:]/.test(ts[i - 1]!.post + t.post)) continue;
    const next = ts[i + 1]!;
    if (!tagged(next, 'Determiner', 'Noun', 'Pronoun', 'Value') || tagged(next, 'Verb', 'Preposition')) continue;
    // "has been managing director": before a bare singular noun it is a compound's first word.
    if (tagged(next, 'Singular') && !tagged(next, 'Determiner', 'Pronoun', 'Possessive', 'ProperNoun', 'Uncountable')) continue;
    const root = toInfinitive(t.norm, 'Gerund');
    // (or a verb compromise files as a noun before people: "is asking people to donate")
    const actor = tagged(next, 'Actor', 'Pronoun') && lexicon[root ?? ''] === 'Singular';
    if (!root || (lexicon[root] !== 'Infinitive' && !actor)) continue;
    ts[i] = retagged(t, ['Verb', 'Gerund'], root);
  }
}

/**
 * "China is encouraging state-owned companies to sell shares": an -ing "adjective" after a form of
 * "be", before a short noun phrase and a "to" infinitive, is the progressive of a verb whose
 * object does the infinitive ("is encouraging signs" keeps its adjective).
 */
function progressiveControllers(ts: Token[]): void {
  for (let i = 1; i + 3 < ts.length; i++) {
    const t = ts[i]!;
    if (!/^\p{Ll}+ing$/u.test(t.text) || tagged(t, 'Verb') || !BE_FORMS.has(ts[i - 1]!.norm) || /[,;:]/.test(t.post)) continue;
    let k = i + 1;
    const inPhrase = (x: Token | undefined) => tagged(x, 'Determiner', 'Adjective', 'Noun', 'Value') && !tagged(x, 'Verb', 'Pronoun');
    while (k < i + 6 && inPhrase(ts[k]) && !/[,;:]/.test(ts[k]!.post)) k++;
    if (k === i + 1 || !tagged(ts[k - 1], 'Noun') || ts[k]?.norm !== 'to' || !tagged(ts[k + 1], 'Infinitive')) continue;
    const root = toInfinitive(t.norm, 'Gerund');
    if (root && lexicon[root] === 'Infinitive') ts[i] = retagged(t, ['Verb', 'Gerund'], root);
  }
}

/**
 * An -ing word right after an actor and before a phrase is that actor's verb, when compromise
 * knows its verb: after a person's name, where compromise reads it as an adjective ("Lib Dem
 * leader Charles Kennedy accelerating Lib Dem election preparations": a name takes no adjective
 * after it); after a lowercase plural, where it reads it as a noun (the reduced relative "the
 * gambling sites suffering DDoS attacks").
 */
function gerundsAfterActors(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const prev = ts[i - 1]!;
    const t = ts[i]!;
    const next = ts[i + 1]!;
    if (!/^\p{Ll}+ing$/u.test(t.text) || tagged(t, 'Verb') || /[,;:()]/.test(prev.post + t.post)) continue;
    const afterPerson = tagged(prev, 'Person') && tagged(t, 'Adjective') && !tagged(t, 'Noun');
    const afterPlural =
      tagged(t, 'Noun') &&
      tagged(prev, 'Plural') &&
      !tagged(prev, 'Possessive', 'Pronoun', 'Verb') &&
      /^\p{Ll}/u.test(prev.text) &&
      !tagged(next, 'Pronoun');
    if (!(afterPerson || afterPlural)) continue;
    if (!tagged(next, 'Determiner', 'Noun', 'ProperNoun', 'Value') || tagged(next, 'Verb', 'Preposition')) continue;
    const root = toInfinitive(t.norm, 'Gerund');
    if (root && lexicon[root] === 'Infinitive') ts[i] = retagged(t, ['Verb', 'Gerund'], root);
  }
}

/**
 * "have reported falling profits", "faces mounting pressure": a change gerund (retag.json
 * gerundAdjectives) before a noun, not after a noun (a relative: "laws governing e-mail"), a form
 * of "be" or an auxiliary (a verb: "are increasing prices") or "by" (an act: "by increasing
 * prices"), is the first word of that noun's phrase ("housing association tenants"); so is any
 * gerund after a possessive ("Tony Blair's opening speech").
 */
function gerundAdjectives(ts: Token[]): void {
  for (let i = 0; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    const next = ts[i + 1]!;
    const prev = ts[i - 1];
    // (any gerund after a possessive: "Tony Blair's opening speech", "its operating profit")
    const owned = tagged(prev, 'Possessive') && !/[,;:]/.test(prev!.post);
    if (!tagged(t, 'Gerund') || !(GERUND_ADJECTIVES.has(t.norm) || owned) || /[,;:]/.test(t.post) || !/^\p{Ll}/u.test(t.text)) continue;
    const adjNoun = tagged(next, 'Adjective') && !tagged(next, 'Noun') && tagged(ts[i + 2], 'Noun') && !/[,;:]/.test(next.post);
    if (!(tagged(next, 'Noun') || adjNoun) || tagged(next, 'Pronoun', 'Determiner', 'ProperNoun')) continue;
    const verbal = !!prev && (BE_FORMS.has(prev.norm) || tagged(prev, 'Auxiliary', 'Modal') || prev.norm === 'by');
    const noun = prev && tagged(prev, 'Noun') && !tagged(prev, 'Pronoun', 'Determiner') && !/[,;:]/.test(prev.post);
    if (verbal || (noun && !owned)) continue;
    ts[i] = retagged(t, ['Noun', 'Singular']);
  }
}

/**
 * "plans for ... more spending on key services", "extra funding for schools": an -ing word right
 * after a word of amount (retag.json gerundQuantifiers) names an amount of the act, a noun, not
 * a verb with a subject, or before a noun an adjective (not after a form of "be" or an
 * auxiliary: "is more worrying").
 */
function quantifiedGerunds(ts: Token[]): void {
  for (let i = 1; i < ts.length; i++) {
    const t = ts[i]!;
    const amount = ts[i - 1]!;
    const prev = ts[i - 2];
    if (!tagged(t, 'Gerund') || !/^\p{Ll}+ing$/u.test(t.text) || !RT.gerundQuantifiers.has(amount.norm) || amount.post.trim()) continue;
    if (prev && (BE_FORMS.has(prev.norm) || tagged(prev, 'Auxiliary', 'Modal', 'Copula'))) continue;
    // (before a noun it describes it: "the more flowing style", "a more refreshing affair")
    const noun = tagged(ts[i + 1], 'Noun') && !tagged(ts[i + 1], 'Verb', 'Pronoun') && !t.post.trim();
    ts[i] = retagged(t, noun ? ['Adjective'] : ['Noun', 'Singular']);
  }
}

/**
 * 'The ISM's "new orders" index rose to 67.4': an irregular past before "to", "by" or "from" and an
 * amount is the verb ("rose", "fell", "grew"), and a bare verb form right before it, which
 * compromise read as the verb, is the subject's noun.
 */
function pastsBeforeAmounts(ts: Token[]): void {
  for (let i = 1; i + 2 < ts.length; i++) {
    const t = ts[i]!;
    const prev = ts[i - 1]!;
    const next = ts[i + 1]!;
    if (tagged(t, 'Verb') || !/^(?:to|by|from)$/.test(next.norm) || !/^\p{Ll}+$/u.test(t.text) || !irregularPast(t.norm)) continue;
    if (!tagged(ts[i + 2], 'Value') || /[,;:]/.test(prev.post + t.post)) continue;
    if (!bareForm(prev) || tagged(prev, 'Auxiliary', 'Modal') || !/^\p{Ll}+$/u.test(prev.text)) continue;
    ts[i - 1] = retagged(prev, ['Noun', 'Singular']);
    ts[i] = retagged(t, ['Verb', 'PastTense'], toInfinitive(t.norm, 'PastTense'));
  }
}

/** "The 64-year-old has denied": an age with no noun after it is the person (a noun, for the chunker). */
function ageNouns(ts: Token[]): void {
  for (let i = 2; i < ts.length; i++) {
    const t = ts[i]!;
    if (t.norm !== 'old' || !/^years?$/.test(ts[i - 1]!.norm) || ts[i - 1]!.post !== '-' || ts[i - 2]!.post !== '-') continue;
    if (!tagged(ts[i - 2], 'Value') || ts[i - 3]?.norm !== 'the') continue;
    const next = ts[i + 1];
    // (not "the 31-year-old awards ceremony": an -s word before a lowercase noun is that phrase's)
    const phrase =
      tagged(next, 'Noun', 'Adjective') || (sForm(next) && /^\p{Ll}/u.test(ts[i + 2]?.text ?? '') && tagged(ts[i + 2], 'Noun'));
    if (next && phrase && !/[,;:]/.test(t.post)) continue;
    ts[i] = retagged(t, ['Noun', 'Singular', 'Hyphenated']);
  }
}

/**
 * "ruled that patients who have had a stroke should not": an -s word between "that" (or a
 * determiner) and "who" is the plural the relative is about (compromise may read "who" as a
 * preposition there).
 */
function pluralsBeforeWho(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    if (!sForm(t) || !tagged(t, 'PresentTense') || ts[i + 1]!.norm !== 'who' || /[,;:]/.test(t.post)) continue;
    if (ts[i - 1]!.norm !== 'that' && !tagged(ts[i - 1], 'Determiner')) continue;
    ts[i] = retagged(t, ['Noun', 'Plural']);
    ts[i + 1] = retagged(ts[i + 1]!, ['Pronoun', 'QuestionWord']);
  }
}

const HYPHEN_PARTICLES: ReadonlySet<string> = new Set([
  'up',
  'out',
  'off',
  'down',
  'over',
  'back',
  'in',
  'on',
  'away',
  'around',
  'through',
]);

/**
 * "Sim back-up devices", "a follow-up study", "the shake-up": a verb and its particle joined by a
 * hyphen after a name, a noun, a determiner or an adjective, or before a noun, are one noun (not
 * inside a longer compound: "editor-in-chief").
 */
function hyphenedParticles(ts: Token[]): void {
  for (let i = 0; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    const p = ts[i + 1]!;
    if (
      !tagged(t, 'Verb', 'Noun') ||
      tagged(t, 'Pronoun') ||
      !/^-$/.test(t.post) ||
      !HYPHEN_PARTICLES.has(p.norm) ||
      p.pre ||
      p.post === '-'
    )
      continue;
    const prev = ts[i - 1];
    // (a verb after "to" or an auxiliary: "urged the finance chiefs to write-off African debt")
    if (prev && (prev.norm === 'to' || tagged(prev, 'Auxiliary', 'Modal'))) continue;
    const next = ts[i + 2];
    const after =
      !!prev &&
      !/[,;:]/.test(prev.post) &&
      tagged(prev, 'Determiner', 'Adjective', 'Possessive', 'Noun') &&
      !tagged(prev, 'Verb', 'Pronoun');
    const before = !!next && !/[,;:]/.test(p.post) && tagged(next, 'Noun') && !tagged(next, 'Verb', 'Pronoun');
    if (!after && !before) continue;
    ts[i] = retagged(t, ['Noun', 'Singular', 'Hyphenated']);
    ts[i + 1] = retagged(p, ['Noun', 'Singular', 'Hyphenated']);
    // "The Christmas give-away entitles customers to": an -s word read as a plural right after such
    // a noun, before a phrase, is its verb.
    const s = ts[i + 2];
    const opens = tagged(ts[i + 3], 'Determiner', 'Plural', 'ProperNoun') || /^(?:us|them|him|her|me)$/.test(ts[i + 3]?.norm ?? '');
    if (after && s && sForm(s) && tagged(s, 'Plural') && !tagged(s, 'Verb') && !/[,;:]/.test(p.post + s.post) && opens)
      ts[i + 2] = retagged(s, ['Verb', 'PresentTense'], toInfinitive(s.norm, 'PresentTense') || s.norm.slice(0, -1));
  }
}

/**
 * "a BT Together fixed-line customer", "cut-price flights": a verb joined by a hyphen to the noun
 * after it, the two before a noun, modify that noun (not after "to" or an auxiliary, where the
 * compound is a verb: "to fast-track the bill").
 */
function hyphenedModifiers(ts: Token[]): void {
  for (let i = 0; i + 2 < ts.length; i++) {
    const t = ts[i]!;
    const p = ts[i + 1]!;
    const n = ts[i + 2]!;
    if (!tagged(t, 'Verb') || tagged(t, 'Auxiliary', 'Modal', 'Copula') || t.post !== '-' || p.pre) continue;
    if (!tagged(p, 'Noun') || tagged(p, 'Verb', 'Pronoun') || HYPHEN_PARTICLES.has(p.norm) || /[-,;:]/.test(p.post)) continue;
    if (!tagged(n, 'Noun') || tagged(n, 'Pronoun', 'Determiner')) continue;
    const prev = ts[i - 1];
    if (prev && (prev.norm === 'to' || tagged(prev, 'Auxiliary', 'Modal'))) continue;
    ts[i] = retagged(t, ['Adjective', 'Hyphenated']);
  }
}

/**
 * "to cut government borrowing and reduce taxes", "will boost consumer spending.": an -ing word
 * between a verb's bare singular object noun and the end of the phrase (a conjunction, punctuation,
 * "in" or "of") takes no object of its own: it is the noun the first one modifies.
 */
function gerundCompounds(ts: Token[]): void {
  for (let i = 2; i < ts.length; i++) {
    const t = ts[i]!;
    const noun = ts[i - 1]!;
    if (!/^\p{Ll}+ing$/u.test(t.text) || !tagged(t, 'Gerund') || /[,;:]/.test(noun.post)) continue;
    if (!/^\p{Ll}+$/u.test(noun.text) || !tagged(noun, 'Singular') || tagged(noun, 'Verb', 'Pronoun', 'Determiner')) continue;
    const verb = ts[i - 2]!;
    if (!tagged(verb, 'Verb') || tagged(verb, 'Auxiliary', 'Modal', 'Copula', 'Gerund') || /[,;:]/.test(verb.post)) continue;
    const next = ts[i + 1];
    // (not before a preposition it takes: "returned home calling for urgent change")
    if (next && !/[,;:.]/.test(t.post) && !tagged(next, 'Conjunction') && !/^(?:in|of)$/.test(next.norm)) continue;
    ts[i] = retagged(t, ['Noun', 'Singular']);
  }
}

/**
 * "a version of iTunes online music downloading service would be released": an -ing word between
 * a bare singular noun and a singular noun before its finite verb is the compound's modifier, no
 * verb with the second noun as its object (that verb would have no subject).
 */
function gerundsInSubjects(ts: Token[]): void {
  for (let i = 1; i + 2 < ts.length; i++) {
    const t = ts[i]!;
    const noun = ts[i - 1]!;
    const next = ts[i + 1]!;
    if (!/^\p{Ll}+ing$/u.test(t.text) || !tagged(t, 'Gerund') || t.post.trim() || noun.post.trim()) continue;
    if (!/^\p{Ll}+$/u.test(noun.text) || !tagged(noun, 'Noun') || tagged(noun, 'Verb', 'Pronoun', 'Determiner', 'Possessive')) continue;
    if (!/^\p{Ll}+$/u.test(next.text) || !tagged(next, 'Singular') || tagged(next, 'Verb', 'Pronoun', 'Determiner') || next.post.trim())
      continue;
    // (not a noun with its own determiner doing it: "a drone carrying explosives had hit", "the firm
    // selling software was fined"; the compound's first noun is bare and singular)
    if (
      !tagged(noun, 'Singular', 'Uncountable') ||
      tagged(ts[i - 2], 'Determiner', 'Possessive') ||
      /^(?:a|an|the)$/.test(ts[i - 2]?.norm ?? '')
    )
      continue;
    const after = ts[i + 2]!;
    if (!tagged(after, 'Modal', 'Auxiliary', 'Copula') && !(tagged(after, 'PastTense') && !tagged(after, 'Noun'))) continue;
    ts[i] = retagged(t, ['Noun', 'Singular']);
  }
}

/**
 * "the level of US heating oil stocks", "protections against viruses, spyware and phishing
 * scams": an -ing word before a bare noun modifies it when an acronym after a preposition stands
 * before it (not "with Labour creating its hub", "the cause of Britain regaining"), or when it
 * closes a comma list of plain nouns ("writing lyrics and playing guitar" stays a verb).
 */
function gerundModifiers(ts: Token[]): void {
  for (let i = 3; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    const next = ts[i + 1]!;
    if (!/^\p{Ll}+ing$/u.test(t.text) || !tagged(t, 'Gerund') || t.post.trim()) continue;
    if (!/^\p{Ll}+$/u.test(next.text) || !tagged(next, 'Noun') || tagged(next, 'Verb', 'Pronoun', 'Determiner')) continue;
    const before = ts[i - 1]!;
    const lead = ts[i - 2]!;
    const first = ts[i - 3]!;
    const acronym = /^\p{Lu}{2,4}$/u.test(before.text) && !before.post.trim() && tagged(lead, 'Preposition') && lead.norm !== 'with';
    const plain = (x: Token) => tagged(x, 'Noun') && !tagged(x, 'Verb', 'Gerund', 'Pronoun', 'ProperNoun') && /^\p{Ll}/u.test(x.text);
    const listed =
      (before.norm === 'and' || before.norm === 'or') && plain(lead) && !lead.post.trim() && plain(first) && /,/.test(first.post);
    if (acronym || listed) ts[i] = retagged(t, ['Noun', 'Singular']);
  }
}

/**
 * "to help her get over her mother's death", "let her go": "her" before a bare verb that is no
 * noun, with no noun after it, is the object pronoun, not a possessive of that verb.
 */
function objectHer(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    const next = ts[i + 1]!;
    if (t.norm !== 'her' || !tagged(t, 'Possessive') || t.post.trim()) continue;
    // (A noun after the verb makes it a modifier: "will donate her prize money".)
    const after = ts[i + 2];
    if (after && tagged(after, 'Noun') && !tagged(after, 'Pronoun', 'Possessive')) continue;
    if (tagged(next, 'Infinitive') && !tagged(next, 'Noun', 'Adjective', 'PastTense', 'Gerund')) ts[i] = retagged(t, ['Noun', 'Pronoun']);
  }
}

/** The noun phrase ending at token e is a main verb's object ("back [controversial government] plans"). */
function afterVerb(ts: readonly Token[], e: number): boolean {
  let k = e;
  while (k > 0 && e - k < 4 && tagged(ts[k], 'Noun', 'Adjective', 'Determiner') && !tagged(ts[k], 'Verb') && !/[,;:]/.test(ts[k - 1]!.post))
    k--;
  const verb = ts[k]!;
  // After a verb of saying or thinking the phrase opens a clause ("I think the government needs to").
  const saying = sayingVerb(verb);
  return k < e && tagged(verb, 'Verb') && !tagged(verb, 'Auxiliary', 'Modal', 'Copula', 'Noun') && !saying;
}

/** Finite auxiliaries and modals: no -s verb is followed by one ("Stock markets had factored in"). */
const FINITE_AUXILIARIES: ReadonlySet<string> = new Set([
  ...'had has have will would can could may might must should shall is are was were'.split(' '),
  // contracted with their negation ("EU rules won't stop"): compromise keeps the contraction as the norm
  ..."hadn't hasn't haven't won't wouldn't can't couldn't mustn't shouldn't isn't aren't wasn't weren't".split(' '),
]);

/** Verbs whose -s form takes a gerund after it ("stops selling", "risks losing"): no plural noun there. */
export const GERUND_TAKERS: ReadonlySet<string> = new Set(retag.gerundTakers);

/**
 * "Firms selling goods to China must pay", "said firms exporting to Iran would face": an -s "verb"
 * opening a phrase (no subject before it) right before a gerund, with a finite verb still to come,
 * is that verb's plural subject (not "He stops selling", "Yukos risks losing").
 */
function pluralsBeforeGerunds(ts: Token[]): void {
  for (let i = 0; i + 2 < ts.length; i++) {
    const t = ts[i]!;
    const prev = ts[i - 1];
    const plural = sForm(t) || (i === 0 && /^\p{Lu}\p{Ll}+[^s]s$/u.test(t.text));
    if (!tagged(t, 'PresentTense') || tagged(t, 'Auxiliary', 'Modal', 'Copula', 'Gerund') || !plural) continue;

    // After a determiner, number or adjective the word is a noun ("100 firms including Sony").
    const counted = tagged(prev, 'Determiner', 'Value', 'Adjective') && !/[,;:]\s*$/.test(prev?.post ?? '');
    if (!tagged(ts[i + 1], 'Gerund') || (!counted && GERUND_TAKERS.has(t.root))) continue;
    const opens = !prev || /[,;:]\s*$/.test(prev.post) || tagged(prev, 'Determiner', 'Adjective', 'Value', 'Verb', 'Conjunction');
    if (!opens && prev.norm !== 'that') continue;
    if (prev && tagged(prev, 'Auxiliary', 'Modal', 'Copula')) continue;
    const later = ts
      .slice(i + 2, i + 14)
      .some((x) => tagged(x, 'Modal') || (tagged(x, 'PastTense', 'PresentTense') && !tagged(x, 'Gerund', 'Infinitive', 'Noun')));
    if (later) ts[i] = retagged(t, ['Noun', 'Plural']);
  }
}

/**
 * "The EU has opted to adopt it - previously measures needed unanimous agreement": an -s "verb" that
 * opens a clause after a dash, semicolon or colon (maybe after adverbs), with no subject before it,
 * right before a past form or a modal, is that verb's plural subject.
 */
function pluralsOpeningClauses(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    if (!sForm(t) || !tagged(t, 'PresentTense') || tagged(t, 'Auxiliary', 'Modal', 'Copula', 'Noun') || /[,;:]/.test(t.post)) continue;
    let k = i - 1;
    while (k >= 0 && tagged(ts[k], 'Adverb') && !tagged(ts[k], 'Verb') && !ts[k]!.post.trim()) k--;
    const boundary = ts[k]?.post;
    if (!boundary || !/(?:\s[-\u2013\u2014]|[;:])\s*$/u.test(boundary)) continue;
    const next = ts[i + 1]!;
    if (tagged(next, 'Modal') || (/^\p{Ll}+ed$/u.test(next.text) && tagged(next, 'PastTense', 'Adjective')))
      ts[i] = retagged(t, ['Noun', 'Plural'], t.norm.replace(/s$/, ''));
  }
}

/**
 * "each shopper will spend £220 and Britons lead Europe": a word compromise lists as a verb, read as
 * a noun between a plural name opening a clause and a name or determiner, is the name's verb (a
 * plural name modifies no noun there).
 */
function verbsAfterPluralNames(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    const name = ts[i - 1]!;
    if (tagged(t, 'Verb') || !tagged(t, 'Singular') || lexicon[t.norm] !== 'Infinitive' || !/^\p{Ll}+$/u.test(t.text)) continue;
    if (!/^\p{Lu}\p{Ll}+s$/u.test(name.text) || !tagged(name, 'ProperNoun') || tagged(name, 'Possessive', 'Singular')) continue;
    const before = ts[i - 2];
    if (before && !/^(?:and|but|while|as)$/.test(before.norm) && !/[,;:]/.test(before.post)) continue;
    const next = ts[i + 1]!;
    if (/[,;:]/.test(name.post + t.post) || !(tagged(next, 'Determiner') || (/^\p{Lu}/u.test(next.text) && tagged(next, 'ProperNoun'))))
      continue;
    ts[i] = retagged(t, ['Verb', 'PresentTense', 'Infinitive'], t.norm);
  }
}

/**
 * "latest unemployment figures look set to", "the laser bridges work", "Stock markets had factored":
 * an -s "verb" right after a noun and before a bare verb form or a finite auxiliary is that verb's
 * plural subject (an -s verb cannot take either after it); so before a prepositional phrase of
 * nouns and a finite auxiliary ("Stock markets in Indonesia and India have hit").
 */
function pluralBeforeBareVerb(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    const next = ts[i + 1]!;
    if (!tagged(t, 'PresentTense') || tagged(t, 'Auxiliary', 'Modal', 'Copula') || !sForm(t)) continue;
    if (/[,;:]/.test(ts[i - 1]!.post + t.post)) continue;
    // "hopes that regulators will approve": after a complementiser "that", before a finite auxiliary.
    const complement = ts[i - 1]!.norm === 'that' && FINITE_AUXILIARIES.has(next.norm);
    const counted = tagged(ts[i - 1], 'Value') && !tagged(ts[i - 1], 'Date');
    // "lets gamers exchange real currency": the object of a verb that takes a bare infinitive.
    const made = tagged(ts[i - 1], 'Verb') && BARE_INFINITIVE_VERBS.has(ts[i - 1]!.root || ts[i - 1]!.norm);
    const opened = counted || made;
    if (!complement && !opened && (!tagged(ts[i - 1], 'Noun', 'Adjective') || tagged(ts[i - 1], 'Pronoun', 'Verb', 'Determiner'))) continue;
    const bare = bareForm(next) && !tagged(next, 'Noun', 'Auxiliary', 'Modal', 'Gerund');
    if (made && !bare) continue;
    const aux = (k: number) => FINITE_AUXILIARIES.has(ts[k]?.norm ?? '') && /^\p{Ll}/u.test(ts[k]!.text);
    if (!((bare && /^\p{Ll}/u.test(next.text)) || aux(i + 1) || (!complement && aux(afterPhrase(ts, i + 1))))) continue;
    // "Asian investment helps bridge the gap".
    if (bare && BARE_VERB_S_FORMS.has(t.norm) && RT.objects.has(ts[i + 2]?.norm ?? '')) continue;
    ts[i] = { ...t, tags: new Set(['Noun', 'Plural']), root: t.norm };
  }
}

/**
 * Where a prepositional phrase of nouns starting at `k` ends ("in Indonesia and India", "of the
 * big five banks", "for the patenting of computer-based inventions"): the index after it, or `k`
 * when none starts there or punctuation cuts it.
 */
function afterPhrase(ts: readonly Token[], k: number, depth = 0): number {
  const e = afterOnePhrase(ts, k);
  return e > k && depth < 2 && ts[e]?.norm === 'of' ? afterPhrase(ts, e, depth + 1) : e;
}

function afterOnePhrase(ts: readonly Token[], k: number): number {
  if (!tagged(ts[k], 'Preposition') || /[,;:()]/.test(ts[k]!.post)) return k;
  let j = k + 1;
  // (an object pronoun too: "between himself and Tony Blair")
  const nounish = (t: Token | undefined) =>
    (tagged(t, 'Noun', 'Determiner', 'Adjective', 'Value', 'ProperNoun') && !tagged(t, 'Verb', 'Pronoun')) ||
    /^(?:him|her|them|us|me|himself|herself|themselves|itself|ourselves)$/.test(t?.norm ?? '');
  while (nounish(ts[j]) || (/^(?:and|or)$/.test(ts[j]?.norm ?? '') && nounish(ts[j + 1]))) {
    if (/[,;:()"“”]/.test(ts[j]!.post)) return k;
    j++;
  }
  return j > k + 1 && tagged(ts[j - 1], 'Noun') ? j : k;
}

/**
 * "The report warns firms to do": of two -s words read as verbs after a singular noun and before
 * "to" + verb, the second is the first one's plural object (two present verbs cannot follow each
 * other).
 */
function verbThenPlural(ts: Token[]): void {
  const s3 = (t: Token | undefined): boolean => sForm(t) && !tagged(t, 'Auxiliary', 'Modal', 'Copula');
  for (let i = 2; i < ts.length; i++) {
    const t = ts[i]!;
    const prev = ts[i - 1]!;
    if (!s3(t) || !s3(prev) || !tagged(t, 'Verb') || !tagged(t, 'PresentTense') || /[,;:()]/.test(prev.post + ts[i - 2]!.post)) continue;
    if (!tagged(prev, 'Verb') || tagged(prev, 'Noun') || !tagged(ts[i - 2], 'Singular', 'ProperNoun')) continue;
    if (tagged(ts[i - 2], 'Plural', 'Possessive', 'Pronoun') || ts[i + 1]?.norm !== 'to' || !tagged(ts[i + 2], 'Infinitive')) continue;
    ts[i] = retagged(t, ['Noun', 'Plural'], t.norm);
  }
}

/**
 * "Mr Blair also faced questions about", "has rejected calls for": an -s word read as a verb right
 * after a lexical past verb, before a preposition, is that verb's plural object (no verb follows a
 * past one). Not after a lowercase noun or "those", where the past form is a reduced relative ("the
 * man arrested lives in").
 */
function pluralsAfterPasts(ts: Token[]): void {
  for (let i = 2; i + 1 < ts.length; i++) {
    const verb = ts[i - 1]!;
    const t = ts[i]!;
    const next = ts[i + 1]!;
    if (!sForm(t) || !tagged(t, 'PresentTense') || tagged(t, 'Auxiliary', 'Modal', 'Copula', 'Noun')) continue;
    if (!tagged(verb, 'PastTense') || !objectVerbAt(ts, i - 1) || /[,;:()]/.test(verb.post + t.post)) continue;
    if (!tagged(next, 'Preposition') || /^(?:to|that|as|like)$/.test(next.norm)) continue;
    const before = ts[i - 2]!;
    if (before.norm === 'those' || (tagged(before, 'Noun') && /^\p{Ll}/u.test(before.text) && !tagged(before, 'Pronoun'))) continue;
    ts[i] = retagged(t, ['Noun', 'Plural'], t.norm);
  }
}

/**
 * A lexical verb at `v` that takes a noun object: past, or present and agreeing with its subject;
 * not a verb of saying, whose clause may start after it ("said management plans ..."), nor one
 * taking a bare infinitive.
 */
function objectVerbAt(ts: readonly Token[], v: number, ...present: string[]): boolean {
  const verb = ts[v]!;
  if (!tagged(verb, 'Verb') || tagged(verb, 'Auxiliary', 'Modal', 'Copula', 'Gerund')) return false;
  if (sayingVerb(verb) || BARE_INFINITIVE_VERBS.has(verb.root)) return false;
  return tagged(verb, 'PastTense') || (present.some((x) => verb.tags.has(x)) && presentAgrees(ts, v));
}

/**
 * "files containing security details about", "selling mobile phones in": after a gerund (not one of
 * saying) and a bare lowercase noun, an -s form before a preposition is the gerund's plural object.
 */
function gerundObjectPlurals(ts: Token[]): void {
  for (let i = 2; i + 1 < ts.length; i++) {
    const g = ts[i - 2]!;
    const noun = ts[i - 1]!;
    const t = ts[i]!;
    const next = ts[i + 1]!;
    if (!tagged(g, 'Gerund') || sayingVerb(g) || g.root === 'mean' || !sForm(t) || !tagged(t, 'PresentTense')) continue;
    if (!tagged(noun, 'Singular') || tagged(noun, 'Verb', 'Pronoun', 'Possessive', 'ProperNoun') || !/^\p{Ll}+$/u.test(noun.text)) continue;
    if (!tagged(next, 'Preposition') || /^(?:to|that|as|like)$/.test(next.norm) || /[,;:()]/.test(g.post + noun.post + t.post)) continue;
    ts[i] = retagged(t, ['Noun', 'Plural'], t.norm);
  }
}

/**
 * "Consumer borrowing rose", "The firm's spending fell": a gerund after the opening noun, before a
 * past verb, is the subject's head; so after a verb of saying or "that" ("Rob Fahey said the mass
 * banning showed off the power of the Steam system").
 */
function gerundSubjectHeads(ts: Token[]): void {
  gerundSubjectHeadAt(ts, 0);
  for (let k = 1; k + 3 < ts.length; k++)
    if ((ts[k]!.norm === 'that' || (sayingVerb(ts[k]!) && tagged(ts[k], 'PastTense'))) && !/[,;:()"\u201c]/.test(ts[k]!.post))
      gerundSubjectHeadAt(ts, k + 1);
}

function gerundSubjectHeadAt(ts: Token[], s: number): void {
  let i = s + 1;
  if (tagged(ts[s], 'Determiner') || tagged(ts[s], 'Possessive')) i = s + 2;
  const noun = ts[i - 1];
  const g = ts[i];
  const v = ts[i + 1];
  if (!noun || !g || !v || !tagged(noun, 'Noun') || tagged(noun, 'Pronoun', 'Verb') || !tagged(g, 'Gerund')) return;
  if (/[,;:()]/.test(noun.post + g.post) || !(tagged(v, 'PastTense') || PAST_NOUNS.has(v.norm)) || tagged(v, 'Participle')) return;
  if (!/^\p{Ll}/u.test(g.text) || tagged(ts[i + 2], 'Determiner', 'Pronoun')) return; // ("Investors selling shares ..." has an object)
  ts[i] = retagged(g, ['Noun', 'Singular'], g.norm);
  if (!tagged(v, 'Verb')) ts[i + 1] = retagged(v, ['Verb', 'PastTense'], PAST_NOUNS.get(v.norm)!);
}
const PAST_NOUNS: ReadonlyMap<string, string> = new Map([['rose', 'rise']]);

/** "Some 6,500 US stores plan to open": an -s form after a count and a place's name is the counted plural. */
function countedPlurals(ts: Token[]): void {
  for (let i = 2; i < ts.length; i++) {
    const n = ts[i - 2]!;
    const place = ts[i - 1]!;
    const t = ts[i]!;
    if (!tagged(n, 'Cardinal') || tagged(n, 'Year', 'Date') || !(/^\d{1,3}(?:,\d{3})+$|^\d+$/.test(n.text) || tagged(n, 'TextValue')))
      continue;
    if (!tagged(place, 'Place', 'Demonym') || !sForm(t) || !tagged(t, 'PresentTense') || /[,;:()]/.test(n.post + place.post)) continue;
    ts[i] = retagged(t, ['Noun', 'Plural'], t.norm);
  }
}

/** "Korean giants LG Electronics and Samsung": an -s form between a nationality and a name is its plural. */
function nationalityPlurals(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const d = ts[i - 1]!;
    const t = ts[i]!;
    const name = ts[i + 1]!;
    if (!tagged(d, 'Demonym') || !sForm(t) || !tagged(t, 'PresentTense') || !/^\p{Lu}/u.test(name.text)) continue;
    if (!tagged(name, 'ProperNoun') || /[,;:()]/.test(d.post + t.post)) continue;
    ts[i] = retagged(t, ['Noun', 'Plural'], t.norm);
  }
}

/** "hired a Texas-based law firm": "firm" after a noun an indefinite article opens is a noun. */
function indefiniteFirms(ts: Token[]): void {
  for (let i = 2; i < ts.length; i++) {
    const t = ts[i]!;
    if (t.norm !== 'firm' || !tagged(t, 'Adjective') || tagged(t, 'Noun') || !tagged(ts[i - 1], 'Singular')) continue;
    let a = i - 1;
    while (a > i - 4 && tagged(ts[a - 1], 'Noun', 'Adjective') && !tagged(ts[a - 1], 'Determiner') && !/[,;:]/.test(ts[a - 1]!.post)) a--;
    if (/^an?$/.test(ts[a - 1]?.norm ?? '')) ts[i] = retagged(t, ['Noun', 'Singular'], t.norm);
  }
}

/** Adverbs that single out a phrase after a break ("supplies - particularly liquefied natural gas"). */
const FOCUS_ADVERBS: ReadonlySet<string> = new Set([
  'particularly',
  'especially',
  'notably',
  'mainly',
  'chiefly',
  'mostly',
  'largely',
  'principally',
]);

/**
 * "for newly re-elected President George W Bush", "the recently merged company": a past form after
 * an -ly adverb, in a phrase a preposition or determiner opens, before a noun, is an adjective; so
 * after a focusing adverb that follows a dash or comma ("supplies - particularly liquefied natural
 * gas").
 */
function adverbParticiples(ts: Token[]): void {
  for (let i = 2; i + 1 < ts.length; i++) {
    const open = ts[i - 2]!;
    const adv = ts[i - 1]!;
    const t = ts[i]!;
    const next = ts[i + 1]!;
    if (!tagged(adv, 'Adverb') || !/ly$/.test(adv.norm) || !tagged(t, 'PastTense') || !/^\p{Ll}[\p{Ll}-]*ed$/u.test(t.text)) continue;
    const focus = FOCUS_ADVERBS.has(adv.norm) && /[-–—,]\s*$/.test(open.post);
    if (!focus && (!tagged(open, 'Preposition', 'Determiner', 'Possessive') || /^(?:that|which|who)$/.test(open.norm))) continue;
    if (!tagged(next, 'Noun', 'Adjective') || tagged(next, 'Pronoun') || (!focus && !tagged(next, 'Noun'))) continue;
    if (/[,;:()]/.test((focus ? '' : open.post) + adv.post + t.post)) continue;
    ts[i] = retagged(t, ['Adjective']);
  }
}

/**
 * "Barclays had held merger talks with": an -s word after a lexical verb and one bare noun is that
 * verb's plural object (the noun cannot be the subject of a second finite verb). Not after a verb of
 * saying, whose clause may start there ("said management plans ...").
 */
function objectPlurals(ts: Token[]): void {
  for (let i = 2; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    const noun = ts[i - 1]!;
    // "labelled casino-related regeneration schemes": adjectives may come between verb and noun.
    let v = i - 2;
    while (v > 0 && tagged(ts[v], 'Adjective') && !tagged(ts[v], 'Verb', 'Noun') && !/[,;:()]/.test(ts[v]!.post)) v--;
    const verb = ts[v]!;
    if (!sForm(t) || !tagged(t, 'PresentTense') || tagged(t, 'Auxiliary', 'Modal', 'Copula')) continue;
    // (an acronym modifies the plural as a lowercase noun does: "use P2P networks to distribute")
    const acronym = /^[\p{Lu}\p{N}]{2,5}$/u.test(noun.text) && /\p{Lu}/u.test(noun.text);
    if (!acronym && (!tagged(noun, 'Singular') || tagged(noun, 'ProperNoun') || !/^\p{Ll}+$/u.test(noun.text))) continue;
    if (tagged(noun, 'Verb', 'Pronoun', 'Possessive')) continue;
    if (/[,;:()]/.test(verb.post + noun.post) || !objectVerbAt(ts, v, 'PresentTense')) continue;
    if (RT.particles.has(noun.norm)) continue; // "has put forward plans"
    ts[i] = retagged(t, ['Noun', 'Plural'], t.norm);
  }
}

/** "according to figures compiled by Reuters": "according to" takes a noun phrase, never a verb. */
function nounsAfterAccordingTo(ts: Token[]): void {
  for (let i = 2; i < ts.length; i++) {
    const t = ts[i]!;
    if (ts[i - 2]!.norm !== 'according' || ts[i - 1]!.norm !== 'to' || !tagged(t, 'PresentTense') || !/^\p{Ll}+$/u.test(t.text)) continue;
    if (tagged(t, 'Auxiliary', 'Modal', 'Copula')) continue;
    ts[i] = retagged(t, ['Noun', sForm(t) ? 'Plural' : 'Singular'], t.norm);
  }
}

/**
 * "massively multi-player online role-playing games (MMORPGs)": an -s word right before a bracketed
 * short form is the plural head of the phrase the short form names, not a verb.
 */
function pluralsBeforeShortForms(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    const next = ts[i + 1]!;
    if (!sForm(t) || !tagged(t, 'PresentTense') || tagged(t, 'Auxiliary', 'Modal', 'Copula') || /[,;:]/.test(t.post)) continue;
    if (!next.pre.startsWith('(') || !/^\)/.test(next.post) || !/^\p{Lu}[\p{Lu}\d&-]+s?$/u.test(next.text)) continue;
    ts[i] = retagged(t, ['Noun', 'Plural'], t.norm);
  }
}

/**
 * "sent in bailiffs to freeze Yukos accounts and seize Yugansk": an -s word right after a lexical
 * verb and a name, and before "and", "or", a comma or the end, is the plural head of a phrase the
 * name modifies, the verb's object: a verb there would need an object or complement of its own.
 * So before a preposition. Not after a verb of saying ("said Yukos owes"), as objectPlurals.
 */
function namedObjectPlurals(ts: Token[]): void {
  for (let i = 2; i < ts.length; i++) {
    const t = ts[i]!;
    if (!sForm(t) || !tagged(t, 'PresentTense') || tagged(t, 'Auxiliary', 'Modal', 'Copula', 'Noun')) continue;
    const next = ts[i + 1];
    // (or before a preposition: "bombed Islamic State positions in Mosul")
    const prep = tagged(next, 'Preposition') && !/^(?:to|that|as|like)$/.test(next!.norm);
    if (next && !/^\s*[,;:.]/.test(t.post) && !/^(?:and|or)$/.test(next.norm) && !prep) continue;
    let v = i - 1;
    const name = (x: Token | undefined) => /^\p{Lu}/u.test(x?.text ?? '') && tagged(x, 'ProperNoun') && !tagged(x, 'Possessive', 'Pronoun');
    while (v > 0 && name(ts[v]) && !/[,;:()"“”]/.test(ts[v]!.post)) v--;
    const verb = ts[v]!;
    if (v === i - 1 || !/^\p{Ll}/u.test(verb.text) || /[,;:()"“”]/.test(verb.post)) continue; // "that Ask Jeeves operates"
    if (tagged(verb, 'Noun') || !objectVerbAt(ts, v, 'PresentTense', 'Infinitive')) continue;
    ts[i] = retagged(t, ['Noun', 'Plural'], t.norm);
  }
}

/**
 * A present-tense verb at `k` has a subject it agrees with right before it (adverbs aside): "they
 * also oppose", "the party opposes"; or follows "to" or a relative pronoun. Not "A net police force", "US trade deficit".
 */
function presentAgrees(ts: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j > 0 && tagged(ts[j], 'Adverb') && !tagged(ts[j], 'Noun')) j--;
  const p = ts[j];
  if (!p || /[,;:()]/.test(p.post) || p.norm === 'to') return p?.norm === 'to';
  // "the many companies that re-sell BT lines": a relative pronoun agrees with its antecedent.
  if (/^(?:that|which|who)$/.test(p.norm) && tagged(ts[j - 1], 'Noun') && !tagged(ts[j - 1], 'Pronoun')) return true;
  if (sForm(ts[k]))
    return /^(?:he|she|it)$/.test(p.norm) || (tagged(p, 'Singular', 'ProperNoun') && !tagged(p, 'Plural', 'Pronoun', 'Verb', 'Adjective'));
  return /^(?:they|we|you|i)$/.test(p.norm) || (tagged(p, 'Plural') && !tagged(p, 'Verb', 'Pronoun'));
}

/** A name follows token `i`, maybe after up to three lowercase nouns ("research think-tank | Pew"). */
function nameAfterNouns(ts: readonly Token[], i: number): boolean {
  let k = i + 1;
  const noun = (t: Token) => (tagged(t, 'Noun', 'Hyphenated') || RT.nounAdjectives.has(t.norm)) && !tagged(t, 'Verb');
  while (k < i + 4 && ts[k] && /^\p{Ll}/u.test(ts[k]!.text) && noun(ts[k]!) && !/[,;:()]/.test(ts[k]!.post)) k++;
  return /^\p{Lu}/u.test(ts[k]?.text ?? '') && tagged(ts[k], 'ProperNoun');
}

/** "bundled | package": an -ed form right before a lowercase noun may be its modifier. */
const participleBeforeNoun = (ts: readonly Token[], k: number): boolean =>
  /ed$/.test(ts[k]!.norm) &&
  /^\p{Ll}/u.test(ts[k + 1]?.text ?? '') &&
  tagged(ts[k + 1], 'Noun') &&
  !tagged(ts[k + 1], 'Determiner', 'Pronoun');

/** A capitalised place word: a country, an acronym ("US", "UK") or a demonym. */
const placeAt = (ts: readonly Token[], k: number): boolean =>
  /^\p{Lu}/u.test(ts[k]?.text ?? '') && tagged(ts[k], 'Country', 'Acronym', 'Demonym');

/** Roles whose plural names people before their names, beside the one-word titles ("executives"). */
const PLURAL_ROLES = new Set(['executive', 'official', 'member', 'worker', 'employee', 'lawyer', 'analyst']);

/**
 * "Railtrack managers Alistair Cook, Sean Fugill and Keith Lea", "Balfour Beatty executives Anthony
 * Walker and ...": a plural title between a name and a person's first name is a noun, not a verb.
 */
function pluralTitles(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    const singular = t.norm.replace(/s$/, '');
    if (!tagged(t, 'Verb') || !/^\p{Ll}+s$/u.test(t.text) || !(RT.titles.has(singular) || PLURAL_ROLES.has(singular))) continue;
    const person = tagged(ts[i + 1], 'Honorific') || (tagged(ts[i + 1], 'FirstName') && /^\p{Lu}/u.test(ts[i + 2]?.text ?? ''));
    if (!/^\p{Lu}/u.test(ts[i - 1]!.text) || !person) continue;
    if (!/[,;:()"“”]/.test(ts[i - 1]!.post + t.post)) ts[i] = retagged(t, ['Noun', 'Plural'], singular);
  }
}

/** Words before "the X do" that leave the bare form a verb: a subjunctive "that", a modal, "do". */
const BARE_AFTER = new Set(['that', 'will', 'would', 'could', 'should', 'can', 'do']);
/** Bare forms that complete a small clause ("get the focus right"; retag.json). */
const SMALL_CLAUSE_WORDS: ReadonlySet<string> = new Set(retag.smallClauseWords);

/**
 * "undermine the election campaign itself", "plunders the address book in Outlook": a bare present
 * form right after a determiner and a lowercase singular noun cannot be that noun's verb (it would
 * take -s), so it heads a compound; not before an object ("trying to browse the site get a message"),
 * nor after a subjunctive "that", a causative or perception verb or a question word ("insisted that
 * the government act", "saw their economy continue", "would the party agree").
 */
function compoundHead(ts: readonly Token[], i: number): boolean {
  const t = ts[i]!;
  const prev = ts[i - 1]!;
  const det = ts[i - 2];
  const next = ts[i + 1];
  if (!tagged(t, 'Verb') || tagged(t, 'PastTense', 'Gerund', 'Participle', 'Auxiliary', 'Modal', 'Copula', 'Adjective')) return false;
  if (!/^\p{Ll}+$/u.test(t.text) || /s$/.test(t.norm) || SMALL_CLAUSE_WORDS.has(t.norm)) return false;
  if (/[,;:()"“”]/.test(prev.post + (det?.post ?? '')) || tagged(next, 'Determiner', 'Possessive', 'Value', 'Adjective')) return false;
  if (tagged(next, 'Pronoun') && !tagged(next, 'Reflexive')) return false;
  const noun =
    tagged(prev, 'Noun', 'Singular') && !tagged(prev, 'Plural', 'Pronoun', 'ProperNoun', 'Verb', 'Adjective', 'Possessive', 'Value');
  const determined = /^(?:the|a|an|this|its|his|her|their|our)$/.test(det?.norm ?? '');
  const before = ts[i - 3];
  const bareVerb =
    BARE_INFINITIVE_VERBS.has(before?.root ?? '') || BARE_AFTER.has(before?.norm ?? '') || BARE_AFTER.has(before?.root ?? '');
  return noun && /^\p{Ll}+$/u.test(prev.text) && determined && !bareVerb;
}

/**
 * "technical and reviews editor", "news and features editor of PC Pro": an -s form right before a
 * person's role noun (compromise's Actor) after a modifier, a conjunction or a determiner names the role.
 */
function roleModifierNoun(ts: readonly Token[], i: number): boolean {
  const t = ts[i]!;
  const prev = ts[i - 1]!;
  const next = ts[i + 1]!;
  if (!tagged(t, 'PresentTense') || tagged(t, 'Noun') || !/^\p{Ll}+s$/u.test(t.text) || /[,;:()]/.test(prev.post + t.post)) return false;
  const modifier = tagged(prev, 'Adjective', 'Conjunction', 'Determiner', 'Possessive') && !tagged(prev, 'Verb');
  return modifier && /^\p{Ll}+$/u.test(next.text) && tagged(next, 'Actor') && tagged(next, 'Singular') && !tagged(next, 'Verb');
}

/**
 * "flight attendants at bankrupt US Airways", "splits from coach Gilbert": a preposition takes no
 * finite verb, so a bare form between it and a name is the name's modifier.
 */
function adjectiveBeforeName(ts: readonly Token[], i: number): boolean {
  const t = ts[i]!;
  const prev = ts[i - 1]!;
  const next = ts[i + 1]!;
  if (!tagged(t, 'Verb') || tagged(t, 'PastTense', 'Gerund', 'Participle', 'Auxiliary', 'Modal', 'Copula', 'Noun')) return false;
  if (!/^\p{Ll}+$/u.test(t.text) || /s$/.test(t.norm) || /[,;:()"“”]/.test(prev.post + t.post)) return false;
  const preposition = tagged(prev, 'Preposition') && !tagged(prev, 'Pronoun') && !/^(?:to|who|that|which)$/.test(prev.norm);
  return preposition && /^\p{Lu}/u.test(next.text) && tagged(next, 'ProperNoun', 'Acronym', 'Place', 'Organization');
}

/** A verb-tagged word right after "a 28%" or "an 18.8 per cent": the noun the share counts. */
function percentNoun(ts: readonly Token[], i: number): boolean {
  const t = ts[i]!;
  if (!tagged(t, 'Verb') || tagged(t, 'PastTense', 'Gerund', 'Participle', 'Auxiliary', 'Modal', 'Copula')) return false;
  if (!/^\p{Ll}+$/u.test(t.text)) return false;
  const per = ts[i - 1]?.norm === 'cent' && ts[i - 2]?.norm === 'per' ? i - 3 : i - 1;
  const share = ts[per];
  if (!share || !(per < i - 1 || /%$/.test(share.text)) || !tagged(share, 'Value')) return false;
  return /[,;:()]/.test(share.post) ? false : /^(?:a|an|the|its|their|his|her|our)$/.test(ts[per - 1]?.norm ?? '');
}

function repairTags(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    const prev = ts[i - 1]!;
    const next = ts[i + 1]!;
    // "firms created 337,000 jobs last month", "The talks last week ended": 'last' before one unit of
    // time names when, not a verb ("could last weeks", "will last a year", "did not last long" stay).
    if (
      t.norm === 'last' &&
      tagged(t, 'Verb') &&
      tagged(next, 'Date') &&
      !tagged(next, 'Plural') &&
      !tagged(prev, 'Modal', 'Auxiliary', 'Copula', 'Adverb', 'Negative') &&
      prev.norm !== 'to'
    ) {
      ts[i] = retagged(t, ['Adjective']);
      continue;
    }
    // "a service from Tweedbank to Edinburgh covers its costs": compromise's range "to" (a conjunction
    // after "from X") is a preposition; a clause never opens after it.
    if (t.norm === 'to' && tagged(t, 'Conjunction') && !/-/.test(prev.post + t.post)) {
      ts[i] = retagged(t, ['Preposition']);
      continue;
    }
    // "a 28% stake in Manchester United", "a 5% rise in sales": after a determiner and a share the
    // word is the noun it counts.
    if (percentNoun(ts, i)) {
      ts[i] = retagged(t, sForm(t) ? ['Noun', 'Plural'] : ['Noun', 'Singular']);
      continue;
    }
    // "Qantas boss Geoff Dixon", "England captain Michael Vaughan": a title between a name and a name.
    const title =
      tagged(t, 'Verb') &&
      RT.titles.has(t.norm) &&
      /^\p{Ll}/u.test(t.text) &&
      /^\p{Lu}/u.test(prev.text) &&
      /^\p{Lu}/u.test(next.text) &&
      tagged(next, 'ProperNoun', 'Honorific', 'Person') &&
      !/[,;:()"“”]/.test(prev.post + t.post);
    // "Florian Mueller, campaign manager of a group", "Marcel Nienhuis, market analyst at": a bare word
    // between a name's comma and a role is its modifier.
    const roleModifier =
      tagged(t, 'Verb') &&
      !tagged(t, 'PastTense', 'Gerund', 'Participle', 'Auxiliary', 'Modal', 'Copula') &&
      /^\p{Ll}+[^s]$/u.test(t.text) &&
      /^\p{Lu}/u.test(prev.text) &&
      /,\s*$/.test(prev.post) &&
      /^\p{Ll}/u.test(next.text) &&
      (RT.titles.has(next.norm) || tagged(next, 'Actor')) &&
      !/[,;:()]/.test(t.post);
    // "US state Texas", "UK firm Tesco", "US research think-tank Pew": a bare word between a place
    // and a name (maybe before more nouns) is a classifier noun; so after "the" and a place ("the
    // US court to overturn"), and before a plural ("US net registrars", "US film charts": a place
    // takes a verb in -s, so its bare form is a noun of the compound).
    if (
      title ||
      roleModifier ||
      (tagged(t, 'Verb') &&
        !tagged(t, 'Noun', 'PastTense', 'Gerund', 'Participle', 'Auxiliary', 'Modal', 'Copula') &&
        /^\p{Ll}+$/u.test(t.text) &&
        !/(?:s|ed)$/.test(t.norm) &&
        !/[,;:()]/.test(prev.post + t.post) &&
        (placeAt(ts, i - 1) ||
          (/^\p{Ll}+$/u.test(prev.text) && tagged(prev, 'Singular') && !tagged(prev, 'Verb', 'Adjective') && placeAt(ts, i - 2)) ||
          // "gas giant Gazprom and oil firm Rosneft": after "and", before a noun and a name
          (prev.norm === 'and' &&
            /^\p{Ll}/u.test(next.text) &&
            (tagged(next, 'Noun') || RT.nounAdjectives.has(next.norm)) &&
            nameAfterNouns(ts, i))) &&
        (nameAfterNouns(ts, i) ||
          (/^\p{Ll}+s$/u.test(next.text) && tagged(next, 'Plural')) ||
          (ts[i - 2]?.norm === 'the' && placeAt(ts, i - 1) && (tagged(next, 'Preposition') || next.norm === 'to'))))
    ) {
      ts[i] = retagged(t, ['Noun', 'Singular']);
      continue;
    }
    if (compoundHead(ts, i)) {
      ts[i] = retagged(t, ['Noun', 'Singular']);
      continue;
    }
    if (roleModifierNoun(ts, i)) {
      ts[i] = retagged(t, ['Noun', 'Plural'], t.norm.replace(/s$/, ''));
      continue;
    }
    if (adjectiveBeforeName(ts, i)) {
      ts[i] = retagged(t, ['Adjective']);
      continue;
    }
    // "Labour MPs' fears over squabbling": an -s form right after a plural possessive is its noun.
    if (
      tagged(t, 'PresentTense') &&
      !tagged(t, 'Noun') &&
      /^\p{Ll}+s$/u.test(t.text) &&
      /s$/i.test(prev.text) &&
      /^['\u2019]\s*$/.test(prev.post)
    ) {
      ts[i] = { ...t, tags: new Set(['Noun', 'Plural']), root: t.norm.replace(/s$/, '') };
      continue;
    }
    // "The firm bought Activeworx", "the firm also has": an adjective alone between a determiner and
    // a finite verb (maybe after an adverb of retag.json verbAdverbs) is the noun heading the subject.
    const verb = RT.adverbs.has(next.norm) && !/[,;:()]/.test(next.post) ? ts[i + 2] : next;
    if (
      tagged(t, 'Adjective') &&
      !tagged(t, 'Noun', 'Verb', 'Comparable', 'Superlative') &&
      /^(?:the|this|that)$/.test(prev.norm) &&
      /^\p{Ll}+$/u.test(t.text) &&
      !/[,;:()]/.test(prev.post + t.post) &&
      tagged(verb, 'PastTense', 'PresentTense', 'Modal', 'Auxiliary', 'Copula') &&
      !tagged(verb, 'Noun', 'Adjective', 'Gerund', 'Participle') &&
      // "the old parties' lies", "the traditional bundled package": still inside the noun phrase
      // (a word retag.json knows heads noun phrases: "The firm gained protection").
      !/['\u2019]/.test(next.post) &&
      (RT.nounAdjectives.has(t.norm) || !participleBeforeNoun(ts, i + 1))
    ) {
      ts[i] = { ...t, tags: new Set(['Noun', 'Singular']), root: t.norm };
      continue;
    }
    if (tagged(t, 'Verb', 'ProperNoun') || !/^\p{Ll}+$/u.test(t.text) || RT.notVerbs.has(t.norm) || /[,;:()]/.test(t.post)) continue;
    const plural = tagged(t, 'Plural') && /[^su]s$/.test(t.norm) && t.norm.length > 3;
    const past = tagged(t, 'Adjective') && /[^e]ed$/.test(t.norm);
    // "rose", "fell"; and a verb whose past is its base before an object's first word ("the OECD
    // cut its growth predictions": retag.json sameParticiples).
    const same = RT.sameParticiples.has(t.norm) && (tagged(next, 'Value') || RT.objects.has(next.norm));
    const irregular = tagged(t, 'Singular') && !tagged(prev, 'Determiner', 'Possessive', 'Adjective') && (irregularPast(t.norm) || same);
    if (!plural && !past && !irregular) continue;
    const broken = /[,;:]/.test(prev.post);
    if (
      irregular &&
      (broken || tagged(prev, 'Noun', 'Pronoun')) &&
      (tagged(next, 'Value') || RT.objects.has(next.norm) || RT.pastPreps.has(next.norm))
    ) {
      ts[i] = {
        ...t,
        tags: new Set([...t.tags].filter((x) => x !== 'Noun' && x !== 'Singular').concat('Verb', 'PastTense')),
        root: toInfinitive(t.norm, 'PastTense'),
      };
      continue;
    }
    if (irregular) continue;
    // "The government refuses to publish": an -s word between a bare singular noun and "to" + infinitive
    // (not inside an object: "back controversial government plans to introduce ID cards").
    if (
      plural &&
      next.norm === 'to' &&
      tagged(ts[i + 2], 'Infinitive') &&
      tagged(prev, 'Singular') &&
      !tagged(prev, 'Possessive', 'Pronoun', 'Plural') &&
      !broken &&
      !afterVerb(ts, i - 1)
    ) {
      ts[i] = {
        ...t,
        tags: new Set([...t.tags].filter((x) => !['Noun', 'Plural', 'Singular'].includes(x)).concat('Verb', 'PresentTense')),
        root: toInfinitive(t.norm, 'PresentTense') || t.root,
      };
      continue;
    }
    const subj =
      broken ||
      RT.adverbs.has(prev.norm) ||
      RT.links.has(prev.norm) ||
      (tagged(prev, 'Noun', 'ProperNoun') &&
        !tagged(prev, 'Possessive', 'Determiner', 'Adjective', 'Value', 'Plural') &&
        !RT.objects.has(prev.norm));
    const adv = RT.adverbs.has(prev.norm) && tagged(ts[i - 2], 'Noun', 'ProperNoun', 'Pronoun');
    // "Howard taunts Blair over splits": an -s word between two capitalised names (after a comma only
    // with no finite verb after it: "Anna Kournikova, popstars Britney Spears and Avril Lavigne ...
    // have all been used" is a list).
    const names =
      plural &&
      !(broken && ts.slice(i + 1).some((x) => tagged(x, 'Verb') && tagged(x, 'PresentTense', 'PastTense') && !tagged(x, 'Gerund'))) &&
      /^\p{Lu}/u.test(prev.text) &&
      /^\p{Lu}/u.test(next.text) &&
      tagged(next, 'ProperNoun') &&
      !tagged(next, 'Plural');
    // "CES showcases 50,000 new gadgets": a count before an adjective or plural noun starts the object.
    const counted = plural && tagged(next, 'Value') && !/%/.test(next.text + next.post) && tagged(ts[i + 2], 'Adjective', 'Plural');
    const obj =
      names ||
      counted ||
      RT.objects.has(next.norm) ||
      (past && (tagged(next, 'Value') || /^\p{Lu}/u.test(next.text))) ||
      (((adv && tagged(next, 'Adjective', 'Noun', 'Value')) || (plural && tagged(prev, 'Singular') && tagged(next, 'Adjective'))) &&
        !tagged(next, 'Verb', 'Pronoun'));
    if (!subj || !obj || (plural && tagged(prev, 'Plural'))) continue;
    // "labelled casino-related regeneration schemes \"a pile of pants\"": inside a verb's object.
    if (plural && !names && afterVerb(ts, i - 1) && !isHeadlineLike(ts)) continue;
    const tags = new Set([...t.tags].filter((x) => !['Noun', 'Plural', 'Singular', 'Adjective', 'Actor', 'Comparable'].includes(x)));
    for (const x of ['Verb', plural ? 'PresentTense' : 'PastTense']) tags.add(x);
    const root = toInfinitive(t.norm, plural ? 'PresentTense' : 'PastTense') || t.root;
    ts[i] = { ...t, tags, root };
  }
}

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

/** Where parseChunk appends each sentence: its span and its tokens. */
interface Sink {
  spans: SentenceSpan[];
  tokens: TokenTableBuilder;
}

/** Parse one chunk (a paragraph, or a piece of a long one) and append its sentences, offsets shifted by `base`. */
function parseChunk(text: string, chunk: string, base: number, out: Sink): void {
  let docs: RawTerm[][];
  try {
    const doc = parse(chunk);
    doc.compute('offset');
    docs = doc.docs;
  } catch {
    out.spans.push({ text: chunk, start: base, end: base + chunk.length });
    out.tokens.add([]);
    return;
  }
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
    possessives(tokens);
    possessiveNames(tokens);
    apostrophePossessives(tokens);
    fixedTags(tokens);
    phraseTags(tokens);
    perfectTags(tokens);
    beParticiples(tokens);
    negatedParticiples(tokens);
    firstNameVerbs(tokens);
    bareInfinitives(tokens);
    nounsAfterObjectModifiers(tokens);
    participlesInPhrases(tokens);
    nounsBeforeOf(tokens);
    bareVerbSForms(tokens);
    likeAfterCopula(tokens);
    degreeAdjectives(tokens);
    neitherBetweenVerbs(tokens);
    toInfinitives(tokens);
    nounModifiers(tokens);
    classifiersBeforeNames(tokens);
    progressiveGerunds(tokens);
    progressiveControllers(tokens);
    gerundsAfterActors(tokens);
    nounsAfterSingularNames(tokens);
    nounsInRoles(tokens);
    homeAdverbs(tokens);
    recordHighs(tokens);
    repeatedByAdverbs(tokens);
    gerundsAfterPlurals(tokens);
    gerundsAfterTakers(tokens);
    nounsBeforeVerbs(tokens);
    capitalisedRuns(tokens);
    modifiersBeforePersons(tokens);
    originModifiers(tokens);
    namesBeforeHelpers(tokens);
    namesOpeningSentences(tokens);
    verbsBeforeParticiples(tokens);
    placesOpeningSentences(tokens);
    institutionsOpeningSentences(tokens);
    nounsAfterSaying(tokens);
    nounsAfterThat(tokens);
    nounsInPhrases(tokens);
    namedPhraseHeads(tokens);
    compoundHeads(tokens);
    topBeforeNumbers(tokens);
    objectCompoundHeads(tokens);
    verbThenPlural(tokens);
    pluralsAfterPasts(tokens);
    objectPlurals(tokens);
    gerundObjectPlurals(tokens);
    gerundSubjectHeads(tokens);
    adverbParticiples(tokens);
    namedObjectPlurals(tokens);
    pluralsBeforeShortForms(tokens);
    nounsAfterAccordingTo(tokens);
    repairTags(tokens);
    negatedPerfects(tokens);
    joinedParticiples(tokens);
    joinedPresents(tokens);
    pluralBeforeBareVerb(tokens);
    verbsAfterPluralNames(tokens);
    pluralsBeforeGerunds(tokens);
    pluralsOpeningClauses(tokens);
    gerundCompounds(tokens);
    gerundsInSubjects(tokens);
    gerundModifiers(tokens);
    objectHer(tokens);
    hyphenedParticles(tokens);
    hyphenedModifiers(tokens);
    ageNouns(tokens);
    gerundAdjectives(tokens);
    quantifiedGerunds(tokens);
    pastsBeforeAmounts(tokens);
    pluralHeads(tokens);
    pluralsBeforePhrases(tokens);
    participlesBeforeNouns(tokens);
    simplePasts(tokens);
    sayingBeforeThat(tokens);
    pluralsBeforeSaying(tokens);
    sayingAfterPronouns(tokens);
    pluralTitles(tokens);
    weekdayTitles(tokens);
    ingNounsAfterNames(tokens);
    nounsNeverVerbs(tokens);
    adverbsAfterModals(tokens);
    countedPlurals(tokens);
    nationalityPlurals(tokens);
    indefiniteFirms(tokens);
    pluralsBeforeWho(tokens);
    for (const part of splitInside(tokens)) {
      headlineVerbs(part);
      const first = part.find((t) => t.text);
      const last = part.findLast((t) => t.text);
      if (!first || !last || text.slice(first.start, first.end) !== first.text) continue; // offset drift: skip safely
      const end = last.end + (/^\S*/.exec(last.post)?.[0].length ?? 0); // keep the closing punctuation
      out.spans.push({ text: text.slice(first.start, end), start: first.start, end });
      out.tokens.add(part);
    }
  }
}

/**
 * "failed to recognise a House of Lords ruling that ...", "a Labour Party gathering": an -ing word
 * naming an act (retag.json ingEventNouns) after a determiner and a capitalised name is the noun the
 * name modifies, unless an object follows it ("saw the Tories winning the seat").
 */
function ingNounsAfterNames(ts: Token[]): void {
  for (let i = 2; i < ts.length; i++) {
    const t = ts[i]!;
    if (!tagged(t, 'Verb') || !RT.ingEventNouns.has(t.norm) || !/^\p{Ll}/u.test(t.text)) continue;
    let k = i - 1;
    while (
      k > 0 &&
      (/^\p{Lu}/u.test(ts[k]!.text) || (ts[k]!.norm === 'of' && /^\p{Lu}/u.test(ts[k - 1]!.text))) &&
      !/[,;:]/.test(ts[k]!.post)
    )
      k--;
    // ("made its surprise Chapter 11 bankruptcy filing in Houston": so after a possessive pronoun and nouns)
    let o = i - 1;
    while (o > 0 && tagged(ts[o], 'Noun', 'Value', 'Adjective') && !tagged(ts[o], 'Pronoun', 'Possessive') && !/[,;:]/.test(ts[o]!.post))
      o--;
    const owned = o < i - 1 && /^(?:its|his|her|their|our)$/.test(ts[o]!.norm);
    if (!owned && (k === i - 1 || !/^(?:a|an|the|this|that)$/.test(ts[k]!.norm) || !/^\p{Lu}/u.test(ts[k + 1]!.text))) continue;
    if (tagged(ts[i + 1], 'Determiner', 'Pronoun', 'Value', 'ProperNoun') && ts[i + 1]!.norm !== 'that') continue;
    ts[i] = retagged(t, ['Noun', /s$/.test(t.norm) ? 'Plural' : 'Singular']);
  }
}

/** "Sunday Telegraph journalist Robert Peston": a weekday before a newspaper's word is the first word of its name. */
function weekdayTitles(ts: Token[]): void {
  for (let i = 0; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    const n = ts[i + 1]!;
    if (!tagged(t, 'WeekDay') || t.post !== ' ' || !/^\p{Lu}/u.test(n.text) || !RT.weekdayTitles.has(n.norm)) continue;
    if (tagged(n, 'Possessive') && ts[i - 1]?.norm === 'on') continue;
    ts[i] = retagged(t, ['Noun', 'ProperNoun', 'Singular']);
    ts[i + 1] = retagged(n, ['Noun', 'ProperNoun', 'Singular']);
  }
}

/** A word after which a noun modifies the next noun ("the | think tank", "policy | think tank"), not a subject ("I | think"). */
const modifierSlot = (t: Token | undefined): boolean =>
  tagged(t, 'Noun', 'Adjective', 'Determiner') && !tagged(t, 'Pronoun') && !/[,;:]/.test(t?.post ?? '');

/**
 * Last of the repairs: "government efforts to impose curbs": a plural with no verb sense is a noun
 * (retag.json neverVerbs); so is any word in -ians ("that politicians talk", "civilians"): no verb ends so;
 * so is an -s word before "such as", which lists a noun's examples; so is a verb form that opens a
 * compound noun ("think tank": retag.json verbsOpeningCompounds).
 */
function nounsNeverVerbs(ts: Token[]): void {
  ts.forEach((t, i) => {
    // ("invest in other potential markets such as Latin America")
    const examples = ts[i + 1]?.norm === 'such' && ts[i + 2]?.norm === 'as' && /^\p{Ll}+s$/u.test(t.text);
    const never = RT.neverVerbs.has(t.norm) || /^\p{L}{3,}ians$/u.test(t.text) || (examples && !tagged(t, 'Auxiliary', 'Copula'));
    if (never && tagged(t, 'Verb')) ts[i] = retagged(t, ['Noun', 'Plural'], t.norm.replace(/s$/, ''));
    // "the social policy think tank": a verb form that opens a compound noun.
    else if (tagged(t, 'Verb') && RT.compoundHeads.get(t.norm)?.has(ts[i + 1]?.norm ?? '') && modifierSlot(ts[i - 1]))
      ts[i] = retagged(t, ['Noun', 'Singular']);
  });
}

/**
 * "the HD DVDs that will soon start to appear": an adverb of retag.json verbAdverbs that compromise
 * reads as the verb after a modal or auxiliary is the adverb, and the bare word after it is the
 * verb (not "will further", "even", "once": verbs or links in their own right).
 */
function adverbsAfterModals(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    const next = ts[i + 1]!;
    if (!tagged(ts[i - 1], 'Modal', 'Auxiliary') || !tagged(t, 'Verb') || /^(?:further|even|once|first)$/.test(t.norm)) continue;
    if (!RT.adverbs.has(t.norm) || /[,;:()]/.test(ts[i - 1]!.post + t.post) || !/^\p{Ll}+$/u.test(next.text)) continue;
    if (!tagged(next, 'Infinitive', 'Singular') || tagged(next, 'Determiner', 'Pronoun', 'Preposition', 'Adjective')) continue;
    ts[i] = retagged(t, ['Adverb']);
    if (!tagged(next, 'Verb')) ts[i + 1] = retagged(next, ['Verb', 'Infinitive']);
  }
}

const HEADLINE_VERBS: ReadonlySet<string> = new Set(retag.headlineVerbs);

/** A short line with no closing punctuation: a title ("Yukos accused of lying to court"). */
export const isHeadlineLike = (ts: readonly Token[]): boolean => {
  const last = ts.findLast((t) => t.text);
  return !!last && ts.length <= 14 && !/[.!?;:]/.test(last.post) && !ts.some((t) => /["\u201c\u201d]/.test(t.pre + t.post));
};

/**
 * "High fuel prices hit BA's profits", "Oil prices rise on supply fears": in a headline (a short line
 * with no closing punctuation), a headline verb right after a lowercase plural is the verb and the
 * plural its subject's head; words before it read as verbs are the subject's modifiers.
 */
function headlineVerbs(ts: Token[]): void {
  if (!isHeadlineLike(ts)) return;
  if (quotedHeadlineVerb(ts)) return;
  for (let i = 1; i < ts.length; i++) {
    const t = ts[i]!;
    const prev = ts[i - 1]!;
    const next = ts[i + 1];
    if (!HEADLINE_VERBS.has(t.norm) || tagged(t, 'Verb') || !sForm(prev)) continue;
    if (
      next &&
      !tagged(next, 'Determiner', 'Possessive', 'Noun', 'Value') &&
      !tagged(next, 'Preposition', 'Adverb', 'Adjective', 'ProperNoun')
    )
      continue;
    if (tagged(next, 'Verb') && !tagged(next, 'Noun')) continue;
    // After a name the -s word is its verb ("Cuba winds back", "Euronext joins bid battle"), unless it
    // is never one ("Krispy Kreme shares hit").
    const before = ts[i - 2];
    const modifier = !before || /^\p{Ll}/u.test(before.text) || tagged(before, 'Verb');
    if (!modifier && !RT.notVerbs.has(prev.norm)) continue;
    // "US drone strike kills top Iran military commander": after a singular noun, an -s form of a
    // verb compromise knows is the verb itself.
    const verbForm = lexicon[prev.norm.replace(/s$/, '')] === 'Infinitive' && !RT.notVerbs.has(prev.norm);
    if (verbForm && tagged(before, 'Singular') && !tagged(before, 'Plural')) continue;
    ts[i] = retagged(t, ['Verb', 'PresentTense'], t.norm);
    ts[i - 1] = retagged(prev, ['Noun', 'Plural'], prev.norm);
    for (let k = 0; k < i - 1; k++)
      if (tagged(ts[k], 'Verb') && !tagged(ts[k], 'Auxiliary')) ts[k] = retagged(ts[k]!, ['Noun', 'Singular']);
    return;
  }
}

/**
 * "UK 'risks breaking golden rule'", "LSE 'sets date for takeover deal'": in a headline, an -s form
 * opening a quotation of more than one word after a noun is the verb of the claim it quotes; words
 * before it read as verbs are the subject's. Not before "than" ("Disaster claims 'less than $10bn'").
 */
function quotedHeadlineVerb(ts: Token[]): boolean {
  const i = ts.findIndex((t, k) => k > 0 && /['\u2018]$/u.test(t.pre));
  const t = ts[i];
  const next = ts[i + 1];
  if (!t || !sForm(t) || !tagged(t, 'Plural', 'PresentTense') || /['\u2019]/u.test(t.post) || !next) return false;
  if (!tagged(ts[i - 1], 'Noun', 'ProperNoun') || tagged(ts[i - 1], 'Pronoun') || next.norm === 'than') return false;
  if (tagged(next, 'Verb') && !tagged(next, 'Gerund', 'Noun', 'Infinitive')) return false;
  ts[i] = retagged(t, ['Verb', 'PresentTense'], toInfinitive(t.norm, 'PresentTense') || t.norm);
  for (let k = 0; k < i; k++) if (tagged(ts[k], 'Verb') && !tagged(ts[k], 'Auxiliary')) ts[k] = retagged(ts[k]!, ['Noun', 'Singular']);
  // (and a bare form after it or after a noun in the quotation is a noun: "'sets date for'", "'declines debt freeze'")
  for (let k = i + 1; k < ts.length && !/['\u2019]/u.test(ts[k - 1]!.post); k++)
    if (bareForm(ts[k]) && !tagged(ts[k], 'Modal', 'Auxiliary', 'Gerund') && (k === i + 1 || tagged(ts[k - 1], 'Noun')))
      ts[k] = retagged(ts[k]!, ['Noun', 'Singular']);
  return true;
}

/** Words after which a full stop is no sentence end ("Mr.", "U.S.", "Jan."). */
const ABBREVIATIONS = new Set(retag.abbreviations);

/**
 * compromise keeps sentences together around quotes ('... believe." Mr Blair denied it', 'expenses.
 * We needed ...' inside a quotation): split where a token ends with . ! or ? (and maybe a closing
 * quote) before a capitalised word or an opening quote, unless it is an abbreviation or an initial.
 */
function splitInside(tokens: Token[]): Token[][] {
  const parts: Token[][] = [];
  let from = 0;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    // (An abbreviation in capitals is an acronym: "told the FT. But Rover said" ends at "FT".)
    const abbreviation = ABBREVIATIONS.has(t.norm.replace(/\.$/, '')) && !/^\p{Lu}{2,}$/u.test(t.text);
    if (!/^[.!?]+["\u201d\u2019')]*\s/.test(t.post) || /^\p{Lu}$/u.test(t.text) || abbreviation) continue;
    if (!/^\p{Lu}/u.test(next.text) && !/["\u201c]/.test(next.pre)) continue;
    parts.push(tokens.slice(from, i + 1));
    from = i + 1;
  }
  parts.push(tokens.slice(from));
  return parts;
}

/**
 * Parse text into sentences and, per sentence (same index), its tokens, offsets into `text`,
 * kept compact (token-table.ts): no more than one span's token objects exist at a time.
 * Never throws; empty text gives no sentences.
 */
export function parseTable(text: string): { sentences: SentenceSpan[]; tokens: TokenTable } {
  const out: Sink = { spans: [], tokens: new TokenTableBuilder() };
  if (!text?.trim()) return { sentences: out.spans, tokens: out.tokens.build() };
  let evidence: CaseEvidence | undefined;
  for (const span of parseSpans(text)) {
    let chunk = text.slice(span.start, span.end);
    // "Iran's Top General Visits Iraq": a title-case line is parsed with its common words in lowercase.
    if (isTitleCase(chunk)) chunk = sentenceCase(chunk, (evidence ??= caseEvidence(text)), lexiconTags);
    parseChunk(text, chunk, span.start, out);
  }
  return { sentences: out.spans, tokens: out.tokens.build() };
}

/** Parse text into sentences with their tokens, offsets into `text`. Never throws; empty text gives []. */
export function parseText(text: string): ParsedSentence[] {
  const { sentences, tokens } = parseTable(text);
  return sentences.map((s, i) => ({ ...s, tokens: tokens.build(i) }));
}

/** Split text into sentences with offsets into `text` (one parse per paragraph). */
export function splitSentences(text: string): SentenceSpan[] {
  return parseTable(text).sentences;
}
