/**
 * repairTags, the broadest repair of finite verbs (an -s "plural" or -ed "adjective"
 * between a subject-like word and an object is the verb; a bare word between names and roles is a
 * noun), with its helpers; and two smaller verb repairs: presents joined by "and", an irregular past
 * before an amount.
 */
import retag from '../data/retag.json' with { type: 'json' };
import { irregularPast, toInfinitive, type Token } from '../nlp.js';
import { isHeadlineLike } from './headlines.js';
import { bareForm, retagged, sayingVerb, sForm, tagged } from './tokens.js';
import { BARE_INFINITIVE_VERBS, RT } from './vocabulary.js';

/**
 * "makes cordless phones and employs 2,000 staff": an -s "noun" right after "and", before a number
 * or a determiner, repeats the present verb of the phrase before it (its object between), so it is
 * the next verb.
 */
export function joinedPresents(ts: Token[]): void {
  for (let i = 3; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    if (!tagged(t, 'Plural') || tagged(t, 'Verb') || !/^\p{Ll}+s$/u.test(t.text) || ts[i - 1]!.norm !== 'and') continue;
    if (/[,;:]/.test(ts[i - 1]!.post + t.post) || !tagged(ts[i + 1], 'Value', 'Determiner')) continue;
    let j = i - 2;
    while (
      j > i - 8 &&
      j > 0 &&
      tagged(ts[j], 'Noun', 'Adjective', 'Determiner', 'Value') &&
      !tagged(ts[j], 'Verb') &&
      !/[,;:]/.test(ts[j]!.post)
    )
      j--;
    const verb = ts[j]!;
    if (j < i - 2 && tagged(verb, 'PresentTense') && !tagged(verb, 'Auxiliary', 'Copula', 'Modal') && /s$/.test(verb.norm))
      ts[i] = retagged(t, ['Verb', 'PresentTense'], t.norm.replace(/s$/, ''));
  }
}

/**
 * 'The ISM's "new orders" index rose to 67.4': an irregular past before "to", "by" or "from" and an
 * amount is the verb ("rose", "fell", "grew"), and a bare verb form right before it, which
 * compromise read as the verb, is the subject's noun.
 */
export function pastsBeforeAmounts(ts: Token[]): void {
  for (let i = 1; i + 2 < ts.length; i++) {
    const t = ts[i]!;
    const prev = ts[i - 1]!;
    const next = ts[i + 1]!;
    // (already the verb too: fixedTags reads news's "rose" as "rise")
    if (!/^(?:to|by|from)$/.test(next.norm) || !/^\p{Ll}+$/u.test(t.text) || !irregularPast(t.norm)) continue;
    if (tagged(t, 'Verb') && !tagged(prev, 'Verb')) continue;
    if (!tagged(ts[i + 2], 'Value') || /[,;:]/.test(prev.post + t.post)) continue;
    if (!bareForm(prev) || tagged(prev, 'Auxiliary', 'Modal') || !/^\p{Ll}+$/u.test(prev.text)) continue;
    ts[i - 1] = retagged(prev, ['Noun', 'Singular']);
    ts[i] = retagged(t, ['Verb', 'PastTense'], toInfinitive(t.norm, 'PastTense'));
  }
}

/**
 * "The UK-wide action hit Jobcentres, benefit agencies ...", "the strike hit the Welsh assembly": in
 * a sentence with no verb before it, a verb whose past is its base form (retag.json
 * sameParticiples), read as a noun after the noun that ends a determiner's phrase and before a
 * name, a determiner, a possessive or a number, is the past verb (not "the tax cut will help": a
 * helper follows; not a plural: "the tax cuts").
 */
export function samePastsAfterSubjects(ts: Token[]): void {
  for (let i = 2; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    if (!RT.sameParticiples.has(t.norm) || !tagged(t, 'Noun') || tagged(t, 'Plural', 'Verb') || !/^\p{Ll}+$/u.test(t.text)) continue;
    const prev = ts[i - 1]!;
    const next = ts[i + 1]!;
    if (!tagged(prev, 'Noun') || tagged(prev, 'Pronoun', 'Possessive') || /[,;:]/.test(prev.post + t.post)) continue;
    if (!(tagged(next, 'Determiner', 'Possessive', 'Value') || (tagged(next, 'ProperNoun') && /^\p{Lu}/u.test(next.text)))) continue;
    let j = i - 1;
    while (j > 0 && tagged(ts[j], 'Noun', 'Adjective') && !tagged(ts[j], 'Verb') && !/[,;:]/.test(ts[j - 1]!.post)) j--;
    if (!tagged(ts[j], 'Determiner') || ts.slice(0, j).some((x) => tagged(x, 'Verb'))) continue;
    ts[i] = retagged(t, ['Verb', 'PastTense']);
  }
}

/** The noun phrase ending at token e is a main verb's object ("back [controversial government] plans"). */
function afterVerb(ts: readonly Token[], e: number): boolean {
  let k = e;
  while (k > 0 && e - k < 4 && tagged(ts[k], 'Noun', 'Adjective', 'Determiner') && !tagged(ts[k], 'Verb') && !/[,;:]/.test(ts[k - 1]!.post))
    k--;
  const verb = ts[k]!;
  // After a verb of saying or thinking the phrase opens a clause ("I think the government needs to").
  const saying = sayingVerb(verb);
  return k < e && tagged(verb, 'Verb') && !tagged(verb, 'Auxiliary', 'Modal', 'Copula', 'Noun') && !saying;
}

/** A name follows token `i`, maybe after up to three lowercase nouns ("research think-tank | Pew"). */
function nameAfterNouns(ts: readonly Token[], i: number): boolean {
  let k = i + 1;
  const noun = (t: Token) => (tagged(t, 'Noun', 'Hyphenated') || RT.nounAdjectives.has(t.norm)) && !tagged(t, 'Verb');
  while (k < i + 4 && ts[k] && /^\p{Ll}/u.test(ts[k]!.text) && noun(ts[k]!) && !/[,;:()]/.test(ts[k]!.post)) k++;
  return /^\p{Lu}/u.test(ts[k]?.text ?? '') && tagged(ts[k], 'ProperNoun');
}

/** "bundled | package": an -ed form right before a lowercase noun may be its modifier. */
const participleBeforeNoun = (ts: readonly Token[], k: number): boolean =>
  /ed$/.test(ts[k]!.norm) &&
  /^\p{Ll}/u.test(ts[k + 1]?.text ?? '') &&
  tagged(ts[k + 1], 'Noun') &&
  !tagged(ts[k + 1], 'Determiner', 'Pronoun');

/** A capitalised place word: a country, an acronym ("US", "UK") or a demonym. */
const placeAt = (ts: readonly Token[], k: number): boolean =>
  /^\p{Lu}/u.test(ts[k]?.text ?? '') && tagged(ts[k], 'Country', 'Acronym', 'Demonym');

/** Words before "the X do" that leave the bare form a verb: a subjunctive "that", a modal, "do". */
const BARE_AFTER = new Set(['that', 'will', 'would', 'could', 'should', 'can', 'do']);
/** Bare forms that complete a small clause ("get the focus right"; retag.json). */
const SMALL_CLAUSE_WORDS: ReadonlySet<string> = new Set(retag.smallClauseWords);

/**
 * "undermine the election campaign itself", "plunders the address book in Outlook": a bare present
 * form right after a determiner and a lowercase singular noun cannot be that noun's verb (it would
 * take -s), so it heads a compound; not before an object ("trying to browse the site get a message"),
 * nor after a subjunctive "that", a causative or perception verb or a question word ("insisted that
 * the government act", "saw their economy continue", "would the party agree").
 */
function compoundHead(ts: readonly Token[], i: number): boolean {
  const t = ts[i]!;
  const prev = ts[i - 1]!;
  const det = ts[i - 2];
  const next = ts[i + 1];
  if (!tagged(t, 'Verb') || tagged(t, 'PastTense', 'Gerund', 'Participle', 'Auxiliary', 'Modal', 'Copula', 'Adjective')) return false;
  if (!/^\p{Ll}+$/u.test(t.text) || /s$/.test(t.norm) || SMALL_CLAUSE_WORDS.has(t.norm)) return false;
  if (/[,;:()"“”]/.test(prev.post + (det?.post ?? '')) || tagged(next, 'Determiner', 'Possessive', 'Value', 'Adjective')) return false;
  if (tagged(next, 'Pronoun') && !tagged(next, 'Reflexive')) return false;
  const noun =
    tagged(prev, 'Noun', 'Singular') && !tagged(prev, 'Plural', 'Pronoun', 'ProperNoun', 'Verb', 'Adjective', 'Possessive', 'Value');
  const determined = /^(?:the|a|an|this|its|his|her|their|our)$/.test(det?.norm ?? '');
  const before = ts[i - 3];
  const bareVerb =
    BARE_INFINITIVE_VERBS.has(before?.root ?? '') || BARE_AFTER.has(before?.norm ?? '') || BARE_AFTER.has(before?.root ?? '');
  return noun && /^\p{Ll}+$/u.test(prev.text) && determined && !bareVerb;
}

/**
 * "technical and reviews editor", "news and features editor of PC Pro": an -s form right before a
 * person's role noun (compromise's Actor) after a modifier, a conjunction or a determiner names the role.
 */
function roleModifierNoun(ts: readonly Token[], i: number): boolean {
  const t = ts[i]!;
  const prev = ts[i - 1]!;
  const next = ts[i + 1]!;
  if (!tagged(t, 'PresentTense') || tagged(t, 'Noun') || !/^\p{Ll}+s$/u.test(t.text) || /[,;:()]/.test(prev.post + t.post)) return false;
  const modifier = tagged(prev, 'Adjective', 'Conjunction', 'Determiner', 'Possessive') && !tagged(prev, 'Verb');
  return modifier && /^\p{Ll}+$/u.test(next.text) && tagged(next, 'Actor') && tagged(next, 'Singular') && !tagged(next, 'Verb');
}

/**
 * "flight attendants at bankrupt US Airways", "splits from coach Gilbert": a preposition takes no
 * finite verb, so a bare form between it and a name is the name's modifier.
 */
function adjectiveBeforeName(ts: readonly Token[], i: number): boolean {
  const t = ts[i]!;
  const prev = ts[i - 1]!;
  const next = ts[i + 1]!;
  if (!tagged(t, 'Verb') || tagged(t, 'PastTense', 'Gerund', 'Participle', 'Auxiliary', 'Modal', 'Copula', 'Noun')) return false;
  if (!/^\p{Ll}+$/u.test(t.text) || /s$/.test(t.norm) || /[,;:()"“”]/.test(prev.post + t.post)) return false;
  const preposition = tagged(prev, 'Preposition') && !tagged(prev, 'Pronoun') && !/^(?:to|who|that|which)$/.test(prev.norm);
  return preposition && /^\p{Lu}/u.test(next.text) && tagged(next, 'ProperNoun', 'Acronym', 'Place', 'Organization');
}

/** A verb-tagged word right after "a 28%" or "an 18.8 per cent": the noun the share counts. */
function percentNoun(ts: readonly Token[], i: number): boolean {
  const t = ts[i]!;
  if (!tagged(t, 'Verb') || tagged(t, 'PastTense', 'Gerund', 'Participle', 'Auxiliary', 'Modal', 'Copula')) return false;
  if (!/^\p{Ll}+$/u.test(t.text)) return false;
  const per = ts[i - 1]?.norm === 'cent' && ts[i - 2]?.norm === 'per' ? i - 3 : i - 1;
  const share = ts[per];
  if (!share || !(per < i - 1 || /%$/.test(share.text)) || !tagged(share, 'Value')) return false;
  return /[,;:()]/.test(share.post) ? false : /^(?:a|an|the|its|their|his|her|our)$/.test(ts[per - 1]?.norm ?? '');
}

/**
 * Repair compromise's commonest verb mis-tags from context (rules and word lists in
 * data/retag.json): a lowercase -s "plural" or -ed "adjective" after a subject-like word (a noun,
 * a name, a clause link such as "and", a comma, an adverb like "also") and before the start of an
 * object ("the", "her", a number, a name) is a finite verb. Tags only change on those tokens.
 */
export function repairTags(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    const prev = ts[i - 1]!;
    const next = ts[i + 1]!;
    // "firms created 337,000 jobs last month", "The talks last week ended": 'last' before one unit of
    // time names when, not a verb ("could last weeks", "will last a year", "did not last long" stay).
    if (
      t.norm === 'last' &&
      tagged(t, 'Verb') &&
      tagged(next, 'Date') &&
      !tagged(next, 'Plural') &&
      !tagged(prev, 'Modal', 'Auxiliary', 'Copula', 'Adverb', 'Negative') &&
      prev.norm !== 'to'
    ) {
      ts[i] = retagged(t, ['Adjective']);
      continue;
    }
    // "a service from Tweedbank to Edinburgh covers its costs": compromise's range "to" (a conjunction
    // after "from X") is a preposition; a clause never opens after it.
    if (t.norm === 'to' && tagged(t, 'Conjunction') && !/-/.test(prev.post + t.post)) {
      ts[i] = retagged(t, ['Preposition']);
      continue;
    }
    // "a 28% stake in Manchester United", "a 5% rise in sales": after a determiner and a share the
    // word is the noun it counts.
    if (percentNoun(ts, i)) {
      ts[i] = retagged(t, sForm(t) ? ['Noun', 'Plural'] : ['Noun', 'Singular']);
      continue;
    }
    // "Qantas boss Geoff Dixon", "England captain Michael Vaughan": a title between a name and a name.
    const title =
      tagged(t, 'Verb') &&
      RT.titles.has(t.norm) &&
      /^\p{Ll}/u.test(t.text) &&
      /^\p{Lu}/u.test(prev.text) &&
      /^\p{Lu}/u.test(next.text) &&
      tagged(next, 'ProperNoun', 'Honorific', 'Person') &&
      !/[,;:()"“”]/.test(prev.post + t.post);
    // "Florian Mueller, campaign manager of a group", "Marcel Nienhuis, market analyst at": a bare word
    // between a name's comma and a role is its modifier.
    const roleModifier =
      tagged(t, 'Verb') &&
      !tagged(t, 'PastTense', 'Gerund', 'Participle', 'Auxiliary', 'Modal', 'Copula') &&
      /^\p{Ll}+[^s]$/u.test(t.text) &&
      /^\p{Lu}/u.test(prev.text) &&
      /,\s*$/.test(prev.post) &&
      /^\p{Ll}/u.test(next.text) &&
      (RT.titles.has(next.norm) || tagged(next, 'Actor')) &&
      !/[,;:()]/.test(t.post);
    // "US state Texas", "UK firm Tesco", "US research think-tank Pew": a bare word between a place
    // and a name (maybe before more nouns) is a classifier noun; so after "the" and a place ("the
    // US court to overturn"), and before a plural ("US net registrars", "US film charts": a place
    // takes a verb in -s, so its bare form is a noun of the compound).
    if (
      title ||
      roleModifier ||
      (tagged(t, 'Verb') &&
        !tagged(t, 'Noun', 'PastTense', 'Gerund', 'Participle', 'Auxiliary', 'Modal', 'Copula') &&
        /^\p{Ll}+$/u.test(t.text) &&
        !/(?:s|ed)$/.test(t.norm) &&
        !/[,;:()]/.test(prev.post + t.post) &&
        (placeAt(ts, i - 1) ||
          (/^\p{Ll}+$/u.test(prev.text) && tagged(prev, 'Singular') && !tagged(prev, 'Verb', 'Adjective') && placeAt(ts, i - 2)) ||
          // "gas giant Gazprom and oil firm Rosneft": after "and", before a noun and a name
          (prev.norm === 'and' &&
            /^\p{Ll}/u.test(next.text) &&
            (tagged(next, 'Noun') || RT.nounAdjectives.has(next.norm)) &&
            nameAfterNouns(ts, i))) &&
        (nameAfterNouns(ts, i) ||
          (/^\p{Ll}+s$/u.test(next.text) && tagged(next, 'Plural')) ||
          (ts[i - 2]?.norm === 'the' && placeAt(ts, i - 1) && (tagged(next, 'Preposition') || next.norm === 'to'))))
    ) {
      ts[i] = retagged(t, ['Noun', 'Singular']);
      continue;
    }
    if (compoundHead(ts, i)) {
      ts[i] = retagged(t, ['Noun', 'Singular']);
      continue;
    }
    if (roleModifierNoun(ts, i)) {
      ts[i] = retagged(t, ['Noun', 'Plural'], t.norm.replace(/s$/, ''));
      continue;
    }
    if (adjectiveBeforeName(ts, i)) {
      ts[i] = retagged(t, ['Adjective']);
      continue;
    }
    // "Labour MPs' fears over squabbling": an -s form right after a plural possessive is its noun.
    if (
      tagged(t, 'PresentTense') &&
      !tagged(t, 'Noun') &&
      /^\p{Ll}+s$/u.test(t.text) &&
      /s$/i.test(prev.text) &&
      /^['\u2019]\s*$/.test(prev.post)
    ) {
      ts[i] = { ...t, tags: new Set(['Noun', 'Plural']), root: t.norm.replace(/s$/, '') };
      continue;
    }
    // "The firm bought Activeworx", "the firm also has": an adjective alone between a determiner and
    // a finite verb (maybe after an adverb of retag.json verbAdverbs) is the noun heading the subject.
    const verb = RT.adverbs.has(next.norm) && !/[,;:()]/.test(next.post) ? ts[i + 2] : next;
    if (
      tagged(t, 'Adjective') &&
      !tagged(t, 'Noun', 'Verb', 'Comparable', 'Superlative') &&
      /^(?:the|this|that)$/.test(prev.norm) &&
      /^\p{Ll}+$/u.test(t.text) &&
      !/[,;:()]/.test(prev.post + t.post) &&
      tagged(verb, 'PastTense', 'PresentTense', 'Modal', 'Auxiliary', 'Copula') &&
      !tagged(verb, 'Noun', 'Adjective', 'Gerund', 'Participle') &&
      // "the old parties' lies", "the traditional bundled package": still inside the noun phrase
      // (a word retag.json knows heads noun phrases: "The firm gained protection").
      !/['\u2019]/.test(next.post) &&
      (RT.nounAdjectives.has(t.norm) || !participleBeforeNoun(ts, i + 1))
    ) {
      ts[i] = { ...t, tags: new Set(['Noun', 'Singular']), root: t.norm };
      continue;
    }
    if (tagged(t, 'Verb', 'ProperNoun') || !/^\p{Ll}+$/u.test(t.text) || RT.notVerbs.has(t.norm) || /[,;:()]/.test(t.post)) continue;
    const plural = tagged(t, 'Plural') && /[^su]s$/.test(t.norm) && t.norm.length > 3;
    const past = tagged(t, 'Adjective') && /[^e]ed$/.test(t.norm);
    // "rose", "fell"; and a verb whose past is its base before an object's first word ("the OECD
    // cut its growth predictions": retag.json sameParticiples).
    const same = RT.sameParticiples.has(t.norm) && (tagged(next, 'Value') || RT.objects.has(next.norm));
    const irregular = tagged(t, 'Singular') && !tagged(prev, 'Determiner', 'Possessive', 'Adjective') && (irregularPast(t.norm) || same);
    if (!plural && !past && !irregular) continue;
    const broken = /[,;:]/.test(prev.post);
    if (
      irregular &&
      (broken || tagged(prev, 'Noun', 'Pronoun')) &&
      (tagged(next, 'Value') || RT.objects.has(next.norm) || RT.pastPreps.has(next.norm))
    ) {
      ts[i] = {
        ...t,
        tags: new Set([...t.tags].filter((x) => x !== 'Noun' && x !== 'Singular').concat('Verb', 'PastTense')),
        root: toInfinitive(t.norm, 'PastTense'),
      };
      continue;
    }
    if (irregular) continue;
    // "The government refuses to publish": an -s word between a bare singular noun and "to" + infinitive
    // (not inside an object: "back controversial government plans to introduce ID cards").
    if (
      plural &&
      next.norm === 'to' &&
      tagged(ts[i + 2], 'Infinitive') &&
      tagged(prev, 'Singular') &&
      !tagged(prev, 'Possessive', 'Pronoun', 'Plural') &&
      !broken &&
      !afterVerb(ts, i - 1)
    ) {
      ts[i] = {
        ...t,
        tags: new Set([...t.tags].filter((x) => !['Noun', 'Plural', 'Singular'].includes(x)).concat('Verb', 'PresentTense')),
        root: toInfinitive(t.norm, 'PresentTense') || t.root,
      };
      continue;
    }
    const subj =
      broken ||
      RT.adverbs.has(prev.norm) ||
      RT.links.has(prev.norm) ||
      (tagged(prev, 'Noun', 'ProperNoun') &&
        !tagged(prev, 'Possessive', 'Determiner', 'Adjective', 'Value', 'Plural') &&
        !RT.objects.has(prev.norm));
    const adv = RT.adverbs.has(prev.norm) && tagged(ts[i - 2], 'Noun', 'ProperNoun', 'Pronoun');
    // "Howard taunts Blair over splits": an -s word between two capitalised names (after a comma only
    // with no finite verb after it: "Anna Kournikova, popstars Britney Spears and Avril Lavigne ...
    // have all been used" is a list).
    const names =
      plural &&
      !(broken && ts.slice(i + 1).some((x) => tagged(x, 'Verb') && tagged(x, 'PresentTense', 'PastTense') && !tagged(x, 'Gerund'))) &&
      /^\p{Lu}/u.test(prev.text) &&
      /^\p{Lu}/u.test(next.text) &&
      tagged(next, 'ProperNoun') &&
      !tagged(next, 'Plural');
    // "CES showcases 50,000 new gadgets": a count before an adjective or plural noun starts the object.
    const counted = plural && tagged(next, 'Value') && !/%/.test(next.text + next.post) && tagged(ts[i + 2], 'Adjective', 'Plural');
    const obj =
      names ||
      counted ||
      RT.objects.has(next.norm) ||
      (past && (tagged(next, 'Value') || /^\p{Lu}/u.test(next.text))) ||
      (((adv && tagged(next, 'Adjective', 'Noun', 'Value')) || (plural && tagged(prev, 'Singular') && tagged(next, 'Adjective'))) &&
        !tagged(next, 'Verb', 'Pronoun'));
    if (!subj || !obj || (plural && tagged(prev, 'Plural'))) continue;
    // "labelled casino-related regeneration schemes \"a pile of pants\"": inside a verb's object.
    if (plural && !names && afterVerb(ts, i - 1) && !isHeadlineLike(ts)) continue;
    const tags = new Set([...t.tags].filter((x) => !['Noun', 'Plural', 'Singular', 'Adjective', 'Actor', 'Comparable'].includes(x)));
    for (const x of ['Verb', plural ? 'PresentTense' : 'PastTense']) tags.add(x);
    const root = toInfinitive(t.norm, plural ? 'PresentTense' : 'PastTense') || t.root;
    ts[i] = { ...t, tags, root };
  }
}
