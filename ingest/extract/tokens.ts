/** Token-level tests over compromise tags, shared by the clause reader and the mention finder. */
import { BARE_VERB_S_FORMS, bareForm, GERUND_ADJECTIVES, joinsPastVerb, type Token } from '../parse.js';
import things from '../data/things.json' with { type: 'json' };
import { LEX } from './lexicon.js';

export const has = (t: Token | undefined, tag: string): boolean => !!t && t.tags.has(tag);
/**
 * Whether `t` has any of the tags. Named parameters, not a rest array or a list and `some`: the
 * clause and mention readers call this per word, mostly in V8's interpreter, where each array and
 * closure is allocated on every call.
 */
export function hasAny(t: Token | undefined, a: string, b: string, c?: string, d?: string, e?: string, f?: string): boolean {
  if (!t) return false;
  const s = t.tags;
  if (s.has(a) || s.has(b)) return true;
  if (c === undefined) return false;
  if (s.has(c)) return true;
  if (d === undefined) return false;
  return s.has(d) || (e !== undefined && s.has(e)) || (f !== undefined && s.has(f));
}
/** A sum of money: tagged so, or written with a currency sign ("$5m", "£2,000"). */
export const isMoney = (t: Token | undefined): boolean => has(t, 'Money') || /^[$£€¥]/.test(t?.text ?? '');

const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", "'re", "'m"]);
export const isBe = (t: Token | undefined): boolean => !!t && BE.has(t.norm);

/** A negation word; not a hyphenated prefix ("non-wage payroll costs", "no-fly zone"). */
export const isNeg = (t: Token | undefined): boolean =>
  !!t &&
  (has(t, 'Negative') || LEX.negation.has(t.norm)) &&
  t.norm !== 'no' &&
  t.norm !== 'without' &&
  !(has(t, 'Hyphenated') && /-$/.test(t.post));

/**
 * A preposition: never a verb, a relative pronoun ("posters which critics claim"), nor a word inside
 * a hyphenated word ("bread-and-butter", "state-of-the-art", where "and" and "of" join nothing).
 */
export const isPrep = (t: Token | undefined): boolean =>
  !!t &&
  (has(t, 'Preposition') || LEX.prepositions.has(t.norm)) &&
  !has(t, 'Verb') &&
  !has(t, 'Hyphenated') &&
  !LEX.relativePronouns.has(t.norm);

/** A coordinating conjunction; not inside a hyphenated word ("bread-and-butter"). */
export const isConj = (t: Token | undefined): boolean =>
  !!t && (t.norm === 'and' || t.norm === 'or' || t.norm === 'but' || t.norm === 'nor') && !has(t, 'Hyphenated');

/** A finite verb form: a tensed verb, an auxiliary or a modal (no gerund, no bare infinitive). */
export const tensed = (t: Token | undefined): boolean =>
  !!t &&
  !has(t, 'Gerund') &&
  !/ing$/.test(has(t, 'Auxiliary') || has(t, 'Copula') ? t.norm : '') && // "getting rid", "being"
  (hasAny(t, 'Auxiliary', 'Modal', 'Copula', 'PastTense') || (has(t, 'PresentTense') && !has(t, 'Infinitive')));
/** A dash (not a hyphen) after the token: "Veritas - Latin for ...", "the case – filed by". */
export const dashAfter = (t: Token | undefined): boolean => /[–—]|\s-\s/.test(t?.post ?? '');
/** Punctuation after `t` that closes a phrase (comma, semicolon, colon, dash, bracket, quote). */
export const breakAfter = (t: Token | undefined): boolean => !!t && /[,;:()\u2014\u2013"\u201c\u201d]|\s-\s/.test(t.post);
/** Like breakAfter but quotes do not split a noun phrase ("the “terrorist attack”"). */
export const stopAfter = (t: Token | undefined): boolean => !!t && /[,;:()\u2014\u2013]|\s-\s/.test(t.post);
/** "a small, mountainous state": a comma between two adjectives stays inside the noun phrase. */
export const adjectiveComma = (ts: readonly Token[], k: number): boolean =>
  /^,\s*$/.test(ts[k]?.post ?? '') &&
  has(ts[k], 'Adjective') &&
  !has(ts[k], 'Noun') &&
  has(ts[k + 1], 'Adjective') &&
  !has(ts[k + 1], 'Noun');
export const breakBefore = (t: Token | undefined): boolean => !!t && /[(\u201c"]/.test(t.pre);

/** A word that can sit inside a noun phrase. */
export function isNounish(t: Token | undefined): boolean {
  if (!t?.text) return false;
  if (LEX.relativePronouns.has(t.norm) || LEX.notNominal.has(t.norm) || LEX.prepositions.has(t.norm) || has(t, 'Conjunction')) return false;
  if (has(t, 'Noun') || has(t, 'Pronoun') || has(t, 'Value') || has(t, 'Possessive') || has(t, 'Acronym'))
    return !has(t, 'Auxiliary') || has(t, 'Noun');
  if (has(t, 'Determiner')) return t.norm !== 'that' && t.norm !== 'which';
  return has(t, 'Adjective') || has(t, 'ProperNoun') || has(t, 'Hyphenated') || has(t, 'Date');
}

/** -s forms that carry a participle ("has done", "is owned"), never a plural noun. */
const AUX_S = new Set(['has', 'is', 'was', 'does', 'gets', 'seems', 'appears', 'remains', 'becomes', 'looks', 'feels', 'keeps']);

/** A name before a past form that is its verb: a place or actor's name, or a past form no adjective takes. */
const nameActs = (name: Token, verb: Token): boolean =>
  /^\p{Lu}/u.test(name.text) && (!/(?:ed|en)$/.test(verb.norm) || hasAny(name, 'Place', 'Person', 'Organization'));

/**
 * "as Sharapova captivated SW19, showing ...": after a subordinator, a one-word name before a past
 * form and a phrase that ends there (punctuation, a preposition, the end) is that clause's subject,
 * whatever its type ("after Sunni armed groups attacked" goes on to a verb: a modifier).
 */
function subordinateName(ts: readonly Token[], i: number): boolean {
  if (!LEX.subordinators.has(ts[i - 2]?.norm ?? '') || !/^\p{Lu}\p{Ll}/u.test(ts[i - 1]!.text)) return false;
  if (/^\p{Lu}/u.test(ts[i - 3]?.text ?? '') && !breakAfter(ts[i - 3])) return false;
  for (let k = i + 1; k < i + 5; k++) {
    const w = ts[k];
    if (!w?.text || isPrep(w)) return k > i + 1;
    if (!isNounish(w) || has(w, 'Verb')) return false;
    if (breakAfter(w)) return true;
  }
  return false;
}

/** Nouns that class a name after them ("giant", "group": data/things.json classifiers). */
const CLASSIFIERS: ReadonlySet<string> = new Set(things.classifiers);

/** Verb-ish tokens that start or continue a verb group. */
/**
 * "..., the report suggests.", "..., the Populus survey says.": an -s verb of saying that ends the
 * sentence after a short noun phrase opened by a comma is the report's verb, not a plural noun.
 */
function trailingSaying(ts: readonly Token[], i: number): boolean {
  const t = ts[i]!;
  if (ts[i + 1]?.text || !/s$/.test(t.norm) || !LEX.reporting.has(t.root || t.norm)) return false;
  const np = (x: Token | undefined): boolean => hasAny(x, 'Noun', 'Determiner', 'Adjective');
  // (with its attachment: ", a report by the government's finance watchdog says.")
  const link = (x: Token | undefined): boolean => /^(?:of|by|for|from|at)$/.test(x?.norm ?? '');
  let k = i - 1;
  while (k > 0 && k > i - 10 && !breakAfter(ts[k - 1]) && (np(ts[k]) || (link(ts[k]) && k < i - 1))) k--;
  return k < i - 1 && /,\s*$/.test(ts[k - 1]?.post ?? '') && np(ts[k]);
}

/** Nouns a clause with no relative pronoun may follow ("the way the government operates"). */
const CONTACT_HEADS: ReadonlySet<string> = new Set(['way', 'manner', 'extent', 'speed', 'pace', 'rate', 'moment', 'day', 'reason']);

/**
 * "criticised the way Tony Blair's government operates": the verb at `i` ends a short phrase that
 * follows such a noun (and its determiner), so it is that clause's verb.
 */
function contactRelative(ts: readonly Token[], i: number): boolean {
  let h = i - 1;
  const inPhrase = (t: Token | undefined): boolean =>
    !!t && !breakAfter(t) && hasAny(t, 'Noun', 'Determiner', 'Possessive', 'Adjective') && !CONTACT_HEADS.has(t.norm);
  while (h > i - 5 && inPhrase(ts[h])) h--;
  return h < i - 1 && CONTACT_HEADS.has(ts[h]?.norm ?? '') && has(ts[h - 1], 'Determiner') && !breakAfter(ts[h]);
}

/**
 * "It hosts the carnival": the plural "noun" at `i` right after a singular subject pronoun is a verb.
 * Not before a bare verb, an auxiliary or a past form: "which ministers claim will", "that
 * regulators will approve", "which hardliners accused of".
 */
function verbAfterPronoun(ts: readonly Token[], i: number): boolean {
  const prev = ts[i - 1];
  const next = ts[i + 1];
  const bare = bareForm(next) || has(next, 'Modal') || has(next, 'Auxiliary') || (has(next, 'Verb') && has(next, 'PastTense'));
  // (not after a "that" that follows a verb: "alleges that messages sent by ..." opens a clause)
  const complementiser = prev?.norm === 'that' && has(ts[i - 2], 'Verb');
  const pronoun = !!prev && SUBJ_PRONOUNS.has(prev.norm) && !complementiser;
  // (nor before "who": "ruled on Thursday that patients who have had a stroke")
  const who = next?.norm === 'who';
  return pronoun && !breakAfter(prev) && !bare && !who;
}

/** Whether a past-tense verb (not an adjective) stands before token `e`. */
const pastVerbBefore = (ts: readonly Token[], e: number): boolean =>
  ts.slice(0, e).some((t) => has(t, 'Verb') && has(t, 'PastTense') && !has(t, 'Adjective'));

export function isVerbal(ts: readonly Token[], i: number): boolean {
  const t = ts[i];
  if (!t) return false;
  const prev = ts[i - 1];
  const next = ts[i + 1];
  if (!has(t, 'Verb') && has(t, 'Plural') && /s$/.test(t.norm) && verbAfterPronoun(ts, i)) return true;
  if (!has(t, 'Verb') || has(t, 'Particle')) return false;
  if (has(t, 'Auxiliary') || has(t, 'Modal') || has(t, 'Copula')) return true;
  // "point-to-point jockey Richard Wakeham", "cut-price deals": the first word of a hyphenated
  // compound that modifies a noun after it (not "kick-start the economy", "to write-off African
  // debt": after "to", or ending in a particle, it is a verb).
  if (/^-$/.test(t.post) && has(t, 'Hyphenated') && prev?.norm !== 'to' && !has(prev, 'Modal')) {
    let e = i + 1;
    while (/^-$/.test(ts[e]?.post ?? '') && e < i + 4) e++;
    const after = ts[e + 1];
    const particle = has(ts[e], 'Particle') || isPrep(ts[e]);
    if (!particle && has(after, 'Noun') && !hasAny(after, 'Determiner', 'Pronoun', 'Possessive') && !breakAfter(ts[e])) return false;
  }
  // "denied that quote on Wednesday", "the strike": a bare verb form right after a determiner is a noun
  // (not after an object "her": "to help her get over", retag/possessives.ts objectHer).
  if (
    prev &&
    DETERMINERS.has(prev.norm) &&
    (prev.norm !== 'her' || has(prev, 'Possessive')) &&
    !breakAfter(prev) &&
    (has(t, 'Infinitive') || (has(t, 'PresentTense') && !/s$/.test(t.norm))) &&
    !has(t, 'Auxiliary') &&
    (prev.norm !== 'that' || !next || isPrep(next) || breakAfter(t))
  )
    return false;
  // "an opening that led to", "the Act, which boosted": a tensed verb right after a relative pronoun (compromise tags it Determiner/Preposition).
  if (
    (has(t, 'PastTense') || has(t, 'PresentTense')) &&
    !has(t, 'Gerund') &&
    prev &&
    LEX.relativePronouns.has(prev.norm) &&
    prev.norm !== 'whose' &&
    !breakAfter(prev)
  )
    return true;
  // "the killing", "its armed partners": participle/gerund used inside a noun phrase (not before
  // a determiner, where a demonstrative is the subject: "This forced the government to cancel"; not
  // "hopes that suing the people will").
  if (
    (has(t, 'Gerund') || has(t, 'PastTense') || has(t, 'Participle')) &&
    prev &&
    (has(prev, 'Determiner') || has(prev, 'Possessive')) &&
    !breakAfter(prev) &&
    !((/^(?:this|these|those)$/.test(prev.norm) || (prev.norm === 'that' && (i === 1 || breakAfter(ts[i - 2])))) && has(next, 'Determiner'))
  )
    return false;
  // "the Tories' considerably reduced support", "the world's first internationally issued ID cards",
  // "Japan's technologically demanding mobile users": so after a possessor, determiner, number or
  // adjective and an adverb, before a noun.
  if (
    (has(t, 'PastTense') || has(t, 'Participle') || has(t, 'Gerund')) &&
    has(prev, 'Adverb') &&
    (has(ts[i - 2], 'Possessive') ||
      (hasAny(ts[i - 2], 'Determiner', 'Value', 'Adjective') &&
        !has(ts[i - 2], 'Pronoun') &&
        !LEX.relativePronouns.has(ts[i - 2]!.norm) &&
        /ly$/.test(prev!.norm))) &&
    !breakAfter(ts[i - 2]) &&
    !breakAfter(prev) &&
    (has(next, 'Noun') || (has(next, 'Adjective') && has(ts[i + 2], 'Noun'))) &&
    !has(next, 'Pronoun') &&
    !has(next, 'Determiner')
  )
    return false;
  // "during a closed-door hearing of the Chamber": a gerund after an article and an adjective heads
  // the noun phrase (not before an object: "a precise cross-kick forcing Jamie Noon to fumble").
  if (has(t, 'Gerund') && !hasAny(next, 'Determiner', 'Pronoun', 'Possessive', 'ProperNoun')) {
    let k = i - 1;
    // Back over adjectives and the pieces of a hyphenated modifier ("closed-door").
    while (k > i - 4 && ts[k] && !breakAfter(ts[k]) && ((has(ts[k], 'Adjective') && !has(ts[k], 'Noun')) || has(ts[k], 'Hyphenated'))) k--;
    if (k < i - 1 && /^(?:a|an|the)$/.test(ts[k]?.norm ?? '') && !breakAfter(ts[k])) return false;
  }
  // "Shiite armed factions", "of trained partners", "to screen murdered film-maker Theo Van
  // Gogh's film": a bare participle modifying the next noun (never "said": "and said chancellors
  // had resigned"; never before a possessor: "and unveiled its robot"; after "and" or a subject,
  // not before a person: "but defended President George Bush", "after MPs criticised Tony Blair").
  // (nor before a name after ", and" when a past verb came before: "travelled to Baghdad, and met Kadhimi")
  const nameAfterList = has(next, 'ProperNoun') && /,/.test(ts[i - 2]?.post ?? '') && pastVerbBefore(ts, i - 2);
  // (nor before a noun and "to" and a verb, whom the verb asks: "and asked Iraqis to stay calm")
  const asked = ts[i + 2]?.norm === 'to' && has(ts[i + 3], 'Infinitive') && !breakAfter(next) && pastVerbBefore(ts, i - 1);
  const person = nameAfterList || asked || has(next, 'Person') || (has(next, 'Actor') && /^\p{Lu}/u.test(next?.text ?? ''));
  if (
    (has(t, 'PastTense') || has(t, 'Participle')) &&
    t.norm !== 'said' &&
    !has(t, 'SimplePast') && // "took", "gave": a past form that is never a participle modifies nothing
    next &&
    has(next, 'Noun') &&
    !has(next, 'Pronoun') &&
    !has(next, 'Determiner') &&
    !has(next, 'Possessive') &&
    prev &&
    !breakAfter(prev) &&
    (isPrep(prev) ||
      (has(prev, 'Adjective') && !has(prev, 'ProperNoun')) ||
      (isConj(prev) && !person && !joinsPastVerb(ts, i)) ||
      has(prev, 'Determiner') ||
      // (Not after a name that acts: "support for Israel angered Iran", "since Labour won power";
      // "of Shiite armed factions" is a modifier.)
      (isNounish(prev) &&
        !has(prev, 'Pronoun') &&
        !has(prev, 'Date') &&
        !nameActs(prev, t) &&
        !subordinateName(ts, i) &&
        isPrep(ts[i - 2]) &&
        (!person || ts[i - 2]!.norm === 'to')) ||
      // "to cut promised benefits": after an infinitive's lexical verb; "running pirated Windows
      // programs": after a gerund's (not "having", "being", "getting": their participle is a verb).
      (has(prev, 'Infinitive') &&
        !has(prev, 'Auxiliary') &&
        !has(prev, 'Copula') &&
        (ts[i - 2]?.norm === 'to' || has(ts[i - 2], 'Modal'))) ||
      (has(prev, 'Gerund') && !/^(?:having|being|getting)$/.test(prev.norm)))
  )
    return false;
  // "Sumitomo bosses told counterparts": an -s word between a noun and a past-tense verb is the
  // subject's plural head, not a second finite verb.
  if (
    has(t, 'PresentTense') &&
    !has(t, 'Infinitive') &&
    !has(t, 'Auxiliary') &&
    !AUX_S.has(t.norm) &&
    /s$/.test(t.norm) &&
    prev &&
    isNounish(prev) &&
    !has(prev, 'Pronoun') &&
    !breakAfter(prev) &&
    !breakAfter(t) &&
    has(next, 'PastTense') &&
    !has(next, 'Auxiliary')
  )
    return false;
  const ends = !next || breakAfter(t) || (isPrep(next) && !(next.norm === 'to' && has(ts[i + 2], 'Verb')));
  // "the US attack in Baghdad": a bare present-tense verb after a determiner'd modifier, with no object.
  const prev2 = ts[i - 2];
  const trailingReport = trailingSaying(ts, i);
  if (
    has(t, 'PresentTense') &&
    !has(t, 'Infinitive') &&
    prev &&
    isNounish(prev) &&
    !has(prev, 'Pronoun') &&
    prev2 &&
    (has(prev2, 'Determiner') || has(prev2, 'Possessive')) &&
    !breakAfter(prev) &&
    ends &&
    !trailingReport &&
    !contactRelative(ts, i)
  )
    return false;
  // "weighed down by soaring oil prices", "anticipate rising demand": a change gerund before a bare
  // noun, or an adjective and a noun ("rising raw material costs"); not a progressive whose object
  // does its infinitive ("is encouraging companies to pay taxes").
  const adjNoun = has(next, 'Adjective') && !has(next, 'Noun') && has(ts[i + 2], 'Noun') && !breakAfter(next!);
  const controls = isBe(prev) && ts[i + (adjNoun ? 3 : 2)]?.norm === 'to' && has(ts[i + (adjNoun ? 4 : 3)], 'Infinitive');
  if (
    !controls &&
    has(t, 'Gerund') &&
    GERUND_ADJECTIVES.has(t.norm) &&
    next &&
    (has(next, 'Noun') || adjNoun) &&
    !has(next, 'Pronoun') &&
    !has(next, 'Determiner') &&
    !breakAfter(t) &&
    !(prev && has(prev, 'Noun') && !has(prev, 'Pronoun') && !breakAfter(prev))
  )
    return false; // not "laws governing e-mail": after a noun it is a relative
  // "Yahoo, Ask Jeeves, Amazon": a capitalised word after a comma and before a name is a list item.
  if (/^\p{Lu}/u.test(t.text) && prev && /,/.test(prev.post) && next && has(next, 'ProperNoun') && /^\p{Lu}/u.test(next.text)) return false;
  // "other experts like Noam Chomsky", "competitors like Google": "like" after an object noun phrase.
  if (t.norm === 'like' && prev && has(prev, 'Noun') && !has(prev, 'Pronoun') && objectPhraseBefore(ts, i)) return false;
  // "consumer products giant Procter & Gamble", "household products group Reckitt": an -s word after
  // a bare noun and before a classifier noun and a name modifies the classifier.
  if (
    has(t, 'PresentTense') &&
    /s$/.test(t.norm) &&
    prev &&
    /^\p{Ll}/u.test(prev.text) &&
    has(prev, 'Noun') &&
    !has(prev, 'Pronoun') &&
    !breakAfter(prev) &&
    !breakAfter(t) &&
    next &&
    CLASSIFIERS.has(next.norm) &&
    has(ts[i + 2], 'ProperNoun')
  )
    return false;
  /** An -s form that may be a plural noun. */
  const sForm = has(t, 'PresentTense') && !has(t, 'Infinitive') && /s$/.test(t.norm);
  // "face further calls for", "brought fresh charges": an -s word after a quantifying word is a plural noun.
  if (sForm && prev && NOUN_QUANTIFIERS.has(prev.norm) && !breakAfter(prev)) return false;
  // "Ex-chat show host", "well-known": the second half of a hyphenated compound is no verb.
  if (prev && /^[-‐‑]$/.test(prev.post) && !has(t, 'Auxiliary')) return false;
  // "$20bn in damages": an -s word right after a preposition (other than "to") is a noun.
  if (sForm && prev && isPrep(prev) && prev.norm !== 'to' && !breakAfter(prev)) return false;
  // An -s "verb" right after a bare lowercase noun:
  const bareNoun = !!prev && has(prev, 'Noun') && /^\p{Ll}/u.test(prev.text) && !has(prev, 'Pronoun') && !breakAfter(prev);
  if (sForm && bareNoun) {
    // "indicted on murder charges", "for tax cuts": after a preposition's noun ("the rise in
    // remittances helps protect the economy": "helps" takes a bare verb);
    if (isPrep(ts[i - 2]) && ts[i - 2]!.norm !== 'of' && !(BARE_VERB_S_FORMS.has(t.norm) && has(next, 'Infinitive'))) return false;
    // "would reform immigration controls if it wins": after a lexical verb's object.
    if (!has(prev, 'Plural') && pluralAfterObject(ts, i)) return false;
  }
  // "militia forces that ...": a present-tense "verb" glued to a bare noun and followed by a relative pronoun.
  if (
    has(t, 'PresentTense') &&
    !has(t, 'Infinitive') &&
    prev &&
    has(prev, 'Noun') &&
    !has(prev, 'Pronoun') &&
    !has(prev, 'ProperNoun') &&
    !breakAfter(prev)
  ) {
    // Not a verb of saying or belief before its "that" clause: "The minister believes that ...".
    // (nor one that takes a clause: "The new law means that firms will")
    const reports = next?.norm === 'that' && (LEX.reporting.has(t.root) || LEX.clauseVerbForms.has(t.norm));
    if ((!next || breakAfter(t) || (LEX.relativePronouns.has(next.norm) && !reports)) && !trailingReport && !contactRelative(ts, i))
      return false;
  }
  return true;
}

/**
 * "would reform immigration controls if it wins", "scrap the immigration controls", "reform
 * immigration and asylum controls": an -s word at `i` after a bare noun that is a lexical verb's
 * object, with no object of its own, is a plural noun (not after a verb of saying or one that takes
 * a clause, nor past a particle: "has put forward plans").
 */
function pluralAfterObject(ts: readonly Token[], i: number): boolean {
  const next = ts[i + 1];
  if (next && hasAny(next, 'Determiner', 'Noun', 'Adjective', 'Value', 'Pronoun', 'Verb')) return false;
  // ("some pretty impressive recent election results": an adverb before an adjective is the phrase's)
  const inPhrase = (x: Token, k: number): boolean =>
    !breakAfter(x) &&
    (hasAny(x, 'Determiner', 'Adjective') ||
      /^(?:and|or)$/.test(x.norm) ||
      (has(x, 'Noun') && /^\p{Ll}/u.test(x.text)) ||
      (has(x, 'Adverb') && has(ts[k + 1], 'Adjective')));
  let v = i - 2;
  while (v > i - 7 && ts[v] && inPhrase(ts[v]!, v) && !hasAny(ts[v], 'Verb', 'Pronoun')) v--;
  const verb = ts[v];
  // (a verb, not a noun of a phrase before it: "on fraud and tax evasion charges")
  const before = ts[v - 1];
  const nounBefore =
    !!before &&
    ((isConj(before) && !has(ts[v - 2], 'Verb')) || (isPrep(before) && before.norm !== 'to') || hasAny(before, 'Determiner', 'Adjective'));
  return (
    !!verb &&
    !nounBefore &&
    has(verb, 'Verb') &&
    !hasAny(verb, 'Auxiliary', 'Copula', 'Modal', 'Participle') &&
    !breakAfter(verb) &&
    !LEX.reporting.has(verb.root) &&
    !LEX.clauseVerbForms.has(verb.norm) &&
    !ts.slice(v + 1, i).some((x) => PARTICLE_WORDS.has(x.norm))
  );
}

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
  'my',
  'your',
  'every',
  'each',
]);
/** Words that may be a verb's particle before its object ("put forward plans"). */
const PARTICLE_WORDS: ReadonlySet<string> = new Set(['forward', 'out', 'up', 'off', 'down', 'back', 'away', 'ahead', 'aside']);
const NOUN_QUANTIFIERS = new Set([
  'further',
  'more',
  'fresh',
  'new',
  'repeated',
  'renewed',
  'growing',
  'increasing',
  'mounting',
  'fewer',
  'several',
  'many',
  'numerous',
  'recent',
  'heavy',
  'deep',
  'big',
  'major',
  'huge',
  'massive',
  'sharp',
]);
/** Whether the noun phrase ending before `i` follows a preposition or a verb (so it is an object, not a subject). */
function objectPhraseBefore(ts: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (
    k > 0 &&
    (has(ts[k], 'Noun') || has(ts[k], 'Adjective') || has(ts[k], 'Determiner')) &&
    !has(ts[k], 'Pronoun') &&
    !breakAfter(ts[k - 1])
  )
    k--;
  return k < i - 1 && (isPrep(ts[k]) || has(ts[k], 'Verb')) && !has(ts[k], 'Auxiliary');
}

const SUBJ_PRONOUNS = new Set(['he', 'she', 'it', 'who', 'which', 'that']);

/** Text of tokens [s, e) as written: a slice of the text the tokens' offsets point into. */
export function spanText(text: string, ts: readonly Token[], s: number, e: number): string {
  let a = s;
  let b = e - 1;
  while (a <= b && !ts[a]!.text) a++;
  while (b >= a && !ts[b]!.text) b--;
  return a > b ? '' : text.slice(ts[a]!.start, ts[b]!.end);
}

/** A noun-phrase word in context: nounish, or a "verb" that isVerbal() rules out ("militia forces"). */
export function isNounAt(ts: readonly Token[], k: number): boolean {
  const t = ts[k];
  if (!t?.text) return false;
  // "bread-and-butter", "state-of-the-art": the inner words of a hyphenated modifier.
  if (has(t, 'Hyphenated') && has(ts[k - 1], 'Hyphenated') && has(ts[k + 1], 'Hyphenated') && /-$/.test(ts[k - 1]!.post)) return true;
  // "its own paid-for anti-virus software": the last word of a hyphenated modifier before a noun.
  const before = ts[k - 1];
  const next = ts[k + 1];
  if (has(t, 'Hyphenated') && /-$/.test(before?.post ?? '') && !/-$/.test(t.post) && !isVerbal(ts, k - 1))
    if ((has(next, 'Noun') || has(next, 'Adjective')) && !has(next, 'Determiner') && !has(next, 'Pronoun')) return true;
  // "make-over", "play-off": a particle read as a noun after a hyphen ends its compound (retag/compounds.ts).
  if (/^-$/.test(before?.post ?? '') && has(t, 'Hyphenated') && has(t, 'Noun') && !t.pre) return true;
  if (isNounish(t)) return !isVerbal(ts, k);
  return has(t, 'Verb') && !has(t, 'Particle') && !isVerbal(ts, k) && !has(t, 'Auxiliary');
}

/**
 * Where a new noun phrase starts inside a run of noun-phrase words, or -1: the object of a leading
 * preposition runs into the subject when no comma separates them ("After a short absence | Keibler
 * began", "During the 1730s | Britain's relationship", "By the end of this experiment | several
 * results were found"). Only called for a run that follows a preposition.
 */
export function phraseBreak(ts: readonly Token[], s: number, e: number): number {
  for (let k = e - 1; k > s; k--) {
    const a = ts[k - 1]!;
    const b = ts[k]!;
    if (
      breakAfter(a) ||
      has(a, 'Possessive') ||
      has(a, 'Determiner') ||
      has(a, 'Adjective') ||
      isPrep(a) ||
      LEX.titles.has(a.norm) ||
      LEX.personRoles.has(a.norm)
    )
      continue;
    const lowNoun = has(a, 'Noun') && /^\p{Ll}/u.test(a.text);
    if (has(b, 'Determiner') && !has(b, 'Pronoun') && (has(a, 'Noun') || has(a, 'Value')) && b.norm !== 'that') return k; // "By early 2005 | the net"
    if (/^\p{Lu}/u.test(b.text) && has(b, 'ProperNoun') && (lowNoun || /^\d/.test(a.text))) return k;
    if (has(b, 'Pronoun') && !has(b, 'Possessive') && (has(a, 'Noun') || has(a, 'Value'))) return k; // "In 2010 | he moved"
  }
  return -1;
}

/** A word joined by a hyphen to the next is part of its compound ("little-known", "long-running"). */
export const glued = (t: Token): boolean => t.post === '-';

/** "the Japanese people Ericsson questioned": a name right after a lowercase plural, the subject of a contact relative on it. */
export const nameAfterPlural = (ts: readonly Token[], i: number): boolean =>
  has(ts[i], 'ProperNoun') && !has(ts[i], 'Possessive') && /^\p{Ll}/u.test(ts[i - 1]?.text ?? '') && has(ts[i - 1], 'Plural');

/** A number joined by a hyphen to the next word modifies it ("first-time buyers", "24-hour strike"). */
export const hyphenLead = (t: Token): boolean => has(t, 'Value') && glued(t);

/**
 * Which tokens stand inside double quotes: a quote mark before a word opens, after a word closes
 * (straight quotes are not toggled: BBC copy opens each quoted paragraph anew without closing the last).
 */
export function quoteMask(ts: readonly Token[]): boolean[] {
  const quoted: boolean[] = [];
  for (let k = 0, open = false; k < ts.length; k++) {
    if (/[\u201c"]/.test(ts[k]!.pre)) open = true;
    quoted.push(open);
    if (/[\u201d"]/.test(ts[k]!.post)) open = false;
  }
  return quoted;
}

/** Words of a time phrase between a noun and its infinitive ("last year", "so far": data/things.json timeWords). */
const TIME_WORDS: ReadonlySet<string> = new Set([...things.timeWords, 'last', 'this', 'next', 'so', 'far']);

/**
 * "the dollar's inability recently to extend that rally", "the government's failure last year to
 * control": where the noun an infinitive may complete ends, back over an adverb or a time phrase
 * between it and "to" (`to`, the word before the infinitive, when none is there).
 */
export function infinitiveNoun(ts: readonly Token[], to: number): number {
  if (ts[to]?.norm !== 'to') return to;
  const between = (t: Token): boolean => (has(t, 'Adverb') && !hasAny(t, 'Noun', 'Adjective')) || has(t, 'Date') || TIME_WORDS.has(t.norm);
  let k = to;
  while (k > to - 3 && ts[k - 1] && !breakAfter(ts[k - 1]) && between(ts[k - 1]!)) k--;
  return k < to && has(ts[k - 1], 'Noun') && !has(ts[k - 1], 'Pronoun') && !breakAfter(ts[k - 1]) ? k : to;
}
