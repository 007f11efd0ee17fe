/**
 * What completes a predicate after its object, kept on the statement as evidence: "depict Michael
 * Howard | as Fagin", "accuse the Scottish Executive | of using the council tax", "urged the two
 * men | to stop squabbling", "stop people | pirating digital music", "keep Wall Street | happy".
 * The argument's own phrase is detail.ts's; this reads on past it.
 */
import type { Token } from '../parse.js';
import type { Sentence } from '../types.js';
import type { Span } from './clauses.js';
import { clauseStart, complementEnd, quotedText, timeAhead } from './detail.js';
import {
  COMPLEMENT_VERBS,
  DITRANSITIVE,
  GERUND_COMPLEMENTS,
  givesReason,
  LEX,
  NAMED_GERUND_COMPLEMENTS,
  NAMING_VERBS,
  PREPOSITION_GERUNDS,
  SMALL_CLAUSE_VERBS,
} from './lexicon.js';
import { npRight } from './phrases.js';
import { breakAfter, has, hasAny, isConj, isNounAt, isPrep } from './tokens.js';

/** Words opening a phrase that completes a predicate after its object ("depict X | as Fagin"). */
const PREDICATE_OPENERS = new Set(['as', 'below', 'above', 'beyond', 'into', 'onto', 'like', 'at', 'under', 'outside']);
/** At most this many words of a charge or reason ("accuse X | of ..."), and of an apposition before it. */
const REASON_LENGTH = 14;
const APPOSITION_LENGTH = 10;
/** Particles compromise may read as prepositions ("to seek out more donations"). */
const PARTICLES = new Set(['out', 'up', 'off', 'down', 'back', 'away']);
/** A particle right after a verb, before its object (not "move out of London"). */
const particle = (ts: readonly Token[], k: number): boolean =>
  PARTICLES.has(ts[k]?.norm ?? '') &&
  has(ts[k - 1], 'Verb') &&
  !isPrep(ts[k + 1]) &&
  (isNounAt(ts, k + 1) || hasAny(ts[k + 1], 'Determiner', 'Adjective', 'Adverb', 'Value'));

/** Verbs of naming whose object's name or kind follows it as a noun phrase ("called the attack | a prelude"). */
const NAMED_AS = new Set(['call', 'label', 'brand', 'dub', 'term']);

/** Adverbs that complete a predicate alone ("put the drawings | online"). */
const PREDICATE_ADVERBS = new Set(['online', 'abroad', 'overseas', 'offshore']);

/** Verbs of placing: what they say is where they put their object ("put the plan | on hold"). */
export const PLACING_VERBS: ReadonlySet<string> = new Set(['put', 'place']);
/** Particles that say where alone ("put the scandal | behind", "put politics | aside"). */
const PLACES_ALONE = new Set(['behind', 'aside', 'back', 'down', 'ahead', 'forward', 'up', 'off', 'away', 'together', 'out']);

/**
 * What completes the predicate after its object, at token `k` and before `limit` (its clause's
 * end): "depict Tory leader Michael Howard | as Fagin", "run their budget deficits | below the EU
 * cap", "put ... details of its PowerMac G4 computer | online". Undefined when the object ends the
 * clause, a time phrase or a clause follows ("as he said"), or the phrase has no noun ("as expected").
 */
export function predicateComplement(
  ts: readonly Token[],
  s: Sentence,
  k: number,
  limit: number,
  directive = false,
  predicate = '',
  object: Span = { s: k, e: k },
): string | undefined {
  const objectEnd = object.e;
  // "put Africa | at the top of the agenda", "put the plan | on hold", "put the scandal | behind":
  // where a verb of placing puts its object (read from the object's name, past any phrase the
  // object's detail took in).
  // ("put tax cuts and increased social spending | at the centre": past the coordinated object)
  const joined = PLACING_VERBS.has(predicate) && isConj(ts[objectEnd]) ? npRight(ts, objectEnd + 1, limit) : null;
  const at = PLACING_VERBS.has(predicate) ? (joined?.e ?? Math.min(k, objectEnd)) : -1;
  const where = ts[at];
  if (where && (isPrep(where) || PLACES_ALONE.has(where.norm)) && where.norm !== 'of' && !breakAfter(ts[at - 1])) {
    const end = breakAfter(where) ? at + 1 : Math.min(Math.max(limit, at + 1), complementEnd(ts, at, { from: at + 1, afterPrep: true }));
    if (end > at + 1 || PLACES_ALONE.has(where.norm)) return quotedText(ts, s, at, Math.max(end, at + 1));
  }
  // "urging telecoms regulator, Ofcom, | to": the object is itself the name set off by commas.
  const appositive = object.s > 0 && /^,\s*$/.test(ts[object.s - 1]!.post);
  // "accused Anand Jain, a confidant of his brother Mukesh, | of playing ...": past an apposition.
  // "urging telecoms regulator, Ofcom, | to reduce the cost": so is a directive's infinitive.
  let past = false;
  const resumes = (j: number): boolean =>
    givesReason(predicate, ts[j]?.norm ?? '') ||
    (directive && ts[j]?.norm === 'to' && has(ts[j + 1], 'Infinitive')) ||
    (SMALL_CLAUSE_VERBS.has(predicate) && stateEnd(ts, j) > j);
  // "barred Bank of America and two auditors | from the case": past the object's coordinated phrase.
  const also = /^(?:and|or)$/.test(ts[k]?.norm ?? '') && predicate && !breakAfter(ts[k - 1]) ? npRight(ts, k + 1, limit) : null;
  if (also && !breakAfter(ts[also.e - 1]) && resumes(also.e)) k = also.e;
  // "make Windows and Internet Explorer | more secure": the phrase read on into the state.
  const into = also && SMALL_CLAUSE_VERBS.has(predicate) ? ts.findIndex((x, j) => j > also.s && j < also.e && DEGREES.has(x.norm)) : -1;
  if (into > 0 && stateEnd(ts, into) >= also!.e) k = into;
  if (/^,\s*$/.test(ts[k - 1]?.post ?? '') && predicate) {
    // (an infinitive only past a whole apposition: not "told the CBS programme, | to be aired on Sunday")
    const close = ts.findIndex(
      (x, j) =>
        j >= k - 1 &&
        j < k + APPOSITION_LENGTH &&
        /^,\s*$/.test(x.post) &&
        resumes(j + 1) &&
        (j >= k || appositive || givesReason(predicate, ts[j + 1]!.norm)),
    );
    past = close >= 0;
    if (past) k = close + 1;
  }
  const t = ts[k];
  if (!t || (breakAfter(ts[k - 1]) && !past)) return undefined;
  // "accuse the Scottish Executive | of using the council tax to raise funds": the charge, up to the
  // next comma (its own clause, which may end the object's clause before it).
  // ("sees a withdrawal as soon as ...", "as well": a conjunction or adverb, no name given)
  const asAdverb =
    t.norm === 'as' &&
    /^(?:soon|well|long|far|much|many|if|though|to|of)$/.test(ts[k + 1]?.norm ?? '') &&
    !/["\u201c]/.test(ts[k + 1]!.pre);
  if (givesReason(predicate, t.norm) && ts[k + 1] && !timeAhead(ts, k + 1) && !asAdverb) {
    let end = k + 1;
    // Not into a clause of its own: "congratulated Bush on his victory | and stressed ...", "as a
    // key election issue | but critics claim", "as a liar | and on Thursday quizzed him".
    const stop = (j: number): boolean =>
      LEX.subordinators.has(ts[j]!.norm) ||
      LEX.relativePronouns.has(ts[j]!.norm) ||
      ts[j]!.norm === 'but' ||
      // (a second reason goes on: "for failing to mention ... | and for his record")
      (isConj(ts[j]) &&
        ((has(ts[j + 1], 'Verb') && !has(ts[j + 1], 'Gerund')) ||
          (isPrep(ts[j + 1]) && !givesReason(predicate, ts[j + 1]!.norm)) ||
          has(ts[j + 1], 'Adverb')));
    // (into a quotation that opens inside it: 'warned ministers | that they should "prepare themselves for')
    const quoteOnly = (t: Token): boolean => /^\s+["\u201c]$/u.test(t.post);
    while (end < ts.length && end - k < REASON_LENGTH && (!breakAfter(ts[end - 1]) || quoteOnly(ts[end - 1]!)) && !stop(end)) end++;
    if (end <= k + 1) return undefined;
    return quotedText(ts, s, k, end);
  }
  // "urged the two men | to stop squabbling": what a directive asks its object to do (its own clause);
  // "stop people | pirating digital music": what the object is kept from, seen or left doing.
  // Right after the object's own words ("seen growth in the number of customers using Linux": the
  // customers use it), and not a preposition's form ("quit the show following a row").
  const named = /^\p{Lu}/u.test(ts[k - 1]?.text ?? '') || has(ts[k - 1], 'Pronoun');
  const takesGerund = GERUND_COMPLEMENTS.has(predicate) || (named && NAMED_GERUND_COMPLEMENTS.has(predicate));
  const gerund =
    takesGerund && k === objectEnd && has(t, 'Gerund') && !has(t, 'Noun') && /^\p{Ll}/u.test(t.text) && !PREPOSITION_GERUNDS.has(t.norm);
  // "has taken the game sounds | to put together music tunes": a purpose right after the object's
  // own words completes any predicate (not past a comma: "told the CBS programme, to be aired").
  // (nor after an infinitive the object's own phrase holds: "announced plans to allow foreign
  // investors | to develop ...": that "to" is the inner verb's)
  const inner = (j: number): boolean => j >= object.s && ts[j]!.norm === 'to' && has(ts[j + 1], 'Infinitive');
  const purpose = t.norm === 'to' && !past && predicate !== '' && !breakAfter(ts[k - 1]) && !ts.slice(0, k).some((_, j) => inner(j));
  if (gerund || ((directive || purpose) && t.norm === 'to' && has(ts[k + 1], 'Infinitive') && !isNounAt(ts, k + 1))) {
    let end = gerund ? k + 1 : k + 2;
    while (end < k + 4 && (has(ts[end], 'Particle') || has(ts[end], 'Gerund') || particle(ts, end)) && !breakAfter(ts[end - 1])) end++;
    // With its object when that is a short, whole phrase ("to quit the London Assembly").
    const first = breakAfter(ts[end - 1]) ? null : npRight(ts, end, ts.length);
    // "digital music and video", "marketing, distribution and research & development costs": phrases
    // joined by "and" or "or", with commas before the last (the first may be a gerund compromise left a verb).
    const last = listEnd(ts, first?.e ?? end);
    const list = last > (first?.e ?? end) ? { s: first?.s ?? end, e: last } : null;
    const quoted = (x: Token) => /["\u201c\u201d]/.test(x.pre + x.post);
    /** A short phrase that ends where the clause may ("to scrap the tax | and cut spending"). */
    const fits = (np: Span | null, most: number): np is Span =>
      !!np &&
      // (or where a clause of its own starts: "to put together music tunes | they have dubbed")
      (np.e >= ts.length ||
        breakAfter(ts[np.e - 1]) ||
        isPrep(ts[np.e]) ||
        /^(?:and|or)$/.test(ts[np.e]!.norm) ||
        clauseStart(ts[np.e]!)) &&
      np.e - k <= most &&
      !ts.slice(end, np.e).some(quoted) &&
      !has(ts[np.e - 1], 'Pronoun');
    // "advised consumers | to give shops a little more time": a second object after the first.
    const short = first && !breakAfter(ts[first.e - 1]) ? first : null;
    const second = short && !fits({ ...short }, 8) ? npRight(ts, short.e, ts.length) : null;
    const both = short && second && second.s === short.e ? { s: short.s, e: second.e } : null;
    const np = fits(list, 12) ? list : fits(first, 8) ? first : fits(both, 12) ? both : null;
    // and the phrase that completes it ("to order Russia | to arbitration").
    if (np) end = np === first ? Math.max(np.e, complementEnd(ts, np.e)) : np.e;
    // "asked a court | to get the journalists to reveal their sources": what that object is to do in turn.
    const inner = np === first && ts[end]?.norm === 'to' && has(ts[end + 1], 'Infinitive') && !breakAfter(ts[end - 1]);
    const then = inner ? npRight(ts, end + 2, ts.length) : null;
    if (then && then.s === end + 2 && fits(then, 20)) end = then.e;
    const text = s.text.slice(t.start - s.start, ts[end - 1]!.end - s.start).replace(/["\u201c\u201d\s]+$/u, '');
    // A purpose keeps its object: "to finalise | a package of measures aimed at" is a fragment.
    if (!directive && !gerund && !np) return undefined;
    return gerund || /\s/.test(text) ? text : undefined;
  }
  // "called the attack | a prelude to an attempted coup": the name or kind a verb of naming gives its object.
  const kind = NAMED_AS.has(predicate) && k === objectEnd && !breakAfter(ts[k - 1]) && /^(?:a|an|the)$/.test(t.norm);
  const as = kind ? npRight(ts, k, limit) : null;
  if (as && as.s === k) {
    const end = Math.min(limit, Math.max(as.e, complementEnd(ts, as.e)));
    // (not cut inside a quotation or a compound: 'a brilliant machine for "talking ...', 'an eye-opener')
    const cut = isPrep(ts[end - 1]) || /^-/.test(ts[end - 1]?.post ?? '') || /["\u201c]/u.test(ts[end]?.pre ?? '');
    if (end - k > 1 && !cut) return quotedText(ts, s, k, end);
  }
  // "keep Wall Street | happy", "found Mr Ebbers | guilty of fraud": the state the object is given.
  const state = SMALL_CLAUSE_VERBS.has(predicate) && !breakAfter(ts[k - 1]) ? stateEnd(ts, k) : k;
  if (state > k && state <= limit) return quotedText(ts, s, k, state);
  if (k >= limit) return undefined;
  if (PREDICATE_ADVERBS.has(t.norm)) return t.text;
  if (!PREDICATE_OPENERS.has(t.norm) || !ts[k + 1] || timeAhead(ts, k + 1) || clauseStart(ts[k + 1]!)) return undefined;
  const end = Math.min(limit, complementEnd(ts, k, { from: k + 1, afterPrep: true }));
  return end > k + 1 ? quotedText(ts, s, k, end) : undefined;
}

/**
 * "was awarded | the title | by US publication Forbes", "has been named | European Businessman of
 * the Year | by": what a passive giving or naming verb keeps after it, before its agent's "by".
 */
export function retainedObject(ts: readonly Token[], s: Sentence, vg: Span, agent: Span, p: string): string | undefined {
  if (!(DITRANSITIVE.has(p) || NAMING_VERBS.has(p) || COMPLEMENT_VERBS.has(p))) return undefined;
  let by = agent.s - 1;
  while (by > vg.e && ts[by]!.norm !== 'by') by--;
  const np = by > vg.e ? npRight(ts, vg.e, by) : null;
  const whole = np && np.s === vg.e && Math.max(np.e, complementEnd(ts, np.e)) === by;
  return whole && !ts.slice(vg.e, by).some((x) => breakAfter(x)) ? quotedText(ts, s, vg.e, by) : undefined;
}

/** End of a list of noun phrases whose first ends at `e` ("marketing, distribution and R&D costs"), or `e`. */
function listEnd(ts: readonly Token[], e: number): number {
  const conj = (k: number): boolean => /^(?:and|or)$/.test(ts[k]?.norm ?? '');
  // A noun phrase, not the subject of a clause of its own ("..., and he said so").
  const item = (k: number): Span | null => {
    const np = npRight(ts, k, ts.length);
    return np && !has(ts[np.s], 'Pronoun') && !(has(ts[np.e], 'Verb') && !has(ts[np.e], 'Gerund')) ? np : null;
  };
  for (let k = e, n = 0; n < 6; n++) {
    const comma = /^,\s*$/.test(ts[k - 1]?.post ?? '');
    if (conj(k) && (comma || !breakAfter(ts[k - 1]))) return item(k + 1)?.e ?? e;
    const next = comma ? item(k) : null;
    if (!next) return e;
    k = next.e;
  }
  return e;
}

/** Adjectives after an object that give it no state. */
const NOT_STATES = new Set(['early', 'earlier', 'late', 'later', 'other', 'such', 'else', 'alone', 'together', 'last', 'next', 'first']);
/** Degree words before a state's adjective ("more secure", "too weak"). */
const DEGREES = new Set(['more', 'less', 'most', 'least', 'very', 'too', 'so', 'fully', 'highly', 'largely', 'entirely', 'partly']);

/**
 * End of the adjective phrase at `k` that gives an object a state ("happy", "more secure", "guilty
 * of fraud", "vulnerable to a takeover"), or `k`: an adjective that is no noun's modifier, with
 * the phrase that completes it.
 */
function stateEnd(ts: readonly Token[], k: number): number {
  let j = k;
  while (DEGREES.has(ts[j]?.norm ?? '') && !breakAfter(ts[j])) j++;
  const a = ts[j];
  // Not a time ("quit the show | earlier"), "other" or "such", nor after a verb ("those found | guilty").
  if (NOT_STATES.has(a?.norm ?? '') || isPrep(a) || (has(ts[k - 1], 'Verb') && !has(ts[k - 1], 'Noun'))) return k;
  // (after a degree word a participle too: "more apprised of its thinking")
  const participle = j > k && (has(a, 'Participle') || has(a, 'PastTense'));
  if (!a || !(has(a, 'Adjective') || participle) || has(a, 'Noun') || has(a, 'Determiner') || has(a, 'Value')) return k;
  // "made low inflation": an adjective before a noun modifies it.
  if (!breakAfter(a) && isNounAt(ts, j + 1)) return k;
  return Math.max(j + 1, complementEnd(ts, j + 1));
}
