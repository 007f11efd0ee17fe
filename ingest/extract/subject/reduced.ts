/**
 * Subject layer (ingest/extract/subject.ts): reduced relatives, a bare participle or gerund right
 * after a noun phrase that modifies it ("a law backed by Mr Bush", "The site hosting the
 * screensaver | currently shows", "Members working in the NHS | have never had"): the noun it hangs
 * on, and where the phrase it runs over ends, so the next verb's subject is that noun.
 */
import type { Token } from '../../parse.js';
import type { Clause, Span, VerbGroup } from '../clauses.js';
import { INTRANSITIVE, LEX } from '../lexicon.js';
import { npLeft, npRight } from '../phrases.js';
import { breakAfter, has, isPrep } from '../tokens.js';
import { LOCATING_PREPS, mainClause, NAMING_VERBS, opensClause, TIME_LEAD_WORDS } from './shared.js';

/**
 * "The site hosting the screensaver | currently shows", "that the problems plaguing net users | do not
 * spread": a gerund right after a clause's determined or plural subject modifies it, and the phrase after the
 * gerund (determined, a name or a plural) is its object, not the next verb's subject. Not a gerund
 * of saying ("a report claiming he warned"), nor a compound ("The mobile gaming industry").
 */
export function gerundModifier(ts: readonly Token[], g: Clause, np: Span): boolean {
  const s = g.subj;
  if (!s || g.obj || g.vg.e !== np.s || g.vg.s !== g.vg.head || !adjacent(ts, s, g) || !has(ts[g.vg.head], 'Gerund')) return false;
  if (LEX.reporting.has(g.vg.lemma) || breakAfter(ts[s.e - 1]) || breakAfter(ts[g.vg.head])) return false;
  const opens = opensClause(ts, s.s) || timeLead(ts, s.s);
  const determined = (t: Token | undefined) => has(t, 'Determiner') || has(t, 'Possessive');
  const object = determined(ts[np.s]) || /^\p{Lu}/u.test(ts[np.s]!.text) || has(ts[np.e - 1], 'Plural');
  // (a bare plural too: "Groups challenging the plans | include")
  const plural = has(ts[s.e - 1], 'Plural') && !has(ts[s.e - 1], 'Pronoun');
  // (a counted subject too: "one drone carrying explosives | struck his residence")
  const counted = has(ts[s.s], 'Value') && !has(ts[s.s], 'Date');
  return opens && (determined(ts[s.s]) || plural || counted) && object;
}

/**
 * "Members working in the NHS or for local government | have never had": a gerund (and its object)
 * after a plural that opens the clause modifies it; its prepositional phrases end at the next verb,
 * whose subject is that plural, not the last phrase's noun. Not where the verb takes a singular.
 */
export function gerundPhraseEnds(ts: readonly Token[], g: Clause, np: Span, vg: VerbGroup): boolean {
  const s = g.subj;
  if (!s || g.vg.s !== g.vg.head || !adjacent(ts, s, g) || !has(ts[g.vg.head], 'Gerund')) return false;
  // (or with its object first: "files containing security details about ... London | were found")
  const obj = g.obj ?? (isPrep(ts[g.vg.e]) ? null : npRight(ts, g.vg.e, np.s));
  if (obj && (obj.s !== g.vg.e || obj.e >= np.s)) return false;
  if (!isPrep(ts[obj ? obj.e : g.vg.e]) || np.e !== vg.s || !has(ts[s.e - 1], 'Plural') || has(ts[s.e - 1], 'Pronoun')) return false;
  if (LEX.reporting.has(g.vg.lemma) || !opensClause(ts, s.s)) return false;
  const phrase = ts.slice(s.s, np.e);
  if (phrase.some((t, i) => breakAfter(t) || (i > g.vg.e - s.s && has(t, 'Verb') && !has(t, 'Noun')))) return false;
  const v = ts[vg.s]!;
  return !(has(v, 'PresentTense') && /[^s]s$/.test(v.norm) && !has(v, 'Modal')) && !/^(?:is|was|has|does)$/.test(v.norm);
}

/** Whether the gerund follows its noun right away, or past one adverb ("People already using X | have found"). */
const adjacent = (ts: readonly Token[], s: Span, g: Clause): boolean =>
  s.e === g.vg.s || (s.e === g.vg.s - 1 && has(ts[s.e], 'Adverb') && !breakAfter(ts[s.e]));

/** Whether the tokens before `k` are only a sentence-opening time phrase with no comma ("Earlier that day | a drone"). */
function timeLead(ts: readonly Token[], k: number): boolean {
  const lead = ts.slice(0, k);
  return (
    lead.length > 0 &&
    lead.some((t) => has(t, 'Date') || has(t, 'Duration')) &&
    lead.every((t) => !breakAfter(t) && (has(t, 'Date') || has(t, 'Duration') || has(t, 'Value') || TIME_LEAD_WORDS.has(t.norm)))
  );
}

/** Verbs whose "to", "at" or "with" phrase names whom or where one acts ("written to X demanding"). */
const ADDRESSING_VERBS: ReadonlySet<string> = new Set(['write', 'speak', 'talk', 'complain', 'appeal', 'work', 'serve']);

/**
 * "a law backed by Mr Bush", "two Britons held at Guantanamo Bay", "a law relating to sodomy": a bare
 * participle right after a noun phrase of the previous clause modifies it. A past participle is then
 * passive (its noun is the patient); a gerund after another reduced relative's agent hangs on the same
 * noun. The clause is marked 'reduced-rel' so the previous clause keeps the phrase as its argument.
 */
export function reducedRelative(
  ts: readonly Token[],
  vg: VerbGroup,
  np: { s: number; e: number },
  earlier: readonly Clause[],
  c: Clause,
): boolean {
  const prev = earlier.at(-1);
  const h = ts[vg.head]!;
  // "According to a survey conducted by Mirapoint, ...": before any clause, only in a phrase opened
  // by a preposition and with its agent.
  if (!prev && ts[vg.e]?.norm !== 'by') return false;
  // "a lawsuit against two men believed to be among ...": a raised passive of saying modifies the phrase.
  const first = ts[vg.s]!;
  // (Not a promise, active before its infinitive: "France and Germany vowed to run".)
  const raised =
    vg.s < vg.head &&
    ts[vg.s + 1]?.norm === 'to' &&
    has(first, 'PastTense') &&
    LEX.reporting.has(first.root) &&
    !LEX.intentions.has(first.norm);
  if (raised && np.s >= (prev?.vg.e ?? 0) && !breakAfter(ts[np.e - 1]) && !has(ts[np.s], 'Pronoun')) {
    c.subj = np;
    c.rules.push('reduced-rel');
    return true;
  }
  // "reports of any phones being infected by": a passive gerund after a phrase that a preposition
  // opens describes it too (not a verb's object: "prevent the program being caught" is prevented).
  const being =
    ts[vg.s]!.norm === 'being' &&
    vg.head === vg.s + 1 &&
    (has(h, 'PastTense') || has(h, 'Participle')) &&
    isPrep(ts[Math.max(np.s, lastChunkStart(ts, npLeft(ts, np.e, np.s) ?? np)) - 1]);
  if ((vg.s !== vg.head && !being) || np.s < (prev?.vg.e ?? 0) || breakAfter(ts[np.e - 1]) || has(h, 'Auxiliary')) return false;
  // ("warned the picture was not as rosy": a finite form of "be", "have" or "do" is no participle)
  if (/^(?:was|were|had|did)$/.test(h.norm)) return false;
  // A pronoun takes no participle after it: "denied it amounted to a crisis" has a finite verb.
  if (np.e - np.s === 1 && has(ts[np.s], 'Pronoun')) return false;
  const gerund = has(h, 'Gerund');
  const participle = (has(h, 'PastTense') || has(h, 'Participle')) && !gerund && !has(h, 'SimplePast');
  const next = ts[vg.e];
  // "a system called Spotlight", "in a move branded a humiliating retreat" (a noun after a preposition has no verb).
  const inPP = !!ts[np.s - 1] && isPrep(ts[np.s - 1]!);
  // "uses a system dubbed smart serendipity": so right after the previous verb's object.
  const objOfPrev = !!prev && np.s === prev.vg.e;
  const naming = participle && NAMING_VERBS.has(h.norm) && (/^\p{Lu}/u.test(next?.text ?? '') || inPP || objOfPrev);
  if (participle && next && !isPrep(next) && !breakAfter(h) && !naming) return false; // "the militias backed the attack": a main verb with its object
  if (LEX.reporting.has(vg.lemma) && next?.norm !== 'by') return false; // "It claims Mr Blair said ...": a verb of saying is finite
  // Before the sentence has a main clause a simple past is its main verb ("The revelation that Shell had
  // inflated its reserves | led to ..."); an agent ("backed by") or a participle form ("given") still modifies.
  if (participle && next?.norm !== 'by' && !/(?:en|wn|ne)$/.test(h.norm) && !earlier.some((m) => mainClause(ts, m))) return false;
  if ((!gerund && !participle) || (participle && INTRANSITIVE.has(vg.lemma))) return false;
  // "reported that Qaani travelled to Iraq": right after a reporting verb's "that", a past form is the clause's verb.
  // (Not before the clause's own finite verb: "argued that British troops deployed in Iraq should be replaced".)
  const complement = ts[np.s - 1]?.norm === 'that' && !!prev && prev.vg.e === np.s - 1 && LEX.reporting.has(prev.vg.lemma);
  let end = vg.e;
  while (end < ts.length && !breakAfter(ts[end - 1]) && !has(ts[end], 'Modal') && !has(ts[end], 'Auxiliary') && !has(ts[end], 'Copula'))
    end++;
  const finiteAfter = end < ts.length && !breakAfter(ts[end - 1]);
  if (participle && complement && next?.norm !== 'by' && !finiteAfter) return false;
  const chunk = npLeft(ts, np.e, np.s);
  let subj = chunk ? { s: Math.max(np.s, lastChunkStart(ts, chunk)), e: np.e } : np;
  if (gerund && prev?.rules.includes('reduced-rel') && prev.subj && prev.pps.length === 0 && ts[np.s - 1]?.norm === 'by') subj = prev.subj;
  // "people in the UK using its hotspots", "firms in Britain selling arms", "a house in Houston owned
  // by its finance chief": a gerund or agented participle after a place phrase hung on a noun
  // describes that noun, not the place.
  // "has written to Tony Blair demanding an explanation", "worked at MTV hosting the show": after
  // the phrase a verb of writing, speaking or working addresses, a gerund is that verb's
  // subject's act, not the phrase's.
  const det = /^(?:the|a|an)$/.test(ts[np.s]?.norm ?? '') ? np.s : subj.s;
  const addressed = ADDRESSING_VERBS.has(prev?.vg.lemma ?? '') && /^(?:to|at|with|for)$/.test(ts[det - 1]?.norm ?? '');
  if (gerund && prev?.subj && det - 1 === prev.vg.e && addressed && !breakAfter(ts[np.e - 1])) {
    c.subj = prev.subj;
    c.rules.push('verb-phrase-gerund');
    return true;
  }
  const placed = ts.slice(subj.s, subj.e).some((t) => has(t, 'Place') || (has(t, 'ProperNoun') && !has(t, 'Date')));
  if ((gerund || next?.norm === 'by') && placed && LOCATING_PREPS.has(ts[subj.s - 1]?.norm ?? '')) {
    const head = npLeft(ts, subj.s - 1, prev?.vg.e ?? 0);
    if (head && !breakAfter(ts[head.e - 1]) && has(ts[head.e - 1], 'Noun') && !has(ts[head.e - 1], 'Pronoun')) subj = head;
    // "The SUVs will be built in Japan using Peugeot's diesel engines": a place phrase hung on the
    // verb itself leaves the gerund the verb's adjunct: its subject's act, or no one's after a passive.
    // (a place's name, not a person's: "interested in Kilroy-Silk opposing Geoff Hoon" is his act)
    else if (gerund && prev && prev.vg.e === subj.s - 1 && !breakAfter(ts[np.e - 1]) && has(ts[subj.e - 1], 'Place')) {
      c.subj = prev.vg.passive ? null : prev.subj;
      c.rules.push('verb-phrase-gerund');
      return true;
    }
  }
  // "a round-up of ultimate gizmos compiled by Stuff Magazine": a document's maker made the document.
  const before = ts[subj.s - 2];
  const docWord = has(before, 'Hyphenated') && ts[subj.s - 3]?.post === '-' ? `${ts[subj.s - 3]!.norm}-${before!.norm}` : before?.norm;
  if (participle && LEX.documentVerbs.has(vg.lemma) && ts[subj.s - 1]?.norm === 'of' && LEX.documentNouns.has(docWord ?? '')) {
    const doc = npLeft(ts, subj.s - 1, prev?.vg.e ?? 0);
    if (doc) subj = { s: Math.max(doc.s, lastChunkStart(ts, doc)), e: subj.e };
  }
  c.subj = subj;
  c.rules.push('reduced-rel');
  if (participle) c.vg = { ...vg, passive: true };
  return true;
}

/** Start of the last chunk of a phrase ("the publication of | the full legal advice"). */
function lastChunkStart(ts: readonly Token[], sp: { s: number; e: number }): number {
  for (let k = sp.e - 1; k > sp.s; k--) if (isPrep(ts[k - 1])) return k;
  return sp.s;
}
