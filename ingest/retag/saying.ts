/**
 * Repairs around verbs of saying and "that": the reported clause's subject after "said" or "that" is
 * a noun, and a verb of saying before "that", after a subject pronoun or ending the sentence after
 * a comma is the verb.
 */
import { toInfinitive, type Token } from '../nlp.js';
import { afterPhrase, retagged, sayingVerb, sForm, tagged } from './tokens.js';
import { RT } from './vocabulary.js';

/**
 * "Ms Kelly said reforms should build on GCSEs", "Halifax said house prices rose": right after a verb
 * of saying, a present-tense "verb" before a modal, a finite verb (maybe after a phrase of a
 * preposition) or a noun opens the reported clause's subject: it is a noun (a verb cannot follow
 * "said" directly).
 */
export function nounsAfterSaying(ts: Token[]): void {
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
export function nounsAfterThat(ts: Token[]): void {
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
export function sayingBeforeThat(ts: Token[]): void {
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
export function sayingAfterPronouns(ts: Token[]): void {
  for (let i = 1; i < ts.length; i++) {
    const t = ts[i]!;
    if (!NOMINATIVE.has(ts[i - 1]!.norm) || tagged(t, 'Verb') || !tagged(t, 'Noun') || /[,;:]/.test(ts[i - 1]!.post)) continue;
    const root = /s$/.test(t.norm) ? toInfinitive(t.norm, 'PresentTense') : t.norm;
    if (RT.saying.has(root) && /^\p{Ll}+$/u.test(t.text)) ts[i] = retagged(t, ['Verb', 'PresentTense'], root);
  }
}

/**
 * "IBM test results show that ...", "..., newspaper reports claim.": a bare verb of saying before
 * "that", or ending the sentence after a comma and a phrase of up to two words, right after an -s
 * word read as a verb, is the verb, and the -s word its plural subject (two finite verbs do not meet).
 */
export function pluralsBeforeSaying(ts: Token[]): void {
  const trailing = (i: number): boolean =>
    i === ts.length - 1 && (/,\s*$/.test(ts[i - 2]?.post ?? '') || (/,\s*$/.test(ts[i - 3]?.post ?? '') && tagged(ts[i - 2], 'Noun')));
  for (let i = 1; i < ts.length; i++) {
    const t = ts[i]!;
    const prev = ts[i - 1]!;
    if (!(ts[i + 1]?.norm === 'that' || trailing(i)) || /s$/.test(t.norm) || !RT.saying.has(t.norm) || /[,;:]/.test(prev.post + t.post))
      continue;
    if (!tagged(prev, 'PresentTense') || tagged(prev, 'Auxiliary', 'Modal', 'Copula') || !/^\p{Ll}+s$/u.test(prev.text)) continue;
    ts[i - 1] = retagged(prev, ['Noun', 'Plural'], toInfinitive(prev.norm, 'PresentTense') || prev.norm);
    ts[i] = retagged(t, ['Verb', 'PresentTense', 'Infinitive'], t.norm);
  }
}

/**
 * "..., the firm claims.", "..., a new book about the chancellor claims.": an -s verb of saying
 * that ends the sentence after a comma and a noun phrase opened by an article is that phrase's
 * verb, reporting what went before (a noun cannot end a clause that trails a comma so).
 */
export function sayingAtEnd(ts: Token[]): void {
  const i = ts.length - 1;
  const t = ts[i];
  if (!t || i < 3 || tagged(t, 'Verb') || !tagged(t, 'Noun') || !/^\p{Ll}+s$/u.test(t.text) || /[,;:]/.test(ts[i - 1]!.post)) return;
  const root = toInfinitive(t.norm, 'PresentTense');
  if (!root || !RT.saying.has(root)) return;
  let k = i - 1;
  while (
    k > 0 &&
    !/[,;:]/.test(ts[k - 1]!.post) &&
    tagged(ts[k], 'Noun', 'Adjective', 'Determiner', 'Preposition') &&
    !tagged(ts[k], 'Pronoun')
  )
    k--;
  if (!/,\s*$/.test(ts[k - 1]?.post ?? '') || !/^(?:the|a|an)$/.test(ts[k]!.norm)) return;
  ts[i] = retagged(t, ['Verb', 'PresentTense'], root);
}

const CLAUSE_OPENERS = new Set(['that', 'it', 'he', 'she', 'they', 'we', 'i', 'there']);

/**
 * "is suing the firm saying it is unfair": an -ing form of a verb of saying read as a noun ("a
 * saying") before "that", a subject pronoun or a colon is the verb that reports what follows; so
 * is one of the plain verbs of saying (retag.json sayingGerunds) right after a preposition, before
 * any phrase ("hit back by saying Tory attitudes to Europe had helped").
 */
export function sayingGerunds(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    if (!/^\p{Ll}+ing$/u.test(t.text) || tagged(t, 'Verb') || !tagged(t, 'Noun') || /[,;]/.test(t.post)) continue;
    const root = toInfinitive(t.norm, 'Gerund');
    if (!root || !RT.saying.has(root)) continue;
    // (or a colon after it: 'was quoted in the Herald newspaper saying: "I feel ..."')
    const quote = /:\s*["“]?\s*$/.test(t.post);
    const afterPrep =
      tagged(ts[i - 1], 'Preposition') && RT.sayingGerunds.has(root) && tagged(ts[i + 1], 'Noun', 'Determiner', 'ProperNoun');
    if (CLAUSE_OPENERS.has(ts[i + 1]!.norm) || quote || afterPrep) ts[i] = retagged(t, ['Verb', 'Gerund'], root);
  }
}
