/**
 * Repairs of -s words that compromise reads as present-tense verbs where they are plural nouns: a
 * phrase's plural head, a verb's plural object, a plural subject before a bare verb, a gerund, "who",
 * a short form in brackets, and plurals after counts and nationalities.
 */
import retag from '../data/retag.json' with { type: 'json' };
import { lexiconTags, SWITCHES, type Token } from '../nlp.js';
import { afterPhrase, bareForm, retagged, sayingVerb, sForm, sVerb, tagged } from './tokens.js';
import { BARE_INFINITIVE_VERBS, BARE_VERB_S_FORMS, GERUND_TAKERS, RT } from './vocabulary.js';

/**
 * "the six largest Latin American economies (Argentina, ...)": an -s word right after the adjectives
 * of a phrase opened by a determiner or a number is the phrase's plural head, not a verb.
 */
export function pluralHeads(ts: Token[]): void {
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
export function pluralsBeforePhrases(ts: Token[]): void {
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

/**
 * "ruled that patients who have had a stroke should not": an -s word between "that" (or a
 * determiner) and "who" is the plural the relative is about (compromise may read "who" as a
 * preposition there).
 */
export function pluralsBeforeWho(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    if (!sForm(t) || !tagged(t, 'PresentTense') || ts[i + 1]!.norm !== 'who' || /[,;:]/.test(t.post)) continue;
    if (ts[i - 1]!.norm !== 'that' && !tagged(ts[i - 1], 'Determiner')) continue;
    ts[i] = retagged(t, ['Noun', 'Plural']);
    ts[i + 1] = retagged(ts[i + 1]!, ['Pronoun', 'QuestionWord']);
  }
}

/** Finite auxiliaries and modals: no -s verb is followed by one ("Stock markets had factored in"). */
const FINITE_AUXILIARIES: ReadonlySet<string> = new Set([
  ...'had has have will would can could may might must should shall is are was were'.split(' '),
  // contracted with their negation ("EU rules won't stop"): compromise keeps the contraction as the norm
  ..."hadn't hasn't haven't won't wouldn't can't couldn't mustn't shouldn't isn't aren't wasn't weren't".split(' '),
]);

/**
 * "Firms selling goods to China must pay", "said firms exporting to Iran would face": an -s "verb"
 * opening a phrase (no subject before it) right before a gerund, with a finite verb still to come,
 * is that verb's plural subject (not "He stops selling", "Yukos risks losing").
 */
export function pluralsBeforeGerunds(ts: Token[]): void {
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
export function pluralsOpeningClauses(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    if (!sVerb(t) || /[,;:]/.test(t.post)) continue;
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
 * "latest unemployment figures look set to", "the laser bridges work", "Stock markets had factored":
 * an -s "verb" right after a noun and before a bare verb form or a finite auxiliary is that verb's
 * plural subject (an -s verb cannot take either after it); so before a prepositional phrase of
 * nouns and a finite auxiliary ("Stock markets in Indonesia and India have hit").
 */
export function pluralBeforeBareVerb(ts: Token[]): void {
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
 * "The report warns firms to do": of two -s words read as verbs after a singular noun and before
 * "to" + verb, the second is the first one's plural object (two present verbs cannot follow each
 * other).
 */
export function verbThenPlural(ts: Token[]): void {
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
export function pluralsAfterPasts(ts: Token[]): void {
  for (let i = 2; i + 1 < ts.length; i++) {
    const verb = ts[i - 1]!;
    const t = ts[i]!;
    const next = ts[i + 1]!;
    if (!sVerb(t)) continue;
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
 * saying) and a bare lowercase noun or a brand's name ("selling Rossignol skis through"), an -s form
 * before a preposition is the gerund's plural object.
 */
export function gerundObjectPlurals(ts: Token[]): void {
  for (let i = 2; i + 1 < ts.length; i++) {
    const g = ts[i - 2]!;
    const noun = ts[i - 1]!;
    const t = ts[i]!;
    const next = ts[i + 1]!;
    if (!tagged(g, 'Gerund') || sayingVerb(g) || g.root === 'mean' || !sForm(t) || !tagged(t, 'PresentTense')) continue;
    // (or a brand's name: "by selling Rossignol skis through their shops"; not after a gerund that
    // takes a bare verb: "watching Arsenal plays at")
    const brand =
      tagged(noun, 'ProperNoun') &&
      /^\p{Lu}\p{Ll}+$/u.test(noun.text) &&
      !tagged(noun, 'Possessive', 'Person', 'Pronoun') &&
      !BARE_INFINITIVE_VERBS.has(g.root) &&
      !/^(?:see|watch|hear|notice|feel|let|make|have|help)$/.test(g.root);
    const plain = tagged(noun, 'Singular') && !tagged(noun, 'Verb', 'Pronoun', 'Possessive', 'ProperNoun') && /^\p{Ll}+$/u.test(noun.text);
    if (!plain && !brand) continue;
    if (!tagged(next, 'Preposition') || /^(?:to|that|as|like)$/.test(next.norm) || /[,;:()]/.test(g.post + noun.post + t.post)) continue;
    ts[i] = retagged(t, ['Noun', 'Plural'], t.norm);
  }
}

/** "Some 6,500 US stores plan to open": an -s form after a count and a place's name is the counted plural. */
export function countedPlurals(ts: Token[]): void {
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
export function nationalityPlurals(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const d = ts[i - 1]!;
    const t = ts[i]!;
    const name = ts[i + 1]!;
    if (!tagged(d, 'Demonym') || !sForm(t) || !tagged(t, 'PresentTense') || !/^\p{Lu}/u.test(name.text)) continue;
    if (!tagged(name, 'ProperNoun') || /[,;:()]/.test(d.post + t.post)) continue;
    ts[i] = retagged(t, ['Noun', 'Plural'], t.norm);
  }
}

/**
 * "Barclays had held merger talks with": an -s word after a lexical verb and one bare noun is that
 * verb's plural object (the noun cannot be the subject of a second finite verb). Not after a verb of
 * saying, whose clause may start there ("said management plans ...").
 */
export function objectPlurals(ts: Token[]): void {
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

/**
 * "She has won a number of arts prizes including the Wales Open": an -s word right after a lowercase
 * plural noun is that phrase's plural head, not a verb: a verb after a plural subject takes no -s
 * (not after "news", "politics" or "series", singular in meaning); only a word compromise does not
 * know as a verb alone.
 */
export function pluralsAfterPlurals(ts: Token[]): void {
  for (let i = 1; i < ts.length; i++) {
    const t = ts[i]!;
    const plural = ts[i - 1]!;
    if (!sVerb(t) || sayingVerb(t)) continue;
    if (!tagged(plural, 'Plural') || tagged(plural, 'Verb', 'Pronoun', 'ProperNoun', 'Possessive') || !/^\p{Ll}+$/u.test(plural.text))
      continue;
    if (/(?:ics|news|ss|us|ies)$/.test(plural.norm) || /[,;:()"“”]/.test(plural.post)) continue;
    const stem = t.norm.slice(0, -1);
    if (lexiconTags(stem).includes('Infinitive') && !/Noun/.test(SWITCHES[stem] ?? '')) continue;
    // ("the board of directors asks me": after a preposition's plural, before an object, the verb of the head before)
    if (tagged(ts[i - 2], 'Preposition') && tagged(ts[i + 1], 'Determiner', 'Pronoun', 'Possessive', 'Value', 'ProperNoun')) continue;
    ts[i] = retagged(t, ['Noun', 'Plural'], t.norm);
  }
}

/**
 * "Falic Group bought two cosmetics brands in early 2003": an -s word right after a count above one
 * and a plural is that phrase's plural head; a verb after the plural subject "two cosmetics" could
 * not take -s. Not after "one in three firms" or "one of two", whose subject is "one".
 */
export function pluralsAfterCounts(ts: Token[]): void {
  for (let i = 2; i < ts.length; i++) {
    const t = ts[i]!;
    if (!sVerb(t) || sayingVerb(t)) continue;
    const plural = ts[i - 1]!;
    const count = ts[i - 2]!;
    if (!tagged(plural, 'Plural') || tagged(plural, 'Verb', 'Pronoun', 'ProperNoun') || /[,;:()"“”]/.test(count.post + plural.post))
      continue;
    if (!tagged(count, 'Cardinal') || tagged(count, 'Year', 'Date') || /^(?:one|1)$/.test(count.norm)) continue;
    if (/^(?:in|of|out)$/.test(ts[i - 3]?.norm ?? '') || !/Noun/.test(SWITCHES[t.norm.slice(0, -1)] ?? 'Noun')) continue;
    ts[i] = retagged(t, ['Noun', 'Plural'], t.norm);
  }
}

const CHANGE_VERBS: ReadonlySet<string> = new Set(retag.changeVerbs);

/**
 * "In 2004 US exports rose 12.3%", "Shares rose 3%": an -s word right before the past of a verb of
 * change is its plural subject (two tensed verbs do not meet; not a verb of saying, "says rose").
 */
export function pluralsBeforeChanges(ts: Token[]): void {
  for (let i = 0; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    const next = ts[i + 1]!;
    if (!sForm(t) && !/^\p{Lu}\p{Ll}+[^s]s$/u.test(t.text)) continue;
    if (!tagged(t, 'PresentTense') || tagged(t, 'Noun', 'Auxiliary', 'Modal', 'Copula') || /[,;:]/.test(t.post)) continue;
    if (!tagged(next, 'PastTense') || !CHANGE_VERBS.has(next.root) || sayingVerb(t) || /^(?:has|is|was|does)$/.test(t.norm)) continue;
    ts[i] = retagged(t, ['Noun', 'Plural'], t.norm);
  }
}

/** Prepositions that never open a clause ("after", "before", "until", "since" and "as" may: "after the price rises"). */
const PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'with',
  'of',
  'in',
  'on',
  'for',
  'from',
  'by',
  'into',
  'about',
  'over',
  'under',
  'against',
  'at',
  'through',
  'without',
]);

/**
 * "were also supplied with the defective diesel fuel-injection pumps but neither": an -s word that
 * may be a plural noun, ending a preposition's object opened by a determiner and before a
 * conjunction, a preposition or a break, is that object's plural head (the object has no verb).
 */
export function pluralsEndingObjects(ts: Token[]): void {
  for (let i = 3; i < ts.length; i++) {
    const t = ts[i]!;
    if (!sVerb(t)) continue;
    if (!/Noun/.test(SWITCHES[t.norm.slice(0, -1)] ?? '')) continue;
    const next = ts[i + 1];
    if (next && !/[,;:.]/.test(t.post) && !tagged(next, 'Conjunction', 'Preposition')) continue;
    let k = i - 1;
    while (k > 0 && tagged(ts[k], 'Noun', 'Adjective') && !tagged(ts[k], 'Pronoun', 'Verb') && !/[,;:()]/.test(ts[k]!.post)) k--;
    if (k === i - 1 || !tagged(ts[k], 'Determiner') || ts[k]!.norm === 'that' || !PHRASE_PREPOSITIONS.has(ts[k - 1]?.norm ?? '')) continue;
    ts[i] = retagged(t, ['Noun', 'Plural'], t.norm);
  }
}

/**
 * "massively multi-player online role-playing games (MMORPGs)": an -s word right before a bracketed
 * short form is the plural head of the phrase the short form names, not a verb.
 */
export function pluralsBeforeShortForms(ts: Token[]): void {
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
export function namedObjectPlurals(ts: Token[]): void {
  for (let i = 2; i < ts.length; i++) {
    const t = ts[i]!;
    if (!sVerb(t)) continue;
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
