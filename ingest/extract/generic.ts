/**
 * Generic arguments: a bare common-noun phrase that nothing anchors to the story ("people carry the
 * gadgets", "organisations that handle sensitive data", "terrorists have long memories"). A phrase
 * is anchored by a determiner or possessor ("the parties", "its supporters"), a number ("268
 * people"), a name inside it ("Shia militias", "Iran-backed parties") or an of-phrase with a name
 * after it ("supporters of the PMU"). Relations between two generic arguments are generic claims,
 * not facts about the story's actors: rules `generic-subject` and `generic-pair` (data/rules.json).
 */
import type { Token } from '../parse.js';
import type { Mention } from '../types.js';
import type { MentionInfo } from './names.js';
import { THINGS } from './things.js';
import { breakAfter, has, hasAny, isBe, isConj } from './tokens.js';

export interface GenericView {
  ms: readonly Mention[];
  info: readonly MentionInfo[];
}

/** Determiners that pick out a referent (not the complementizer "that", not "some", "many", "all"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'my', 'your', 'his', 'her', 'its', 'our', 'their']);
const OWNER_PREPS = new Set(['of', 'at', 'from', 'in', 'for', 'with']);
const capital = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text);
/**
 * A name word inside the phrase ("Shia militias", a sentence-initial "Japanese banks", the owner
 * in "Apple's lawsuit"); not a quoted or headline capital.
 */
const named = (t: Token | undefined, k: number): boolean =>
  !!t &&
  capital(t) &&
  (k > 0
    ? !/^["\u201c']/.test(t.pre)
    : hasAny(t, 'ProperNoun', 'Demonym', 'Place', 'Organization') || (has(t, 'Possessive') && !has(t, 'Pronoun')));

/** Whether mention `m` (of this sentence, tokens `ts`) is a generic argument. */
export function isGeneric(x: GenericView, ts: readonly Token[], m: number): boolean {
  const info = x.info[m];
  const mention = x.ms[m];
  if (!info || !mention || (info.kind !== 'thing' && info.kind !== 'group') || mention.corefOf !== undefined) return false;
  if (mention.type !== 'Concept' && mention.type !== 'Group') return false;
  for (let k = info.s; k < info.e; k++) if (named(ts[k], k) || has(ts[k], 'Cardinal')) return false; // "four men"
  let k = info.s - 1;
  // "many people", "other firms", "India's highly skilled workers": back over quantifiers and modifiers.
  while (
    k >= 0 &&
    !breakAfter(ts[k]) &&
    (THINGS.dropLeading.has(ts[k]!.norm) || ((has(ts[k], 'Adjective') || has(ts[k], 'Adverb')) && !has(ts[k], 'Possessive')))
  )
    k--;
  const before = ts[k];
  if (before && !breakAfter(before) && (DETERMINERS.has(before.norm) || has(before, 'Possessive') || has(before, 'Value'))) return false;
  if (isBe(before)) return false; // "Leadplex and PayPerAction are legitimate internet marketing companies that ...": the subject, described
  // "The prime minister and chancellor": the determiner of the first conjunct is the second's too.
  if (before && isConj(before))
    for (let j = k - 1; j >= Math.max(0, k - 4) && !breakAfter(ts[j]); j--)
      if (DETERMINERS.has(ts[j]!.norm) || has(ts[j], 'Possessive')) return false;
  if (before && !breakAfter(before) && capital(before) && k > 0) return false; // "Labour's 'unfair' taxes", "UKIP's MEPs"
  const after = ts[info.e];
  if (after && !breakAfter(ts[info.e - 1]) && OWNER_PREPS.has(after.norm)) {
    for (let j = info.e + 1; j < Math.min(ts.length, info.e + 4); j++) if (capital(ts[j])) return false;
  }
  return true;
}

/**
 * Confidence rules for a relation's arguments (`s`, `o`: mention indices, negative for stand-ins):
 * a generic subject, a generic subject that names anyone of a kind ("people", "users": things.json
 * genericHeads), both arguments generic.
 */
export function genericRules(x: GenericView, ts: readonly Token[], s: number, o: number): string[] {
  if (s < 0 || !isGeneric(x, ts, s)) return [];
  const out = ['generic-subject'];
  const head = x.info[s]!.e - 1;
  if (THINGS.genericHeads.has(ts[head]!.norm)) out.push('generic-kind');
  if (o >= 0 && isGeneric(x, ts, o)) out.push('generic-pair');
  return out;
}
