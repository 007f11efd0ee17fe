/**
 * Repairs of past forms and participles: the perfect's verb group (perfectTags, negatedPerfects), the
 * passive's participle (beParticiples), participles that are adjectives (un- words, after an -ly
 * adverb, between a verb and a noun), past verbs joined by "and" (joinsPastVerb, which
 * ingest/parse.ts re-exports for ingest/extract) and irregular simple pasts (simplePasts).
 */
import { irregularPast, lexicon, participleOf, pastForms, regularPast, toInfinitive, type Token } from '../nlp.js';
import { perfectAt, retagged, sayingVerb, sForm, tagged } from './tokens.js';
import { BE_FORMS, RT } from './vocabulary.js';

/**
 * "making uncosted promises", "conditions are unchanged by this decision": un- and the participle of a
 * verb compromise knows (of any verb, between a modifier and a noun: "an index-linked, unblighted
 * price"), where the un- word is no verb it knows ("unveiled", "undermined" are), is an adjective,
 * unless an object follows it ("unseated the MP").
 */
export function negatedParticiples(ts: Token[]): void {
  ts.forEach((t, i) => {
    if (!/^un\p{Ll}{3,}ed$/u.test(t.text) || !tagged(t, 'Verb') || lexicon[t.norm] !== undefined) return;
    if (lexicon[toInfinitive(t.norm, 'PastTense')] !== undefined) return;
    const stem = toInfinitive(t.norm.slice(2), 'PastTense');
    const next = ts[i + 1];
    // "an index-linked, unblighted price": between a modifier and a noun, whatever the stem.
    const prev = ts[i - 1];
    const prenominal =
      (tagged(prev, 'Determiner', 'Adjective') || /,\s*$/.test(prev?.post ?? '')) &&
      tagged(next, 'Noun') &&
      /^\p{Ll}/u.test(next?.text ?? '');
    if ((lexicon[stem] === undefined && !prenominal) || RT.objects.has(next?.norm ?? '') || tagged(next, 'ProperNoun', 'Pronoun')) return;
    ts[i] = { ...t, tags: new Set(['Adjective']), root: t.norm };
  });
}

/**
 * "a well-managed, conservatively run bank", "a newly built plant": a verb form after an -ly adverb
 * inside a phrase an article opens, before its noun, is an adjective of that noun.
 */
export function participlesInPhrases(ts: Token[]): void {
  for (let i = 2; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    if (!tagged(t, 'Verb') || tagged(t, 'Gerund') || !/^\p{Ll}+$/u.test(t.text) || !/ly$/.test(ts[i - 1]!.norm)) continue;
    if (!tagged(ts[i - 1], 'Adverb') || !tagged(ts[i + 1], 'Noun') || tagged(ts[i + 1], 'Pronoun', 'Determiner')) continue;
    let k = i - 2;
    // (over adjectives before it, hyphened ones too: "a well-managed, conservatively run bank"; and
    // one joined by "and" or "or": "the ambitious and widely acclaimed game")
    const joins = (j: number): boolean =>
      /^(?:and|or)$/.test(ts[j]!.norm) && tagged(ts[j - 1], 'Adjective') && !/[,;:]/.test(ts[j - 1]!.post);
    while (k > 0 && k > i - 5 && (tagged(ts[k], 'Adjective', 'Adverb') || ts[k]!.post === '-' || joins(k)) && !tagged(ts[k], 'Determiner'))
      k--;
    if (!/^(?:a|an|the)$/.test(ts[k]?.norm ?? '') || /[;:]/.test(ts[i - 1]!.post + t.post)) continue;
    ts[i] = retagged(t, ['Adjective'], t.norm);
  }
}

const LINKING = /^(?:ha(?:s|ve|d|ving)|be|being|get|gets|got|getting|become|becomes|became|becoming|seem|seems|seemed|seeming)$/;

/**
 * "tackled the problem by reducing authorised absence", "it just gives incapacitated people", "help
 * reduce drunken disorder": an -ed or -en form between a gerund, a finite lexical verb or a bare
 * infinitive and a noun is the noun's adjective (two verbs do not
 * meet; not after "having", "being", "getting": "having signed contracts"; nor after an -s word that
 * may be a plural noun itself, "house prices increased sales", or a verb of saying, "who it says
 * headed CFD's sales operations").
 */
export function participlesBeforeNouns(ts: Token[]): void {
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    const g = ts[i - 1]!;
    // (or a bare infinitive that takes an object: "could help reduce drunken disorder")
    const bare = tagged(g, 'Infinitive') && !/^(?:have|be|get|become|let|make|see|hear|keep|leave)$/.test(g.norm);
    const finite =
      tagged(g, 'PresentTense', 'PastTense') &&
      !tagged(g, 'Auxiliary', 'Copula', 'Modal', 'Noun') &&
      (!tagged(g, 'Infinitive') || bare) &&
      /^\p{Ll}/u.test(g.text) &&
      !sayingVerb(g) &&
      !(sForm(g) && tagged(ts[i - 2], 'Noun', 'Adjective', 'Determiner') && !tagged(ts[i - 2], 'Pronoun'));
    if (!(tagged(g, 'Gerund') || finite) || LINKING.test(g.norm) || /[,;:()]/.test(g.post + t.post)) continue;
    if (!/^\p{Ll}{3,}(?:ed|en)$/u.test(t.text) || !tagged(t, 'PastTense', 'Participle') || tagged(t, 'Noun')) continue;
    const next = ts[i + 1]!;
    if (tagged(next, 'Noun') && !tagged(next, 'Verb', 'Pronoun', 'ProperNoun', 'Determiner')) ts[i] = retagged(t, ['Adjective']);
  }
}

/** An irregular past that is its own participle too ("having left school"): its infinitive, or null. */
const ownPast = (w: string): string | null => (pastForms(w) ? toInfinitive(w, 'PastTense') || null : null);
/** "both", "all" or "each" after a helper verb: "have both released", "are all made". */
const quantified = (t: Token, helper: boolean): boolean => helper && /^(?:both|all|each)$/.test(t.norm);
/** A past form; "have both released a series": a regular past compromise read as a noun too. */
const pastAfterQuantifier = (next: Token | undefined): boolean =>
  tagged(next, 'PastTense', 'Participle') ||
  (tagged(next, 'Adjective', 'Noun') && /^\p{Ll}+ed$/u.test(next?.text ?? '') && (tagged(next, 'Adjective') || !!regularPast(next!.norm)));
/** "spoken", "written", which compromise reads as nouns there: the verb's infinitive, or null. */
const spokenParticiple = (next: Token | undefined): string | null =>
  /^\p{Ll}+(?:en|wn)$/u.test(next?.norm ?? '') ? participleOf(next!.norm) : null;

/**
 * The perfect's verb group: after has/have/had a noun-tagged verb whose participle is its base form is
 * that participle ("has hit sales"), and so is an adjective-tagged irregular participle ("has done no
 * deals"); "long" and "since" there are adverbs ("have long since upped", "has since closed"), as is a floating both/all/
 * each ("have both used", "were all killed"; its participle a verb); an -ed word right after the
 * participle and before a noun is the object's adjective ("has warned bigoted soccer fans").
 */
export function perfectTags(ts: Token[]): void {
  ts.forEach((t, i) => {
    const next = ts[i + 1];
    const perfect = perfectAt(ts, i - 1);
    const noun = perfect && tagged(t, 'Noun') && !tagged(t, 'Plural', 'ProperNoun', 'Pronoun');
    // "has halved in value": so is an -ed word there ("have breed" aside).
    const own = noun && (RT.sameParticiples.has(t.norm) || /^\p{Ll}{3,}[^e]ed$/u.test(t.text));
    const irregular = perfect && tagged(t, 'Adjective') && !tagged(t, 'Verb') ? (participleOf(t.norm) ?? ownPast(t.norm)) : null;
    // ("Care has since closed down all its operations": "since" alone too, right before the participle)
    const sinceThen = t.norm === 'since' && (ts[i - 1]?.norm === 'long' ? perfectAt(ts, i - 2) : perfect) && !/[,;:]/.test(ts[i - 1]!.post);
    const longSince = sinceThen && tagged(next, 'PastTense', 'Participle') && !tagged(next, 'Adjective');
    const long = t.norm === 'long' && perfect && (next?.norm === 'since' || tagged(next, 'PastTense', 'Participle'));
    const helper = tagged(ts[i - 1], 'Auxiliary', 'Copula') || perfect;
    // (the participle's tests look its word up in compromise's tables: only after both, all, each)
    const spoken = quantified(t, helper) ? spokenParticiple(next) : null;
    const quantifier = quantified(t, helper) && (pastAfterQuantifier(next) || !!spoken);
    const stacked =
      perfectAt(ts, i - 2) &&
      tagged(ts[i - 1], 'PastTense', 'Participle') &&
      /ed$/.test(t.norm) &&
      tagged(t, 'PastTense') &&
      !/[,;:]/.test(ts[i - 1]!.post + t.post) &&
      tagged(next, 'Noun', 'Adjective') &&
      !tagged(next, 'Determiner', 'Pronoun', 'Verb', 'Preposition', 'ProperNoun');
    if (own || irregular)
      ts[i] = retagged(
        t,
        ['Verb', 'PastTense', 'Participle'],
        irregular ?? (/ed$/.test(t.norm) ? toInfinitive(t.norm, 'PastTense') : t.norm),
      );
    else if (longSince || long) ts[i] = retagged(t, ['Adverb']);
    else if (quantifier) {
      ts[i] = retagged(t, ['Adverb']);
      const root = spoken ?? (toInfinitive(next!.norm, 'PastTense') || next!.root);
      if (!tagged(next, 'Verb')) ts[i + 1] = retagged(next!, ['Verb', 'PastTense'], root);
    } else if (stacked) ts[i] = retagged(t, ['Adjective']);
  });
}

/**
 * "has been put up for sale", "was cut by half", "being set aside": a verb whose participle is its
 * base form (retag.json sameParticiples), right after a form of "be" (an adverb between), is the
 * passive's participle, not a bare verb; nor a noun before "by" ("have been broadcast by Al-Jazeera").
 */
export function beParticiples(ts: Token[]): void {
  ts.forEach((t, i) => {
    // (read as a noun too when its agent follows: "was broadcast by Al-Jazeera")
    const agent = tagged(t, 'Noun') && ts[i + 1]?.norm === 'by' && !/[,;:]/.test(t.post);
    if (!RT.sameParticiples.has(t.norm) || !(tagged(t, 'Infinitive', 'PresentTense') || agent)) return;
    let k = i - 1;
    while (k > 0 && tagged(ts[k], 'Adverb') && !/[,;:]/.test(ts[k]!.post)) k--;
    const be = ts[k];
    if (!be || !(BE_FORMS.has(be.norm) || be.norm === 'being') || /[,;:]/.test(be.post)) return;
    // ("is set in post-war London", "was put on standby": a preposition after it, not a particle)
    const next = ts[i + 1];
    const prep = tagged(next, 'Particle') && /^(?:in|on|at|by|for|with|to|from)$/.test(next!.norm) && !tagged(ts[i + 2], 'Verb');
    if (prep) ts[i + 1] = retagged(next!, ['Preposition']);
    const phrasal = tagged(t, 'PhrasalVerb') && !prep ? ['PhrasalVerb'] : [];
    ts[i] = retagged(t, ['Verb', 'PastTense', 'Participle', 'Passive', ...phrasal]);
  });
}
/** A past form, or an -ed word compromise took for an adjective ("armed"). */
const pastForm = (t: Token | undefined): boolean =>
  tagged(t, 'PastTense', 'Participle') || (tagged(t, 'Adjective') && /^\p{Ll}+ed$/u.test(t!.text));

/** Words of an approximate amount ("about 10,000 people", "more than 200"). */
const APPROXIMATORS = new Set([
  'about',
  'around',
  'nearly',
  'almost',
  'roughly',
  'approximately',
  'some',
  'over',
  'than',
  'more',
  'less',
  'only',
  'just',
]);

/**
 * "has killed crops and drained wells", "has armed and trained militias": whether the word at `i`,
 * right after "and" ("or", "but"), repeats a past verb before it (right before "and" after "has", or past that
 * verb's object), so it is the next verb and no modifier ("fish and frozen foods", "met armed and
 * trained men", "missed objectives and failed promises" are modifiers).
 */
export function joinsPastVerb(ts: readonly Token[], i: number): boolean {
  const and = ts[i - 1];
  if (!/^(?:and|or|but)$/.test(and?.norm ?? '') || /[,;:]/.test(and!.post + (ts[i]?.post ?? ''))) return false;
  if (pastForm(ts[i - 2]) && perfectAt(ts, i - 3) && !/[,;:]/.test(ts[i - 2]!.post)) return true;
  const inPhrase = (t: Token | undefined): boolean =>
    tagged(t, 'Noun', 'Adjective', 'Determiner', 'Value', 'Possessive') && !tagged(t, 'Verb') && !/[,;:]/.test(t!.post);
  // "killed about 10,000 people and caused": an amount's "about", "nearly", "more than" is in the phrase.
  const approximate = (k: number): boolean => APPROXIMATORS.has(ts[k]?.norm ?? '') && tagged(ts[k + 1], 'Value', 'Adverb');
  // (and over a prepositional phrase: "the charges brought against him and denied involvement")
  // ("travelled to Iraq and met Kadhimi": compromise tags that "to" a conjunction)
  const prep = (k: number): boolean =>
    (tagged(ts[k], 'Preposition') || (ts[k]!.norm === 'to' && !tagged(ts[k + 1], 'Verb'))) && !/[,;:]/.test(ts[k]!.post) && k < i - 2;
  let j = i - 2;
  while (j > i - 16 && j > 0 && (inPhrase(ts[j]) || approximate(j) || prep(j))) j--;
  const verb = ts[j];
  return (
    j < i - 2 &&
    tagged(verb, 'PastTense', 'Participle') &&
    !tagged(verb, 'Copula', 'Auxiliary') &&
    !tagged(ts[j - 1], 'Determiner', 'Possessive', 'Preposition') &&
    !/[,;:]/.test(verb!.post)
  );
}

/** Words that may stand between "has" and its participle ("has not yet received"); never "no". */
const PERFECT_GAP: ReadonlySet<string> = new Set(['not', 'never', 'yet', 'already', 'also', 'still', 'ever', 'just']);
/** Adverbs of time that, like a negation, may open that gap ("I have long understood China's argument"). */
const PERFECT_TIMES: ReadonlySet<string> = new Set(['long', 'always', 'recently', 'previously', 'repeatedly', 'consistently']);

/**
 * "it has not received any information", "had not expected such a result": an -ed "adjective"
 * after "has" and a negation (maybe an adverb) is the perfect's participle, before a determiner, a
 * noun or a number ("has no armed forces" keeps its adjective: "no" is no negation of the verb);
 * so is one after an adverb of time ("I have long understood China's argument").
 */
export function negatedPerfects(ts: Token[]): void {
  for (let i = 0; i + 2 < ts.length; i++) {
    if (!perfectAt(ts, i) || ts[i]!.norm === 'having') continue;
    let k = i + 1;
    const time = PERFECT_TIMES.has(ts[i + 1]?.norm ?? '') && !tagged(ts[i + 1], 'Verb');
    while (k < i + 4 && (PERFECT_GAP.has(ts[k]?.norm ?? '') || (time && k === i + 1)) && !/[,;:]/.test(ts[k]!.post)) k++;
    const w = ts[k];
    if (k === i + 1 || !w || !(tagged(ts[i + 1], 'Negative') || time) || !tagged(w, 'Adjective') || tagged(w, 'Verb')) continue;
    // (after an adverb of time an irregular form too: "understood", "known")
    const irregular = (): string | null => (irregularPast(w.norm) ? toInfinitive(w.norm, 'PastTense') : participleOf(w.norm));
    const inf = regularPast(w.norm) ?? (time ? irregular() : null);
    if (!inf || !tagged(ts[k + 1], 'Determiner', 'Noun', 'Value') || tagged(ts[k + 1], 'Verb')) continue;
    ts[i] = retagged(ts[i]!, ['Verb', 'Auxiliary']);
    if (time) ts[i + 1] = retagged(ts[i + 1]!, ['Adverb']);
    ts[k] = retagged(w, ['Verb', 'PastTense'], inf);
  }
}

/** Retags the -ed "adjectives" of joinsPastVerb as the verbs they are. */
export function joinedParticiples(ts: Token[]): void {
  for (let i = 2; i < ts.length; i++) {
    if (!tagged(ts[i + 1], 'Noun', 'Determiner') || !joinsPastVerb(ts, i)) continue;
    for (const k of perfectAt(ts, i - 3) ? [i - 2, i] : [i]) {
      const w = ts[k]!;
      const inf = tagged(w, 'Adjective') && !tagged(w, 'Verb') ? regularPast(w.norm) : null;
      if (inf) ts[k] = retagged(w, ['Verb', 'PastTense'], inf);
    }
  }
}

/**
 * "said house prices rose by 0.8%": an irregular simple past whose participle differs ("rose",
 * "risen") is tagged SimplePast, so no reader takes it for a passive participle.
 */
export function simplePasts(ts: Token[]): void {
  ts.forEach((t, i) => {
    if (!tagged(t, 'PastTense') || tagged(t, 'Participle', 'Auxiliary')) return;
    const participle = pastForms(t.norm)?.participle;
    if (participle && participle !== t.norm) ts[i] = { ...t, tags: new Set([...t.tags, 'SimplePast']) };
  });
}

/** Adverbs that single out a phrase after a break ("supplies - particularly liquefied natural gas"). */
const FOCUS_ADVERBS: ReadonlySet<string> = new Set([
  'particularly',
  'especially',
  'notably',
  'mainly',
  'chiefly',
  'mostly',
  'largely',
  'principally',
]);

/**
 * "for newly re-elected President George W Bush", "the recently merged company": a past form after
 * an -ly adverb, in a phrase a preposition or determiner opens, before a noun, is an adjective; so
 * after a focusing adverb that follows a dash or comma ("supplies - particularly liquefied natural
 * gas").
 */
export function adverbParticiples(ts: Token[]): void {
  for (let i = 2; i + 1 < ts.length; i++) {
    const open = ts[i - 2]!;
    const adv = ts[i - 1]!;
    const t = ts[i]!;
    const next = ts[i + 1]!;
    if (!tagged(adv, 'Adverb') || !/ly$/.test(adv.norm) || !tagged(t, 'PastTense') || !/^\p{Ll}[\p{Ll}-]*ed$/u.test(t.text)) continue;
    const focus = FOCUS_ADVERBS.has(adv.norm) && /[-–—,]\s*$/.test(open.post);
    if (!focus && (!tagged(open, 'Preposition', 'Determiner', 'Possessive') || /^(?:that|which|who)$/.test(open.norm))) continue;
    if (!tagged(next, 'Noun', 'Adjective') || tagged(next, 'Pronoun') || (!focus && !tagged(next, 'Noun'))) continue;
    if (/[,;:()]/.test((focus ? '' : open.post) + adv.post + t.post)) continue;
    ts[i] = retagged(t, ['Adjective']);
  }
}
