/**
 * Repairs of bare infinitives and "to" infinitives that compromise reads as names or nouns: "would
 * sue", "help the firm develop", "helps protect", "to chronicle the pandas' activities".
 */
import retag from '../data/retag.json' with { type: 'json' };
import { lexicon, pastForms, SWITCHES, type Token, toInfinitive } from '../nlp.js';
import { retagged, tagged } from './tokens.js';
import { BARE_INFINITIVE_VERBS, BARE_VERB_S_FORMS, PHRASE_STARTS, RT } from './vocabulary.js';

/** Of BARE_INFINITIVE_VERBS, the ones whose bare infinitive may stand before a preposition (retag.json). */
const PREPOSITION_INFINITIVE_VERBS: ReadonlySet<string> = new Set(retag.prepositionInfinitiveVerbs);

/** A lowercase word compromise reads as a first name only ("sue", "rob", "drew"). */
const lowerFirstName = (t: Token): boolean =>
  tagged(t, 'Person') && !tagged(t, 'Verb') && lexicon[t.norm] === 'FirstName' && /^\p{Ll}+$/u.test(t.text);

/**
 * "said it would sue Rosneft", "threatened to rob Dallaglio of": a lowercase word compromise reads
 * as a first name ("Sue", "Rob", "Chase") after "to", a modal or "not" is a bare verb.
 */
export function firstNameVerbs(ts: Token[]): void {
  for (let i = 1; i < ts.length; i++) {
    const t = ts[i]!;
    if (!lowerFirstName(t)) continue;
    const prev = ts[i - 1]!;
    if ((prev.norm === 'to' || tagged(prev, 'Modal') || /^(?:not|n't)$/.test(prev.norm)) && !/[,;:]/.test(prev.post))
      ts[i] = retagged(t, ['Verb', 'Infinitive']);
  }
}

/**
 * "The move drew praise from Washington": a lowercase irregular past compromise reads as a first
 * name ("drew") is the verb, its past participle known and its infinitive a verb in compromise's list.
 */
export function pastFirstNames(ts: Token[]): void {
  for (let i = 1; i < ts.length; i++) {
    const t = ts[i]!;
    if (!lowerFirstName(t)) continue;
    const inf = pastForms(t.norm)?.participle ? toInfinitive(t.norm, 'PastTense') : '';
    if (inf && inf !== t.norm && lexicon[inf] === 'Infinitive') ts[i] = retagged(t, ['Verb', 'PastTense'], inf);
  }
}

const isConjunction = (t: Token): boolean => t.norm === 'and' || t.norm === 'or';

/**
 * "will help the pharmaceutical firm develop the snacks": after such a verb (BARE_INFINITIVE_VERBS)
 * and its object, a word compromise knows as a verb, read as a noun before the start of another
 * object, is the infinitive; after "help" or "let", also before a preposition ("help the UK High
 * Street recover from").
 */
export function bareInfinitives(ts: Token[]): void {
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
    const verb = ts.slice(Math.max(0, i - 6), i - 1).findLast((x) => tagged(x, 'Verb'));
    if (!verb || !BARE_INFINITIVE_VERBS.has(verb.root || verb.norm) || /[,;:]/.test(ts[i - 1]!.post)) continue;
    // "helped Google reach revenues of $805.9m": after "help" or "let" and a name, a noun-or-verb
    // word before its object is the verb too (not after "make": "makes Panasonic brand products").
    const helps = PREPOSITION_INFINITIVE_VERBS.has(verb.root || verb.norm);
    const plural = helps && tagged(next, 'Plural') && tagged(next, 'Noun') && !tagged(next, 'ProperNoun', 'Possessive') && t.post === ' ';
    const object = RT.objects.has(next.norm) || plural;
    const switches = helps && object && /Verb/.test(SWITCHES[t.norm] ?? '') && tagged(ts[i - 1], 'ProperNoun');
    if (lexicon[t.norm] !== 'Infinitive' && !((joined || switches) && lexicon[t.norm] === 'Singular')) continue;
    // (before a preposition only after "help" or "let": "help the UK High Street recover from")
    if (!object && !joined && !(preposed && helps)) continue;
    ts[i] = { ...t, tags: new Set(['Verb', 'Infinitive']), root: t.norm };
    if (joined && !tagged(second, 'Verb')) ts[i + 2] = retagged(second!, ['Verb', 'Infinitive']);
  }
}

/**
 * "Chinese and US economic strength helped boost exports": right after a form of "help", a word
 * that may be a verb (compromise's word list or switches), or any singular before an article or a
 * possessive, before its object is a bare infinitive.
 */
export function infinitivesAfterHelp(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    const help = ts[i - 1]!;
    if (help.root !== 'help' || !tagged(help, 'Verb') || tagged(ts[i - 2], 'Determiner', 'Possessive')) continue;
    if (tagged(t, 'Verb', 'Plural', 'ProperNoun') || !/^\p{Ll}+$/u.test(t.text) || /[,;:()]/.test(help.post + t.post)) continue;
    const next = ts[i + 1]!;
    // (a word compromise does not know as a verb, before an article or a possessive: "helped bankroll the party's")
    const opens = /^(?:the|a|an|its|their|his|her|our)$/.test(next.norm) && tagged(t, 'Singular') && !tagged(t, 'Adjective');
    if (lexicon[t.norm] !== 'Infinitive' && SWITCHES[t.norm] !== 'Noun|Verb' && !opens) continue;
    if (!RT.objects.has(next.norm) && !(tagged(next, 'Noun', 'Adjective', 'Value') && !tagged(next, 'Verb', 'Pronoun'))) continue;
    ts[i] = retagged(t, ['Verb', 'Infinitive']);
  }
}

/**
 * "The agreement helps protect the rights": such a form (BARE_VERB_S_FORMS) read as a noun before a
 * bare verb and its object is the verb; so is its bare form after a plural ("Its cranes help build
 * oil rigs").
 */
export function bareVerbSForms(ts: Token[]): void {
  for (let i = 1; i + 2 < ts.length; i++) {
    const t = ts[i]!;
    const plural = BARE_VERB_S_FORMS.has(`${t.text}s`) && tagged(ts[i - 1], 'Plural');
    if (!(BARE_VERB_S_FORMS.has(t.text) || plural) || tagged(t, 'Verb') || !tagged(ts[i - 1], 'Noun')) continue;
    if (tagged(ts[i - 1], 'Determiner', 'Pronoun') || !tagged(ts[i + 1], 'Infinitive') || /[,;:]/.test(ts[i - 1]!.post + t.post)) continue;
    const next = ts[i + 2]!;
    const object = RT.objects.has(next.norm) || (plural && tagged(next, 'Noun', 'Adjective') && !tagged(next, 'Verb', 'Pronoun'));
    if (!object) continue;
    ts[i] = { ...t, tags: new Set(['Verb', 'PresentTense']), root: plural ? t.norm : t.norm.slice(0, -1) };
  }
}

const QUANTIFIERS = new Set(['all', 'both', 'each', 'half', 'none', 'one', 'most', 'some', 'any']);
const MOTION =
  /^(?:come|came|comes|coming|go|goes|went|gone|going|get|gets|got|rose|rise|rises|fell|fall|falls)$|^(?:return|mov|head|travel)/;

/**
 * "has allowed staff to chronicle the pandas' daily activities": after "to", a singular noun right
 * before the start of another phrase ("the", "his", "Titan's"; an amount, after a verb of aim) is
 * an infinitive with its object; after "have to" it is one whatever follows ("would not have to
 * adhere to US rulings").
 */
export function toInfinitives(ts: Token[]): void {
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
