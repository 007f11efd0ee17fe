/** Who says a sentence's clauses: the subject of a reporting clause ("X said", "said X", "X told"), or "according to X". */
import type { Token } from '../parse.js';
import type { Clause, SentenceAnalysis } from './clauses.js';
import { headEnd, headMention, possessorMention, type SentenceMentions } from './args.js';
import { THINGS } from './things.js';
import { describesPhrase, npLeft, npRight } from './clauses.js';
import { ADDRESSEE_VERBS, LEX } from './lexicon.js';
import { breakAfter, has, isConj, isPrep, tensed } from './tokens.js';

export interface Speaker {
  /** Mention index of the speaker. */
  mention: number;
  /** The reporting clause itself (its own relation is not attributed), or -1 for "according to". */
  clause: number;
  /** For a noun of saying ("Blair's promise that ..."), the token its "that" is at: only clauses after it are said. */
  after?: number;
  /** For "according to", the tokens of its source phrase (with a participle and its agent): clauses there are the writer's. */
  source?: { s: number; e: number };
}

/** The mention of a speaker no one can name (a pronoun left unresolved). */
export const UNKNOWN_SPEAKER = -99;
/** The mention of a speaker that is a share of those polled ("43% said"): their view, not a fact. */
export const SHARE_SPEAKER = -98;
const thirdPerson = (w: string): boolean =>
  (LEX.pronounPerson.has(w) || LEX.pronounThing.has(w) || LEX.pronounPlural.has(w)) && !/sel(?:f|ves)$/.test(w);

/**
 * Every reporting clause of a sentence with a speaker, in order ("The officials said ...; a source
 * confirmed ..."); with `unknown`, also those whose speaker is a pronoun left unresolved (as
 * UNKNOWN_SPEAKER).
 */
/** Whether a reporting clause is a contact relative on the noun before its pronoun subject ("the people they say"). */
function contactReport(ts: readonly Token[], an: SentenceAnalysis, c: Clause): boolean {
  const s = c.subj!.s;
  const noun = ts[s - 1];
  if (c.subj!.e !== s + 1 || s + 1 !== c.vg.s || !has(ts[s], 'Pronoun') || !noun || breakAfter(noun)) return false;
  if (!has(noun, 'Noun') || has(noun, 'Pronoun') || has(noun, 'Date') || has(noun, 'ProperNoun')) return false;
  // (after a clause with a subject of its own: not an opening "Laying into the record in government he said")
  return an.clauses.some((d) => d !== c && d.vg.e < s && !!d.subj && d.subj.s < d.vg.s);
}

export function reportingClauses(ts: readonly Token[], an: SentenceAnalysis, byEnd: SentenceMentions, unknown = false): Speaker[] {
  const out: Speaker[] = [];
  an.clauses.forEach((c, i) => {
    // ("He continued: ...": a verb that leads into a quotation reports it)
    const lead = LEX.speechLeads.has(c.vg.lemma) && !c.obj && /^\s*[:\u201c"]/.test(ts[c.vg.e - 1]!.post + (ts[c.vg.e]?.pre ?? ''));
    if (!(LEX.reporting.has(c.vg.lemma) || lead || opines(ts, an, i)) || !c.subj || c.vg.neg || c.vg.passive) return; // "X are accused of": X is no speaker
    if (judgesAnAct(ts, c)) return;
    // "he was moved by what people were saying": a saying inside a wh-clause is a thing said of,
    // no report of the sentence.
    if (/^(?:what|how|why|whatever)$/.test(ts[c.subj.s - 1]?.norm ?? '') && c.subj.s < c.vg.s) return;
    // "will take some of this increase off the people they say they are helping": a report in a
    // contact relative after an earlier verb says only that relative.
    if (contactReport(ts, an, c)) return;
    // "..., if they indicate a more general weakening": a report only supposed is no one's report.
    if (c.subord && LEX.conditionals.has(c.subord)) return;
    // "HSBC will report profits", "announced a deal": a thing reported, not a clause ("confirmed the deal was done" is one).
    const obj = c.obj;
    if (
      obj &&
      obj.s >= c.vg.e &&
      LEX.reportingThings.has(c.vg.lemma) &&
      !reportingObject(ts, an, c) &&
      !an.clauses.some((d) => d.vg.s === obj.e)
    )
      return;
    const m =
      documentAuthor(ts, byEnd, c.subj) ?? deskOf(ts, byEnd, c.subj) ?? headMention(ts, byEnd, c.subj) ?? selfReport(ts, an, byEnd, i);
    if (m !== undefined) out.push({ mention: m, clause: i });
    // A pronoun left unresolved, the verb's own subject right before it (not one it inherits: "He
    // began the season ... but has struggled to maintain his high standards"; not "saying it would").
    const own = c.subj.e >= c.vg.s - 2 && c.subj.e <= c.vg.s;
    if (m === undefined && unknown && own && c.subj.e - c.subj.s === 1 && thirdPerson(ts[c.subj.s]!.norm))
      out.push({ mention: UNKNOWN_SPEAKER, clause: i });
    else if (m === undefined && unknown && share(ts, c.subj)) out.push({ mention: SHARE_SPEAKER, clause: i });
  });
  return out;
}

const SHARES: ReadonlySet<string> = new Set([
  'majority',
  'minority',
  'most',
  'half',
  'third',
  'quarter',
  'three-quarters',
  'two-thirds',
  'cent',
  'percent',
]);
/**
 * "Forty-three per cent thought ...", "A majority, 52%, said ...": a speaker that is a share of
 * people a poll asked, no one the text names.
 */
function share(ts: readonly Token[], subj: { s: number; e: number }): boolean {
  const head = ts[subj.e - 1]!;
  return SHARES.has(head.norm) || /^\d+(?:\.\d+)?%$/.test(head.text) || (has(head, 'Percent') && !has(head, 'Noun'));
}

/** "considered it almost certain that ...": a verb of opinion reports the clause its "that" opens. */
function opines(ts: readonly Token[], an: SentenceAnalysis, i: number): boolean {
  const c = an.clauses[i]!;
  if (!LEX.opinionVerbs.has(c.vg.lemma)) return false;
  return an.clauses.some((d) => d.parent === i && ts[(d.subj && d.subj.s < d.vg.s ? d.subj : d.vg).s - 1]?.norm === 'that');
}

/**
 * "News Corp was finding it difficult to identify a suitable target", "found it hard to sell": "it",
 * an adjective and an infinitive judge the subject's own act; nothing is reported.
 */
function judgesAnAct(ts: readonly Token[], c: Clause): boolean {
  const it = ts[c.vg.e];
  const adj = ts[c.vg.e + 1];
  const to = ts[c.vg.e + 2];
  return it?.norm === 'it' && !breakAfter(it) && has(adj, 'Adjective') && to?.norm === 'to';
}

/** "A report by the IFS said", "..., says a report from the IFS", "an IFS study found": a document speaks for its named author. */
function documentAuthor(ts: readonly Token[], byEnd: SentenceMentions, subj: { s: number; e: number }): number | undefined {
  const e = headEnd(ts, subj);
  const head = ts[e - 1];
  if (!head || !/^\p{Ll}/u.test(head.text) || !THINGS.documents.has(head.norm)) return undefined;
  // "a BBC story claiming", "an IFS study found": the name right before the document is its author.
  const named = e - 2 >= subj.s && /^\p{Lu}/u.test(ts[e - 2]!.text) && !has(ts[e - 2], 'Possessive') ? byEnd.byEnd.get(e - 2) : undefined;
  if (named !== undefined && !ts.slice(subj.s, e - 1).some((t) => /[,;:]/.test(t.post))) return named;
  if (!/^(?:by|from)$/.test(ts[e]?.norm ?? '')) return undefined;
  const author = npRight(ts, e + 1, ts.length);
  return author ? headMention(ts, byEnd, author) : undefined;
}

/**
 * "The chemicals-and-crops firm said it became aware ...", "The 52-year-old said he was reviewing
 * ...": a speaker named by a description no mention holds, whose report's subject is the pronoun
 * that fits it ("it" after a company or body word, "he" or "she" after a person's), is who that
 * pronoun resolved to: its mention, if coreference kept it.
 */
function selfReport(ts: readonly Token[], an: SentenceAnalysis, byEnd: SentenceMentions, i: number): number | undefined {
  const c = an.clauses[i]!;
  const head = ts[headEnd(ts, c.subj!) - 1];
  const inner = an.clauses.find((d) => d.parent === i && d.subj && d.subj.e - d.subj.s === 1 && d.subj.s >= c.vg.e);
  const w = inner ? ts[inner.subj!.s]!.norm : '';
  if (!head || /^\p{Lu}/u.test(head.text) || has(head, 'Pronoun')) return undefined;
  const body = THINGS.companies.has(head.norm) || LEX.orgHeads.has(head.norm);
  const person = LEX.personRoles.has(head.norm) || /^\d+-year-old$/.test(head.norm) || has(head, 'Actor');
  if (!((w === 'it' && body) || ((w === 'he' || w === 'she') && person))) return undefined;
  return headMention(ts, byEnd, inner!.subj!);
}

/**
 * "The Cradle's news desk reported", "Reuters' news desk said": an organisation's unit or office,
 * no person and no mention of its own, speaks for the organisation that owns it.
 */
function deskOf(ts: readonly Token[], byEnd: SentenceMentions, subj: { s: number; e: number }): number | undefined {
  const head = ts[headEnd(ts, subj) - 1];
  if (!head || !/^\p{Ll}/u.test(head.text) || has(head, 'Actor') || has(head, 'Pronoun') || LEX.personRoles.has(head.norm))
    return undefined;
  const owner = possessorMention(ts, byEnd, subj);
  return owner !== undefined && byEnd.typeOf(owner) === 'Organization' ? owner : undefined;
}

/** The speaker of clause `ci` among several: the nearest reporting clause that governs it, before it if any. */
export function speakerOf(an: SentenceAnalysis, ts: readonly Token[], speakers: readonly Speaker[], ci: number): Speaker | null {
  const governing = speakers.filter((sp) => isAttributed(an, ts, sp, ci));
  return governing.findLast((sp) => sp.clause <= ci) ?? governing[0] ?? null;
}

export function findSpeaker(ts: readonly Token[], an: SentenceAnalysis, byEnd: SentenceMentions): Speaker | null {
  const reports = reportingClauses(ts, an, byEnd);
  // 'Mr Smith said: "I believe ..."': the first person (a negative mention) is the named speaker.
  const last = reports.at(-1);
  const best = last && last.mention < 0 ? (reports.findLast((r) => r.mention >= 0) ?? last) : last;
  if (best) return best;
  const noun = nounSpeaker(ts, an, byEnd) ?? signature(ts, an, byEnd);
  if (noun) return noun;
  for (let i = 0; i + 2 < ts.length; i++) {
    if (ts[i]!.norm !== 'according' || ts[i + 1]!.norm !== 'to') continue;
    const np = npRight(ts, i + 2, ts.length);
    // "according to analysts' forecasts", "according to the firm's report": the owner of the words says them.
    const owner = np ? possessorMention(ts, byEnd, np) : undefined;
    const words = np ? ts[headEnd(ts, np) - 1]!.norm : '';
    let m = owner !== undefined && (THINGS.speakers.has(words) || LEX.reportingNouns.has(words)) ? owner : headMention(ts, byEnd, np);
    // The source phrase, with a participle and its agent: "according to market statistics gathered
    // by Websidestory", "numbers released by Japan's Finance Ministry", "a survey by Mori".
    let e = np ? np.e : i + 2;
    let k = e;
    while (k < e + 3 && has(ts[k], 'PastTense') && !has(ts[k], 'Noun')) k++;
    const agent = ts[k]?.norm === 'by' ? npRight(ts, k + 1, ts.length) : null;
    if (agent) e = agent.e;
    // A source opens the sentence or follows a comma ("generates the creatures according to rules
    // devised by the programmers" is a manner); then the words are the agent's, not the figures'.
    const opens = i === 0 || /,/.test(ts[i - 1]!.post);
    const byAgent = agent && opens ? headMention(ts, byEnd, agent) : undefined;
    if (byAgent !== undefined && (m === undefined || owner === undefined)) m = byAgent;
    // After what it reports, the source runs to the end: "..., according to John Binks, director of
    // GfK, which monitors global consumer markets": the relative on its description is the writer's.
    if (i > 0 && /,/.test(ts[i - 1]!.post)) e = describedSource(ts, e);
    if (m !== undefined) return { mention: m, clause: -1, source: { s: i, e } };
  }
  return null;
}

/**
 * The end of an "according to" source at the end of its sentence with its description: past an
 * apposition, a relative after a comma ("John Binks, director of GfK, which monitors ...") runs to the end.
 */
function describedSource(ts: readonly Token[], e: number): number {
  for (let j = e; j < e + 10 && j < ts.length; j++) {
    if (/^(?:who|which)$/.test(ts[j]!.norm) && /,/.test(ts[j - 1]!.post)) return ts.length;
    if (has(ts[j], 'Verb') || /[;:]/.test(ts[j]!.post)) return e;
  }
  return e;
}

/**
 * '... can." Silliman, who is now president of the Arab Gulf States Institute.': a sentence that is
 * only a name and its relative clause, after a quotation, signs it (the verb of saying left out).
 */
function signature(ts: readonly Token[], an: SentenceAnalysis, byEnd: SentenceMentions): Speaker | null {
  const sp = an.clauses[0]?.subj;
  if (sp?.s !== 0 || ts[sp.e]?.norm !== 'who' || !/,/.test(ts[sp.e - 1]!.post)) return null;
  if (!an.clauses.every((c) => c.rules.includes('rel-subj'))) return null;
  const m = headMention(ts, byEnd, sp);
  return m !== undefined && byEnd.typeOf(m) === 'Person' ? { mention: m, clause: 0 } : null;
}

/**
 * A noun of saying before "that": "the announcement by Iraq's security forces that ...", "Deutsche's
 * claim that ...". The clauses after its "that" are the speaker's (clause -1, `after`).
 */
function nounSpeaker(ts: readonly Token[], an: SentenceAnalysis, byEnd: SentenceMentions): Speaker | null {
  for (let i = 1; i + 1 < ts.length; i++) {
    if (!LEX.reportingNouns.has(ts[i]!.norm)) continue;
    let j = i + 1;
    let m: number | undefined;
    if (ts[j]?.norm === 'by' || ts[j]?.norm === 'of') {
      const np = npRight(ts, j + 1, ts.length);
      m = np ? headMention(ts, byEnd, np) : undefined;
      j = np ? np.e : j;
    } else if (has(ts[i - 1], 'Possessive') && !has(ts[i - 1], 'Pronoun')) m = byEnd.byEnd.get(i - 1);
    if (m !== undefined && ts[j]?.norm === 'that' && an.clauses.some((c) => c.vg.s > j)) return { mention: m, clause: -1, after: j };
  }
  return null;
}

/** Rule name of a clause that describes the speaker in its tag (see onSpeakerTag): the writer's. */
export const SPEAKER_TAG = 'speaker-tag';

/**
 * '"...," said Rachel Harker, spokeswoman for Hypertag which makes the technology': a relative (or
 * a participle: "said Greg Abbott, Texas attorney general announcing the legal action") on an
 * inverted speaker's own tag is the writer's description, not part of what is said.
 */
export function onSpeakerTag(ts: readonly Token[], an: SentenceAnalysis, sp: Speaker, ci: number): boolean {
  const r = sp.clause >= 0 ? an.clauses[sp.clause] : undefined;
  const c = an.clauses[ci];
  if (!r?.subj || !c?.subj || ci <= sp.clause || !r.rules.includes('said-inverted')) return false;
  // (no clause of the quotation between: 'says Nick Donofrio, ..., it was not "the thing" that improved')
  for (let k = sp.clause + 1; k < ci; k++) if (!describesPhrase(an.clauses[k]!)) return false;
  const participle = c.vg.s === c.vg.head && has(ts[c.vg.head], 'Gerund');
  return (c.rules.includes('rel-subj') || participle) && c.subj.s >= r.subj.s;
}

/** Whether clause `ci` is said by the speaker: inside its complement, or before a closing "…, X said". */
export function isAttributed(an: SentenceAnalysis, ts: readonly Token[], sp: Speaker, ci: number): boolean {
  // "the Conservatives accepted Tony Blair's promise that ...": the accepting is not Blair's.
  if (sp.clause < 0) {
    const vs = ci < 0 ? -1 : an.clauses[ci]!.vg.s;
    if (sp.source && vs >= sp.source.s && vs < sp.source.e) return false;
    return sp.after === undefined || ci < 0 || vs > sp.after;
  }
  if (ci === sp.clause || ci < 0) return ci < 0 && sp.clause >= 0 ? false : ci !== sp.clause;
  for (let p = an.clauses[ci]!.parent, n = 0; p >= 0 && n < 20; p = an.clauses[p]!.parent, n++) if (p === sp.clause) return true;
  const c = an.clauses[ci]!;
  const r = an.clauses[sp.clause]!;
  if (ci < sp.clause && reportsOn(ts, c, r)) return false;
  if (onSpeakerTag(ts, an, sp, ci)) return false;
  // "Gerry Conlon - who was wrongly convicted of planting the bombs - said": an aside inside the
  // reporter's subject is the writer's, as is one on its tag.
  if (r.subj && r.subj.s < r.vg.s && c.vg.s > r.subj.s && c.vg.s < r.vg.s) return false;
  // "Speaking on NTV television, which is controlled by Gazprom, Mr Miller added": so is a relative
  // set off by a comma in an opening phrase before the reporter, outside a quotation (not one in what
  // a closing "..., its designers have said" reports: "The Cell processor, which will drive the PS3,
  // will run", "failing states, including Pakistan, who cannot control ..., he argues").
  const aside = c.rules.includes('rel-subj') && !!c.subj && /,/.test(ts[c.subj.e - 1]?.post ?? '');
  const opening = !an.clauses.slice(0, sp.clause).some((m, k) => k !== ci && !!m.subj && !describesPhrase(m));
  if (ci < sp.clause && aside && opening && !quoteClosedBetween(ts, c.vg.s, r.vg.s)) return false;
  // "affected by a world downturn which hit their profits": a relative clause is said with the clause its antecedent is in.
  if (c.parent < 0 && c.rules.includes('rel-subj') && c.subj) {
    const host = an.clauses.findLastIndex((h, k) => k < ci && k !== sp.clause && h.vg.s < c.subj!.s);
    if (host > sp.clause && isAttributed(an, ts, sp, host)) return true;
  }
  // "The bill, which ministers claim will tackle crime, is expected to be opposed": a reporter inside
  // a relative says only that relative; the clause it interrupts, whose subject comes before it, is the writer's.
  if (ci > sp.clause && r.rules.includes('rel-obj') && !describesPhrase(c) && c.subj && c.subj.s < r.vg.s) return false;
  // "Boeing apologised - although it claimed ... - and pledged to": a verb that goes on with a
  // clause before the reporter is said as that clause is.
  if (ci > sp.clause && c.coordWith >= 0 && c.coordWith < sp.clause) return isAttributed(an, ts, sp, c.coordWith);
  // "X said, “...”" / "X said: ...": everything after an object-less reporting verb is the quote.
  if (ci > sp.clause && !r.obj && /[\u201c":]/.test(ts[r.vg.e - 1]!.post + (ts[r.vg.e]?.pre ?? ''))) return true;
  if (ci > sp.clause)
    return (
      r.parent < 0 &&
      (!r.obj || !ADDRESSEE_VERBS.has(r.vg.lemma) || reportingObject(ts, an, r)) &&
      !independentBetween(an, ts, sp.clause, ci) &&
      !(LEX.reporting.has(c.vg.lemma) && quoteClosedBetween(ts, r.vg.e - 1, (c.subj && c.subj.s < c.vg.s ? c.subj : c.vg).s))
    );
  // "At the same time as Nigeria announced its new initiative, Ghana announced revenues ...": a
  // clause before a reporter that goes on to say something else is the writer's, not the reporter's.
  // (Not "..., Mr Brown told BBC Radio": the one told is no content.)
  const content = !!r.obj && r.obj.s >= r.vg.e && (!ADDRESSEE_VERBS.has(r.vg.lemma) || reportingObject(ts, an, r));
  // "According to the WSJ, which cites people ..., the directors are expected to deny wrongdoing":
  // a reporter with its own content, no quote-closing "X said", says nothing before it.
  if (content && !LEX.reporting.has(c.vg.lemma) && c.rules.includes('rel-subj')) return false;
  const says = content || an.clauses.some((x, k) => k > sp.clause && x.parent === sp.clause && !!ts[x.vg.head]!.text);
  if (says && LEX.subordinators.has(ts[(c.subj ?? c.vg).s - 1]?.norm ?? '')) return false;
  // "Facing stem criticism ..., the FDA said it would ...": a participle clause opening the sentence
  // before a reporter that says something after it is the writer's account of the reporter.
  if (says && c.vg.s === 0 && has(ts[0], 'Gerund') && (!c.subj || c.subj.s > c.vg.s)) return false;
  // "X had threatened him, and another group, Kataib Hezbollah, said P", "... to handle demand and on
  // Tuesday, AFP reported that P": a reporter joined after "and" that says P of its own says nothing
  // of the clause before.
  const from = (c.obj && c.obj.e > c.vg.e ? c.obj : c.vg).e;
  const to = r.subj && r.subj.s < r.vg.s ? r.subj.s : r.vg.s;
  // (a conjunction between clauses: after a comma, right before the reporter or an adjunct opening
  // with a preposition; not "the bilateral and multilateral work")
  const joins = (k: number): boolean =>
    isConj(ts[k]) && (/,/.test(ts[k - 1]?.post ?? '') || k + 1 === to || (isPrep(ts[k + 1]) && !breakAfter(ts[k])));
  for (let k = from; k < to; k++) if (says && joins(k)) return false;
  let k = (r.rules.includes('said-inverted') ? r.vg.s : r.subj ? r.subj.s : r.vg.s) - 1;
  // (over a conjunction inside the subject: "current and former US officials told")
  while (k > 0 && !breakAfter(ts[k]) && (has(ts[k], 'Adjective') || (isConj(ts[k]) && !breakAfter(ts[k - 1])))) k--;
  // Not after a colon: 'X told the BBC: "I believe ..."' puts the telling before the quote, not in it.
  // Nor after a conjunction: "Cyprus is an EU member, but Turkey insisted ..." states the first clause.
  return r.coordWith < 0 && k >= 0 && breakAfter(ts[k]) && !ts[k]!.post.includes(':');
}

/**
 * "he told MPs the Lord Chancellor, Lord Falconer, was insisting ...": a reporting clause whose words
 * run on unbroken to the reporter's subject (or to its appositive) holds the reporter: no one says it.
 */
function reportsOn(ts: readonly Token[], c: Clause, r: Clause): boolean {
  if (!LEX.reporting.has(c.vg.lemma) || !r.subj || r.subj.s < c.vg.e) return false;
  let start = r.subj.s;
  const enclosed = /,/.test(ts[start - 1]?.post ?? '') && /,/.test(ts[r.subj.e - 1]!.post);
  if (enclosed) start = npLeft(ts, start - 1, c.vg.e)?.s ?? start;
  for (let k = c.vg.s; k < start; k++) if (/[,;:"\u201c\u201d()]/.test(ts[k]!.post)) return false;
  return true;
}

/**
 * '"All the markets grew apart from Japan which shows that ...," Carolina Milanesi told the BBC':
 * a quotation closes (a quote mark after a word) between a reporter inside it and the clause at
 * `to`. A reporting clause after it is the writer's again (a scare quote in a reported clause,
 * 'said he had inherited a "giant mess" when he took over', leaves the rest reported).
 */
function quoteClosedBetween(ts: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) if (/["\u201d]/.test(ts[k]!.post)) return true;
  return false;
}

/**
 * "told the BBC that ...", "warned Iran that ...", "told BBC Wales he had": the object is the
 * addressee, what follows is said (a "that", a quote or a tensed clause's subject right after it);
 * so it is after a place or time between them ("told the delegates at MacWorld that", "told MPs on
 * Tuesday that"), where the "that" opens a clause, not a relative ("at a summit that ended").
 */
function reportingObject(ts: readonly Token[], an: SentenceAnalysis, r: Clause): boolean {
  if (!r.obj) return false;
  const e = r.obj.e;
  if (ts[e]?.norm === 'that' || /[\u201c":]/.test(ts[e - 1]!.post)) return true;
  if (!breakAfter(ts[e - 1]) && an.clauses.some((x) => x.subj?.s === e && x.subj.e <= x.vg.s && tensed(ts[x.vg.s]))) return true;
  if (!has(ts[e], 'Preposition') || breakAfter(ts[e - 1])) return false;
  for (let k = e + 1; k < Math.min(ts.length - 1, e + 7) && !breakAfter(ts[k - 1]); k++) {
    if (has(ts[k], 'Verb')) return false;
    if (ts[k]!.norm === 'that') return !breakAfter(ts[k]) && !has(ts[k + 1], 'Verb') && !has(ts[k + 1], 'Adverb');
  }
  return false;
}

/**
 * Whether a clause in (from, to] starts a new statement: after a comma or semicolon and a
 * conjunction, or a conjunction and a reporting verb, with its own subject.
 */
function independentBetween(an: SentenceAnalysis, ts: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) {
    const c = an.clauses[k]!;
    if (!c.subj || c.coordWith >= 0 || c.subj.s > c.vg.s) continue;
    const before = ts[c.subj.s - 1];
    const link = isConj(before) || before?.norm === 'while' || before?.norm === 'whereas';
    if (link && /[,;]/.test(ts[c.subj.s - 2]?.post ?? '')) return true;
    // "Halifax said prices rose ... and Nationwide reported a rise": a second reporter speaks for itself.
    if (link && LEX.reporting.has(c.vg.lemma) && !c.vg.passive) return true;
    if (/;/.test(before?.post ?? '')) return true;
  }
  return false;
}

/**
 * Quote state after a sentence: true when a quotation is still open. A straight quote opens where
 * it stands before a word after a space ('go. "I think'), closes where it follows one ('experience."
 * Both'): a writer who leaves a quotation unclosed before opening the next does not leave every
 * later sentence quoted. Only a quote with spaces, or none, on both sides toggles.
 */
export function quoteOpenAfter(text: string, openBefore: boolean): boolean {
  let open = openBefore;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\u201c') open = true;
    else if (ch === '\u201d') open = false;
    else if (ch === '"') {
      const before = i === 0 || /\s/.test(text[i - 1]!);
      const after = i + 1 === text.length || /\s/.test(text[i + 1]!);
      open = before && !after ? true : !before && after ? false : !open;
    }
  }
  return open;
}

/**
 * Words inside single quotes: 'UK 'needs true immigration data'', 'Ebbers 'aware' of fraud'.
 * BBC headlines quote a claim this way (a possessive's apostrophe sits inside its word or
 * after it, never in the space before one).
 */
export function singleQuoted(ts: readonly Token[]): boolean[] {
  const out: boolean[] = [];
  let open = false;
  for (const t of ts) {
    if (/['\u2018]$/.test(t.pre)) open = true;
    out.push(open);
    if (/['\u2019]/.test(t.post) || /'$/.test(t.text)) open = false;
  }
  return out;
}
