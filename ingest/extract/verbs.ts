/** Clause reader, verb layer: verb groups (auxiliaries, negation, particles) over one sentence's tokens. */
import { GERUND_TAKERS, isHeadlineLike, lexiconTags, type Token } from '../parse.js';
import retag from '../data/retag.json' with { type: 'json' };
import type { VerbGroup } from './clauses.js';
import { LEX, NAMING_VERBS, RECEIVING, SAYING_HEADS } from './lexicon.js';
import { breakAfter, has, hasAny, isBe, isConj, isNeg, isNounAt, isPrep, isVerbal, nameAfterPlural } from './tokens.js';

/** Whether a participle is done by means of a following "using" (not "started using", "tried using"). */
const instrumentalAfter = (v: Token): boolean =>
  (has(v, 'PastTense') || has(v, 'Participle')) && !isBe(v) && !(v.norm in AUX_LEMMA) && !GERUND_TAKERS.has(lemmaOf(v));

/** Verbs that link a subject to a state, like "be". */
/** Linking verbs of impression ("seemed unaware", "felt little cheer"): they state no role. */
export const IMPRESSIONS: ReadonlySet<string> = new Set(['seem', 'appear', 'look', 'sound', 'feel']);
const LINKING = new Set([...IMPRESSIONS, 'become', 'remain', 'stay']);

const AUX_LEMMA: Record<string, string> = { has: 'have', had: 'have', having: 'have', have: 'have', did: 'do', does: 'do', do: 'do' };
/** A form of "be" or "have", or a modal: what a floating "both"/"all" may follow. */
const isHelper = (t: Token): boolean => isBe(t) || t.norm in AUX_LEMMA || has(t, 'Modal');
const lemmaOf = (t: Token): string => (isBe(t) ? 'be' : (AUX_LEMMA[t.norm] ?? t.root ?? t.norm));
export const isCap = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text) && !has(t, 'Determiner');
/** "a unique IP address is used to send": the subject is the means, not the one who acts. */
export function usedAsMeans(ts: readonly Token[], vg: VerbGroup): boolean {
  for (let i = vg.s + 1; i + 1 < vg.head; i++) if (ts[i]!.norm === 'used' && ts[i + 1]!.norm === 'to' && isBe(ts[i - 1])) return true;
  return false;
}

export const isAdverbial = (t: Token | undefined): boolean =>
  !!t &&
  (has(t, 'Adverb') || LEX.hedges.has(t.norm) || LEX.allegations.has(t.norm) || LEX.notNominal.has(t.norm)) &&
  !has(t, 'Noun') &&
  !has(t, 'Verb');

/** "the lamps went out and ...", "were filled in.": an adverbial particle closing the verb (not before an object: measured on dev). */
const particleEnd = (ts: readonly Token[], j: number): boolean => {
  const n = ts[j + 1];
  return !n || breakAfter(ts[j]) || isConj(n) || (isPrep(n) && n.norm !== 'of');
};
const PARTICLES: ReadonlySet<string> = new Set(retag.particles);
/** "not one but two": an amount after "not", then "but" within four words, with no punctuation between. */
function amountContrast(ts: readonly Token[], j: number): boolean {
  if (!/^(?:one|a|an|just|only|merely|simply)$|^\d/.test(ts[j + 1]?.norm ?? '')) return false;
  for (let k = j + 1; k <= j + 4 && k < ts.length; k++) {
    if (/[,;:]/.test(ts[k - 1]!.post)) return false;
    if (ts[k]!.norm === 'but') return true;
  }
  return false;
}

/** Negative pronouns that head a noun phrase ("none of the firms"): they negate no verb group. */
const NEG_PRONOUNS = new Set(['none', 'nothing', 'nobody', 'neither']);
const TENSED_AUX = /^(?:is|are|was|were|has|have|had|will|would)$/;
/** Auxiliaries that invert after "nor" ("nor did it", "nor will he", "nor are we"). */
const AUXILIARY = /^(?:is|are|was|were|am|has|have|had|will|would|do|does|did|can|could|shall|should|may|might|must)$/;
/**
 * Verbs that judge another's act (cues.json judgingVerbs): not "resisted selling" nor "rejected
 * paying", the subject's own act refused.
 */
const judgesAct = (lemma: string): boolean => LEX.judgingVerbs.has(lemma) && lemma !== 'resist' && !LEX.negationVerbs.has(lemma);

/** Subject pronouns that open an object relative with no "that" ("the judgement I took"). */
export const CONTACT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);

/**
 * "the judgement I took has been vindicated", "the people it questioned said": after a noun, a
 * pronoun and a lexical verb, a tensed auxiliary, a modal or a simple past that is no participle
 * starts another verb group (the pronoun and verb are an object relative without "that").
 */
/** A verb that can end an object relative: no auxiliary, modal, copula or linking verb. */
const lexical = (a: Token): boolean =>
  !hasAny(a, 'Auxiliary', 'Modal', 'Copula') && !isBe(a) && !(a.norm in AUX_LEMMA) && !LINKING.has(lemmaOf(a));

function contactEnd(ts: readonly Token[], v: number, j: number): boolean {
  const a = ts[v]!;
  const b = ts[j]!;
  if (j > v + 2 || (j === v + 2 && ts[v + 1]!.norm === 'there')) return false; // "said there was"
  // ("the Japanese people Ericsson questioned use": a one-word name after a common noun subjects it too)
  const subject = CONTACT_PRONOUNS.has(ts[v - 1]?.norm ?? '') || nameAfterPlural(ts, v - 1);
  if (!subject || !isNounAt(ts, v - 2) || breakAfter(ts[v - 2])) return false;
  if (!lexical(a)) return false;
  if (has(b, 'Modal') || TENSED_AUX.test(b.norm)) return true;
  // "many of the members we represent use the open source system": two present forms, the first
  // no verb that takes a bare infinitive ("the people we help fight").
  // (or a past and a present: "the Japanese people Ericsson questioned use their camera phone")
  const past = has(a, 'PastTense') && j === v + 1;
  const present = (has(a, 'PresentTense') || past) && has(b, 'PresentTense') && !has(b, 'Gerund') && !BARE_INFINITIVE.has(lemmaOf(a));
  return present || ((has(a, 'PastTense') || has(a, 'PresentTense')) && has(b, 'PastTense') && !/(?:ed|en|wn)$/.test(b.norm));
}

const BARE_INFINITIVE: ReadonlySet<string> = new Set(retag.bareInfinitiveVerbs);

/**
 * "Other areas the strike will affect | include passports": after a noun, a determiner's phrase and
 * a modal with its lexical verb, a bare present form starts another group (an object relative
 * without "that" on the noun). Not after a verb that takes a bare infinitive ("will help make").
 */
function modalContactEnd(ts: readonly Token[], verbs: readonly number[], j: number): boolean {
  const first = verbs[0]!;
  const v = verbs.at(-1)!;
  const a = ts[v]!;
  const b = ts[j]!;
  if (j !== v + 1 || verbs.length < 2 || !has(ts[first], 'Modal')) return false;
  if (!lexical(a)) return false;
  if (BARE_INFINITIVE.has(lemmaOf(a)) || /^(?:go|come)$/.test(lemmaOf(a))) return false;
  if (!has(b, 'PresentTense') || hasAny(b, 'Gerund', 'Participle', 'Auxiliary', 'Modal') || /[^s]s$/.test(b.norm)) return false;
  let d = first - 1;
  while (d > first - 4 && isNounAt(ts, d) && !has(ts[d], 'Determiner') && !breakAfter(ts[d])) d--;
  const det = ts[d];
  const head = ts[d - 1];
  return (
    d < first - 1 &&
    has(det, 'Determiner') &&
    !breakAfter(det) &&
    !breakAfter(head) &&
    has(head, 'Noun') &&
    !hasAny(head, 'Pronoun', 'Determiner')
  );
}

/**
 * "presenting BBC2's Have I Got News for You", "in Catch Me If You Can": a capitalised verb inside a
 * sentence (not at its start, nor after a quote, colon, bracket or dash) begins a title, not a clause.
 */
function titleWord(ts: readonly Token[], i: number): boolean {
  const prev = ts[i - 1];
  if (!prev || !/^\p{Lu}\p{Ll}/u.test(ts[i]!.text) || has(ts[i], 'Pronoun')) return false;
  return !/[.!?:;"“”‘’'(\u2014\u2013]|\s-\s/.test(prev.post) && !/["“‘'(]/.test(ts[i]!.pre);
}

/** Whether token i stands in a short capitalised quotation that modifies the noun after it ("wearing "Save Betamax" t-shirts"). */
function quotedModifier(ts: readonly Token[], i: number): boolean {
  let s = i;
  while (s > i - 4 && s > 0 && !/["“]/.test(ts[s]!.pre) && !/["”]/.test(ts[s - 1]!.post)) s--;
  if (!/["“]/.test(ts[s]!.pre) || !/^\p{Lu}/u.test(ts[s]!.text) || s === 0) return false;
  let e = i;
  while (e < s + 4 && e + 1 < ts.length && !/["”]/.test(ts[e]!.post)) e++;
  const next = ts[e + 1];
  if (!/^["”]\s*$/.test(ts[e]!.post) || !next) return false;
  return /^\p{Ll}/u.test(next.text) && has(next, 'Noun') && !has(next, 'Verb') && !isPrep(next);
}

export function verbGroups(ts: readonly Token[]): VerbGroup[] {
  const out: VerbGroup[] = [];
  const n = ts.length;
  const headline = isHeadlineLike(ts);
  let i = 0;
  let norNext = false; // "nor did it fund ...": the inverted auxiliary's verb follows its subject
  while (i < n) {
    if (!isVerbal(ts, i) || (!headline && titleWord(ts, i)) || quotedModifier(ts, i)) {
      i++;
      continue;
    }
    // "Iran never attacked Iraq": a negation right before a verb with no auxiliary opens its group.
    // So does "neither" before "... nor": "it neither admits nor denies the allegations".
    const negator = ts[i - 1]?.norm === 'never' || (ts[i - 1]?.norm === 'neither' && has(ts[i - 1], 'Negative'));
    if (negator && !breakAfter(ts[i - 1]) && !isVerbal(ts, i - 2)) i--;
    const verbs: number[] = [];
    // "can borrow cash only to invest, and not to finance": a negated infinitive ("whether or not to" is none).
    let neg = (ts[i - 1]?.norm === 'to' && isNeg(ts[i - 2]) && ts[i - 3]?.norm !== 'or') || ts[i - 1]?.norm === 'nor' || norNext;
    // "pledged to \"never, ever, ever\" attack": a "never" repeated for emphasis, commas and all.
    let ever = i - 1;
    while (ts[ever]?.norm === 'ever') ever--;
    if (ever < i - 1 && ts[ever]?.norm === 'never') neg = true;
    let j = i;
    let particle = -1;
    while (j < n) {
      const t = ts[j]!;
      // "waiting for the doors to be opened (reported by the paper)": a bracket opens another group;
      // a quotation before a noun is no verb ("wearing "Save Betamax" t-shirts").
      if (verbs.length && (t.pre.includes('(') || quotedModifier(ts, j))) break;
      // "said having Turkey in the EU was ...": a gerund after a verb of saying opens its own clause.
      if (verbs.length && has(t, 'Gerund') && SAYING_HEADS.has(lemmaOf(ts[verbs.at(-1)!]!))) break;
      // "Labour opposes raising taxes", "opposes giving CSOs the power": a verb that judges another's
      // act takes the gerund as its object; its subject does not do it.
      // So does one that implies an act someone else does ("a vote would mean letting the Tories in").
      const lead = verbs.length ? lemmaOf(ts[verbs.at(-1)!]!) : '';
      if (verbs.length && has(t, 'Gerund') && (judgesAct(lead) || LEX.impliedActVerbs.has(lead))) break;
      // "documents prepared using Microsoft Word": "using" after a participle is the means, not its
      // complement ("started using Linux" is one).
      if (verbs.length && t.norm === 'using' && instrumentalAfter(ts[verbs.at(-1)!]!)) break;
      // "a Tory party, which he said would turn the clock back": so does a modal or tensed auxiliary,
      // after the saying verb's own auxiliaries too ("which authorities have said will go ahead").
      const last = verbs.at(-1);
      const saying =
        last !== undefined &&
        j === last + 1 &&
        SAYING_HEADS.has(lemmaOf(ts[last]!)) &&
        verbs.slice(0, -1).every((v) => has(ts[v], 'Auxiliary'));
      // "posters which critics claim depict": a saying verb takes no bare verb; a finite one follows.
      const finite = (has(t, 'PresentTense') || has(t, 'PastTense')) && !has(t, 'Gerund') && !has(t, 'Participle');
      if (saying && (has(t, 'Modal') || TENSED_AUX.test(t.norm) || finite)) break;
      if (last !== undefined && isVerbal(ts, j) && (contactEnd(ts, last, j) || modalContactEnd(ts, verbs, j))) break;
      // "enabling people to register individually | could cut": a modal after an infinitive opens a group.
      // So does a tensed auxiliary: "who are not entitled to vote | have also been registered".
      const tensed = has(t, 'Modal') || TENSED_AUX.test(t.norm);
      if (last !== undefined && tensed && !isHelper(ts[last]!) && ts[last - 1]?.norm === 'to') break;
      // "who said there was a state of emergency": an existential "there" opens a clause of its own.
      if (verbs.length && t.norm === 'there') break;
      if (isVerbal(ts, j)) verbs.push(j);
      // "Mini is not only producing more cars": "not only/just/merely" adds to the claim, denies nothing.
      else if (t.norm === 'not' && /^(?:only|just|merely)$/.test(ts[j + 1]?.norm ?? '') && isVerbal(ts, j + 2)) j++;
      // "has delivered not one but two major reports": a contrast of amounts after the verb, no
      // negation of it ("voted not for Kilroy-Silk but for the UKIP" denies one argument).
      else if (t.norm === 'not' && verbs.length && amountContrast(ts, j)) break;
      // "has neither admitted nor denied wrongdoing": inside the group "neither" negates it; "nor" opens the next.
      else if (t.norm === 'neither' && isVerbal(ts, j + 1)) neg = true;
      else if (t.norm === 'nor' && verbs.length) break;
      else if (t.norm === 'either' && verbs.length && isVerbal(ts, j + 1)) {
        /* "has either resigned or been sacked" */
      }
      // "said none of the companies ...": a negative pronoun opening a phrase is no negation ("learned nothing from" is).
      else if (isNeg(t) && !(NEG_PRONOUNS.has(t.norm) && (ts[j + 1]?.norm === 'of' || !isPrep(ts[j + 1])))) neg = true;
      else if (isAdverbial(t) && (isVerbal(ts, j + 1) || isNeg(ts[j + 1]) || isAdverbial(ts[j + 1]))) {
        /* "has also armed" */
      } else if (/^(?:both|all|each)$/.test(t.norm) && verbs.length && isHelper(ts[verbs.at(-1)!]!) && has(ts[j + 1], 'Verb')) {
        /* "have both spoken out", "were all arrested" */
      } else if (t.norm === 'to' && isVerbal(ts, j + 1) && has(ts[j + 1], 'Infinitive')) {
        /* "sought to marginalize" */
      } else if (
        LEX.modalAdjectives.has(t.norm) &&
        verbs.length &&
        isBe(ts[verbs.at(-1)!]) &&
        ts[j + 1]?.norm === 'to' &&
        isVerbal(ts, j + 2)
      ) {
        /* "were able to reinforce"; "was unable to satisfy" denies */
        if (LEX.negativeModals.has(t.norm)) neg = !neg;
      } else if (has(t, 'Particle') || (PARTICLES.has(t.norm) && j === verbs.at(-1)! + 1 && particleEnd(ts, j))) {
        particle = j;
        j++;
        break;
      } else break;
      j++;
      if (breakAfter(t)) break;
    }
    while (verbs.length && verbs.at(-1)! < j - 1 && particle < 0 && !isNeg(ts[j - 1]) && !isVerbal(ts, j - 1)) j--;
    if (!verbs.length) {
      i = j > i ? j : i + 1;
      continue;
    }
    const head = verbs.at(-1)!;
    const h = ts[head]!;
    const mains = verbs.filter((v) => (!has(ts[v], 'Auxiliary') && !has(ts[v], 'Modal')) || v === head);
    const beAux = verbs.slice(0, -1).some((v) => isBe(ts[v]));
    // "Yukos accused of lying to court", "Firm fined over leak": a headline's lone -ed verb is a passive.
    // So a lone past form of a verb of giving or naming before its object: "Keanu Reeves given
    // Hollywood star", "Collins named UK Athletics chief".
    const lone = headline && verbs.length === 1 && !has(h, 'PresentTense');
    const lemma = lemmaOf(h);
    const giving = RECEIVING.has(lemma) || NAMING_VERBS.has(lemma);
    const given = lone && particle < 0 && (has(h, 'PastTense') || has(h, 'Participle')) && giving && isNounAt(ts, j);
    const headlinePassive = given || (lone && /ed$/.test(h.norm) && has(h, 'PastTense') && isPrep(ts[j]));
    const passive = !isBe(h) && (has(h, 'Passive') || headlinePassive || (beAux && (has(h, 'PastTense') || has(h, 'Participle'))));
    // "looks set to", "seemed unaware of", "became chairman of": linking verbs state no action.
    const linking = LINKING.has(lemma) && particle < 0 && !!ts[j] && !isPrep(ts[j]) && !has(ts[j], 'Particle');
    const copula = (isBe(h) && !passive) || linking;
    const p = particle >= 0 ? ` ${ts[particle]!.norm}` : '';
    // The inverted auxiliary frames nothing: its verb carries the negation ("nor did it fund",
    // "Neither does the budget include": "neither" right before an auxiliary inverts as "nor" does).
    norNext = /^(?:nor|neither)$/.test(ts[i - 1]?.norm ?? '') && mains.length === 1 && AUXILIARY.test(h.norm);
    if (norNext) neg = false;
    out.push({ s: i, e: j, head, mains, neg, passive, copula, lemma: lemma + p, first: lemmaOf(ts[mains[0] ?? head]!) });
    i = j;
  }
  return out;
}

/**
 * A sentence must have a verb: when compromise tagged none ("The academy specializes in ...",
 * "Plant communities include ..."), take the first -s/-ed word between two noun phrases.
 */
export function verblessFallback(ts: readonly Token[]): VerbGroup | null {
  for (let i = 1; i + 1 < ts.length; i++) {
    const t = ts[i]!;
    if (!/\p{L}{2}(?:[^s]s|ed)$/u.test(t.norm) || isPrep(t) || has(t, 'ProperNoun') || has(t, 'Possessive') || /^\p{Lu}/u.test(t.text))
      continue;
    // Not a singular or mass noun in -s ("US in EU tariff chaos trade row").
    if (/s$/.test(t.norm) && (has(t, 'Uncountable') || (has(t, 'Singular') && !has(t, 'Plural')))) continue;
    // Not a participle after a possessive: "Howard's unfinished business" is a noun phrase.
    if (!isNounAt(ts, i - 1) || has(ts[i - 1], 'Possessive') || breakAfter(ts[i - 1]) || breakAfter(t)) continue;
    const n = ts[i + 1]!;
    if (!(has(n, 'Determiner') || isPrep(n) || has(n, 'Adjective') || has(n, 'Noun'))) continue;
    const lemma = t.norm.endsWith('ies')
      ? `${t.norm.slice(0, -3)}y`
      : t.norm.endsWith('ed')
        ? t.root
        : t.norm.replace(/e?s$/, (m) => (m === 'es' && /(?:ch|sh|ss|x|z)es$/.test(t.norm) ? '' : m === 'es' ? 'e' : ''));
    // "S Korean consumers spending again": a plural agent noun ("consumer") is no verb.
    if (/(?:er|or|ist)$/.test(lemma) && !lexiconTags(lemma).includes('Infinitive')) continue;
    // "Enron bosses in $168m payout": nor is a plural title or role; nor a headline's plural before
    // its direction ("Japan bank shares up on link talk").
    if (LEX.titles.has(lemma) || LEX.personRoles.has(lemma) || /^(?:up|down|higher|lower)$/.test(n.norm)) continue;
    return { s: i, e: i + 1, head: i, mains: [i], neg: false, passive: false, copula: false, lemma, first: lemma };
  }
  return null;
}
