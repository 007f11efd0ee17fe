/**
 * Polarity and certainty of one clause, from cue words (ingest/data/cues.json) in the clause, in
 * its verb chain, before its subject, and inherited from the clause that governs it.
 * Precedence: conditional > alleged > hedged > intended > asserted.
 *
 * This file is the layer's entry point and sets the order of its steps: sentenceMeanings takes
 * each clause's own cues, then what frames it (a coordinated verb, a mandative or likelihood
 * frame, a lead adverb, the clause it waits on, the governing clause), then the frames of the
 * whole sentence (a denied antecedent, a trailing claim, an if-clause). What it calls is in
 * ./meaning/, by kind, each module short enough to read in one sitting:
 * - meaning/cues.ts: a clause's own cues (own): negation, hedges, intentions, duties, framing nouns;
 * - meaning/frames.ts: what frames a clause from outside it (believes, mandative, likelihood,
 *   difficulty, an if-clause's consequent, a trailing "it was claimed");
 * - meaning/questions.ts: clauses that ask rather than state (questionClauses);
 * - meaning/shared.ts: Meaning, the ranking of certainties (stronger), the word sets several read.
 * Word sets only sentenceMeanings reads stay here, next to it, and every name this file exported
 * is still exported here. No module under meaning/ imports this file: no import cycle.
 */
import { bareForm, type Token } from '../parse.js';
import type { Certainty } from '../types.js';
import { frameWord, type SentenceAnalysis } from './clauses.js';
import { LEX } from './lexicon.js';
import { classifyWord, nounBeforeTo, own, WANTING_NOUNS } from './meaning/cues.js';
import {
  believes,
  consequentOf,
  difficulty,
  isHave,
  likelihood,
  mandative,
  noneOfObject,
  ranked,
  trailingFrame,
  withAbsolute,
} from './meaning/frames.js';
import { askingIf } from './meaning/questions.js';
import { ALLEGE_FRAMES, COMMIT_FRAMES, flipped, type Meaning, NEGATIVE_HEADS, RANK, stronger } from './meaning/shared.js';
import { has, hasAny, isBe } from './tokens.js';

export { NO_DUTY, UNSAID } from './meaning/cues.js';
export { believes, FRAME_ONLY } from './meaning/frames.js';
export { questionClauses } from './meaning/questions.js';
export { ALLEGE_FRAMES, HEDGE_FRAMES, type Meaning, stronger } from './meaning/shared.js';

/** Ends the cue of a stop only asked for or planned, whose act goes on ("frame:stop (unreal)"). */
export const UNREAL_FRAME = ' (unreal)';

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
/** Belief verbs whose negation is read in the complement: "did not think the lawsuits would benefit" = thought they would not. */
const NEG_RAISING: ReadonlySet<string> = new Set(['think', 'believe', 'expect', 'suppose', 'imagine', 'reckon', 'anticipate']);

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

/** Verbs of showing: what an act is meant to show is no fact yet. */
const SHOWING: ReadonlySet<string> = new Set(['show', 'prove', 'demonstrate']);

/** Subordinators of time and reason whose past-tense clause states a past event. */
const PAST_ADJUNCTS: ReadonlySet<string> = new Set(['after', 'because', 'since', 'when', 'as', 'while', 'although', 'though']);
/** Words that narrow a negation to a manner: "does not rely solely on words to get it across". */
const ONLY: ReadonlySet<string> = new Set(['solely', 'only', 'just', 'merely', 'simply', 'necessarily', 'entirely']);
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
/** Passive verbs of saying before an infinitive that report what no one is named saying ("is said to"). */
const HEARSAY: ReadonlySet<string> = new Set(['say', 'report', 'rumour', 'rumor', 'understand']);

/** Meaning of every clause of a sentence, parents first (a clause inherits its frame). */
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
      const directed =
        c.rules.includes('ctrl-inf') && !IMPLICATIVE.has(pc.vg.lemma) && !result && !factive && !refused && !ranked(ts, c.vg.s);
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
                    : p.certainty === 'intended' && SHOWING.has(pc.vg.lemma)
                      ? 'hedged' // "events designed to show the prime minister has not lost touch": not shown yet
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
      // "It is impossible for Vodafone to satisfy ...": denied; "was finding it difficult to identify
      // a suitable target": probably not done (blind readers took a positive reading for the
      // opposite); "would make it harder for the Commission to": unsure.
      const hard = c.rules.includes('ctrl-inf') ? difficulty(ts, c.vg.s) : undefined;
      if (hard === 'impossible' || hard === 'difficult') m.polarity = flipped(m.polarity);
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
        (inherit === 'intended' && !!c.subord && PAST_ADJUNCTS.has(c.subord) && has(ts[c.vg.s], 'PastTense')) ||
        // "has agreed to pay $28.5m after admitting bribery": what came before the aim was done.
        (inherit === 'intended' && has(ts[c.vg.s], 'Gerund') && /^(?:after|since|despite)$/.test(ts[c.vg.s - 1]?.norm ?? ''));
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
      const planned = ts[c.vg.s - 1]?.norm === 'to' && LEX.withdrawnNouns.has(ts[c.vg.s - 2]?.norm ?? '');
      const givenUp = LEX.withdrawals.has(pc.vg.lemma) && planned;
      // "was unlikely to stick to its plan to cut output", "did not go ahead with plans to": a plan
      // not held to is not carried out either.
      const held = LEX.keepings.has(pc.vg.lemma) || LEX.keepings.has(`${pc.vg.lemma} ${ts[pc.vg.e]?.norm ?? ''}`);
      const notHeld = held && planned && p.polarity === 'negative';
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
      } else if (notHeld && m.polarity === 'positive' && !described) {
        m.polarity = 'negative';
        m.cues.push(`frame:not ${pc.vg.lemma}`);
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
        // "denied he frequently met him to discuss company business": the purpose of an act not done
        // was not served by it either (not a wish's, plan's or order's object: "did not want to sell").
        // (not right after the verb, "did not hesitate to attack"; nor a noun's, "had not consulted on
        // its plans to improve", "not the first program to use Google"; nor "not unlawful for the police
        // to", nor "does not rely solely on words to get information across")
        const toNoun = nounBeforeTo(ts, c.vg.s);
        const servedBy =
          c.rules.includes('ctrl-inf') &&
          ts[c.vg.s - 1]?.norm === 'to' &&
          c.vg.s - 1 > pc.vg.e &&
          !pc.vg.copula &&
          !WANTING_NOUNS.has(toNoun) &&
          !LEX.agentNouns.has(toNoun) &&
          !ranked(ts, c.vg.s) &&
          !ts.slice(pc.vg.s, c.vg.s).some((t) => ONLY.has(t.norm)) &&
          ![LEX.intentions, COMMIT_FRAMES, DIRECTIVE_FRAMES, IMPLICATIVE].some((set) => set.has(pc.vg.lemma));
        if (servedBy) m.polarity = flipped(m.polarity);
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
