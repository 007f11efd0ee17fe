/**
 * Meaning layer (ingest/extract/meaning.ts): what frames a clause from outside it, the tests
 * sentenceMeanings applies after a clause's own cues: a verb or adjective of belief or wishing
 * (believes), a mandative "that" ("demanded that shareholders be consulted"), "it is likely
 * that", an adjective of difficulty ("impossible for Vodafone to"), "not seen any attacks
 * exploiting", an absolute "with" phrase, an if-clause's consequent (consequentOf) and a trailing
 * "..., it was claimed" (trailingFrame).
 */
import type { Token } from '../../parse.js';
import type { Certainty } from '../../types.js';
import { type Clause, frameWord, type SentenceAnalysis } from '../clauses.js';
import { LEX } from '../lexicon.js';
import { has, isBe } from '../tokens.js';
import { IMPRESSIONS } from '../verbs.js';
import { ALLEGE_FRAMES, clauseStart, HEDGE_FRAMES, LIKELIHOOD, type Meaning, stronger } from './shared.js';

/** Whether clause `c` is a participle on its negated parent's object quantified by "any" ("not seen any attacks exploiting"). */
export function noneOfObject(ts: readonly Token[], c: Clause, pc: Clause): boolean {
  if (!pc.obj || ts[pc.obj.s]?.norm !== 'any') return false;
  // "Neither does the budget include any cash to purchase crude oil": nor is it bought with it.
  const purpose = c.rules.includes('ctrl-inf') && ts[c.vg.s - 1]?.norm === 'to' && pc.obj.e === c.vg.s - 1;
  return purpose || (c.rules.includes('reduced-rel') && !!c.subj && c.subj.s === pc.obj.s);
}
/**
 * Verbs of wishing: their clause is what someone wants to happen ("I hope New Labour suffers the
 * same treatment"), not what its subject intends: hedged, and held by the one who hopes.
 */
const WISH_FRAMES: ReadonlySet<string> = new Set(['hope', 'wish', 'pray']);
/**
 * Whether clause `pc` holds clause `c` as a belief, hope or worry ("expects that", "hopes the
 * plan will", "is confident that"): an adjective or a wish only over a clause with its own
 * subject ("is certain to miss", "hopes to win" are not).
 */
export function believes(ts: readonly Token[], pc: Clause, c: Clause): boolean {
  const w = frameWord(ts, pc);
  const own = !c.rules.some((r) => r.startsWith('ctrl-'));
  return HEDGE_FRAMES.has(w) || (own && (WISH_FRAMES.has(w) || LEX.beliefAdjectives.has(w) || LEX.opinionVerbs.has(w)));
}
/**
 * The adjective of difficulty an infinitive at token `v` completes ("impossible | to", "difficult
 * for Vodafone | to"), as 'impossible' (denied), 'difficult' (probably not done) or 'harder' (a
 * change of degree, unsure: "would make it harder for the Commission to launch"), or undefined.
 */
export function difficulty(ts: readonly Token[], v: number): 'impossible' | 'difficult' | 'harder' | undefined {
  if (ts[v - 1]?.norm !== 'to') return undefined;
  let k = v - 2;
  // past "for X": "impossible for Vodafone to"
  const f = ts.slice(Math.max(0, v - 6), v - 1).findLastIndex((t) => t.norm === 'for');
  if (f >= 0) k = Math.max(0, v - 6) + f - 1;
  const w = ts[k]?.norm ?? '';
  // An adjective after "it" or a copula ("found it difficult", "it is hard"), not "working hard to".
  let b = k - 1;
  while (/^(?:very|too|so|extremely|increasingly|more|particularly|really)$/.test(ts[b]?.norm ?? '')) b--;
  if (ts[b]?.norm !== 'it' && !isBe(ts[b])) return undefined;
  const degree = /er$/.test(w) || ts[k - 1]?.norm === 'more';
  return IMPOSSIBLE.has(w) ? 'impossible' : DIFFICULT.has(w) ? (degree ? 'harder' : 'difficult') : undefined;
}
/**
 * An infinitive at token `v` after a ranked noun phrase ("was the first internet firm | to offer",
 * "the only country | to sign", "the biggest company ever | to go bust"): it tells what the subject
 * did or does, as sure as its clause, no aim ("the next" is still to come).
 */
export function ranked(ts: readonly Token[], v: number): boolean {
  if (ts[v - 1]?.norm !== 'to') return false;
  for (let k = v - 2; k >= Math.max(0, v - 7); k--) {
    const t = ts[k]!;
    const rank = (has(t, 'Ordinal') && t.norm !== 'next') || t.norm === 'only' || t.norm === 'last' || has(t, 'Superlative');
    // (after its article or possessor: not "sold in an auction last year to help Yukos")
    if (rank) return /^(?:the|its|their|his|her|our)$/.test(ts[k - 1]?.norm ?? '') || has(ts[k - 1], 'Possessive');
    if (has(t, 'Determiner') || has(t, 'Verb') || has(t, 'Preposition') || /[,;:]/.test(t.post)) return false;
  }
  return false;
}
const IMPOSSIBLE: ReadonlySet<string> = new Set(['impossible', 'unable']);
const DIFFICULT: ReadonlySet<string> = new Set(['difficult', 'hard', 'harder', 'tough', 'tougher', 'tricky']);
/**
 * Heads of a mandative "that" clause: "demanded that shareholders be consulted", "it is important
 * that retailers respect the classifications" (what should happen, not what did).
 */
const MANDATIVE_VERBS: ReadonlySet<string> = new Set(['demand', 'urge', 'propose', 'recommend', 'request', 'require', 'ask', 'insist on']);
const MANDATIVE_ADJECTIVES: ReadonlySet<string> = new Set(['important', 'essential', 'vital', 'necessary', 'crucial', 'imperative']);
export function mandative(ts: readonly Token[], c: Clause, pc: Clause | undefined): boolean {
  const that = clauseStart(c) - 1;
  // "The Tories demanded Mr Blunkett quit": with no "that", a bare verb right after the verb of demanding.
  const bare = has(ts[c.vg.s], 'Infinitive') && !has(ts[c.vg.s], 'PastTense') && !/s$/.test(ts[c.vg.s]!.norm);
  if (pc && bare && that + 1 === pc.vg.e && c.subj && c.subj.s < c.vg.s && MANDATIVE_VERBS.has(pc.vg.lemma)) return true;
  if (ts[that]?.norm !== 'that') return false;
  return MANDATIVE_ADJECTIVES.has(ts[that - 1]?.norm ?? '') || (!!pc && MANDATIVE_VERBS.has(pc.vg.lemma));
}
/**
 * "it is likely (that) the Budget will contain", "it was highly unlikely he would give": how likely
 * the clause is, said by no one in particular. Hedged; "unlikely", "improbable", "doubtful" (or
 * "not likely") make it negative as well. Null when the clause follows no such frame.
 */
export function likelihood(ts: readonly Token[], c: Clause): { negative: boolean } | null {
  let k = clauseStart(c) - 1;
  if (ts[k]?.norm === 'that') k--;
  let negative = LIKELIHOOD.get(ts[k]?.norm ?? '');
  if (negative === undefined) return null;
  k--;
  if (has(ts[k], 'Adverb') && ts[k]!.norm !== 'not') k--; // "highly", "quite"
  if (ts[k]?.norm === 'not') {
    negative = !negative;
    k--;
  }
  return isBe(ts[k]) && ts[k - 1]?.norm === 'it' ? { negative } : null;
} // not "none of the companies which"
export const isHave = (t: Token | undefined): boolean => /^(?:has|have|had)$/.test(t?.norm ?? '');
const LEADS = new Set(['that', 'and', 'but', 'so', 'then', 'however', 'even', 'only']);

/**
 * "If X, Y" / "Y if X": the clause an if-clause conditions (its consequent), or -1. The consequent
 * of a leading if-clause is the first clause after a comma; of a trailing one, the clause before it.
 */
export function consequentOf(ts: readonly Token[], an: SentenceAnalysis, ic: number): number {
  const c = an.clauses[ic]!;
  const at = clauseStart(c) - 1; // the "if"
  const before = ts[at - 1];
  // 'told the agency: "If they default, we will fight them"': an "if" opening a quotation or
  // following a colon leads what comes after it, not the clause before.
  const opens = /:/.test(before?.post ?? '') || /[\u201c"]/.test(ts[at]?.pre ?? '');
  const leading = at <= 0 || opens || LEADS.has(before?.norm ?? '') || !an.clauses.some((p, j) => j < ic && p.vg.e <= at);
  if (!leading) return an.clauses.findLastIndex((p, j) => j < ic && p.vg.e <= at && !(p.subord && LEX.conditionals.has(p.subord)));
  for (let j = ic + 1; j < an.clauses.length; j++) {
    const n = an.clauses[j]!;
    if (n.rules.includes('rel-subj') || n.rules.includes('reduced-rel')) continue; // "Mr Brown, who married ..., changed
    let start = n.subj && n.subj.s < n.vg.s ? n.subj.s : n.vg.s;
    if (ts[start - 1]?.norm === 'then' || ts[start - 1]?.norm === 'there') start--; // "If X, then Y", "if X, there is"
    // '"... if we look at the forecast, there is a risk ...," he told': a quote's end ends the search.
    if (/["\u201d]/.test(ts[start - 1]?.post ?? '')) return -1;
    if (/,/.test(ts[start - 1]?.post ?? '') && n.coordWith < 0) return j;
  }
  // "If Wales decided to keep its assembly it would stand to lose more MPs", "if drinking
  // establishments were allowed to open until three or four in the morning the police would have
  // to take officers off": with no comma, the first clause that opens on its subject and a modal.
  return an.clauses.findIndex(
    (n, j) =>
      j > ic &&
      n.coordWith < 0 &&
      !!n.subj &&
      n.subj.e === n.vg.s &&
      (n.subj.e - n.subj.s > 1 || has(ts[n.subj.s], 'Pronoun') || has(ts[n.subj.s], 'ProperNoun')) &&
      has(ts[n.vg.s], 'Modal') &&
      !/["\u201d]/.test(ts[n.subj.s - 1]?.post ?? ''),
  );
}

/** Cue of a clause that only frames others ("it was claimed"): it states no relation (candidates.ts). */
export const FRAME_ONLY = 'frame only';
/** Verbs whose trailing passive after "it" frames the sentence before it ("..., it was claimed in court"). */
const TRAILING_CLAIMS: ReadonlyMap<string, Certainty> = new Map([
  ['claim', 'alleged'],
  ['allege', 'alleged'],
  ['report', 'alleged'],
  ['say', 'alleged'],
  ['understand', 'alleged'],
  ['believe', 'hedged'],
  ['think', 'hedged'],
]);

/**
 * "X overstated earnings to boost the share price, it was claimed in court", "Yukos lied to a US
 * court ..., the court has heard", "..., the Tories have claimed": a last clause after a comma, an
 * expletive "it" with a passive of claiming, a verb of claiming or a hearing that heard, frames every
 * clause before it: alleged (believed, and a verb of belief or estimate: hedged). An "it was claimed"
 * states nothing itself.
 */
export function trailingFrame(ts: readonly Token[], an: SentenceAnalysis, out: Meaning[]): void {
  const k = an.clauses.length - 1;
  const f = an.clauses[k];
  if (!f || k === 0 || f.obj || f.parent >= 0 || !f.subj) return;
  const opens = Math.min(f.subj.s, f.vg.s); // "..., claimed the Tories"
  if (!/,["”’']?\s*$/.test(ts[opens - 1]?.post ?? '')) return;
  const expletive = f.subj.s < f.vg.s && f.subj.e - f.subj.s === 1 && ts[f.subj.s]!.norm === 'it' && f.vg.passive;
  // "Labour has broken its promise, the Tories have claimed": a claim, whoever makes it.
  const claimed = !f.vg.passive && !f.vg.neg && (ALLEGE_FRAMES.has(f.vg.lemma) || f.vg.lemma === 'hear');
  // "Labour will hold key marginal constituencies ..., the Populus survey suggests": a belief or
  // estimate (not a verb joined to the one before, nor a participle on a noun: "the Budget,
  // expected in March"; "appear" and "seem" only after "it").
  const it = ts[f.subj.s]!.norm === 'it' && f.subj.e - f.subj.s === 1;
  const believed =
    !f.vg.passive &&
    !f.vg.neg &&
    f.coordWith < 0 &&
    !f.rules.includes('reduced-rel') &&
    HEDGE_FRAMES.has(f.vg.lemma) &&
    (it || !IMPRESSIONS.has(f.vg.lemma));
  const certainty = expletive ? TRAILING_CLAIMS.get(f.vg.lemma) : claimed ? 'alleged' : believed ? 'hedged' : undefined;
  if (!certainty) return;
  for (let j = 0; j < k; j++) {
    out[j]!.certainty = stronger(out[j]!.certainty, certainty);
    out[j]!.cues.push(`frame:${f.vg.lemma}`);
  }
  if (expletive) out[k]!.cues.push(FRAME_ONLY);
}

/** A gerund whose subject opens with "with" after a comma (", with China and India filling ..."). */
export function withAbsolute(ts: readonly Token[], c: Clause): boolean {
  if (!c.subj || !has(ts[c.vg.s], 'Gerund')) return false;
  let k = c.subj.s - 1;
  while (k > c.subj.s - 8 && k > 0 && ts[k]!.norm !== 'with' && !has(ts[k], 'Verb') && !/[,;:]/.test(ts[k]!.post)) k--;
  return ts[k]?.norm === 'with' && /,/.test(ts[k - 1]?.post ?? '');
}
