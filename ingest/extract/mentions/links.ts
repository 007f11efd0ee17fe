/**
 * Mentions (ingest/extract/mentions.ts): where a proper name goes on over a word that would
 * otherwise end it: "of"/"for" after an organisation word ("Department of Health"), a law's or a
 * work's preposition ("Freedom of Information Act", "Call of Duty"), "and" inside a name
 * ("Standards and Privileges Committee", "Department of Trade and Industry"), "&" ("Procter &
 * Gamble"), and a word that completes a known name ("General Mills"). Read by the chunker and by
 * classify.
 */
import type { Token } from '../../parse.js';
import { LEX } from '../lexicon.js';
import { breakAfter, has, hasAny } from '../tokens.js';
import { gazetteerType, WORK_CUES } from '../typing.js';
import { isProper } from './proper.js';
import { capWord, isOrgLink, spanText, STRONG_TAGS } from './shared.js';

/** Bodies whose name goes on with "on" and their remit ("Group on Betting and Gaming"). */
const ON_HEADS: ReadonlySet<string> = new Set(['group', 'committee', 'commission', 'panel', 'council', 'conference', 'forum', 'taskforce']);
/** Prepositions that, capitalised, go on inside a title ("World At One", "Dancing On Ice"). */
const TITLE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'at',
  'on',
  'in',
  'with',
  'of',
  'for',
  'to',
  'by',
  'from',
  'into',
  'under',
  'over',
]);
/** Prepositions inside the name of a law or convention. */
const LAW_LINKS: ReadonlySet<string> = new Set(['of', 'on', 'against', 'for', 'to']);

/**
 * Where a name goes on after the preposition at `j` (its next capitalised word, past a "the"), or
 * -1: "of"/"for" after an organisation word ("Department of Health", "International Federation of
 * the Red Cross"); a preposition before the end of a law's name ("Freedom of Information Act",
 * "European Convention on Human Rights", "Consumer Protection Against Spyware Act").
 */
export function nameLink(ts: readonly Token[], j: number): number {
  const t = ts[j];
  if (!t || !isProper(ts, j - 1)) return -1;
  const k = ts[j + 1]?.norm === 'the' ? j + 2 : j + 1;
  if (!capWord(ts[k])) return -1;
  if (k > j + 1) {
    // Past a "the", not over a title ("the Office of the Deputy Prime Minister" is not John Prescott).
    let end = k;
    while (end < ts.length && capWord(ts[end]) && !breakAfter(ts[end])) end++;
    const run = ts
      .slice(k, end)
      .map((x) => x.norm)
      .join(' ');
    if (LEX.titles.has(run) || LEX.titles.has(ts[k]!.norm)) return -1;
  }
  if (isOrgLink(t) && (LEX.orgHeads.has(ts[j - 1]!.norm) || LEX.namesBeforeOf.has(ts[j - 1]!.norm) || chained(ts, j))) return k;
  // "BBC Radio 4's World At One", "Dancing On Ice": a capitalised preposition inside running text
  // (title-case lines are parsed in lowercase, parse.ts) belongs to a title.
  // (not before a person's name, which must stay its own: "An Audience With Alastair Campbell")
  const person = hasAny(ts[k], 'Person', 'FirstName', 'LastName', 'Honorific');
  if (k === j + 1 && /^\p{Lu}/u.test(t.text) && TITLE_PREPOSITIONS.has(t.norm) && !person && !breakAfter(ts[j - 1]) && !breakAfter(t))
    return k;
  // "the Parliamentary Group on Betting and Gaming", "the Committee on Standards in Public Life"
  // (not a date: "the committee on Monday")
  if (t.norm === 'on' && ON_HEADS.has(ts[j - 1]!.norm) && !hasAny(ts[k], 'Date', 'WeekDay', 'Month')) return k;
  // "Secretary of State Colin Powell": a title with its "of" (titles.json).
  if (k === j + 1 && LEX.titles.has(`${ts[j - 1]!.norm} ${t.norm} ${ts[k]!.norm}`)) return k;
  if (t.norm === 'of' && (workTitle(ts, j) || workAfter(ts, k))) return k;
  if (!LAW_LINKS.has(t.norm)) return -1;
  if (LEX.lawHeads.has(ts[j - 1]!.norm)) return k; // "Convention on Human Rights", "Code of Conduct"
  for (let n = k; n < ts.length && n < k + 6 && capWord(ts[n]); n++) if (LEX.lawHeads.has(ts[n]!.norm)) return k;
  return -1;
}

/**
 * "the Association of Directors | of Social Services", "the Royal Society for the Protection | of
 * Birds", "US Court of Appeals for the District | of Columbia": a name already linked from an
 * organisation word goes on over a further "of" or "for".
 */
function chained(ts: readonly Token[], j: number): boolean {
  let k = j - 1;
  while (k > 0 && (capWord(ts[k]) || ts[k]!.norm === 'the') && !breakAfter(ts[k])) k--;
  if (k >= j - 1) return false;
  const head = ts[k - 1]?.norm ?? '';
  const law = LAW_LINKS.has(ts[k]!.norm) && LEX.lawHeads.has(head); // "Directive on the Patentability | of Computer-Implemented Inventions"
  return law || (isOrgLink(ts[k]) && (LEX.orgHeads.has(head) || LEX.namesBeforeOf.has(head) || chained(ts, k)));
}

/** "the Medal of | Honor series", "the Lord of the | Rings trilogy": a work's cue right after the name going on at `k`. */
function workAfter(ts: readonly Token[], k: number): boolean {
  let e = k;
  while (e < ts.length && e < k + 4 && capWord(ts[e]) && !breakAfter(ts[e])) e++;
  const cue = ts[e];
  return e > k && !!cue && /^\p{Ll}/u.test(cue.text) && WORK_CUES.has(cue.norm) && !breakAfter(ts[e - 1]);
}

/** "the PC title Call | of Duty", "the film Pirates | of the Caribbean": the name before `j` follows a work's cue. */
function workTitle(ts: readonly Token[], j: number): boolean {
  let s = j - 1;
  while (s > 0 && capWord(ts[s - 1]) && !breakAfter(ts[s - 1])) s--;
  return s > 0 && WORK_CUES.has(ts[s - 1]!.norm) && !breakAfter(ts[s - 1]);
}

/**
 * End of a name whose first words are coordinated at `j` ("Standards | and Privileges Committee",
 * "Food | and Drug Administration"), or -1: the words before are capitalised, no name or
 * organisation by themselves, and a name head ends the capitalised run after the "and".
 */
function coordinatedName(ts: readonly Token[], i: number, j: number): number {
  let s = i;
  while (s < j && has(ts[s], 'Determiner')) s++;
  if (s === j) return -1;
  for (let k = s; k < j; k++) if (!capWord(ts[k]) || breakAfter(ts[k])) return -1;
  if (LEX.orgHeads.has(ts[j - 1]!.norm) || gazetteerType(spanText(ts, s, j)) !== null) return -1;
  if (STRONG_TAGS.some((g) => has(ts[j - 1], g))) return -1;
  for (let r = j + 1; r < ts.length && r < j + 5 && capWord(ts[r]); r++) {
    if (LEX.coordinatedNameHeads.has(ts[r]!.norm)) return r + 1;
    if (breakAfter(ts[r])) break;
  }
  return -1;
}

/**
 * End of a name going on over "and" at `j` after an organisation link, or -1: "Department for
 * Work | and Pensions", "Department of Trade | and Industry", "Group on Betting | and Gaming" (not
 * "... and Tony Blair").
 */
function linkedAnd(ts: readonly Token[], a: number, j: number): number {
  let k = j - 1;
  while (k > a && capWord(ts[k]) && !breakAfter(ts[k])) k--;
  if (ts[k]?.norm === 'the' && k < j - 1) k--; // "Federation of the Red Cross | and Red Crescent Societies"
  if (k === j - 1 || !(isOrgLink(ts[k]) || ts[k]?.norm === 'on') || nameLink(ts, k) < 0) return -1;
  let r = j + 1;
  while (r < ts.length && r < j + 4 && capWord(ts[r])) {
    if (hasAny(ts[r], 'Person', 'Country', 'City')) return -1;
    if (breakAfter(ts[r++])) break;
  }
  return r > j + 1 && gazetteerType(spanText(ts, j + 1, r)) === null ? r : -1;
}

/** End of a name with "and" at `j` inside it, or -1 (coordinatedName, linkedAnd). */
export function andLink(ts: readonly Token[], a: number, j: number): number {
  const t = ts[j];
  if (!t || (t.norm !== 'and' && t.text !== '&') || breakAfter(ts[j - 1]) || breakAfter(t)) return -1;
  if (t.text === '&') return ampersandName(ts, j);
  return Math.max(coordinatedName(ts, a, j), linkedAnd(ts, a, j));
}

/** "Procter & Gamble", "Marsh & McLennan's": an ampersand between capitalised words is inside one name; its end, or -1. */
function ampersandName(ts: readonly Token[], j: number): number {
  if (!capWord(ts[j - 1])) return -1;
  let r = j + 1;
  while (r < ts.length && r < j + 4 && capWord(ts[r])) {
    const last = breakAfter(ts[r]) || has(ts[r], 'Possessive'); // "Deloitte & Touche, has": the word, then stop
    r++;
    if (last) break;
  }
  return r > j + 1 ? r : -1;
}

/** A capitalised word that completes a known name ("General Mills", where compromise reads "Mills" as a verb). */
export function knownNameGoesOn(ts: readonly Token[], i: number, j: number): boolean {
  if (!/^\p{Lu}/u.test(ts[j]?.text ?? '')) return false;
  let r = j;
  while (r > i && /^\p{Lu}/u.test(ts[r - 1]!.text)) r--;
  return r < j && gazetteerType(spanText(ts, r, j + 1)) !== null;
}
