/**
 * Repairs of names and capitals: capitalised runs are names, words before a person's name describe
 * the person, classifier and role nouns before names are nouns, sentence-opening words before a name
 * or "of" are its first word, plural titles and weekday titles ("Sunday Telegraph"); and the verb
 * after a plural name or a sentence-opening name.
 */
import retag from '../data/retag.json' with { type: 'json' };
import { lexicon, SWITCHES, type Token } from '../nlp.js';
import { bareForm, opensSentence, retagged, sForm, tagged } from './tokens.js';
import { RT } from './vocabulary.js';

/**
 * "a Devon man had been told he could use his dogs": compromise reads "Devon man" as a first name
 * and surname. A lowercase noun for a person (retag.json originNouns) is no surname, and a lone
 * capitalised word between an article and it says where the person is from: a place, not a person.
 */
export function originModifiers(ts: Token[]): void {
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
export function nounsInRoles(ts: Token[]): void {
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
export function modifiersBeforePersons(ts: Token[]): void {
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
 * "comments by acting Opec secretary general Adnan Shihab-Eldin", "outgoing EU trade commissioner
 * Pascal Lamy": a role gerund (retag.json roleGerunds) before a title, over up to three words of
 * the body's name or field, qualifies the title: an adjective, not a verb whose object is the person.
 */
export function roleGerunds(ts: Token[]): void {
  for (let i = 0; i < ts.length; i++) {
    if (!RT.roleGerunds.has(ts[i]!.norm) || !tagged(ts[i], 'Verb') || /[,;:]/.test(ts[i]!.post)) continue;
    for (let k = i + 1; k <= i + 4 && ts[k] && !/[,;:]/.test(ts[k - 1]!.post); k++) {
      if (RT.titles.has(ts[k]!.norm)) {
        ts[i] = retagged(ts[i]!, ['Adjective']);
        break;
      }
      if (!tagged(ts[k], 'Noun') || tagged(ts[k], 'Pronoun', 'Plural')) break;
    }
  }
}

/**
 * "EuroDisney, the European home of Mickey Mouse", "eBay said": a word with a capital after a
 * lowercase letter inside it is a name wherever it stands (compromise reads a sentence's first word
 * as a common noun).
 */
export function camelCaseNames(ts: Token[]): void {
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i]!;
    if (!/^\p{L}+\p{Ll}\p{Lu}\p{L}*$/u.test(t.text)) continue;
    if (tagged(t, 'ProperNoun', 'Verb', 'Pronoun') || !tagged(t, 'Noun')) continue;
    ts[i] = retagged(t, [...t.tags, 'ProperNoun']);
  }
}

/**
 * "In December, Royal Mail, which owns Parcelforce": compromise reads a comma list and tags the
 * name's words as a plain adjective and noun. Two or more titlecase words together inside a
 * sentence of mostly lowercase words are a name: each is a proper noun. Not a sentence's or
 * quotation's first word, not a title-case line ("Iraq Denies Tehran's Involvement In Attack").
 */
export function capitalisedRuns(ts: Token[]): void {
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
export function namesBeforeHelpers(ts: Token[]): void {
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
 * "Air China picked the London Stock Exchange", "Ask Jeeves bought Bloglines", "Care International
 * has closed down": a sentence-initial
 * bare verb form before a name and a finite verb is the name's first word, not an imperative. Not
 * an -ing/-ed word ("Ailing EuroDisney vows"), nor in a headline ("Budget Aston takes on Porsche"):
 * the paragraph must have a full stop after it.
 */
export function namesOpeningSentences(ts: Token[]): void {
  let stop = -1; // the last token whose punctuation ends a sentence
  for (let k = ts.length - 1; k >= 0 && stop < 0; k--) if (/[.!?]/.test(ts[k]!.post)) stop = k;
  for (let i = 0; i + 2 < ts.length && i <= stop; i++) {
    if (!opensSentence(ts, i)) continue;
    const first = ts[i]!;
    const name = ts[i + 1]!;
    const verb = ts[i + 2]!;
    // (or a helper: "Care International has closed down all its operations")
    const finite =
      tagged(verb, 'PastTense', 'Modal') ||
      (tagged(verb, 'PresentTense') && /s$/.test(verb.norm)) ||
      /^(?:has|had|is|was)$/.test(verb.norm);
    if (!bareForm(first) || !/^\p{Lu}\p{Ll}+$/u.test(first.text) || /(?:ing|ed)$/.test(first.norm)) continue;
    if (first.post.trim() || !finite || tagged(verb, 'Noun')) continue;
    if (tagged(name, 'ProperNoun') && /^\p{Lu}/u.test(name.text) && !name.post.trim())
      ts[i] = retagged(first, ['Noun', 'Singular', 'ProperNoun']);
  }
}

/**
 * "UK helps raped Rwandan women", "Firm sacks injured worker": after a sentence-opening name, an -s
 * word whose singular may be a verb, before an -ed word and a noun, is the verb; the -ed word describes
 * the noun (compromise read "UK helps" as a compound and "raped" as the verb).
 */
export function verbsBeforeParticiples(ts: Token[]): void {
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

const PLACE_HEADS: ReadonlySet<string> = new Set(retag.placeHeads);
/** "Downing Street has denied the claims": a sentence-opening -ing word before a place's last word is the name's first. */
export function placesOpeningSentences(ts: Token[]): void {
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
export function institutionsOpeningSentences(ts: Token[]): void {
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
 * "luxury goods firm LVMH", "Liverpool band The Coral", "US car firms General Motors": a classifier
 * noun (or its plural) read as a verb before a name is a noun (retag.json), after a lowercase noun
 * or adjective, or a singular after a name (not a capitalised first word: "Figures show UK growth";
 * not after a possessive: "PowerPage's publisher Jason O-Grady" is read as a role).
 */
/**
 * "..., market research firm NPD Group has reported": a bare verb form that opens a phrase (after a
 * comma, a determiner or the sentence start) and stands before a noun, a classifier noun (retag.json)
 * and a name modifies them: a noun.
 */
export function modifiersBeforeClassifiers(ts: Token[]): void {
  for (let i = 0; i + 3 < ts.length; i++) {
    const t = ts[i]!;
    if (!tagged(t, 'Infinitive', 'Imperative') || tagged(t, 'Noun', 'Auxiliary', 'Modal') || !/^\p{Ll}+$/u.test(t.text)) continue;
    const opens = i === 0 || /,\s*$/.test(ts[i - 1]!.post) || tagged(ts[i - 1], 'Determiner');
    if (!opens || /[,;:()]/.test(t.post + ts[i + 1]!.post + ts[i + 2]!.post)) continue;
    if (!tagged(ts[i + 1], 'Noun') || tagged(ts[i + 1], 'Verb', 'Pronoun') || !RT.classifiers.has(ts[i + 2]!.norm)) continue;
    if (/^\p{Lu}/u.test(ts[i + 3]!.text) && tagged(ts[i + 3], 'ProperNoun', 'Acronym')) ts[i] = retagged(t, ['Noun', 'Singular']);
  }
}

export function classifiersBeforeNames(ts: Token[]): void {
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

/**
 * "BT looks set to roll out", "Staunton looks likely to": "looks" after a name, before a word of
 * likelihood or "to", is the name's verb, not a plural noun the name modifies.
 */
export function looksAfterNames(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    if (t.norm !== 'looks' || tagged(t, 'Verb') || !/^\p{Lu}/u.test(ts[i - 1]!.text) || /[,;:]/.test(ts[i - 1]!.post + t.post)) continue;
    if (!/^(?:set|likely|unlikely|certain|sure|like|to)$/.test(ts[i + 1]!.norm)) continue;
    ts[i] = retagged(t, ['Verb', 'PresentTense'], 'look');
  }
}

/**
 * "each shopper will spend £220 and Britons lead Europe": a word compromise lists as a verb, read as
 * a noun between a plural name opening a clause and a name or determiner, is the name's verb (a
 * plural name modifies no noun there).
 */
export function verbsAfterPluralNames(ts: Token[]): void {
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

/** Roles whose plural names people before their names, beside the one-word titles ("executives"). */
const PLURAL_ROLES = new Set(['executive', 'official', 'member', 'worker', 'employee', 'lawyer', 'analyst']);

/**
 * "Railtrack managers Alistair Cook, Sean Fugill and Keith Lea", "Balfour Beatty executives Anthony
 * Walker and ...": a plural title between a name and a person's first name is a noun, not a verb;
 * so between a name or noun and "in", "at", "of" or "from" ("Enron bosses in $168m payout", "Music
 * industry bosses in Norway said"; not "heads", which heads somewhere).
 */
export function pluralTitles(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    const singular = t.norm.replace(/(?:(?<=ss|sh|ch|x)es|s)$/, ''); // ("bosses" → "boss")
    if (!tagged(t, 'Verb') || !/^\p{Ll}+s$/u.test(t.text) || !(RT.titles.has(singular) || PLURAL_ROLES.has(singular))) continue;
    const person = tagged(ts[i + 1], 'Honorific') || (tagged(ts[i + 1], 'FirstName') && /^\p{Lu}/u.test(ts[i + 2]?.text ?? ''));
    const placed = /^(?:in|at|of|from)$/.test(ts[i + 1]!.norm) && tagged(ts[i - 1], 'Noun') && singular !== 'head';
    if (!(person && /^\p{Lu}/u.test(ts[i - 1]!.text)) && !placed) continue;
    if (!/[,;:()"“”]/.test(ts[i - 1]!.post + t.post)) ts[i] = retagged(t, ['Noun', 'Plural'], singular);
  }
}

/** "Sunday Telegraph journalist Robert Peston": a weekday before a newspaper's word is the first word of its name. */
export function weekdayTitles(ts: Token[]): void {
  for (let i = 0; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    const n = ts[i + 1]!;
    if (!tagged(t, 'WeekDay') || t.post !== ' ' || !/^\p{Lu}/u.test(n.text) || !RT.weekdayTitles.has(n.norm)) continue;
    if (tagged(n, 'Possessive') && ts[i - 1]?.norm === 'on') continue;
    ts[i] = retagged(t, ['Noun', 'ProperNoun', 'Singular']);
    ts[i + 1] = retagged(n, ['Noun', 'ProperNoun', 'Singular']);
  }
}
