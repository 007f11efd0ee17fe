/**
 * Headlines (a short line with no closing punctuation, isHeadlineLike): there compromise misses the
 * verb after a plural subject ("Oil prices rise on supply fears") or at the start of a quotation ("UK
 * 'risks breaking golden rule'"), and reads a verb into a stack of nouns ("Borders rail link campaign
 * rally") or a participle that modifies one ("Georgia plans hidden asset pardon"). Run on each part of a sentence after splitInside
 * (ingest/retag/index.ts); ingest/parse.ts re-exports isHeadlineLike for ingest/extract.
 */
import retag from '../data/retag.json' with { type: 'json' };
import { lexicon, toInfinitive, type Token } from '../nlp.js';
import { bareAfterSingular, bareForm, retagged, sForm, tagged } from './tokens.js';
import { RT } from './vocabulary.js';

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
export function headlineVerbs(ts: Token[]): void {
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
 * "Borders rail link campaign rally": in a headline, whose verbs take -s after a singular subject,
 * a bare present form right after a lowercase singular noun is one more noun of the compound (not
 * after a group noun: "Police warn", "Union members back deal" is a plural's).
 */
export function headlineBareNouns(ts: Token[]): void {
  if (!isHeadlineLike(ts)) return;
  for (let i = 1; i < ts.length; i++) {
    const t = ts[i]!;
    const prev = ts[i - 1]!;
    if (bareAfterSingular(t, prev) && !/[,;:'‘’]/.test(prev.post)) ts[i] = retagged(t, ['Noun', 'Singular']);
  }
}

/**
 * "Georgia plans hidden asset pardon": in a headline, a participle right after an -s verb, before a
 * noun, modifies that noun; the -s word stays the verb.
 */
export function headlineParticiples(ts: Token[]): void {
  if (!isHeadlineLike(ts)) return;
  for (let i = 2; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    const verb = ts[i - 1]!;
    if (!tagged(t, 'Participle') || tagged(t, 'Auxiliary') || !tagged(ts[i + 1], 'Noun') || tagged(ts[i + 1], 'Pronoun')) continue;
    if (!tagged(verb, 'Verb') || !sForm(verb) || tagged(verb, 'Auxiliary', 'Copula') || !tagged(ts[i - 2], 'Noun')) continue;
    ts[i] = retagged(t, ['Adjective']);
  }
}

const HEADLINE_AMOUNTS: ReadonlySet<string> = new Set(retag.headlineAmounts);

/**
 * "Japan bank shares up on link talk", "Profits down at BT": in a headline, an amount's plural before
 * "up", "down", "higher" or "lower" is a noun whose verb is left out, not a phrasal verb.
 */
export function headlineAmounts(ts: Token[]): void {
  if (!isHeadlineLike(ts)) return;
  ts.forEach((t, i) => {
    const dir = ts[i + 1];
    if (!HEADLINE_AMOUNTS.has(t.norm) || !dir || !/^(?:up|down|higher|lower)$/.test(dir.norm) || tagged(ts[i + 2], 'Noun', 'Determiner'))
      return;
    ts[i] = retagged(t, ['Noun', 'Plural'], t.norm);
    ts[i + 1] = retagged(dir, ['Adverb'], dir.norm);
  });
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
