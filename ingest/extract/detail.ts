/**
 * What a sentence says of an argument beyond its name: the argument in full, from its owner to the
 * phrase that completes it ("Malaysia's central bank", "called for a return to O-levels and more
 * classroom discipline", "his party's plans to increase income tax to 50%", "commanded a salary of
 * between £25,000 and £35,000", "the employers who consistently refuse to pay the minimum wage",
 * "the mantras displayed on the posters"). It is kept on the statement as evidence, never in the entity's
 * name, so the noun still meets its other mentions.
 */
import type { Token } from '../parse.js';
import type { Sentence } from '../types.js';
import type { Span } from './clauses.js';
import { INTRANSITIVE, LEX, nominalNoun } from './lexicon.js';
import { npRight } from './phrases.js';
import { THINGS } from './things.js';
import { breakAfter, breakBefore, has, hasAny, isConj, isNounAt, isPrep, stopAfter, tensed } from './tokens.js';

/** Prepositions that open a noun's complement ("a stake in AOL Europe"); "at" only continues one. */
const OPENERS = new Set(['of', 'to', 'for', 'on', 'in', 'against', 'with', 'about', 'over', 'into', 'from', 'between', 'towards']);
const CONTINUERS = new Set([...OPENERS, 'at', 'up', 'across', 'within']);
/** Words inside an amount that neither end nor break it ("up to eight", "more than 10%", "£7.00 per minute"). */
const AMOUNT_WORDS = new Set(['up', 'more', 'less', 'fewer', 'around', 'nearly', 'almost', 'about', 'some', 'least', 'per']);

/** Longest complement kept, in tokens: past it the phrase is cut back to its last complete phrase. */
const MAX_TOKENS = 14;

/** Pronouns that can end a complement ("one of them"); any other pronoun starts a clause. */
const OBJECT_PRONOUNS = new Set(['them', 'him', 'her', 'us', 'it', 'me', 'you', 'this', 'these', 'those']);
/** A word that starts a new clause rather than continuing the noun phrase ("he", "which"). */
export const clauseStart = (t: Token): boolean =>
  LEX.relativePronouns.has(t.norm) || LEX.subordinators.has(t.norm) || (has(t, 'Pronoun') && !has(t, 'Possessive'));

/** Where a noun phrase may end: the sentence's end, punctuation, a preposition or "and"/"or". */
const phraseEnd = (ts: readonly Token[], k: number): boolean =>
  !ts[k + 1]?.text || breakAfter(ts[k]) || isPrep(ts[k + 1]) || ts[k + 1]!.norm === 'and' || ts[k + 1]!.norm === 'or';

/**
 * Inside a noun phrase already open, a plain lowercase form compromise tagged as a verb ("more
 * classroom discipline", "eight Las Vegas style resorts in"): a noun when only noun words follow
 * up to where the phrase may end, so "changes to the law mean that" keeps "mean" a verb.
 */
function nounInPhrase(ts: readonly Token[], k: number): boolean {
  for (let j = k; j < ts.length; j++) {
    const t = ts[j]!;
    // "schools put forward", "the rules apply": a plural noun before a bare form is its subject.
    // "the purchase of the LSE creates": an -s form after a name is the name's verb.
    if (j === k && (has(ts[k - 1], 'Plural') || (has(ts[k - 1], 'ProperNoun') && /s$/.test(t.norm)))) return false;
    const plain = has(t, 'Verb') && /^\p{Ll}+$/u.test(t.text) && !hasAny(t, 'PastTense', 'Gerund', 'Participle', 'Auxiliary', 'Modal');
    if (!plain && !(j > k && isNounAt(ts, j))) return false;
    if (phraseEnd(ts, j)) return true;
  }
  return false;
}

/** Nouns naming a part of a time ("the early part of 2005", "the end of the year"). */
const TIME_PARTS = new Set(['part', 'half', 'end', 'start', 'beginning', 'middle', 'rest', 'remainder']);

/** A time phrase starts at `k` ("on Monday", "the last six years", "last year", "in 2000"): the detail ends before it. */
export function timeAhead(ts: readonly Token[], k: number): boolean {
  if (ts[k]?.norm === 'per' || ts[k - 1]?.norm === 'per') return false; // "£7.00 per minute": a rate, not a time
  // "at the back-end of 2004": no time starts inside a hyphenated word
  if (k > 0 && /^-$/.test(ts[k - 1]!.post) && has(ts[k], 'Hyphenated')) return false;
  for (let j = k; j < ts.length; j++) {
    const t = ts[j]!;
    if (has(t, 'Date') || THINGS.time.has(t.norm) || /^(?:1[89]|20)\d\ds?$/.test(t.text)) return true;
    // "in the early part of 2005", "by the end of the year": a part of a time is a time.
    if (TIME_PARTS.has(t.norm) && ts[j + 1]?.norm === 'of' && !breakAfter(t) && timeAhead(ts, j + 2)) return true;
    if (j > k && (breakAfter(ts[j - 1]) || isPrep(t))) return false;
    if (!(j === k && isPrep(t)) && !hasAny(t, 'Determiner', 'Adjective', 'Value') && !['last', 'next', 'this'].includes(t.norm))
      return false;
  }
  return false;
}

/** Possessive pronouns that can lead an owner ("his party's plans"), never be one alone. */
const OWNER_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Longest owner kept before an argument, in tokens ("Tory MP Patrick Mercer's private member's"). */
const MAX_OWNER = 8;

/**
 * Start of the owner before the argument that starts at token `s` ("Malaysia's central bank",
 * "Brussels' own impact studies", "the firm's demise"), or `s` when no owner precedes it: back over
 * the nouns and modifiers joined to it, as long as one of them is a noun's possessive.
 */
function ownerStart(ts: readonly Token[], s: number): number {
  let start = s;
  let owned = false;
  for (let k = s - 1; k >= 0 && k >= s - MAX_OWNER; k--) {
    const t = ts[k]!;
    if (breakAfter(t) || has(t, 'Determiner') || isPrep(t) || has(t, 'Verb') || has(t, 'Conjunction')) break;
    if (OWNER_PRONOUNS.has(t.norm)) return owned ? k : s;
    if (has(t, 'Pronoun') || !hasAny(t, 'Noun', 'Adjective', 'Value', 'Possessive')) break;
    if (has(t, 'Possessive')) owned = true;
    start = k;
  }
  return owned ? start : s;
}

/** Words that take a share of what follows them and "of" ("some of the patents", "one of the banks"). */
const SHARES = new Set(
  'one two three four five six seven eight nine ten some many most few several half all none any each both part much majority minority dozens hundreds thousands millions number portion proportion percentage fraction handful third quarter'.split(
    ' ',
  ),
);

/**
 * Start of a share before the phrase that starts at `s` ("Some of | the patents", "one of | South
 * Korea's main retail banks", "just under a third of | users"), or `s`: the statement is about that
 * share, and the detail must not claim the whole.
 */
function shareStart(ts: readonly Token[], s: number): number {
  let k = s - 1;
  if (/^(?:the|its|their|his|her|our|these|those)$/.test(ts[k]?.norm ?? '')) k--;
  const q = ts[k - 1];
  if (ts[k]?.norm !== 'of' || !q || breakAfter(q) || !(SHARES.has(q.norm) || (has(q, 'Value') && !has(q, 'Date')))) return s;
  let start = k - 1;
  // "a large number of", "the vast majority of", "just under a third of"
  const before = (x: Token): boolean =>
    has(x, 'Value') || AMOUNT_WORDS.has(x.norm) || x.norm === 'a' || (has(x, 'Adjective') && !has(x, 'Noun'));
  while (start > 0 && before(ts[start - 1]!) && !breakAfter(ts[start - 1])) start--;
  if (ts[start - 1]?.norm === 'the' && !breakAfter(ts[start - 1]) && start < k - 1) start--;
  return start;
}

/**
 * Where the complement after the argument's head may begin at token `e`: a preposition that opens
 * one ("a stake in AOL Europe"), an infinitive after a noun of intent ("plans to increase income
 * tax"), the object of a gerund ("winning the election"). `afterPrep`: a noun phrase may follow.
 */
function opening(ts: readonly Token[], e: number): { from: number; afterPrep: boolean } | undefined {
  const head = ts[e - 1];
  const t = ts[e];
  // (a quotation the phrase ends with does not end it: 'spoke of "competing agendas" between Mr Brown and Mr Blair')
  const quoted = /^["\u201d]\s*$/.test(head?.post ?? '') && /["\u201c]/.test(quoteOpen(ts, e - 1));
  if (!t || (breakAfter(head) && !quoted)) return undefined;
  if (t.norm === 'to' && THINGS.intentNouns.has(head!.norm) && has(ts[e + 1], 'Infinitive') && !isNounAt(ts, e + 1)) {
    // (with its particle: "a pledge to stand down", "plans to pull out of Iraq")
    let from = e + 2;
    while (has(ts[from], 'Particle') && !breakAfter(ts[from - 1])) from++;
    return { from, afterPrep: true };
  }
  // compromise tags a gerund after a preposition as a noun: "with winning the election".
  const gerund = (has(head, 'Gerund') && !has(head, 'Noun')) || (/\p{L}{3}ing$/u.test(head!.norm) && has(t, 'Determiner'));
  if (gerund && isNounAt(ts, e) && !clauseStart(t)) return { from: e, afterPrep: true };
  return isPrep(t) && OPENERS.has(t.norm) ? { from: e, afterPrep: false } : undefined;
}

/** The quote mark that opens the quotation ending at `k` (its first word's `pre`), within a few words. */
function quoteOpen(ts: readonly Token[], k: number): string {
  for (let j = k; j >= Math.max(0, k - 5); j--) {
    if (/["\u201c]/.test(ts[j]!.pre)) return ts[j]!.pre;
    if (j < k && /["\u201c\u201d,;:]/.test(ts[j]!.post)) return '';
  }
  return '';
}

/** End (exclusive) of the complement that starts at token `e`, or `e` when there is none. */
export function complementEnd(ts: readonly Token[], e: number, open = opening(ts, e)): number {
  if (!open) return e;
  // An infinitive is itself the phrase's last word until an object follows ("plans to expand").
  let end = Math.max(open.from, e);
  /** The end before the latest preposition or "and": where a phrase cut at MAX_TOKENS falls back to. */
  let whole = end;
  let afterPrep = open.afterPrep;
  /** Whether a noun phrase is open: after a determiner, adjective, amount word or noun. */
  let inPhrase = false;
  for (let k = open.from; k < Math.min(ts.length, e + MAX_TOKENS); k++) {
    const t = ts[k]!;
    // (quote marks inside the phrase do not end it: 'described Africa as a "scar" on the world's conscience')
    if (k > e && (stopAfter(ts[k - 1]) || /\(/.test(t.pre))) return end;
    if (!t.text) continue;
    if (timeAhead(ts, k)) return end;
    if (isPrep(t) && CONTINUERS.has(t.norm)) {
      if (purposeOpener(ts, k)) return end;
      whole = end;
      afterPrep = true;
      inPhrase = false;
      continue;
    }
    // "one of them": an object pronoun after a preposition ends the phrase; "he", "which" start a clause.
    if (clauseStart(t) && !(afterPrep && OBJECT_PRONOUNS.has(t.norm))) return end;
    const than = t.norm === 'than' && ['more', 'less', 'fewer'].includes(ts[k - 1]!.norm);
    if (than || (AMOUNT_WORDS.has(t.norm) && (afterPrep || isNounAt(ts, k + 1)))) {
      inPhrase = true;
      continue;
    }
    // "the trend of illegally downloading US shows": an adverb between a preposition and its gerund.
    if (afterPrep && has(t, 'Adverb') && !hasAny(t, 'Noun', 'Adjective') && has(ts[k + 1], 'Gerund')) continue;
    // "no intention of abolishing the tax" (not "accused the government of trying to confuse": control).
    const gerund = afterPrep && has(t, 'Gerund') && ts[k + 1]?.norm !== 'to';
    const word = isNounAt(ts, k) || gerund || (inPhrase && nounInPhrase(ts, k));
    if (word) {
      // The phrase ends on a noun, never on "the", "new" or "his".
      if (!hasAny(t, 'Determiner', 'Possessive') && !(has(t, 'Adjective') && !has(t, 'Noun'))) end = k + 1;
      afterPrep = false;
      inPhrase = true;
      continue;
    }
    // "to O-levels and more classroom discipline": a noun phrase joined on, not a clause.
    const next = ts[k + 1];
    if (
      (t.norm === 'and' || t.norm === 'or') &&
      !afterPrep &&
      next &&
      (isNounAt(ts, k + 1) || AMOUNT_WORDS.has(next.norm)) &&
      !clauseStart(next)
    ) {
      whole = end;
      afterPrep = true; // a new noun phrase opens, as after a preposition
      inPhrase = false;
      continue;
    }
    return end;
  }
  // Cut at MAX_TOKENS: keep only the phrases that were complete.
  return e + MAX_TOKENS < ts.length ? whole : end;
}

/** "in an effort to", "in a bid to", "in order to": a purpose clause opens, no part of the phrase before. */
const purposeOpener = (ts: readonly Token[], k: number): boolean =>
  ts[k]!.norm === 'in' &&
  (ts[k + 1]?.norm === 'order' ||
    (/^(?:an?|the)$/.test(ts[k + 1]?.norm ?? '') && /^(?:effort|attempt|bid|move|drive)$/.test(ts[k + 2]?.norm ?? '')));

/** Longest "that" clause kept after a noun of saying, in tokens: a longer one is left out whole. */
const MAX_CONTENT = 20;

/**
 * End of the "that" clause after a noun of saying or knowing at `e` ("denied suggestions | that the
 * Independent ... are up for sale", "the fact | that foreign companies were already working ..."):
 * what was suggested is the point. The whole clause, to the sentence's end or its next break, or none.
 */
function contentEnd(ts: readonly Token[], e: number): number {
  if (ts[e]?.norm !== 'that' || !LEX.reportingNouns.has(ts[e - 1]?.norm ?? '') || breakAfter(ts[e - 1]) || breakAfter(ts[e])) return e;
  for (let k = e + 1; k < ts.length && k <= e + MAX_CONTENT; k++)
    if (k + 1 === ts.length || stopAfter(ts[k]) || !ts[k + 1]?.text || /\(/.test(ts[k + 1]!.pre)) return k + 1;
  return e;
}

/** Longest restrictive relative clause kept after an argument, in tokens: a longer one is left out whole. */
const MAX_RELATIVE = 14;

/**
 * End of a restrictive relative clause right after the phrase ending at `e` ("the small number of
 * employers | who consistently refuse to pay the minimum wage"): it says which ones are meant. The
 * whole clause, to the sentence's end, its next break or a clause joined by "and", or none (not
 * after a name or a comma; "that" only before its verb, not "the message to viewers that cash can";
 * none when a second verb follows, where the sentence's own verb may resume: "a band that has
 * reached a pinnacle can be tough").
 */
function relativeEnd(ts: readonly Token[], e: number): number {
  // "a situation | in which a useful human companion robot already exists": a preposition first.
  const pied = isPrep(ts[e]) && /^(?:which|whom)$/.test(ts[e + 1]?.norm ?? '') && !breakAfter(ts[e]);
  const r = pied ? e + 1 : e;
  const head = ts[e - 1];
  const rel = ts[r];
  if (!/^(?:who|which|that|whom)$/.test(rel?.norm ?? '') || breakAfter(head) || breakAfter(rel)) return e;
  if (!has(head, 'Noun') || has(head, 'ProperNoun') || has(head, 'Pronoun') || LEX.reportingNouns.has(head!.norm)) return e;
  if (rel!.norm === 'that' && !tensed(ts[r + 1]) && !has(ts[r + 1], 'Adverb')) return e;
  let verbs = 0;
  let group = false; // inside a verb group ("has consistently refused")
  for (let k = r + 1; k < ts.length && k <= r + MAX_RELATIVE; k++) {
    const t = ts[k]!;
    if (isConj(t) && (has(ts[k + 1], 'Determiner') || (has(ts[k + 1], 'Pronoun') && !has(ts[k + 1], 'Reflexive')))) return verbs ? k : e;
    // "news sources which are inaccessible from within China | as this would result in ...": a
    // subordinate clause after the relative's verb is the sentence's.
    if (verbs && LEX.subordinators.has(t.norm) && !has(ts[k - 1], 'Verb') && (t.norm !== 'as' || clauseAfter(ts, k))) return k;
    // (the relative's own verb may be tagged a bare form: "who consistently refuse to pay")
    const finite = tensed(t) || (!verbs && has(t, 'Verb') && !has(t, 'Gerund') && ts[k - 1]?.norm !== 'to');
    if (finite && !group && ++verbs > 1) return e;
    group = finite || (group && (has(t, 'Verb') || has(t, 'Adverb')));
    if (k + 1 === ts.length || stopAfter(t) || !ts[k + 1]?.text || /\(/.test(ts[k + 1]!.pre)) return verbs ? k + 1 : e;
  }
  return e;
}

/** "as this would result in ...": a tensed verb within a short subject after "as" (not "as Fagin", "such as BSkyB"). */
const clauseAfter = (ts: readonly Token[], k: number): boolean =>
  ts[k - 1]?.norm !== 'such' && ts.slice(k + 1, k + 4).some((t) => tensed(t) || has(t, 'Modal'));

/** -ing forms that work as prepositions ("about 5,000 jobs following the completion of its takeover"). */
const ING_PREPOSITIONS = new Set([
  'following',
  'including',
  'excluding',
  'regarding',
  'concerning',
  'pending',
  'according',
  'during',
  'notwithstanding',
  'barring',
]);
/** Acts only a person does, whose -ing form after an object belongs to the subject ("face a screen | wearing a special cap"). */
const PERSONAL_ACTS = new Set(['wear', 'promise', 'hope', 'vow', 'pledge', 'refuse', 'try', 'seek', 'beg', 'smile', 'laugh']);

/** Prepositions a participle after a noun takes ("the debt freeze offered by", "the mantras displayed on"). */
const PARTICIPLE_PREPS = new Set(['by', 'on', 'in', 'at', 'for', 'from', 'to', 'with', 'under', 'over', 'against']);

/**
 * End of a participle phrase right after the phrase ending at `e` ("the familiar mantras |
 * displayed on the posters", "the debt freeze | offered by the Paris Club group of creditors"): a
 * past participle after a common noun, its preposition and that phrase (with its own complement).
 */
function participleEnd(ts: readonly Token[], e: number): number {
  const head = ts[e - 1];
  const v = ts[e];
  const prep = ts[e + 1];
  if (!v || breakAfter(head) || breakAfter(v) || !has(head, 'Noun') || has(head, 'ProperNoun') || has(head, 'Pronoun')) return e;
  // "a proposal | allowing up to 100% foreign direct investment in its construction sector": an
  // -ing form with its object after a thing (after people it may be what they are seen or kept
  // doing, the predicate's: "stop people | pirating digital music").
  // Not an -ing form that works as a preposition ("jobs | following the completion"), nor one of
  // saying or wearing, which a person does ("published a report | noting", "took office | promising").
  const person = hasAny(head, 'Actor', 'Person') || LEX.personNouns.has(head!.norm) || LEX.plainPeople.has(head!.norm);
  if (has(v, 'Gerund') && !person && !ING_PREPOSITIONS.has(v.norm) && !LEX.reporting.has(v.root) && !PERSONAL_ACTS.has(v.root))
    return phraseAfter(ts, e + 1, e);
  const participle = (has(v, 'PastTense') || has(v, 'Participle')) && !hasAny(v, 'Gerund', 'Auxiliary', 'Copula');
  if (!participle || INTRANSITIVE.has(v.root) || !PARTICIPLE_PREPS.has(prep?.norm ?? '') || breakAfter(prep)) return e;
  // ("proposals | aimed at streamlining decision making on the issue": a gerund and its object)
  if (has(ts[e + 2], 'Gerund') && !breakAfter(ts[e + 2])) return phraseAfter(ts, e + 3, e);
  const np = npRight(ts, e + 2, ts.length);
  return np ? Math.max(np.e, complementEnd(ts, np.e)) : e;
}

/** End of the noun phrase at `k` with its own complement, when one starts there, or `none`. */
function phraseAfter(ts: readonly Token[], k: number, none: number): number {
  if (!ts[k] || breakAfter(ts[k - 1]) || clauseStart(ts[k]!)) return none;
  const end = complementEnd(ts, k, { from: k, afterPrep: true });
  return end > k ? end : none;
}

/**
 * The text of tokens [from, end) of sentence `s`, its quote marks balanced: a quotation the phrase
 * ends with keeps its closing mark ('as a "scar" on the world\'s conscience', 'as "complete
 * rubbish"'); one cut short loses its marks rather than leave one open ('of "squabbling like').
 */
export function quotedText(ts: readonly Token[], s: Sentence, from: number, end: number): string {
  const odd = (x: string): boolean => (x.match(QUOTES)?.length ?? 0) % 2 === 1;
  let text = s.text.slice(ts[from]!.start - s.start, ts[end - 1]!.end - s.start);
  // A quotation the phrase opens with keeps its opening mark ('"Islamic fundamentalism" to the new "threat"').
  const open = /["\u201c]$/u.exec(ts[from]!.pre)?.[0];
  if (open) text = open + text;
  if (!odd(text)) return text;
  const close = /^["\u201d]/u.exec(ts[end - 1]!.post)?.[0];
  return close ? text + close : text.replace(QUOTES, '');
}
const QUOTES = /["\u201c\u201d]/gu;

/** Token after an argument's phrase: past the complement of its noun when it has one. */
export const argumentEnd = (ts: readonly Token[], m: Span): number => Math.max(m.e, complementEnd(ts, m.e));

/** A word of an amount before a head ("95%", "4.2 million", "more than", "nearly"), never a year. */
/** A number, in words or figures ("three", "4.2", "£7.00"). */
const value = (x: Token | undefined): boolean => has(x, 'Value') || /^[£$€]?\d/.test(x?.text ?? '');
const amountWord = (ts: readonly Token[], k: number): boolean => {
  const t = ts[k]!;
  if (breakAfter(t) || has(t, 'Date') || /^(?:1[89]|20)\d\d$/.test(t.text)) return false;
  if (value(t) || AMOUNT_WORDS.has(t.norm)) return true;
  // ("between three and four million requests": a range)
  if (t.norm === 'and' && value(ts[k - 1]) && value(ts[k + 1])) return true;
  if (t.norm === 'between' && value(ts[k + 1])) return true;
  return t.norm === 'than' && /^(?:more|less|fewer)$/.test(ts[k - 1]?.norm ?? '');
};

/**
 * Start of the amount right before the phrase that starts at `s` ("a 95% | share", "more than 4.2
 * million | phone lines"), or `s`: the statement is about that many, and the detail must say so.
 */
function amountStart(ts: readonly Token[], s: number): number {
  let k = s;
  while (k > 0 && amountWord(ts, k - 1)) k--;
  // Only when a number is among them ("more | users" is a comparison, not an amount).
  return ts.slice(k, s).some((t) => has(t, 'Value') || /\d/.test(t.text)) ? k : s;
}

/** Words of quantity that say how much of a plural the statement covers ("most PCs are infested"). */
const QUANTIFIERS: ReadonlySet<string> = new Set(['most', 'many', 'some', 'few', 'all']);
/** Where a quantifier right before `s` starts ("most | PCs"), or `s`. */
const quantifierStart = (ts: readonly Token[], s: number): number =>
  s > 0 && QUANTIFIERS.has(ts[s - 1]!.norm) && !breakAfter(ts[s - 1]) && ts[s - 2]?.norm !== 'the' ? s - 1 : s;

/**
 * End of the doer's phrase after an act noun's phrase ending at `e` ("agreed to a buyout | by
 * Verizon Communications", "the assassination of Soleimani | by the US"): who does the act is
 * part of it; `e` when none.
 */
function doerEnd(ts: readonly Token[], head: number, e: number): number {
  const noun = ts[head - 1]?.norm ?? '';
  if (ts[e]?.norm !== 'by' || breakAfter(ts[e - 1]) || breakAfter(ts[e])) return e;
  // (right after the noun or its "of" phrase: not "a deal to suspend repayments | by", an infinitive's)
  if (e !== head && !/^(?:of|into)$/.test(ts[head]?.norm ?? '')) return e;
  if (!LEX.eventHeads.has(noun) && !nominalNoun(noun)) return e;
  // (not a time, an amount or a means: "by the end of the year", "by 27%", "by exploiting fears")
  const next = ts[e + 1];
  if (timeAhead(ts, e + 1) || hasAny(next, 'Value', 'Date', 'Pronoun', 'Gerund') || /^\p{Ll}+ing$/u.test(next?.text ?? '')) return e;
  const np = npRight(ts, e + 1, ts.length);
  return np ? np.e : e;
}

/**
 * The tokens of mention span `m`'s argument in full (share, owner, amount, name, complement).
 * `limit`: where the phrase must end at the latest (a subject's verb: "these members of the core
 * executive team | share").
 */
export function argumentSpan(ts: readonly Token[], m: Span, limit = ts.length): Span {
  const s = quantifierStart(ts, shareStart(ts, amountStart(ts, ownerStart(ts, m.s))));
  const phrase = doerEnd(ts, m.e, complementEnd(ts, m.e));
  const cap = Math.max(limit, m.e);
  // (a relative clause the limit cuts is left out whole: "TV clips which it | promotes")
  const relative = Math.max(relativeEnd(ts, phrase), participleEnd(ts, phrase));
  const e = Math.min(Math.max(phrase, contentEnd(ts, m.e), relative <= cap ? relative : phrase), cap);
  // "created fewer jobs than expected": the comparison is the point.
  const than = ts[e]?.norm === 'than' && !breakAfter(ts[e - 1]) && has(ts[e + 1], 'PastTense') && !breakBefore(ts[e + 1]!);
  const compared = than && s > 0 && /^(?:more|fewer|less)$/.test(ts[s - 1]!.norm) && !breakAfter(ts[s - 1]);
  if (compared && e + 2 <= Math.max(limit, m.e)) return { s: s - 1, e: e + 2 };
  // "French households bought fewer cars": right after the verb, the comparison is the point too.
  const fewer = s > 1 && /^(?:more|fewer|less)$/.test(ts[s - 1]!.norm) && !breakAfter(ts[s - 1]) && has(ts[s - 2], 'Verb');
  return fewer && !breakAfter(ts[s - 2]) ? { s: s - 1, e } : { s, e };
}

/**
 * The words of sentence `s` that `full` (argumentSpan of `m`) covers, or undefined when the
 * sentence says no more of the argument than the mention's span.
 */
export function argumentDetail(ts: readonly Token[], s: Sentence, m: Span, full: Span): string | undefined {
  if (full.s === m.s && full.e <= m.e + 1) return undefined;
  // Token offsets are the article's; the sentence text starts at `s.start`.
  return quotedText(ts, s, full.s, full.e);
}
