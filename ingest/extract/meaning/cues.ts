/**
 * Meaning layer (ingest/extract/meaning.ts): a clause's own cues, read from its subject to the end
 * of its verb group and the words right before it (own): negation ("not", "no longer", a negating
 * verb in the chain, a "no" subject, "refusal to"), hedges, allegations and intentions (cues.json),
 * duties ("must", "need to"), what is nearly or not done ("close to striking", "without warning"),
 * and nouns that frame a clause ("claims that", "fears that", "plans to").
 */
import type { Token } from '../../parse.js';
import type { Certainty, Polarity } from '../../types.js';
import type { Clause } from '../clauses.js';
import { LEX } from '../lexicon.js';
import { nounBeforeOf } from '../phrases.js';
import { has, hasAny, infinitiveNoun, isBe } from '../tokens.js';
import {
  ALLEGE_FRAMES,
  clauseStart,
  COMMIT_FRAMES,
  flipped,
  HEDGE_FRAMES,
  LIKELIHOOD,
  type Meaning,
  NEGATIVE_HEADS,
  RANK,
} from './shared.js';

/** Verbs whose passive states a claim about its subject ("was accused of", "is suspected of"). */
const PASSIVE_CLAIMS: ReadonlySet<string> = new Set(['accuse', 'suspect', 'allege']);
/** Verbs of deliberating before a gerund: "considered floating Ferrari", "proposed cutting" (not done). */
const DELIBERATE_FRAMES: ReadonlySet<string> = new Set(['consider', 'contemplate', 'explore', 'mull', 'propose', 'debate', 'weigh']);
/** "is to hold talks", "was to become": be + to + infinitive states a plan. */
const PLAN_BE: ReadonlySet<string> = new Set(['is', 'are', 'am', 'was', 'were', "'s", "'re"]);

export function classifyWord(w: string): Certainty | null {
  if (LEX.allegations.has(w)) return 'alleged';
  if (LEX.hedges.has(w)) return 'hedged';
  if (LEX.intentions.has(w)) return 'intended';
  return null;
}

/** Two words before a gerund that say its act did not happen ("stopped short of attacking"). */
const NOT_DONE_LEADS: ReadonlySet<string> = new Set(['short of', 'far from', 'instead of', 'rather than', 'away from']);
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

/**
 * '"Asia should engage in greater currency flexibility," said Herve Gaymard', "The government should
 * change the law, the TUC has said": an actor's "should" before an act of its own is a call for it
 * (intended), not a guess; a thing's is ("prices should fall"), and so is "should have" done.
 */
function urged(ts: readonly Token[], c: Clause, i: number): boolean {
  if (!c.subj || c.vg.passive || c.vg.copula || /^(?:have|be)$/.test(ts[i + 1]?.norm ?? '')) return false;
  const head = ts[c.subj.e - 1];
  return !!head && hasAny(head, 'ProperNoun', 'Actor', 'Person', 'Organization', 'Place') && !has(head, 'Pronoun');
}

/** Words before "of" or "with" that make a plot a claim ("suspicion of conspiracy to", "charged with conspiring to"). */
const SUSPICION = /^(?:suspicion|suspected|accused|charged|charges?|allegations?)$/;

export function own(ts: readonly Token[], c: Clause, clauses: readonly Clause[]): Meaning {
  const cues: string[] = [];
  let certainty: Certainty = 'asserted';
  // "I'm not going to sit here and say ...": a bare infinitive joined by "and" or "or" to a negated
  // chain that ends in an infinitive shares its "not".
  const twin = c.coordWith >= 0 ? clauses[c.coordWith] : undefined;
  const sharedNot =
    !c.vg.neg &&
    !!twin?.vg.neg &&
    has(ts[c.vg.s], 'Infinitive') &&
    c.vg.e === c.vg.s + 1 &&
    /^(?:and|or)$/.test(ts[c.vg.s - 1]?.norm ?? '') &&
    has(ts[twin.vg.head], 'Infinitive');
  let polarity: Polarity = c.vg.neg || sharedNot ? 'negative' : 'positive';
  if (c.vg.neg || sharedNot) cues.push('not');
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
    // ("looks to avoid insolvency", not "Israel looks to US": an aim only before a verb)
    const looks = /^look/.test(two) && !has(ts[i + 2], 'Verb');
    if (two && !looks && (LEX.hedges.has(two) || LEX.intentions.has(two))) {
      bump(classifyWord(two), two);
      i++;
      continue;
    }
    // "TCI, which claims to represent owners": a claim in the chain, even one compromise reads as a noun.
    if (
      i >= c.vg.s &&
      i !== c.vg.head &&
      ts[i + 1]?.norm === 'to' &&
      /^(?:claim|claims|claimed|claiming|purports?|purported)$/.test(t.norm)
    ) {
      bump('alleged', t.norm);
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
    bump(t.norm === 'should' && urged(ts, c, i) ? 'intended' : classifyWord(t.norm), t.norm);
  }
  // "Labour accused of 'EU propaganda'", "was suspected of fraud": what the subject is accused of is a
  // claim (not the accusing itself: "was accused by USADA of being the source").
  if (c.vg.passive && PASSIVE_CLAIMS.has(c.vg.lemma) && !c.pps.some((pp) => pp.prep === 'by')) bump('alleged', c.vg.lemma);
  // "arrested on suspicion of conspiracy to commit criminal damage", "charged with conspiring to":
  // a plot someone is suspected or charged with is a claim.
  const plot = ts[c.vg.s - 1]?.norm === 'to' && /^(?:conspiracy|conspiring|plotting|plot)$/.test(ts[c.vg.s - 2]?.norm ?? '');
  if (plot && /^(?:of|with)$/.test(ts[c.vg.s - 3]?.norm ?? '') && SUSPICION.test(ts[c.vg.s - 4]?.norm ?? '')) bump('alleged', 'suspicion');
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
  // "Not one of these systems has ever prevented piracy": so "not one", "not a single"; "not all
  // analysts were convinced" says some were not.
  const notOne = c.subj && ts[c.subj.s - 1]?.norm === 'not' && /^(?:one|a|any|single|all|every)$/.test(ts[c.subj.s]!.norm);
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
  // (so over the doer's name: "little chance of Iran agreeing to suspend enrichment")
  const chanceOf = c.subj && c.subj.e === c.vg.s && ts[c.subj.s - 1]?.norm === 'of' ? (ts[c.subj.s - 2]?.norm ?? '') : '';
  if (LEX.chanceNouns.has(chanceOf) && has(ts[c.vg.s], 'Gerund')) bump('hedged', chanceOf);
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
  // "would have earned", "could have been": a counterfactual (not "might have to seek": a need).
  for (let i = c.vg.s; i + 2 <= c.vg.head; i++) {
    const perfect = ts[i + 1]!.norm === 'have' && ts[i + 2]?.norm !== 'to';
    if (COUNTERFACTUAL.has(ts[i]!.norm) && perfect && i + 1 < c.vg.head) bump('conditional', `${ts[i]!.norm} have`);
  }
  return { polarity, certainty, cues };
}

export const WANTING_NOUNS: ReadonlySet<string> = new Set([
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
const COUNTERFACTUAL = new Set(['would', 'could', 'might', 'should']);
/** The word an "of/in" chain hangs on, left of the phrase at s ("nothing [in the Budget]"), or ''. */
function chainHead(ts: readonly Token[], s: number): string {
  let k = s - 1;
  while (k > 0 && k > s - 3 && (has(ts[k], 'Determiner') || has(ts[k], 'Adjective'))) k--;
  return isPrepLike(ts[k]) && !/[,;:]/.test(ts[k - 1]?.post ?? '') ? (ts[k - 1]?.norm ?? '') : '';
}
const isPrepLike = (t: Token | undefined): boolean => /^(?:in|from|about|on)$/.test(t?.norm ?? '');

/**
 * The noun an infinitive at `s` completes, over its doer's "of" phrase ("failure to act", "the
 * refusal of Iran-backed militias to accept"); else the word two before `s`.
 */
export function nounBeforeTo(ts: readonly Token[], s: number): string {
  // (over an adverb or time phrase before "to": "Iran's refusal last year to suspend")
  const at = infinitiveNoun(ts, s - 1);
  const right = ts[at - 1]?.norm ?? '';
  const cueNoun = LEX.negationNouns.has(right) || WANTING_NOUNS.has(right);
  const owner = ts[s - 1]?.norm === 'to' && !cueNoun ? nounBeforeOf(ts, at - 1) : undefined;
  return owner && LEX.agentNouns.has(owner) ? owner : right;
}
