/**
 * Subject layer (ingest/extract/subject.ts): relative clauses opened by a relative pronoun, or by
 * none. Which noun the relative's verb, or the verb after the relative, takes as subject: a
 * restrictive relative's antecedent ("none of the companies which received AutoLinks had paid"),
 * a contact relative's ("the judgement I took | has been vindicated"), the phrase before a
 * whose-relative closed by a comma, the noun "who" or "that" can stand for. (Reduced relatives,
 * with no pronoun and no finite verb, are reduced.ts's.)
 */
import type { Token } from '../../parse.js';
import type { Clause, Span, VerbGroup } from '../clauses.js';
import { ADDRESSEE_VERBS, INTRANSITIVE, LEX } from '../lexicon.js';
import { npLeft, npRight } from '../phrases.js';
import { THINGS } from '../things.js';
import { breakAfter, dashAfter, has, hasAny, isConj, isNounAt, isPrep, nameAfterPlural, tensed } from '../tokens.js';
import { CONTACT_PRONOUNS } from '../verbs.js';
import { LOCATING_PREPS, NAMING_VERBS } from './shared.js';

/** Verbs whose object does a bare verb after it ("let people donate", "helps websites deal"). */
const CAUSATIVE = new Set(['let', 'make', 'help', 'have', 'see', 'hear', 'watch', 'get']);
/** A verb agrees with a head noun: an -s present form takes no plural ("cards ... chips" is a noun). */
const agrees = (verb: Token | undefined, head: Token | undefined): boolean =>
  !(has(verb, 'PresentTense') && /[^s]s$/.test(verb?.norm ?? '') && !has(verb, 'Auxiliary') && has(head, 'Plural'));

/**
 * "none of the companies which received AutoLinks had paid": a verb right after a restrictive
 * relative's object takes the relative's antecedent, whole, with the phrases its PPs hang on
 * ("Kashmiri politicians on both sides of the Line of Control which divides the region welcomed").
 * Not after a verb that takes a clause or a bare verb, across punctuation or a pronoun, or where
 * the verbs do not agree in number with the antecedent. Null when the rule does not apply.
 */
export function restrictiveAntecedent(ts: readonly Token[], vg: VerbGroup, k: number, earlier: readonly Clause[]): Span | null {
  const prev = earlier.at(-1);
  if (!prev?.subj || !prev.rules.includes('rel-subj') || !tensed(ts[vg.s])) return null;
  // (a naming participle names the object: "which uses the system called BitTorrent")
  if (vg.e === vg.s + 1 && NAMING_VERBS.has(ts[vg.s]!.norm) && /^\p{Lu}/u.test(ts[vg.e]?.text ?? '')) return null;
  const l = prev.vg.lemma;
  // (a causative's object does a bare verb: "the firms which let people | donate"; not a modal's:
  // "patients who have had a stroke | should not take")
  const modal = has(ts[vg.s], 'Modal') || has(ts[vg.s], 'Auxiliary');
  if ((CAUSATIVE.has(l) && !modal) || LEX.reporting.has(l) || LEX.saying.has(l)) return null;
  // (past a pronoun's first object: "the government that brought us the dodgy dossier is publishing")
  const first = /^(?:us|me|him|her|them|you)$/.test(ts[prev.vg.e]?.norm ?? '') && !breakAfter(ts[prev.vg.e]);
  const from = first ? prev.vg.e + 1 : prev.vg.e;
  const between = npLeft(ts, k, from);
  const head = ts[prev.subj.e - 1];
  // ("a Highland councillor who was at the event | has also defended": the relative's phrases, one
  // after another, reach the verb)
  const fits =
    !!between &&
    ((between.s === from && (!prev.obj || prev.obj.e === k || first)) ||
      (!prev.obj && joinedThrough(ts, from, k)) ||
      placedThrough(ts, prev, vg, from, k)) &&
    !ts.slice(prev.vg.e - 1, k).some((t) => /[,;:()"“”]/.test(t.post)) &&
    !has(ts[between.s], 'Pronoun') && // "who all left I'm A Celebrity": a pronoun opens its own clause
    !(CONTACT_PRONOUNS.has(ts[k - 1]!.norm) && has(ts[k - 1], 'Pronoun')) && // "the team that created the Macintosh he did not
    agrees(ts[vg.s], head) &&
    agrees(ts[prev.vg.s], head);
  const pron = prev.subj.e;
  if (!fits || !LEX.relativePronouns.has(ts[pron]?.norm ?? '') || /,/.test(ts[pron - 1]?.post ?? '')) return null;
  const low = earlier.at(-2)?.vg.e ?? 0;
  const ante = withPlaces(ts, npLeft(ts, pron, low), low);
  // ("the only way to get a full divorce which allowed re-marriage | was": the noun the infinitive
  // that takes the antecedent as object hangs on)
  const inf = earlier.at(-2);
  if (ante && inf && !inf.subj && ante.s === inf.vg.e && ts[inf.vg.s - 1]?.norm === 'to' && inf.vg.e === inf.vg.s + 1) {
    const noun = withPlaces(ts, npLeft(ts, inf.vg.s - 1, 0), 0);
    if (noun && !breakAfter(ts[noun.e - 1])) return noun;
  }
  return ante;
}

/**
 * "a Highland councillor who was at the event | has also defended": prepositional phrases, an
 * object before them, fill `from`..`k`. Not past a dash ("Mr Leslie - who was elected in 1997 in a
 * seat - prompted"), before a participle with a phrase of its own ("the UMD format used by", "firms
 * interested in"), or after a verb of telling, where "that" opens what is told ("told BBC News that
 * reports of job cuts were").
 */
function placedThrough(ts: readonly Token[], prev: Clause, vg: VerbGroup, from: number, k: number): boolean {
  const pron = ts[prev.subj!.e];
  if (ts.slice(prev.subj!.e - 1, k).some((t) => dashAfter(t))) return false;
  if (vg.e === vg.s + 1 && has(ts[vg.s], 'PastTense') && isPrep(ts[vg.e])) return false;
  const told = ts[prev.subj!.s - 1];
  if (pron?.norm === 'that' && has(told, 'Verb') && ADDRESSEE_VERBS.has(told!.root)) return false;
  const obj = isPrep(ts[from]) ? null : npRight(ts, from, k);
  let i = obj && obj.s === from ? obj.e : from;
  if (!isPrep(ts[i])) return false;
  // (the last phrase not one a subordinator opens: "who fashioned the chance as Luis Garcia | fed")
  while (i < k && isPrep(ts[i])) {
    const np = npRight(ts, i + 1, k);
    if (LEX.subordinators.has(ts[i]!.norm) && np?.e === k) return false;
    if (!np || np.s !== i + 1 || !hasAny(ts[np.e - 1], 'Noun', 'Pronoun', 'Value')) return false; // ("by large | falls")
    i = np.e;
  }
  return i === k;
}

/** A noun phrase with up to two prepositional phrases it follows ("Kashmiri politicians on both sides of"). */
function withPlaces(ts: readonly Token[], sp: Span | null, low: number): Span | null {
  let out = sp;
  for (let n = 0; out && n < 2 && isPrep(ts[out.s - 1]) && !breakAfter(ts[out.s - 2]); n++) {
    const left = npLeft(ts, out.s - 1, low);
    if (!left) break;
    out = { s: left.s, e: out.e };
  }
  return out;
}

/** "who have had heart disease or a stroke | should not take": two noun phrases joined by "and"/"or" fill `from`..`k`. */
function joinedThrough(ts: readonly Token[], from: number, k: number): boolean {
  const one = npRight(ts, from, k);
  if (!one || !isConj(ts[one.e]) || breakAfter(ts[one.e - 1])) return false;
  return npRight(ts, one.e + 1, k)?.e === k;
}

/** The phrase before ", whose" when the last main-level clauses since are that relative's, or null. */
export function whoseAntecedent(ts: readonly Token[], earlier: readonly Clause[], finite: boolean): Span | null {
  // (so "TV-like services, where clips are downloaded, are offered by ...": a where-relative on a
  // noun, before a finite verb: not "the film Gilbert Grape, where he played a youth ..., played by")
  const opener = (k: number): boolean =>
    ts[k]?.norm === 'whose' || (finite && ts[k]?.norm === 'where' && isNounAt(ts, k - 1) && !has(ts[k - 1], 'Pronoun'));
  const at = earlier.findLastIndex((m) => !!m.subj && m.subj.s < m.vg.s && opener(m.subj.s - 1));
  if (at < 0) return null;
  const w = earlier[at]!.subj!.s - 1;
  if (!/,/.test(ts[w - 1]?.post ?? '')) return null;
  // Nothing but the relative's own clauses (subordinate or subjectless) since it opened.
  if (earlier.slice(at + 1).some((m) => m.subj && m.subj.s < m.vg.s && m.parent < 0 && !m.rules.includes('reduced-rel'))) return null;
  return npLeft(ts, w, 0);
}

/**
 * "the judgement I took | has been vindicated", "29% of the people it questioned | said": a verb right
 * after a clause whose subject follows a noun phrase with no "that" (an object relative) has that noun
 * phrase as subject. The pronoun is split off the phrase it was read into.
 */
export function contactAntecedent(ts: readonly Token[], prev: Clause, k: number): Span | null {
  const sub = prev.subj;
  if (!sub || prev.vg.e !== k || breakAfter(ts[k - 1]) || prev.obj || prev.parent >= 0 || sub.e !== prev.vg.s) return null;
  const last = ts[sub.e - 1]!;
  if (sub.e - sub.s > 1 && (CONTACT_PRONOUNS.has(last.norm) || nameAfterPlural(ts, sub.e - 1)) && has(ts[sub.e - 2], 'Noun')) {
    prev.subj = { s: sub.e - 1, e: sub.e };
    return { s: sub.s, e: sub.e - 1 };
  }
  // ("Other areas the strike will affect | include": a determiner's phrase after a noun, with a modal)
  const head = ts[sub.s - 1];
  if (!has(ts[sub.s], 'Determiner') || !has(ts[prev.vg.s], 'Modal') || !has(ts[k], 'PresentTense') || has(ts[k], 'Gerund')) return null;
  if (!has(head, 'Noun') || has(head, 'Pronoun')) return null;
  return breakAfter(head) ? null : npLeft(ts, sub.s, 0);
}

/**
 * "following a speech he made in Burnley": a lone subject pronoun right after a determiner's noun
 * phrase that a preposition governs, before a transitive verb with no object of its own in sight.
 */
export function contactObject(ts: readonly Token[], subj: Span, vg: VerbGroup): boolean {
  if (subj.e - subj.s !== 1 || !CONTACT_PRONOUNS.has(ts[subj.s]!.norm) || breakAfter(ts[subj.s - 1])) return false;
  const np = npLeft(ts, subj.s, 0);
  if (!np || !has(ts[np.s], 'Determiner') || !isPrep(ts[np.s - 1]) || has(ts[subj.s - 1], 'Pronoun')) return false;
  if (vg.passive || vg.copula || INTRANSITIVE.has(vg.lemma) || LEX.reporting.has(vg.lemma)) return false;
  const after = ts[vg.e];
  return !after || isPrep(after) || breakAfter(ts[vg.e - 1]);
}

/**
 * "a selection of cinemas across the UK which will use the digital equipment": a relative after a
 * place that locates a common noun is about the noun, not the place.
 */
export function placedAntecedent(ts: readonly Token[], sp: Span): Span {
  const last = ts[sp.e - 1];
  const prep = ts[sp.s - 1];
  const noun = ts[sp.s - 2];
  if (!has(last, 'Place') || !prep || !LOCATING_PREPS.has(prep.norm) || breakAfter(noun)) return sp;
  if (!noun || !has(noun, 'Noun') || has(noun, 'Pronoun') || !/^\p{Ll}/u.test(noun.text)) return sp;
  return npLeft(ts, sp.s - 1, 0) ?? sp;
}

/** A noun "who" can stand for: a person, a role, a name or a body of people. */
export const someone = (t: Token): boolean =>
  has(t, 'Actor') ||
  // ("the chagrin of many US lawmakers who blame": a role in the plural)
  LEX.personRoles.has(t.norm.replace(/s$/, '')) ||
  LEX.plainPeople.has(t.norm) ||
  LEX.personNouns.has(t.norm.replace(/s$/, '')) || // "the case of a couple who had": people in a noun
  /^(?:couples?|famil(?:y|ies))$/.test(t.norm) ||
  /^members?$/.test(t.norm) || // "an Iraqi member of parliament who spoke to"
  has(t, 'Person') ||
  has(t, 'ProperNoun') ||
  has(t, 'Pronoun') ||
  LEX.titles.has(t.norm) ||
  LEX.orgHeads.has(t.norm) ||
  THINGS.collectives.has(t.norm);

/**
 * "an offer for the remaining shares that he does not already own": the object a "that" or
 * "which" relative lacks is the last noun of its antecedent's "of"/"for" chain, when that noun is
 * counted (plural, or after a determiner), not its head ("who" may still take the head: "the
 * leader of the party who").
 */
export function lowAttached(ts: readonly Token[], np: Span | null, rel: string): Span | null {
  if (!np || (rel !== 'that' && rel !== 'which')) return np;
  for (let k = np.e - 2; k > np.s; k--) {
    if (ts[k]!.norm !== 'of' && ts[k]!.norm !== 'for') continue;
    // (a bare singular names a kind: "centres of excellence which the telco has set up")
    const counted = has(ts[np.e - 1], 'Plural') || hasAny(ts[k + 1], 'Determiner', 'Possessive', 'Value');
    return counted ? { s: k + 1, e: np.e } : np;
  }
  return np;
}

/**
 * "the hard working families across Britain that will be damaged", "a rally in London that drew":
 * a restrictive "that" (no comma) does not restrict a bare name after a preposition; it goes with
 * the noun the name's phrase hangs on (the last phrase of an "of" or "for" chain: "favourite for
 * best supporting actor for | the role in Closer that"). `sp` otherwise.
 */
export function nameHost(ts: readonly Token[], sp: Span): Span {
  const bare = ts.slice(sp.s, sp.e).every((t) => /^\p{Lu}/u.test(t.text) && has(t, 'ProperNoun'));
  const prep = ts[sp.s - 1];
  if (!bare || !isPrep(prep) || /^(?:of|for)$/.test(prep!.norm)) return sp;
  const host = npLeft(ts, sp.s - 1, 0);
  if (!host) return sp;
  const last = ts.slice(host.s, host.e).findLastIndex((t) => t.norm === 'of' || t.norm === 'for');
  return last > 0 ? { s: host.s + last + 1, e: host.e } : host;
}
