/**
 * Repairs of -ing words: progressives and gerunds that compromise reads as nouns or adjectives
 * (after "be", after actors, after verbs that take a gerund), and -ing words that are nouns or
 * modifiers of a compound ("consumer borrowing rose", "heating oil", "a Labour Party gathering").
 */
import retag from '../data/retag.json' with { type: 'json' };
import { lexicon, toInfinitive, type Token } from '../nlp.js';
import { isHeadlineLike } from './headlines.js';
import { retagged, sayingVerb, tagged } from './tokens.js';
import { BE_FORMS, GERUND_ADJECTIVES, PHRASE_STARTS, RT } from './vocabulary.js';

/**
 * "clamping down on people running pirated versions", "firms using Linux": an -ing word compromise
 * read as a noun, right after a plain plural (or "those") and before an object's first word, is the participle
 * of a reduced relative (not an -ing noun that names an act: retag.json ingEventNouns).
 */
export function gerundsAfterPlurals(ts: Token[]): void {
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
export function gerundsAfterTakers(ts: Token[]): void {
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
 * "The industry is targeting people who run websites", "is benefiting people": an -ing word read
 * as a noun right after a form of "be" and before the start of a noun phrase is the progressive's
 * verb when compromise knows its verb (not "is rising demand": a gerund of change modifies).
 */
export function progressiveGerunds(ts: Token[]): void {
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
export function progressiveControllers(ts: Token[]): void {
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
export function gerundsAfterActors(ts: Token[]): void {
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
 * "The barring of non-US visitors has led to": an -ing word compromise reads as a preposition
 * ("barring") right after a determiner and before "of" names the act, a noun.
 */
export function ingPrepositionNouns(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    if (!tagged(t, 'Preposition') || !/ing$/.test(t.norm) || !tagged(ts[i - 1], 'Determiner') || ts[i + 1]!.norm !== 'of') continue;
    ts[i] = retagged(t, ['Noun', 'Singular']);
  }
}

/**
 * "have reported falling profits", "faces mounting pressure": a change gerund (retag.json
 * gerundAdjectives) before a noun, not after a noun (a relative: "laws governing e-mail"), a form
 * of "be" or an auxiliary (a verb: "are increasing prices") or "by" (an act: "by increasing
 * prices"), is the first word of that noun's phrase ("housing association tenants"); so is any
 * gerund after a possessive ("Tony Blair's opening speech").
 */
export function gerundAdjectives(ts: Token[]): void {
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
export function quantifiedGerunds(ts: Token[]): void {
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
 * "to cut government borrowing and reduce taxes", "will boost consumer spending.": an -ing word
 * between a verb's bare singular object noun and the end of the phrase (a conjunction, punctuation,
 * "in" or "of") takes no object of its own: it is the noun the first one modifies.
 */
export function gerundCompounds(ts: Token[]): void {
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
export function gerundsInSubjects(ts: Token[]): void {
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
export function gerundModifiers(ts: Token[]): void {
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
 * "Consumer borrowing rose", "The firm's spending fell": a gerund after the opening noun, before a
 * past verb, is the subject's head; so after a verb of saying or "that" ("Rob Fahey said the mass
 * banning showed off the power of the Steam system").
 */
export function gerundSubjectHeads(ts: Token[]): void {
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

/**
 * "failed to recognise a House of Lords ruling that ...", "a Labour Party gathering": an -ing word
 * naming an act (retag.json ingEventNouns) after a determiner and a capitalised name is the noun the
 * name modifies, unless an object follows it ("saw the Tories winning the seat").
 */
export function ingNounsAfterNames(ts: Token[]): void {
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
