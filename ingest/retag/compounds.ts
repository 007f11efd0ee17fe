/**
 * Repairs inside noun phrases: a bare verb form heading or inside a compound (after a determiner,
 * a preposition or names), plural nouns modifying nouns, and hyphened compounds ("back-up devices",
 * "cut-price flights").
 */
import { toInfinitive, type Token } from '../nlp.js';
import { bareForm, retagged, sayingVerb, sForm, tagged } from './tokens.js';
import { BARE_INFINITIVE_VERBS, RT } from './vocabulary.js';

/**
 * "opt for a debt repayment freeze, while": a bare verb form closing a phrase of a determiner,
 * adjectives and lowercase singular nouns, before punctuation, is the phrase's head: a base form
 * cannot be a singular noun's verb. Not after a verb that takes a bare infinitive ("let the market decide"),
 * "that" (a subjunctive: "insisted that the firm pay") or an auxiliary ("did the company pay?").
 */
export function compoundHeads(ts: Token[]): void {
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
export function objectCompoundHeads(ts: Token[]): void {
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
export function nounsInPhrases(ts: Token[]): void {
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
export function namedPhraseHeads(ts: Token[]): void {
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
    // ("its recently unveiled Walkman branded phone": a participle, an adverb before it, opens the modifiers)
    const opener = tagged(ts[j - 1], 'Adverb') ? j - 2 : j - 1;
    if (names > 0 && opener > 0 && tagged(ts[j], 'PastTense', 'Participle') && !/[,;:]/.test(ts[j]!.post)) j = opener;
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

/** "EU China arms ban", "Turkey-EU talks deal": a plural noun before a bare lowercase singular noun modifies it. */
export function nounModifiers(ts: Token[]): void {
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

/**
 * "hedge funds TCI and Atticus were planning": an -s form after a lowercase singular noun, before
 * names (joined by "and") and then a verb that agrees with a plural, is a plural noun the
 * names stand beside: a verb with its object takes no second verb after it. Not a verb of saying,
 * whose object may be a clause ("the firm says Iran was").
 */
export function pluralsBeforeNames(ts: Token[]): void {
  for (let i = 1; i + 2 < ts.length; i++) {
    const t = ts[i]!;
    const prev = ts[i - 1]!;
    if (!tagged(t, 'PresentTense') || tagged(t, 'Auxiliary', 'Copula', 'Modal') || !/^\p{Ll}+[^s]s$/u.test(t.text)) continue;
    if (sayingVerb(t) || !tagged(prev, 'Singular') || tagged(prev, 'Verb', 'Pronoun', 'ProperNoun', 'Determiner')) continue;
    if (!/^\p{Ll}+$/u.test(prev.text) || /[,;:]/.test(prev.post + t.post)) continue;
    let j = i + 1;
    const name = (x: Token | undefined): boolean => !!x && /^\p{Lu}/u.test(x.text) && tagged(x, 'ProperNoun', 'Acronym');
    while (name(ts[j]) || (j > i + 1 && ts[j]?.norm === 'and' && name(ts[j + 1]))) j++;
    const verb = ts[j];
    const plural = tagged(verb, 'Modal', 'PastTense') || /^(?:are|were|have|had|do|did)$/.test(verb?.norm ?? '');
    if (j === i + 1 || !plural || /[,;:]/.test(ts[j - 1]!.post)) continue;
    ts[i] = retagged(t, ['Noun', 'Plural'], toInfinitive(t.norm, 'PresentTense') || t.norm);
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
export function hyphenedParticles(ts: Token[]): void {
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
export function hyphenedModifiers(ts: Token[]): void {
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
