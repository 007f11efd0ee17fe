/**
 * Subject layer (ingest/extract/subject.ts): asides set off by commas or dashes that are clauses of
 * their own: a participle with its agent ("His lawyers, led by Bruce Cutler, have vowed"), a
 * participle or modal adjective with its infinitive ("the vote - expected to fall on 5 May -"), a
 * gerund aside, a report ("The deal, the company said, would boost profits"), an adverbial
 * between dashes, and a gerund of saying after an object, which is the clause's subject's ("backed
 * the proposals saying"). The subject is read around them. (Noun-phrase asides, names and roles,
 * are appositions.ts's.)
 */
import type { Token } from '../../parse.js';
import type { Clause, Span, VerbGroup } from '../clauses.js';
import { LEX, nominalPredicate } from '../lexicon.js';
import { npLeft } from '../phrases.js';
import { breakAfter, dashAfter, has, hasAny, isPrep, isVerbal, tensed } from '../tokens.js';
import { THINGS } from '../things.js';
import { NAMING_VERBS } from './shared.js';

/**
 * "His lawyers, led by Bruce Cutler, have vowed", "the case - filed by the Clinton administration -": a
 * bare past participle set off by a comma or dash after a noun phrase and followed by its agent (or
 * a naming verb: "the phone, dubbed a gadget,") is a passive modifying that phrase. On the object
 * of a verb before it (`onObject`), so is a participle or modal adjective with its infinitive, the
 * aside closed before a finite verb ("said the vote - expected to fall on 5 May - will give").
 */
export function parentheticalPassive(ts: readonly Token[], vg: VerbGroup, np: Span, c: Clause, onObject = false): boolean {
  const h = ts[vg.head]!;
  const chain = onObject && asideChain(ts, vg);
  if (!(participleAt(ts, vg.head) && vg.s === vg.head && vg.e === vg.s + 1) && !chain) return false;
  if (np.e !== vg.s || !/[,–—]|\s-\s/.test(ts[np.e - 1]!.post)) return false;
  // "The PH-S6500 phone, dubbed a sports-leisure gadget, was": a naming verb needs no agent, nor
  // does an aside of place or time closed before the verb it interrupts.
  if (
    chain
      ? !closedAside(ts, np.e - 1, vg.e - 1)
      : ts[vg.e]?.norm !== 'by' && !NAMING_VERBS.has(h.norm) && !placedAside(ts, vg) && !appointed(ts, vg)
  )
    return false;
  if ((np.e - np.s === 1 && has(ts[np.s], 'Pronoun')) || LEX.reporting.has(vg.lemma)) return false;
  c.subj = actsObject(ts, np);
  c.rules.push('reduced-rel');
  c.vg = chain ? vg : { ...vg, passive: true };
  return true;
}

/**
 * "widespread support for the plan - tabled by France and Germany -": after a noun of a relation
 * (predicates.json nominal) and its preposition, the aside is on that preposition's object, unless
 * it is an amount.
 */
function actsObject(ts: readonly Token[], np: Span): Span {
  const p = ts.slice(np.s + 1, np.e - 1).findIndex((t) => isPrep(t)) + np.s + 1;
  if (p <= np.s || !nominalPredicate(ts[p - 1]!.norm, ts[p]!.norm)) return np;
  const s = ts[p + 1]?.norm === 'the' ? p + 2 : p + 1;
  // (not an amount: "The demand for $280bn - filed by the Clinton administration")
  return hasAny(ts[s], 'Value', 'Money') ? np : { s, e: np.e };
}

/** Participles that give a post ("Mr Saakashvili, elected president in January, has urged"). */
const APPOINTING: ReadonlySet<string> = new Set([
  'elected',
  're-elected',
  'appointed',
  'installed',
  'promoted',
  'chosen',
  'nominated',
  'sworn',
]);
/** "elected president", "appointed chief executive", "appointed as": an appointing participle before a post. */
const appointed = (ts: readonly Token[], vg: VerbGroup): boolean => {
  const next = ts[vg.e];
  const post = (t: Token | undefined): boolean => !!t && (LEX.titles.has(t.norm) || LEX.personRoles.has(t.norm));
  return (
    APPOINTING.has(ts[vg.head]!.norm) &&
    (next?.norm === 'as' || post(next) || (post(ts[vg.e + 1]) && LEX.roleModifiers.has(next?.norm ?? '')))
  );
};

const participleAt = (ts: readonly Token[], i: number): boolean =>
  (has(ts[i], 'PastTense') || has(ts[i], 'Participle')) && !has(ts[i], 'Gerund') && !has(ts[i], 'Auxiliary');

/** "the vote - expected to fall on 5 May -", "the pledges - set to underpin ...": a participle or modal adjective and its infinitive. */
export function asideChain(ts: readonly Token[], vg: VerbGroup): boolean {
  const first = ts[vg.s]!;
  if (ts[vg.s + 1]?.norm !== 'to' || vg.head <= vg.s + 1 || breakAfter(first)) return false;
  return participleAt(ts, vg.s) || LEX.modalAdjectives.has(first.norm);
}

/**
 * Whether the aside opened after token `open` closes, with the same mark (comma or dash), before a
 * finite verb, with no finite verb of its own from `from` on: "- expected to fall on 5 May - will give".
 */
function closedAside(ts: readonly Token[], open: number, from: number): boolean {
  const dash = dashAfter(ts[open]);
  for (let k = from; k < Math.min(ts.length - 1, from + 10); k++) {
    if (k > from && tensed(ts[k])) return false;
    if (!breakAfter(ts[k])) continue;
    if (dash ? !dashAfter(ts[k]) : !/,/.test(ts[k]!.post)) return false;
    return tensed(ts[k + 1]);
  }
  return false;
}

/**
 * "the White Paper, published in December 2003, was", "the firm, based in Ohio, has": a participle
 * led into a phrase by a preposition, the phrase closed by a comma or dash before a finite verb.
 */
export function placedAside(ts: readonly Token[], vg: VerbGroup): boolean {
  if (!isPrep(ts[vg.e]) || ts[vg.e]!.norm === 'by' || breakAfter(ts[vg.head])) return false;
  for (let k = vg.e + 1; k < Math.min(ts.length - 1, vg.e + 8); k++) {
    if (has(ts[k], 'Verb') && !has(ts[k], 'Gerund')) return false;
    if (!breakAfter(ts[k])) continue;
    const next = ts[k + 1]!;
    const finite = hasAny(next, 'Modal', 'Auxiliary', 'Copula', 'PresentTense', 'PastTense') && !has(next, 'Gerund');
    return (/,/.test(ts[k]!.post) || dashAfter(ts[k])) && finite;
  }
  return false;
}

/**
 * "to ensure the most controversial control order, amounting to house arrest, would be imposed": a
 * tensed verb right after a gerund aside set off by commas has the phrase before the aside as its
 * subject (a participle aside with its agent is parentheticalPassive's).
 */
export function gerundAsideSubject(ts: readonly Token[], vg: VerbGroup, k: number, earlier: readonly Clause[]): Span | null {
  const prev = earlier.at(-1)!;
  const opened = ts[prev.vg.s - 1];
  if (prev.subj || !has(ts[prev.vg.s], 'Gerund')) return null;
  if (!/,/.test(ts[k - 1]?.post ?? '') || !/,/.test(opened?.post ?? '') || !tensed(ts[vg.s]) || k !== vg.s) return null;
  const np = npLeft(ts, prev.vg.s, earlier.at(-2)?.vg.e ?? 0);
  return np && !has(ts[np.e - 1], 'Pronoun') ? np : null;
}

/**
 * "The market, former British government minister Michael Heseltine once said, has no morality",
 * "The deal, the company said, would boost profits": a report set off by commas between a subject
 * that opens the sentence and its verb; the phrase before it is the subject, and the report governs.
 */
export function reportAside(ts: readonly Token[], k: number, earlier: readonly Clause[]): Span | null {
  const said = earlier.at(-1)!;
  if (earlier.length !== 1 || !said.subj || said.obj || said.subj.s >= said.vg.s || said.vg.e !== k) return null;
  if (!LEX.reporting.has(said.vg.lemma) || !/,/.test(ts[k - 1]!.post) || !/,/.test(ts[said.subj.s - 1]?.post ?? '')) return null;
  const np = npLeft(ts, said.subj.s, 0);
  return np && np.s === 0 ? np : null;
}

/**
 * "the US, who - thanks to subsidies - sell them": an adverbial between dashes right before the verb
 * is an aside; the subject is read before it. Returns where to read from (k when there is no aside).
 */
export function pastDashes(ts: readonly Token[], k: number, floor: number): number {
  const dash = (t: Token | undefined): boolean => !!t && /\s[-–—]\s*$/u.test(t.post);
  if (!dash(ts[k - 1])) return k;
  for (let j = k - 2; j >= Math.max(floor, k - 10); j--) {
    if (isVerbal(ts, j)) return k;
    // Not an apposition ("Dominic Carman - son of George Carman - was"): after a relative pronoun,
    // or an aside that opens with a preposition or adverb ("- thanks to subsidies -").
    if (dash(ts[j])) return LEX.relativePronouns.has(ts[j]!.norm) || isPrep(ts[j + 1]) || has(ts[j + 1], 'Adverb') ? j + 1 : k;
  }
  return k;
}

/** Verbs whose object does the gerund after it ("quoted a spokesman complaining", "want people thinking"). */
const GERUND_OBJECT_VERBS: ReadonlySet<string> = new Set([
  'want',
  'see',
  'watch',
  'hear',
  'have',
  'keep',
  'leave',
  'find',
  'catch',
  'get',
  'imagine',
  'stop',
  'prevent',
  'quote',
  'cite',
  'show',
  'picture',
  'spot',
  'feel',
  'notice',
  'send',
  'set',
  'depict',
  'film',
  'record',
]);

const QUOTING: ReadonlySet<string> = new Set(['quote', 'cite', 'report']);

/**
 * "is suing the firm saying it is unfair", "backed the proposals saying", "has written to the
 * watchdog accusing Labour": a gerund of saying right after the previous clause's object (or a
 * verb of writing's addressee) reports for that clause's subject; the phrase stays its object.
 * Not a document or speaker that says it ("issued a press release saying"), nor the one a verb of
 * perceiving, wanting or quoting shows at it ("quoted a spokesman complaining", "want people thinking").
 */
/** Verbs of writing or appeal to an addressee ("wrote to the watchdog saying"). */
const WRITING: ReadonlySet<string> = new Set(['write', 'complain', 'appeal', 'reply', 'respond', 'petition']);

export function reportsAfterObject(ts: readonly Token[], vg: VerbGroup, k: number, prev: Clause): boolean {
  if (!prev.subj || prev.vg.copula || !LEX.reporting.has(vg.lemma)) return false;
  if (vg.s !== vg.head || !has(ts[vg.s], 'Gerund') || breakAfter(ts[k - 1])) return false;
  // "Mr Houston was quoted in the Herald newspaper saying": the one quoted says it, wherever.
  const quoted = prev.vg.passive && QUOTING.has(prev.vg.lemma);
  if (quoted) return !ts.slice(prev.vg.e, k).some((t) => breakAfter(t) || has(t, 'Verb'));
  if (GERUND_OBJECT_VERBS.has(prev.vg.lemma)) return false;
  // ("has written to the watchdog accusing Labour": so after the addressee of a verb of writing)
  const to = ts[prev.vg.e]?.norm === 'to' && WRITING.has(prev.vg.lemma) ? 1 : 0;
  const np = npLeft(ts, k, prev.vg.e + to);
  const head = ts[k - 1]!.norm;
  const says = THINGS.documents.has(head) || THINGS.speakers.has(head) || LEX.reportingNouns.has(head) || LEX.plainPeople.has(head);
  return !!np && np.s === prev.vg.e + to && !has(ts[np.s], 'Pronoun') && !says;
}
