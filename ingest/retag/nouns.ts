/**
 * Repairs that make nouns of words compromise reads as verbs or adjectives: after an object's
 * modifier, before "of", after a singular name, before a finite verb, in ages ("the 64-year-old"),
 * "a ... firm", and the words no context makes a verb (nounsNeverVerbs).
 */
import { lexicon, SWITCHES, toInfinitive, type Token } from '../nlp.js';
import { bareAfterSingular, bareForm, retagged, sForm, tagged } from './tokens.js';
import { BARE_INFINITIVE_VERBS, RT } from './vocabulary.js';

/** Words that modify a verb's object noun ("preparing further law suits", "is more welfare reform"). */
const OBJECT_MODIFIERS: ReadonlySet<string> = new Set(['further', 'more', 'new', 'fresh', 'extra', 'additional', 'other']);

/**
 * "it is preparing further law suits", "One option is further welfare reform": a base verb form
 * after a modifier that follows a verb, before a noun, stands where the verb's object does and has
 * no subject: it is a noun modifying that noun (not after a helper: "should further damage ties").
 */
export function nounsAfterObjectModifiers(ts: Token[]): void {
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
 * "Mark Oaten also backed use of wire-tap evidence": a word compromise lists as a verb (not
 * "stopped short of"), right after a lexical past verb and before "of", is that verb's object noun;
 * only a verb that takes a bare infinitive ("helped dispose of", "let go of") puts a verb there.
 */
export function nounsBeforeOf(ts: Token[]): void {
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

/**
 * "US budget deficit to reach $368bn", "US trade gap ballooned", "loses US box office crown": a
 * bare verb form right after a singular name cannot be that name's verb, so before a noun it is
 * the first noun of the compound the name modifies. Not after a verb taking a bare infinitive
 * ("let Microsoft buy shares"), a coordination ("Iran and Syria sign deals") or "that"; at the
 * opening of a sentence only when the compound is the subject of what follows ("England win
 * series" stays a headline with a team's plural verb).
 */
export function nounsAfterSingularNames(ts: Token[]): void {
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
 * "the Marshall Plan, which brought US aid to rebuild Europe": a word that may be a noun or a verb,
 * after a lexical verb and a singular name and before "to" and an infinitive, is the object's noun
 * (the name's verb would need no "to": "let Microsoft buy shares", "helped Iraq rebuild").
 */
export function nounsAfterObjectNames(ts: Token[]): void {
  for (let i = 2; i + 2 < ts.length; i++) {
    const t = ts[i]!;
    const name = ts[i - 1]!;
    const verb = ts[i - 2]!;
    if (!bareForm(t) || tagged(t, 'Noun', 'Auxiliary', 'Modal') || !/^\p{Ll}+$/u.test(t.text) || !/Noun/.test(SWITCHES[t.norm] ?? ''))
      continue;
    if (!tagged(name, 'ProperNoun', 'Acronym') || tagged(name, 'Plural', 'Possessive') || name.post !== ' ' || t.post !== ' ') continue;
    if (!tagged(verb, 'PastTense', 'PresentTense') || tagged(verb, 'Auxiliary', 'Modal', 'Copula') || BARE_INFINITIVE_VERBS.has(verb.root))
      continue;
    if (ts[i + 1]!.norm !== 'to' || !tagged(ts[i + 2], 'Infinitive') || /[,;:]/.test(verb.post)) continue;
    ts[i] = retagged(t, ['Noun', 'Singular']);
  }
}

/**
 * "The Italian firm owns", "the German giant said", "The Swedish firm, the world's largest": a word
 * of retag.json nounAdjectives after "the" (or a possessive) and a capitalised word (a nationality,
 * a place, a name) heads the noun phrase where compromise reads an adjective or a verb; not before a
 * noun it would modify.
 */
export function nounAdjectivesAfterNames(ts: Token[]): void {
  for (let i = 2; i < ts.length; i++) {
    const t = ts[i]!;
    const place = ts[i - 1]!;
    if (!RT.nounAdjectives.has(t.norm) || !tagged(t, 'Adjective', 'Verb') || tagged(t, 'Noun')) continue;
    if (!/^\p{Lu}/u.test(place.text) || tagged(place, 'Verb', 'Pronoun') || place.post !== ' ') continue;
    const det = ts[i - 2]!;
    if (!/^(?:the|this|that|its|their)$/.test(det.norm) && !tagged(det, 'Possessive')) continue;
    const next = ts[i + 1];
    if (next && !/[,;:()]/.test(t.post) && tagged(next, 'Noun') && !tagged(next, 'Verb', 'Pronoun')) continue;
    ts[i] = retagged(t, ['Noun', 'Singular']);
  }
}

/**
 * "an assembly would improve transport links": a word that may be a noun or a verb right after a
 * lexical infinitive and before a noun is that noun's modifier (two bare verbs do not meet but
 * after "help", "let", "make", "go" and the like).
 */
export function nounsAfterInfinitives(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    const verb = ts[i - 1]!;
    const next = ts[i + 1]!;
    if (
      !tagged(t, 'Infinitive') ||
      tagged(t, 'Noun', 'Auxiliary', 'Modal', 'Copula') ||
      !/^\p{Ll}+$/u.test(t.text) ||
      RT.neverNouns.has(t.norm)
    )
      continue;
    if (!tagged(verb, 'Infinitive') || tagged(verb, 'Auxiliary', 'Modal', 'Copula') || /[,;:()"“”]/.test(verb.post + t.post)) continue;
    if (BARE_INFINITIVE_VERBS.has(verb.root || verb.norm) || /^(?:go|come|dare)$/.test(verb.norm)) continue;
    if (!tagged(next, 'Noun') || tagged(next, 'Pronoun', 'Determiner', 'ProperNoun', 'Verb') || !/^\p{Ll}/u.test(next.text)) continue;
    ts[i] = retagged(t, ['Noun', 'Singular']);
  }
}

/**
 * "calls for £5.5bn Aids fund", "a $2bn share buyback plan": an amount of money opens a noun phrase,
 * so a word that may be a noun or a verb (compromise's switches) after it and one to three
 * modifiers, at the phrase's end, is the phrase's head noun, not a verb.
 */
export function nounsAfterAmounts(ts: Token[]): void {
  for (let i = 2; i < ts.length; i++) {
    const t = ts[i]!;
    if (!bareForm(t) || tagged(t, 'Noun', 'Auxiliary', 'Modal', 'Copula') || !/Noun/.test(SWITCHES[t.norm] ?? '')) continue;
    let m = i - 1;
    while (m > i - 4 && m > 0 && tagged(ts[m], 'Noun', 'Adjective') && !tagged(ts[m], 'Pronoun', 'Value') && ts[m]!.post === ' ') m--;
    if (m === i - 1 || !tagged(ts[m], 'Money') || ts[m]!.post !== ' ') continue;
    // (a common plural before it is a contact relative's subject: "the £22bn ministers hope to save")
    if (tagged(ts[i - 1], 'Plural') && !tagged(ts[i - 1], 'ProperNoun')) continue;
    const next = ts[i + 1];
    if (next && !/[,;:.]/.test(t.post) && !tagged(next, 'Preposition', 'Conjunction', 'Verb')) continue;
    ts[i] = retagged(t, ['Noun', 'Singular']);
  }
}

/**
 * "US growth gathers steam", "the French spirits firm is considering a bid": a bare verb form after a
 * noun or name and right before a finite verb is the noun phrase's head. Before an auxiliary, a modal
 * or a copula any such word is, but a verb of saying ("which ministers claim will"); before an -s
 * verb, one after a singular word (a base form cannot be that word's verb: "growth gathers").
 */
export function nounsBeforeVerbs(ts: Token[]): void {
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
    // (a quotation closing after the word, opened in its phrase: 'Labour's "faltering election campaign" would')
    const quoted = /^["\u201d]\s+$/.test(t.post) && [1, 2, 3].some((d) => /["\u201c]$/.test(ts[i - d]?.pre ?? ''));
    if (/[,;:()"“”]/.test(prev.post) || (/[,;:()"“”]/.test(t.post) && !quoted) || /[-–—]/.test(t.post) || RT.saying.has(t.norm)) continue;
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

/** "The 64-year-old has denied": an age with no noun after it is the person (a noun, for the chunker). */
export function ageNouns(ts: Token[]): void {
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

/** "hired a Texas-based law firm": "firm" after a noun an indefinite article opens is a noun. */
export function indefiniteFirms(ts: Token[]): void {
  for (let i = 2; i < ts.length; i++) {
    const t = ts[i]!;
    if (t.norm !== 'firm' || !tagged(t, 'Adjective') || tagged(t, 'Noun') || !tagged(ts[i - 1], 'Singular')) continue;
    let a = i - 1;
    while (a > i - 4 && tagged(ts[a - 1], 'Noun', 'Adjective') && !tagged(ts[a - 1], 'Determiner') && !/[,;:]/.test(ts[a - 1]!.post)) a--;
    if (/^an?$/.test(ts[a - 1]?.norm ?? '')) ts[i] = retagged(t, ['Noun', 'Singular'], t.norm);
  }
}

/** A word after which a noun modifies the next noun ("the | think tank", "policy | think tank"), not a subject ("I | think"). */
const modifierSlot = (t: Token | undefined): boolean =>
  tagged(t, 'Noun', 'Adjective', 'Determiner', 'Value') && !tagged(t, 'Pronoun') && !/[,;:]/.test(t?.post ?? '');

/**
 * Last of the repairs: "government efforts to impose curbs": a plural with no verb sense is a noun
 * (retag.json neverVerbs); so is any word in -ians ("that politicians talk", "civilians"): no verb ends so;
 * so is an -s word before "such as", which lists a noun's examples; so is a -ware word; so is a verb form that opens a
 * compound noun ("think tank": retag.json verbsOpeningCompounds); so is a prefixed noun ("re-marriage").
 */
/** "re-marriage", "co-operation": a prefix and a hyphen before a noun's suffix make no verb. */
const PREFIXED_NOUN =
  /^(?:re|co|pre|non|anti|post|self|over|under|counter|mis|de|inter|multi|sub)-\p{Ll}+(?:ion|ment|ity|ness|ance|ence|ship|iage)s?$/u;

/** "considered it software piracy": software, spyware, hardware are things; only "beware" is a verb. */
const WARE = /^(?!beware$)\p{L}{2,}ware$/u;

export function nounsNeverVerbs(ts: Token[]): void {
  ts.forEach((t, i) => {
    if (PREFIXED_NOUN.test(t.norm) && tagged(t, 'Verb')) {
      ts[i] = retagged(t, ['Noun', /s$/.test(t.norm) ? 'Plural' : 'Singular']);
      return;
    }
    // ("invest in other potential markets such as Latin America")
    const examples = ts[i + 1]?.norm === 'such' && ts[i + 2]?.norm === 'as' && /^\p{Ll}+s$/u.test(t.text);
    const never = RT.neverVerbs.has(t.norm) || /^\p{L}{3,}ians$/u.test(t.text) || (examples && !tagged(t, 'Auxiliary', 'Copula'));
    if (never && tagged(t, 'Verb')) ts[i] = retagged(t, ['Noun', 'Plural'], t.norm.replace(/s$/, ''));
    else if (WARE.test(t.norm) && tagged(t, 'Verb')) ts[i] = retagged(t, ['Noun', 'Singular']);
    // "the social policy think tank": a verb form that opens a compound noun.
    else if (tagged(t, 'Verb') && RT.compoundHeads.get(t.norm)?.has(ts[i + 1]?.norm ?? '') && modifierSlot(ts[i - 1]))
      ts[i] = retagged(t, ['Noun', 'Singular']);
  });
}

/**
 * "Cara Diemont of IT firm Dimension Data", "the IT giant": "IT" in capitals inside a sentence of
 * mixed case is the acronym, a noun, not the pronoun; and a word after it that may be a verb is the
 * noun it modifies ("firm", "work").
 */
export function itAcronyms(ts: Token[]): void {
  let mixed: boolean | undefined; // (read only once an "IT" is seen)
  for (let i = 1; i < ts.length; i++) {
    const t = ts[i]!;
    if (t.text !== 'IT' || /["\u201c\u2018']/.test(t.pre)) continue;
    mixed ??= ts.some((x) => /\p{Ll}/u.test(x.text));
    if (!mixed) return;
    ts[i] = retagged(t, ['Noun', 'Acronym', 'Singular'], 'it');
    const next = ts[i + 1];
    const verbForm = next && tagged(next, 'Verb') && !tagged(next, 'Auxiliary', 'Copula', 'Modal', 'PastTense', 'Gerund');
    if (verbForm && /^\p{Ll}+$/u.test(next.text) && !/[,;:]/.test(t.post))
      ts[i + 1] = retagged(next, ['Noun', /s$/.test(next.norm) ? 'Plural' : 'Singular']);
  }
}

/**
 * "launched an information campaign in airports and travel agencies": a word that may be a noun
 * or a verb, right after "and" that joins it to a plural a preposition opens, before a plural
 * noun, is one more noun of that preposition's object (when no bare verb before it could be the
 * verb it joins).
 */
export function nounsInJoinedObjects(ts: Token[]): void {
  for (let i = 2; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    if (ts[i - 1]!.norm !== 'and' || !bareForm(t) || !tagged(t, 'Verb') || SWITCHES[t.norm] !== 'Noun|Verb') continue;
    const next = ts[i + 1]!;
    if (!tagged(next, 'Plural') || !tagged(next, 'Noun') || tagged(next, 'Verb', 'Pronoun') || /[,;:]/.test(t.post)) continue;
    let k = i - 2;
    if (!tagged(ts[k], 'Plural') || tagged(ts[k], 'Verb', 'Pronoun') || /[,;:]/.test(ts[k]!.post)) continue;
    while (k > 0 && tagged(ts[k - 1], 'Noun', 'Adjective') && !tagged(ts[k - 1], 'Verb', 'Determiner', 'Pronoun')) k--;
    if (!tagged(ts[k - 1], 'Preposition')) continue;
    // (not after a bare verb it may join: "wants to introduce a points system for economic
    // migrants and increase deportations")
    let v = k - 2;
    while (v >= 0 && !(tagged(ts[v], 'Verb') && !tagged(ts[v], 'Auxiliary'))) v--;
    if (v >= 0 && bareForm(ts[v])) continue;
    ts[i] = retagged(t, ['Noun', 'Singular']);
    ts[i + 1] = retagged(next, ['Noun', 'Plural']);
  }
}

/**
 * "a mining firm that has the motto": a bare verb form right after a singular noun that an "a" or
 * "an" opens (over its modifiers) is that phrase's head noun, since a singular subject takes no bare
 * present (not after a group noun: "a pair sit"; nor in a small clause: "helped a small firm grow").
 */
export function headsAfterIndefiniteNouns(ts: Token[]): void {
  for (let i = 2; i < ts.length; i++) {
    const t = ts[i]!;
    const prev = ts[i - 1]!;
    // ("a Parliamentary Labour Party meeting like no other": "like" is a preposition there)
    if (!/^\p{Ll}+$/u.test(t.text) || t.norm === 'like' || !bareAfterSingular(t, prev) || /[,;:]/.test(prev.post)) continue;
    let k = i - 2;
    while (k > 0 && tagged(ts[k], 'Adjective', 'Noun') && !tagged(ts[k], 'Verb', 'Determiner') && !/[,;:]/.test(ts[k]!.post)) k--;
    if (!/^(?:a|an)$/.test(ts[k]!.norm) || /[,;:]/.test(ts[k]!.post)) continue;
    // (not a preposition's object, whose clause's subject is further back: "Citizens in a majority
    // of nations surveyed in a BBC World Service poll believe")
    const before = ts[k - 1];
    if (tagged(before, 'Preposition') || (tagged(before, 'Verb') && BARE_INFINITIVE_VERBS.has(before!.root))) continue;
    ts[i] = retagged(t, ['Noun', 'Singular']);
  }
}

/**
 * "helped fund the party's billboard campaign.": a bare verb form right after a possessor's singular
 * noun with nothing after it is that phrase's head noun, since a singular subject takes no bare
 * present (not after a group noun: "the club's board meet"; nor in a small clause: "saw France
 * Telecom's debt soar").
 */
export function headsAfterPossessedNouns(ts: Token[]): void {
  for (let i = 2; i < ts.length; i++) {
    const t = ts[i]!;
    const prev = ts[i - 1]!;
    if (!/^\p{Ll}+$/u.test(t.text) || !bareAfterSingular(t, prev)) continue;
    if (!tagged(ts[i - 2], 'Possessive') || /[,;:]/.test(ts[i - 2]!.post + prev.post)) continue;
    // (with no object after it; nor a small clause's verb: "saw France Telecom's debt soar to")
    const next = ts[i + 1];
    if (next && !/[,;:]/.test(t.post) && !tagged(next, 'Preposition', 'Conjunction')) continue;
    let k = i - 3;
    while (k > 0 && tagged(ts[k], 'ProperNoun', 'Determiner') && !tagged(ts[k], 'Verb')) k--;
    if (tagged(ts[k], 'Verb') && BARE_INFINITIVE_VERBS.has(ts[k]!.root)) continue;
    ts[i] = retagged(t, ['Noun', 'Singular']);
  }
}
