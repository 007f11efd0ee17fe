/**
 * Polarity and certainty of one clause, from cue words (ingest/data/cues.json) in the clause, in
 * its verb chain, before its subject, and inherited from the clause that governs it.
 * Precedence: conditional > alleged > hedged > intended > asserted.
 */
import { bareForm, type Token } from '../parse.js';
import type { Certainty, Polarity } from '../types.js';
import { type Clause, frameWord, type SentenceAnalysis } from './clauses.js';
import { LEX } from './lexicon.js';
import { breakAfter, dashAfter, has, hasAny, isBe, isPrep } from './tokens.js';

/** Ends the cue of a stop only asked for or planned, whose act goes on ("frame:stop (unreal)"). */
export const UNREAL_FRAME = ' (unreal)';

export interface Meaning {
  polarity: Polarity;
  certainty: Certainty;
  cues: string[];
}

/** Whether clause `c` is a participle on its negated parent's object quantified by "any" ("not seen any attacks exploiting"). */
function noneOfObject(ts: readonly Token[], c: Clause, pc: Clause): boolean {
  if (!pc.obj || ts[pc.obj.s]?.norm !== 'any') return false;
  // "Neither does the budget include any cash to purchase crude oil": nor is it bought with it.
  const purpose = c.rules.includes('ctrl-inf') && ts[c.vg.s - 1]?.norm === 'to' && pc.obj.e === c.vg.s - 1;
  return purpose || (c.rules.includes('reduced-rel') && !!c.subj && c.subj.s === pc.obj.s);
}

/** Adjectives after "too" whose infinitive still happens ("too ready to switch allegiances"). */
const TOO_BUT_DONE: ReadonlySet<string> = new Set([
  'ready',
  'willing',
  'eager',
  'keen',
  'quick',
  'happy',
  'long',
  'anxious',
  'prepared',
  'often',
]);

/** Subordinators of a clause that waits on its main clause's time ("until they see", "once regulators approve"). */
const AWAITED: ReadonlySet<string> = new Set(['until', 'till', 'once']);
const SOON: ReadonlySet<string> = new Set(['when', 'before', 'after', 'as soon as']);
const RANK: Record<Certainty, number> = { asserted: 0, intended: 1, hedged: 2, alleged: 3, conditional: 4 };
export const HEDGE_FRAMES: ReadonlySet<string> = new Set([
  'appear',
  'seem',
  'believe',
  'think',
  'suspect',
  'suggest',
  'expect',
  'estimate',
  'guess',
  'doubt',
  'predict',
  'forecast',
  'tip',
  'project',
]);
/** The other polarity. */
const flipped = (p: Polarity): Polarity => (p === 'negative' ? 'positive' : 'negative');
/** Where a clause starts: its subject when that comes first, else its verb group. */
const clauseStart = (c: Clause): number => (c.subj && c.subj.s < c.vg.s ? c.subj.s : c.vg.s);
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
/** Belief verbs whose negation is read in the complement: "did not think the lawsuits would benefit" = thought they would not. */
const NEG_RAISING: ReadonlySet<string> = new Set(['think', 'believe', 'expect', 'suppose', 'imagine', 'reckon', 'anticipate']);
/** Verbs whose passive states a claim about its subject ("was accused of", "is suspected of"). */
const PASSIVE_CLAIMS: ReadonlySet<string> = new Set(['accuse', 'suspect', 'allege']);
export const ALLEGE_FRAMES: ReadonlySet<string> = new Set([
  'allege',
  'claim',
  'accuse',
  'report',
  'rumour',
  'rumor',
  'contend',
  'argue',
  'maintain',
  'speculate',
]);
/**
 * The adjective of difficulty an infinitive at token `v` completes ("impossible | to", "difficult
 * for Vodafone | to"), as 'impossible' (denied) or 'difficult' (unsure), or undefined.
 */
function difficulty(ts: readonly Token[], v: number): 'impossible' | 'difficult' | undefined {
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
  return IMPOSSIBLE.has(w) ? 'impossible' : DIFFICULT.has(w) ? 'difficult' : undefined;
}
const IMPOSSIBLE: ReadonlySet<string> = new Set(['impossible', 'unable']);
const DIFFICULT: ReadonlySet<string> = new Set(['difficult', 'hard', 'harder', 'tough', 'tougher', 'tricky']);

/** Subordinators that give a reason, stated whatever the clause it explains says. */
const REASONS: ReadonlySet<string> = new Set(['because', 'since', 'as']);
/**
 * Verbs that ask someone else to act ("urged the government to boost", "called for Hain to make"),
 * or wish they would ("Investors want Deutsche to return cash", "would like the board to pay").
 */
export const DIRECTIVE_FRAMES: ReadonlySet<string> = new Set([
  'want',
  'wish',
  'prefer',
  'like',
  'urge',
  'ask',
  'call',
  'call on',
  'call for',
  'tell',
  'warn',
  'order',
  'press',
  'encourage',
  'invite',
  'persuade',
  'instruct',
  'demand',
  'challenge',
  'appeal',
  'advise',
  'remind',
  'beg',
  'implore',
  'exhort',
  'lobby',
]);
/**
 * Heads of a mandative "that" clause: "demanded that shareholders be consulted", "it is important
 * that retailers respect the classifications" (what should happen, not what did).
 */
const MANDATIVE_VERBS: ReadonlySet<string> = new Set(['demand', 'urge', 'propose', 'recommend', 'request', 'require', 'ask', 'insist on']);
const MANDATIVE_ADJECTIVES: ReadonlySet<string> = new Set(['important', 'essential', 'vital', 'necessary', 'crucial', 'imperative']);
function mandative(ts: readonly Token[], c: Clause, pc: Clause | undefined): boolean {
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
const LIKELIHOOD: ReadonlyMap<string, boolean> = new Map([
  ['likely', false],
  ['probable', false],
  ['possible', false],
  ['unlikely', true],
  ['improbable', true],
  ['doubtful', true],
]);
function likelihood(ts: readonly Token[], c: Clause): { negative: boolean } | null {
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
}

/** Verbs of commitment before an infinitive: "has agreed to buy", "offered to pay" (the act is not done yet). */
const COMMIT_FRAMES: ReadonlySet<string> = new Set(['agree', 'offer', 'propose', 'decide', 'volunteer', 'undertake', 'consent']);
/** Verbs of deliberating before a gerund: "considered floating Ferrari", "proposed cutting" (not done). */
const DELIBERATE_FRAMES: ReadonlySet<string> = new Set(['consider', 'contemplate', 'explore', 'mull', 'propose', 'debate', 'weigh']);
/** "is to hold talks", "was to become": be + to + infinitive states a plan. */
const PLAN_BE: ReadonlySet<string> = new Set(['is', 'are', 'am', 'was', 'were', "'s", "'re"]);

function classifyWord(w: string): Certainty | null {
  if (LEX.allegations.has(w)) return 'alleged';
  if (LEX.hedges.has(w)) return 'hedged';
  if (LEX.intentions.has(w)) return 'intended';
  return null;
}

/** Two words before a gerund that say its act did not happen ("stopped short of attacking"). */
const NOT_DONE_LEADS: ReadonlySet<string> = new Set(['short of', 'far from', 'instead of', 'rather than']);
/** Adjectives of readiness before an infinitive ("ready to", "willing to"). */
const READINESS: ReadonlySet<string> = new Set(['ready', 'willing', 'prepared', 'able', 'keen', 'eager', 'close']);
export const NO_DUTY = 'not have to';
/** "said nothing about supporting the dollar": an act said to go unmentioned; no relation either way. */
export const UNSAID = 'nothing about';
/** Whether the verb group states a duty before its head: "have to", "had to", "need to" (`present`: not "had to"). */
function obligation(ts: readonly Token[], c: Clause, present = false): boolean {
  const duty = present ? /^(?:have|has|need|needs)$/ : /^(?:have|has|had|having|need|needs|needed)$/;
  for (let i = c.vg.s; i + 1 < c.vg.head; i++) if (duty.test(ts[i]!.norm) && ts[i + 1]!.norm === 'to') return true;
  return false;
}

/**
 * Whether another clause's cues stand between the subject of `c` and its verb: a relative aside
 * ("The deal, which analysts say will cut costs, was approved") or, for a participle after a comma,
 * the clause it adds to ("Deacon claimed her first title, edging Fraser").
 */
function cuesBetween(ts: readonly Token[], c: Clause, clauses: readonly Clause[]): boolean {
  const subj = c.subj!;
  const adjunct = has(ts[c.vg.s], 'Gerund') && /,/.test(ts[c.vg.s - 1]?.post ?? '');
  const inside = (o: Clause): boolean => o !== c && o.vg.s >= subj.e && o.vg.e <= c.vg.s;
  // An aside opens after the subject (a comma, dash or relative word) and closes before the verb.
  const opened = /[,(\u2013\u2014-]/.test(ts[subj.e - 1]!.post) || LEX.relativePronouns.has(ts[subj.e]?.norm ?? '');
  const closed = (o: Clause): boolean => ts.slice(o.vg.e - 1, c.vg.s).some((t) => /[,)\u2013\u2014-]/.test(t.post));
  const aside = (o: Clause): boolean => opened && closed(o) && ['rel-subj', 'rel-obj', 'reduced-rel'].some((r) => o.rules.includes(r));
  return clauses.some((o) => inside(o) && (adjunct || aside(o)));
}

function own(ts: readonly Token[], c: Clause, clauses: readonly Clause[]): Meaning {
  const cues: string[] = [];
  let certainty: Certainty = 'asserted';
  let polarity: Polarity = c.vg.neg ? 'negative' : 'positive';
  if (c.vg.neg) cues.push('not');
  const bump = (x: Certainty | null, cue: string) => {
    if (x && RANK[x] > RANK[certainty]) certainty = x;
    if (x) cues.push(cue);
  };
  // (A tensed verb sharing a subject leaves the earlier verb's cues to it: "said America needed to
  // take action but defended Bush"; not a bare verb of the same chain, "plans to scrap fees and reintroduce".)
  const h = ts[c.vg.s];
  // (a bare present may be an infinitive of the chain: "should be able to decide on their care and stay")
  const present = has(h, 'PresentTense') && /[^s]s$/.test(h?.norm ?? '');
  const finiteHead = !has(h, 'Gerund') && !has(h, 'Infinitive') && (has(h, 'PastTense') || present || has(h, 'Auxiliary'));
  const shared = c.rules.includes('coord-subj') && finiteHead && !c.rules.includes('coord-adjacent');
  let from = c.subj && !shared && c.subj.s < c.vg.s && c.subj.s >= c.vg.s - 12 ? c.subj.s : c.vg.s;
  // (another clause between them keeps its own cues: cuesBetween)
  if (c.subj && from === c.subj.s && cuesBetween(ts, c, clauses)) from = c.vg.s;
  // "reportedly only giving one day's notice": adverbs right before the verb group belong to it.
  while (from > 0 && from > c.vg.s - 3 && has(ts[from - 1], 'Adverb') && !/[,;:]/.test(ts[from - 1]!.post)) from--;
  for (let i = from; i < c.vg.e; i++) {
    const t = ts[i]!;
    const two = ts[i + 1] ? `${t.norm} ${ts[i + 1]!.norm}` : '';
    // "will no longer be able to call on", "no longer sells cars": the act has stopped.
    if (two === 'no longer' && !c.vg.neg) {
      polarity = 'negative';
      cues.push(two);
      i++;
      continue;
    }
    // "was close to striking a deal": nearly done is not done.
    if (/^(?:close|near) to$/.test(two) && has(ts[i + 2], 'Gerund') && i + 2 <= c.vg.head) {
      bump('intended', two);
      i++;
      continue;
    }
    if (two && (LEX.hedges.has(two) || LEX.intentions.has(two))) {
      bump(classifyWord(two), two);
      i++;
      continue;
    }
    if (i >= c.vg.s && i !== c.vg.head && has(t, 'Verb') && !has(t, 'Modal')) {
      const lemma = t.root || t.norm;
      if (LEX.negationVerbs.has(lemma)) {
        polarity = flipped(polarity);
        cues.push(lemma);
        continue;
      }
      if (HEDGE_FRAMES.has(lemma)) {
        bump('hedged', lemma);
        continue;
      }
      // "GPW was understood to be starting due diligence work", "is said to have": so are "understood
      // to" and "said to"; "is considered to be" is an opinion.
      const raised = ts[i + 1]?.norm === 'to' && i > c.vg.s && isBe(ts[i - 1]);
      if (raised && lemma === 'consider') {
        bump('hedged', lemma);
        continue;
      }
      if (ALLEGE_FRAMES.has(lemma) || (lemma === 'understand' && ts[i + 1]?.norm === 'to') || (raised && lemma === 'say')) {
        bump('alleged', lemma);
        continue;
      }
      const plan = PLAN_BE.has(t.norm) && ts[i + 1]?.norm === 'to' && i + 1 < c.vg.head;
      const deliberate = DELIBERATE_FRAMES.has(lemma) && has(ts[i + 1], 'Gerund');
      if (
        LEX.intentions.has(lemma) ||
        LEX.intentions.has(t.norm) ||
        plan ||
        deliberate ||
        (COMMIT_FRAMES.has(lemma) && ts[i + 1]?.norm === 'to')
      ) {
        bump('intended', plan ? `${t.norm} to` : lemma);
        continue;
      }
      continue;
    }
    if (i === c.vg.head || (has(t, 'Noun') && !has(t, 'Adjective'))) continue; // "the plan", "an attempt": nouns are no cue
    // "Iran is unlikely to attack Israel": likely not to, so negative as well as hedged.
    // (its own verb's, not a later verb's: "unlikely to regret his decision to leave college")
    if (LIKELIHOOD.get(t.norm) && ts[i + 1]?.norm === 'to' && i >= c.vg.s - 2) polarity = flipped(polarity);
    bump(classifyWord(t.norm), t.norm);
  }
  // "Labour accused of 'EU propaganda'", "was suspected of fraud": what the subject is accused of is a
  // claim (not the accusing itself: "was accused by USADA of being the source").
  if (c.vg.passive && PASSIVE_CLAIMS.has(c.vg.lemma) && !c.pps.some((pp) => pp.prep === 'by')) bump('alleged', c.vg.lemma);
  // "will not have to apologise", "did not need to take such action": no duty, which says nothing
  // of the act; candidates.ts stores no relation (NO_DUTY).
  if (c.vg.neg && obligation(ts, c)) cues.push(NO_DUTY);
  // "ISPs need to enhance the broadband experience", "the system must provide": a duty, not a fact
  // ("had to resign" says it was done); "must have sold" is a guess.
  else {
    const must = ts.slice(from, c.vg.head).findIndex((t) => t.norm === 'must');
    if (must >= 0 && ts[from + must + 1]?.norm === 'have') bump('hedged', 'must have');
    else if (must >= 0 || obligation(ts, c, true)) bump('intended', 'must');
  }
  // "There was nothing in the Budget that would give parents ...": a relative whose antecedent phrase
  // is headed by a negative quantifier, read off the nearest noun phrase ("the Budget").
  if (c.rules.includes('rel-subj') && c.subj && NEGATIVE_HEADS.has(chainHead(ts, c.subj.s))) {
    polarity = flipped(polarity);
    cues.push(chainHead(ts, c.subj.s));
  }
  // "Not one of these systems has ever prevented piracy": so "not one", "not a single".
  const notOne = c.subj && ts[c.subj.s - 1]?.norm === 'not' && /^(?:one|a|any|single)$/.test(ts[c.subj.s]!.norm);
  // (A capital "No" inside a sentence opens a name: "No Doubt singer Gwen Stefani", "No Way Out".)
  const named = c.subj && c.subj.s > 0 && /^\p{Lu}/u.test(ts[c.subj.s]!.text);
  if (c.subj && !named && (/^(?:no|none|nothing|nobody)$/.test(ts[c.subj.s]!.norm) || notOne) && c.subj.s < c.vg.s) {
    polarity = flipped(polarity);
    cues.push('no');
  }
  // "refusal to accept", "failure to act": a negating noun right before the infinitive; "his keenness
  // to play a part", "plans to expand": a noun of wanting makes it intended.
  // (over the doer's "of" phrase: "the refusal of Iran-backed militias to accept the results")
  const before = ts[c.vg.s - 1];
  const toNoun = nounBeforeTo(ts, c.vg.s);
  if (before?.norm === 'to' && LEX.negationNouns.has(toNoun)) {
    polarity = 'negative';
    cues.push(toNoun);
  }
  // "his threat of resigning": so before a gerund after "of".
  const ofGerund = before?.norm === 'of' && has(ts[c.vg.head], 'Gerund');
  if ((before?.norm === 'to' || ofGerund) && WANTING_NOUNS.has(toNoun)) bump('intended', toNoun);
  if (before?.norm === 'about' && /^(?:nothing|little)$/.test(ts[c.vg.s - 2]?.norm ?? '')) cues.push(UNSAID);
  // "attacked the base without warning the US", "stopped short of attacking", "is far from
  // supporting": the gerund's act did not happen.
  const lead = `${ts[c.vg.s - 2]?.norm ?? ''} ${before?.norm ?? ''}`;
  const notDone = before?.norm === 'without' || NOT_DONE_LEADS.has(lead);
  if (notDone && has(ts[c.vg.s], 'Gerund')) {
    polarity = flipped(polarity);
    cues.push(before?.norm === 'without' ? 'without' : lead);
  }
  // "are a long way from ready to make a shift", "far from willing to sell": not ready, not willing.
  const far = `${ts[c.vg.s - 4]?.norm ?? ''} ${ts[c.vg.s - 3]?.norm ?? ''}`;
  if (before?.norm === 'to' && READINESS.has(ts[c.vg.s - 2]?.norm ?? '') && /^(?:far|way) from$/.test(far)) {
    polarity = flipped(polarity);
    cues.push('far from');
  }
  // "has 5/1 odds of winning the Oscar", "a chance to win": a noun of chance makes it possible only.
  if ((before?.norm === 'of' || before?.norm === 'to') && LEX.chanceNouns.has(ts[c.vg.s - 2]?.norm ?? ''))
    bump('hedged', ts[c.vg.s - 2]!.norm);
  // "announced no plans to go tabloid", "has no intention of": a noun of wanting or trying denied by
  // "no", also before a "for X" that names the doer ("no plans for Mr Blair to hold").
  const doer = c.subj && c.subj.e === c.vg.s - 1 && ts[c.subj.s - 1]?.norm === 'for' ? c.subj.s - 1 : c.vg.s - 1;
  const noun = ts[doer - 1]?.norm ?? '';
  const no = ts[doer - 2]?.norm === 'no' || (ts[doer - 3]?.norm === 'no' && has(ts[doer - 2], 'Adjective'));
  if ((before?.norm === 'to' || ofGerund) && no && (WANTING_NOUNS.has(noun) || LEX.agentNouns.has(noun))) {
    polarity = 'negative';
    cues.push('no');
  }
  if (c.subord && LEX.conditionals.has(c.subord)) bump('conditional', c.subord);
  // "amid claims that X ...", "reports that X ...": what a noun of saying introduces is alleged;
  // what a noun of fear or hope introduces, hedged ("fell on fears that Asian central banks were
  // about to lower their reserves").
  const framing = (w: string): Certainty | null => (ALLEGING_NOUNS.has(w) ? 'alleged' : HEDGING_NOUNS.has(w) ? 'hedged' : null);
  const at = clauseStart(c);
  // (the noun, not the verb after a helper: "did not claim that X" makes no claim; the frame reads a verb;
  // nor a clause whose subject another clause's verb comes between: "fears that Rock, who is known
  // for using strong language, might cause controversy" frames "might cause", not "using")
  const verbal = hasAny(ts[at - 3], 'Auxiliary', 'Modal', 'Negative') || clauses.some((d) => d.vg.s > at && d.vg.s < c.vg.s);
  if (ts[at - 1]?.norm === 'that' && !verbal) bump(framing(ts[at - 2]?.norm ?? ''), ts[at - 2]?.norm ?? '');
  // "played down reports Mr Blair was considering", "suggestions it was preparing": no "that"
  // (not "the 635,173 reports it had from consumers": counted, they are papers, and it has them).
  const bare = ts[at - 1];
  const counted = has(ts[at - 2], 'Value');
  if (bare && has(bare, 'Noun') && !has(bare, 'Verb') && !counted && !/[,;:]/.test(bare.post)) bump(framing(bare.norm), bare.norm);
  // "no reports of any phones being infected", "the risk of pets and children being given votes":
  // a noun of saying or fear frames the gerund clause its "of" phrase opens; "no" denies it.
  if (ts[at - 1]?.norm === 'of' && at === c.subj?.s && (has(ts[c.vg.s], 'Gerund') || ts[c.vg.s]!.norm === 'being')) {
    const w = ts[at - 2]?.norm ?? '';
    bump(framing(w), w);
    if (framing(w) && ts[at - 3]?.norm === 'no') {
      polarity = flipped(polarity);
      cues.push('no');
    }
  }
  // "confirm rumours he was starting a party": with no "that", the noun opens the subject phrase.
  if (c.subj && c.subj.e - c.subj.s === 2 && has(ts[c.subj.s + 1], 'Pronoun')) bump(framing(ts[c.subj.s]!.norm), ts[c.subj.s]!.norm);
  // "would have earned", "could have been": a counterfactual.
  for (let i = c.vg.s; i + 2 <= c.vg.head; i++) {
    if (COUNTERFACTUAL.has(ts[i]!.norm) && ts[i + 1]!.norm === 'have' && i + 1 < c.vg.head) bump('conditional', `${ts[i]!.norm} have`);
  }
  return { polarity, certainty, cues };
}

/** Subordinators of time and reason whose past-tense clause states a past event. */
const PAST_ADJUNCTS: ReadonlySet<string> = new Set(['after', 'because', 'since', 'when', 'as', 'while', 'although', 'though']);

const WANTING_NOUNS = new Set([
  'keenness',
  'desire',
  'interest',
  'plan',
  'plans',
  'bid',
  'attempt',
  'attempts',
  'effort',
  'efforts',
  'intention',
  'ambition',
  'ambitions',
  'aim',
  'goal',
  'hope',
  'hopes',
  'promise',
  'pledge',
  'threat',
  'wish',
  'determination',
  'readiness',
  'willingness',
  'eagerness',
  'offer',
  'proposal',
  'proposals',
  'campaign',
  'drive',
  'push',
  'move',
  'decision',
  'commitment',
  'vow',
  'call',
  'calls',
  'demand',
  'demands',
  'request',
  'order',
  'orders',
  'deadline',
  'chance',
  'opportunity',
  'right',
  'permission',
  'licence',
  'license',
  'power',
  'ability',
]);
const ALLEGING_NOUNS = new Set([
  'claim',
  'claims',
  'allegation',
  'allegations',
  'report',
  'reports',
  'accusation',
  'accusations',
  'rumour',
  'rumours',
  'rumor',
  'rumors',
  'suggestion',
  'suggestions',
  'speculation',
  'charge',
  'charges',
  'ruling',
  'rulings',
  'verdict',
  'judgment',
  'judgement',
]);
/**
 * Nouns of fear, hope and guess: what they introduce may not be so (not "concern that", often a
 * fact's, nor "doubt": "beyond a reasonable doubt, that Collins took EPO").
 */
const HEDGING_NOUNS: ReadonlySet<string> = new Set([
  'fear',
  'fears',
  'hope',
  'hopes',
  'expectation',
  'expectations',
  'suspicion',
  'suspicions',
  'belief',
  'beliefs',
  'impression',
  'assumption',
  'possibility',
  'prospect',
  'prospects',
  'risk',
  'danger',
  'likelihood',
  'theory',
]);
const IMPLICATIVE = new Set([
  'force',
  'compel',
  'manage',
  'help',
  'cause',
  'lead',
  'get',
  'make',
  'oblige',
  'prompt',
  'enable',
  'allow',
  'let',
]);
/** Verbs whose object a past participle completes ("see the law changed", "get the ban lifted"). */
const OBJECT_COMPLEMENT_VERBS: ReadonlySet<string> = new Set(['see', 'have', 'get', 'want']);
const COUNTERFACTUAL = new Set(['would', 'could', 'might', 'should']);
const NEGATIVE_HEADS = new Set(['nothing', 'nobody', 'none', 'noone']);
/** The word an "of/in" chain hangs on, left of the phrase at s ("nothing [in the Budget]"), or ''. */
function chainHead(ts: readonly Token[], s: number): string {
  let k = s - 1;
  while (k > 0 && k > s - 3 && (has(ts[k], 'Determiner') || has(ts[k], 'Adjective'))) k--;
  return isPrepLike(ts[k]) && !/[,;:]/.test(ts[k - 1]?.post ?? '') ? (ts[k - 1]?.norm ?? '') : '';
}
const isPrepLike = (t: Token | undefined): boolean => /^(?:in|from|about|on)$/.test(t?.norm ?? ''); // not "none of the companies which"
const isHave = (t: Token | undefined): boolean => /^(?:has|have|had)$/.test(t?.norm ?? '');
const LEADS = new Set(['that', 'and', 'but', 'so', 'then', 'however', 'even', 'only']);

const ASKING = new Set(['which', 'what']);

/** "which country would": a determiner-less common noun right after which/what is their noun, not a relative's subject ("on which the firm"). */
const bareNoun = (t: Token): boolean => /^\p{Ll}/u.test(t.text) && has(t, 'Noun') && !has(t, 'Pronoun') && !has(t, 'Determiner');

/**
 * Clauses that ask rather than state, and every clause hanging on them: "whether (or not) X ...",
 * "to confirm which minister would take decisions" (a subject opened by which/what). "why" and
 * "how" clauses presuppose what they ask about ("understand why the Tories will be gunning for X").
 */
export function questionClauses(ts: readonly Token[], an: SentenceAnalysis): boolean[] {
  const out: boolean[] = [];
  const direct = directQuestions(ts);
  an.clauses.forEach((c, i) => {
    const at = clauseStart(c);
    const whether = c.subord === 'whether' || (ts[at - 1]?.norm === 'not' && ts[at - 2]?.norm === 'or' && ts[at - 3]?.norm === 'whether');
    const wh =
      !c.rules.includes('rel-subj') &&
      !c.rules.includes('rel-obj') &&
      c.coordWith < 0 &&
      !!c.subj &&
      c.subj.s > 0 &&
      c.subj.e <= c.vg.s &&
      ((c.subj.s + 1 < c.subj.e && ASKING.has(ts[c.subj.s]!.norm)) || (ASKING.has(ts[c.subj.s - 1]!.norm) && bareNoun(ts[c.subj.s]!)));
    const up = (j: number): boolean => j >= 0 && j < i && !!out[j];
    const asked = direct.some(([a, e]) => a <= c.vg.s && c.vg.s < e);
    // "decide on Friday whether to recommend the sale": an infinitive after "whether" is asked too.
    const whetherTo = ts[c.vg.s]?.norm === 'whether' || (ts[c.vg.s - 1]?.norm === 'to' && ts[c.vg.s - 2]?.norm === 'whether');
    out.push(asked || whether || whetherTo || askingIf(ts, an, c) || wh || up(c.parent) || up(c.coordWith));
  });
  return out;
}

/**
 * "the party always asked people if they would be happy": an "if" right after a verb of asking
 * (cues.json askingIf) and its object opens a question.
 */
function askingIf(ts: readonly Token[], an: SentenceAnalysis, c: Clause): boolean {
  if (c.subord !== 'if') return false;
  const at = clauseStart(c) - 1;
  return an.clauses.some(
    (p) => LEX.askingIf.has(p.vg.lemma) && p.vg.e <= at && at - p.vg.e <= 3 && !ts.slice(p.vg.e - 1, at).some((t) => breakAfter(t)),
  );
}

/** Words that open a direct question: a wh-word, or an auxiliary before its subject ("Will he ...?"). */
const WH_WORDS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'what', 'which', 'why', 'how', 'when', 'where']);
const QUESTION_OPENERS = new Set([
  ...WH_WORDS,
  ...['is', 'are', 'was', 'were', 'do', 'does', 'did', 'has', 'have', 'had'],
  ...['can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must'],
]);

/** Connectives that may come before a question's first word. */
const QUESTION_LEADS: ReadonlySet<string> = new Set(['so', 'and', 'but', 'then', 'yet', 'or', 'now', 'well']);

/**
 * Token ranges of direct questions, in the writer's voice or quoted: "How will he achieve the
 * breakthrough?", '"Is this a fair deal?" he asked', "the problem for Mr Howard - can he persuade
 * voters ...?". A range opens at the sentence start, after an opening quote, a colon or a dash, and
 * ends at its question mark; it asks if its first word opens a question.
 */
function directQuestions(ts: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let open = 0;
  let dash = false;
  ts.forEach((t, k) => {
    if (k > 0 && (/["“‘]/u.test(t.pre) || /:\s*$/u.test(ts[k - 1]!.post))) [open, dash] = [k, false];
    // (after a dash only an auxiliary asks: "the Black Eyed Peas - who had a hit with Where is the Love?")
    if (k > 0 && dashAfter(ts[k - 1])) [open, dash] = [k, true];
    if (!t.post.includes('?')) return;
    // ("So why has Labour abandoned its pledge?", "But is it legal?": after a connective)
    const lead = QUESTION_LEADS.has(ts[open]!.norm) && open < k ? open + 1 : open;
    const opener = ts[lead]!.norm;
    if (QUESTION_OPENERS.has(opener) && !(dash && WH_WORDS.has(opener))) out.push([open, k + 1]);
    [open, dash] = [k + 1, false];
  });
  return out;
}

/** The stronger of two certainties (conditional > alleged > hedged > intended > asserted). */
export const stronger = (a: Certainty, b: Certainty): Certainty => (RANK[b] > RANK[a] ? b : a);

/**
 * "If X, Y" / "Y if X": the clause an if-clause conditions (its consequent), or -1. The consequent
 * of a leading if-clause is the first clause after a comma; of a trailing one, the clause before it.
 */
function consequentOf(ts: readonly Token[], an: SentenceAnalysis, ic: number): number {
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
  return -1;
}

/**
 * The noun an infinitive at `s` completes, over its doer's "of" phrase ("failure to act", "the
 * refusal of Iran-backed militias to accept"); else the word two before `s`.
 */
function nounBeforeTo(ts: readonly Token[], s: number): string {
  const right = ts[s - 2]?.norm ?? '';
  const cueNoun = LEX.negationNouns.has(right) || WANTING_NOUNS.has(right);
  return ts[s - 1]?.norm === 'to' && !cueNoun ? (nounBeforeOf(ts, s - 2) ?? right) : right;
}

/** The noun before an "of" phrase that ends at token `k` ("refusal | of Iran-backed militias"), if any. */
function nounBeforeOf(ts: readonly Token[], k: number): string | undefined {
  for (let j = k; j > k - 6 && j > 0; j--) {
    const t = ts[j]!;
    if (t.norm === 'of') return LEX.agentNouns.has(ts[j - 1]?.norm ?? '') ? ts[j - 1]!.norm : undefined;
    if (breakAfter(t) || (has(t, 'Verb') && !has(t, 'Adjective')) || isPrep(t)) return undefined;
  }
  return undefined;
}

/** Cue of a clause that only frames others ("it was claimed"): it states no relation (candidates.ts). */
export const FRAME_ONLY = 'frame only';
/** Passive verbs of saying before an infinitive that report what no one is named saying ("is said to"). */
const HEARSAY: ReadonlySet<string> = new Set(['say', 'report', 'rumour', 'rumor', 'understand']);
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
 * clause before it: alleged (believed: hedged). An "it was claimed" states nothing itself.
 */
function trailingFrame(ts: readonly Token[], an: SentenceAnalysis, out: Meaning[]): void {
  const k = an.clauses.length - 1;
  const f = an.clauses[k];
  if (!f || k === 0 || f.obj || f.parent >= 0 || !f.subj) return;
  const opens = Math.min(f.subj.s, f.vg.s); // "..., claimed the Tories"
  if (!/,["”’']?\s*$/.test(ts[opens - 1]?.post ?? '')) return;
  const expletive = f.subj.s < f.vg.s && f.subj.e - f.subj.s === 1 && ts[f.subj.s]!.norm === 'it' && f.vg.passive;
  // "Labour has broken its promise, the Tories have claimed": a claim, whoever makes it.
  const claimed = !f.vg.passive && !f.vg.neg && (ALLEGE_FRAMES.has(f.vg.lemma) || f.vg.lemma === 'hear');
  const certainty = expletive ? TRAILING_CLAIMS.get(f.vg.lemma) : claimed ? 'alleged' : undefined;
  if (!certainty) return;
  for (let j = 0; j < k; j++) {
    out[j]!.certainty = stronger(out[j]!.certainty, certainty);
    out[j]!.cues.push(`frame:${f.vg.lemma}`);
  }
  if (expletive) out[k]!.cues.push(FRAME_ONLY);
}

/** Meaning of every clause of a sentence, parents first (a clause inherits its frame). */
/** A gerund whose subject opens with "with" after a comma (", with China and India filling ..."). */
function withAbsolute(ts: readonly Token[], c: Clause): boolean {
  if (!c.subj || !has(ts[c.vg.s], 'Gerund')) return false;
  let k = c.subj.s - 1;
  while (k > c.subj.s - 8 && k > 0 && ts[k]!.norm !== 'with' && !has(ts[k], 'Verb') && !/[,;:]/.test(ts[k]!.post)) k--;
  return ts[k]?.norm === 'with' && /,/.test(ts[k - 1]?.post ?? '');
}

export function sentenceMeanings(ts: readonly Token[], an: SentenceAnalysis): Meaning[] {
  const out: Meaning[] = [];
  // Sentence-initial frame: "Reportedly, ...", "If ...,".
  let lead: Certainty | null = null;
  for (let i = 0; i < Math.min(3, ts.length); i++) {
    const x = classifyWord(ts[i]!.norm);
    if (x && x !== 'intended' && has(ts[i], 'Adverb')) lead = x;
  }
  an.clauses.forEach((c, i) => {
    const m = own(ts, c, an.clauses);
    // "The US Government cannot finance its operations without heavy borrowing", "could not compete
    // with other countries without the tax cuts": not without Y is with Y, a condition, not a denial.
    const without =
      c.pps.some((pp) => pp.prep === 'without') || an.clauses.some((q) => q.parent === i && ts[q.vg.s - 1]?.norm === 'without');
    if (c.vg.neg && without && m.polarity === 'negative') {
      m.polarity = 'positive';
      m.certainty = stronger(m.certainty, 'conditional');
      m.cues.push('not without');
    }
    // "is to refuse to release or stage concerts", "could arm and fund": an adjacent coordinated
    // verb shares the modality of the chain it completes.
    // So does a bare verb after an object ("may be able to sell billions of dollars of gold and use the cash").
    const chained = c.rules.includes('coord-adjacent') || (c.vg.e - c.vg.s === 1 && bareForm(ts[c.vg.s]) && !has(ts[c.vg.s], 'Gerund'));
    // A participle after a comma adds to the clause it follows and is as sure as it ("is expected to
    // join the scheme on Monday, taking 5 million tonnes of LNG a year").
    const adjunct = has(ts[c.vg.s], 'Gerund') && /,/.test(ts[c.vg.s - 1]?.post ?? '') && c.rules.includes('coord-subj');
    const twin = (chained || adjunct) && c.coordWith >= 0 && c.coordWith < i ? out[c.coordWith] : undefined;
    // ", with China and India filling the two top spots": an absolute "with" phrase after a comma
    // tells how the clause before it comes about, and is as sure as that clause.
    // (the sentence's main clause: not "voted against a move to deselect him, with Mr Sayeed winning")
    const host = withAbsolute(ts, c)
      ? an.clauses.findIndex((q, k) => k < i && q.parent < 0 && !q.subord && ts[q.vg.s - 1]?.norm !== 'to')
      : -1;
    if (host >= 0 && RANK[out[host]!.certainty] > RANK[m.certainty]) {
      m.certainty = out[host]!.certainty;
      m.cues.push('with');
    }
    if (twin && RANK[twin.certainty] > RANK[m.certainty]) {
      m.certainty = twin.certainty;
      m.cues.push('coord');
    }
    // A mandative "that" clause, and a verb coordinated with one, says what should happen.
    const should =
      mandative(ts, c, an.clauses[c.parent]) || (c.coordWith >= 0 && c.coordWith < i && out[c.coordWith]!.cues.includes('mandative'));
    if (should && RANK.intended > RANK[m.certainty]) {
      m.certainty = 'intended';
      m.cues.push('mandative');
    }
    const likely = likelihood(ts, c);
    if (likely) {
      m.certainty = stronger(m.certainty, 'hedged');
      if (likely.negative) m.polarity = flipped(m.polarity);
      m.cues.push('likely');
    }
    if (lead && RANK[lead] > RANK[m.certainty]) {
      m.certainty = lead;
      m.cues.push('lead');
    }
    // "will have to wait until at least 2006 until they see mainstream HDTV": what a future or
    // unsure clause waits for has not happened either. A present tense after "when", "before" or
    // "after" under such a clause is an event still to come, planned ("will put Africa at the top of
    // the agenda when Britain chairs the G8 summit"); not under a perfect ("could have had a third
    // when Giggs hit the post").
    const ahead = !!c.subord && SOON.has(c.subord) && has(ts[c.vg.s], 'PresentTense') && !has(ts[c.vg.s], 'Gerund');
    if (c.subord && (AWAITED.has(c.subord) || ahead)) {
      // (a finite main clause: not an infinitive of purpose, "to give the Slovaks the perfect start
      // before", nor a relative on a phrase, "frequencies freed up when ...")
      const main = an.clauses.findLastIndex(
        (q, j) =>
          j < i &&
          !q.subord &&
          ts[q.vg.s - 1]?.norm !== 'to' &&
          !has(ts[q.vg.s], 'Gerund') &&
          !q.rules.includes('reduced-rel') &&
          !q.rules.includes('rel-subj'),
      );
      const mv = main >= 0 ? an.clauses[main]!.vg : undefined;
      const perfect =
        !!mv && ts.slice(mv.s, mv.e - 1).some((t, k) => t.norm === 'have' && hasAny(ts[mv.s + k + 1], 'PastTense', 'Participle'));
      const to: Certainty = AWAITED.has(c.subord) ? 'hedged' : 'intended';
      if (main >= 0 && !(ahead && perfect) && RANK[out[main]!.certainty] > RANK.asserted && RANK[m.certainty] < RANK[to]) {
        m.certainty = to;
        m.cues.push(`frame:${c.subord}`);
      }
    }
    const p = c.parent >= 0 && c.parent < i ? out[c.parent] : undefined;
    const pc = c.parent >= 0 ? an.clauses[c.parent] : undefined;
    if (p && pc) {
      // An infinitive hanging on a clause is wanted or a purpose ("reached Baghdad to see Kadhimi"), unless its verb makes it happen ("forced X to").
      // Nor when it tells what followed ("overtook the US to become") or what an adjective says was
      // done ("had been wrong to dismiss concerns").
      const result = LEX.resultFrames.has(pc.vg.lemma) && has(ts[pc.vg.head], 'PastTense') && !pc.vg.passive;
      const factive = ts[c.vg.s - 1]?.norm === 'to' && LEX.factiveAdjectives.has(ts[c.vg.s - 2]?.norm ?? '');
      // "burdened by its failure to pay", "the refusal to accept": an act not done, as a fact.
      const refused = ts[c.vg.s - 1]?.norm === 'to' && LEX.negationNouns.has(nounBeforeTo(ts, c.vg.s));
      const directed = c.rules.includes('ctrl-inf') && !IMPLICATIVE.has(pc.vg.lemma) && !result && !factive && !refused;
      const suspected = pc.vg.passive && pc.vg.lemma === 'suspect'; // "X are suspected of sending": alleged
      // "The owners ... are said to be considering an offer", "is reported to have won": hearsay, no speaker.
      const hearsay = pc.vg.passive && HEARSAY.has(pc.vg.lemma) && ts[c.vg.s - 1]?.norm === 'to';
      const lemma = frameWord(ts, pc);
      const frame: Certainty =
        suspected || hearsay
          ? 'alleged'
          : directed && (DIRECTIVE_FRAMES.has(pc.vg.lemma) || COMMIT_FRAMES.has(pc.vg.lemma)) // "agreed in 1970 to spend"
            ? 'intended'
            : believes(ts, pc, c)
              ? 'hedged'
              : ALLEGE_FRAMES.has(pc.vg.lemma)
                ? p.polarity === 'negative'
                  ? 'hedged' // "denied accusing Germany of using the EU", "did not claim that": alleged by no one
                  : 'alleged'
                : LEX.reporting.has(pc.vg.lemma)
                  ? p.polarity === 'negative' && !p.cues.some((x) => x.startsWith('frame:')) && (!c.subord || c.subord === 'that')
                    ? 'hedged' // "did not confirm that", "refused to confirm": said by no one
                    : 'asserted'
                  : directed
                    ? 'intended'
                    : p.certainty;
      // "has yet to contact its target": not done so far, as a fact.
      const yet = ts[c.vg.s - 1]?.norm === 'to' && ts[c.vg.s - 2]?.norm === 'yet' && (isBe(ts[c.vg.s - 3]) || isHave(ts[c.vg.s - 3]));
      if (yet) {
        m.polarity = 'negative';
        m.cues.push('yet to');
      }
      // "It is impossible for Vodafone to satisfy ...": denied; "found it difficult to satisfy": unsure.
      const hard = c.rules.includes('ctrl-inf') ? difficulty(ts, c.vg.s) : undefined;
      if (hard === 'impossible') m.polarity = flipped(m.polarity);
      if (hard) {
        m.certainty = stronger(m.certainty, 'hedged');
        m.cues.push(hard);
      }
      // A past participle describing a noun ("settle a lawsuit filed by Mr Spitzer", "avoid the quota
      // system planned by the Tories") states what was done, whatever the verb it hangs on does.
      const head = ts[c.vg.head];
      // (not an object complement: "want to see the law changed", "get the ban lifted" is as sure as the wish)
      const complement = OBJECT_COMPLEMENT_VERBS.has(pc.vg.lemma) && !!pc.obj && pc.obj.e === c.vg.s && c.subj?.s === pc.obj.s;
      const described =
        c.rules.includes('reduced-rel') &&
        c.vg.passive &&
        !c.vg.copula &&
        has(head, 'PastTense') &&
        !has(head, 'Gerund') &&
        !isBe(head) &&
        !complement;
      const framed = complement && pc.vg.lemma === 'want' ? stronger(frame, 'intended') : frame; // "want the ban lifted"
      const inherit = yet ? p.certainty : stronger(p.certainty, framed);
      // "has been refused after the US blocked its application", "will attempt ... after the
      // government ignored an order": a past event the clause is timed or explained by happened,
      // whatever the clause intends (a claim or belief around both still frames it).
      // So does a past participle describing a noun: "agreed to settle a lawsuit filed by Mr Spitzer".
      // "it is easy to forget that the regime used to look after ...": a fact, whoever forgets it.
      const factiveThat =
        LEX.factiveVerbs.has(pc.vg.lemma) && (c.subord === 'that' || (!c.subord && !!c.subj)) && ts[c.vg.s - 1]?.norm !== 'to';
      const happened =
        (factiveThat && inherit !== 'alleged') ||
        (described && inherit !== 'alleged') ||
        (inherit === 'intended' && !!c.subord && PAST_ADJUNCTS.has(c.subord) && has(ts[c.vg.s], 'PastTense'));
      if (RANK[inherit] > RANK[m.certainty] && !happened) {
        m.certainty = inherit;
        m.cues.push(`frame:${lemma}`);
      }
      // "denied killing", "was banned from suing": the complement did not happen.
      // So "to prevent the program being caught": a gerund right after the object, or after its own
      // subject right after the verb.
      const gerundAfterObject =
        (has(ts[c.vg.s], 'Gerund') || ts[c.vg.s]?.norm === 'being') &&
        ((!!pc.obj && pc.obj.e === c.vg.s) || (!!c.subj && c.subj.s === pc.vg.e && c.subj.e === c.vg.s));
      const prevented = LEX.preventing.has(pc.vg.lemma) && (ts[c.vg.s - 1]?.norm === 'from' || gerundAfterObject);
      // "had done little to stop the dollar's slide", "did nothing to help": next to nothing was done.
      const little =
        ts[c.vg.s - 1]?.norm === 'to' &&
        /^(?:little|nothing)$/.test(ts[c.vg.s - 2]?.norm ?? '') &&
        /^(?:do|does|did|done|doing)$/.test(ts[c.vg.s - 3]?.norm ?? '');
      // "too afraid to raise income tax", "too weak to win": what the adjective is too much for is not done.
      // (not "too ready to switch", "taken too long to unveil": done, if too readily or late)
      const tooMuch =
        ts[c.vg.s - 1]?.norm === 'to' &&
        has(ts[c.vg.s - 2], 'Adjective') &&
        !TOO_BUT_DONE.has(ts[c.vg.s - 2]!.norm) &&
        ts[c.vg.s - 3]?.norm === 'too';
      // "pulled out of an agreement to buy Fiat", "abandoned plans to list": the plan given up.
      const givenUp =
        LEX.withdrawals.has(pc.vg.lemma) && ts[c.vg.s - 1]?.norm === 'to' && LEX.withdrawnNouns.has(ts[c.vg.s - 2]?.norm ?? '');
      // What the verb takes, not a clause of time or reason ("has been refused after the US blocked
      // it") nor a relative on "anything" ("could no longer believe anything Mr Blair told him").
      // ("avoid the impression of an open-ended list, so as to preserve investor confidence": a purpose is no part of it)
      const purpose = ts[c.vg.s - 1]?.norm === 'to' && /^(?:so as|in order)$/.test(`${ts[c.vg.s - 3]?.norm} ${ts[c.vg.s - 2]?.norm}`);
      const taken =
        !purpose &&
        (!c.subord || c.subord === 'that') &&
        !(c.subj && c.subj.e - c.subj.s > 1 && /^(?:anything|everything|something|nothing)$/.test(ts[c.subj.s]!.norm));
      // "the Lib Dems lack the courage to tackle waste": what the subject lacks the means to do is not done.
      const lacking = pc.vg.lemma === 'lack' && ts[c.vg.s - 1]?.norm === 'to' && !!pc.obj && pc.obj.e === c.vg.s - 1;
      // "who was wrongly convicted of planting the bombs": the writer says the charge was false.
      const falsely = ts.slice(pc.vg.s - 1, pc.vg.e).some((t) => LEX.falsityAdverbs.has(t.norm));
      if (falsely && taken && p.polarity === 'positive') m.certainty = 'asserted';
      const negates = (LEX.negationVerbs.has(pc.vg.lemma) || lacking || falsely) && taken;
      // "asked the court to stop Apple pursuing the sources": a stop only asked for or planned
      // stops nothing; the act it would stop is going on, as the sentence takes for granted.
      const ongoing = prevented && gerundAfterObject && ts[c.vg.s - 1]?.norm !== 'from' && p.certainty !== 'asserted';
      if (ongoing && p.polarity === 'positive') {
        m.certainty = 'asserted';
        m.cues.push(`frame:${pc.vg.lemma}${UNREAL_FRAME}`);
      } else if ((negates || prevented || little || givenUp || tooMuch) && p.polarity === 'positive' && !described) {
        m.polarity = flipped(m.polarity);
        m.cues.push(little ? 'do little' : tooMuch ? 'too' : `frame:${pc.vg.lemma}`);
      } else if (p.cues.includes('not without') && ts[c.vg.s - 1]?.norm === 'without' && m.polarity === 'negative') {
        // "could not have risen to power without acquiring a few skeletons": acquired, on that condition.
        m.polarity = 'positive';
        m.certainty = stronger(m.certainty, 'conditional');
        m.cues.push('not without');
      } else if (p.polarity === 'negative' && NEG_RAISING.has(pc.vg.lemma) && taken) {
        m.polarity = flipped(m.polarity);
        m.certainty = stronger(m.certainty, 'hedged');
        m.cues.push(`frame:not ${pc.vg.lemma}`);
      } else if (p.polarity === 'negative' && noneOfObject(ts, c, pc)) {
        // "had not seen any attacks exploiting the flaw": none seen; hedged, as not seen is not none.
        m.polarity = flipped(m.polarity);
        m.certainty = stronger(m.certainty, 'hedged');
        m.cues.push('frame:none');
      } else if (
        p.polarity === 'negative' &&
        !LEX.reporting.has(pc.vg.lemma) &&
        RANK[m.certainty] < RANK.hedged &&
        !REASONS.has(c.subord ?? '') &&
        !c.rules.includes('reduced-rel') // "no longer needs the debt freeze offered by the Paris Club": it was offered
      ) {
        // (not a reason: "was unable to rest because O'Leary had a shortage of strikers" states it)
        m.certainty = 'hedged';
        m.cues.push('frame:negated');
      }
    }
    // "he said he would not respond": reported "would" is the future of the past, not a hedge.
    // Not under a verb of belief: "I thought everyone would treat Populous as weird" stays hedged.
    if (
      m.certainty === 'hedged' &&
      m.cues.includes('would') &&
      !m.cues.includes('likely') &&
      p?.polarity !== 'negative' && // "denied her faith meant she would refuse": unsure all the same
      !(pc && believes(ts, pc, c)) &&
      an.clauses.slice(0, i).some((r) => LEX.reporting.has(r.vg.lemma) && r.parent < 0)
    )
      m.certainty = 'intended';
    out.push(m);
  });
  // "nothing in the Budget that would put ..., make ... or give ...": the verbs that share the
  // negated relative's subject share its negation.
  const denied = an.clauses.filter((c, i) => c.subj && out[i]!.cues.some((q) => NEGATIVE_HEADS.has(q))).map((c) => c.subj!);
  an.clauses.forEach((c, i) => {
    const m = out[i]!;
    if (!c.subj || m.cues.some((q) => NEGATIVE_HEADS.has(q)) || !denied.some((d) => d.s === c.subj!.s && d.e === c.subj!.e)) return;
    m.polarity = flipped(m.polarity);
    m.cues.push('nothing');
  });
  trailingFrame(ts, an, out);
  // (a precaution is done whatever happens: "used to make two tapes in case producers wanted changes")
  an.clauses.forEach((c, i) => {
    if (!c.subord || !LEX.conditionals.has(c.subord) || c.subord === 'whether' || c.subord === 'in case' || askingIf(ts, an, c)) return;
    const k = consequentOf(ts, an, i);
    const cons = an.clauses[k];
    for (const [j, d] of an.clauses.entries()) {
      // The consequent, what is coordinated with it, and relatives inside its object ("the first deal that Iraq has signed").
      const inside = !!cons && j > k && !!d.relAntecedent && d.relAntecedent.s >= cons.vg.e && d.relAntecedent.s < cons.end;
      if (j !== k && !(k >= 0 && d.coordWith === k) && !inside) continue;
      out[j]!.certainty = stronger(out[j]!.certainty, 'conditional');
      out[j]!.cues.push(`frame:${c.subord}`);
    }
  });
  return out;
}
