/**
 * Token tests that decide where a name starts and ends: capitalisation in context (headlines,
 * sentence starts), lowercase name particles ("al-Kadhimi", "Asaib Ahl al-Haq"), possessive
 * marks, and role-only names ("Iraqi Prime Minister", "Quds Force Chief").
 */
import type { Token } from '../parse.js';
import { isFaith } from '../resolve/groups.js';
import type { PerSentence } from '../types.js';
import { LEX } from './lexicon.js';
import { breakAfter, breakBefore, has } from './tokens.js';
import { DEMONYMS, NOT_NAMES, NUMBERED, PLACES } from './typing.js';

export const FUNCTION_WORD =
  /^(?:a|an|the|of|in|on|at|to|for|by|and|or|as|vs?|from|with|after|over|into|but|some|many|most|all|any|each|every|several|other|such|this|that|these|those|there|here|so|not|no|if|then|also|both|either|neither)$/;

/** A title-case line ("Quds Force Chief in Baghdad After Attempt on Iraqi PM's Life"): capitals carry no evidence. */
export function isHeadline(ts: readonly Token[]): boolean {
  let caps = 0;
  for (const t of ts) {
    if (!/\p{L}/u.test(t.text) || has(t, 'Pronoun')) continue;
    if (/^\p{Lu}/u.test(t.text)) caps++;
    else if (!FUNCTION_WORD.test(t.norm) && !LEX.nameParticles.has(t.norm)) return false;
  }
  return caps >= 3;
}

/** A word without its possessive ending ("merck's" → "merck"): the key of `collectCaps`. */
export const unpossessed = (norm: string): string => norm.replace(/['’]s?$/u, '');

/**
 * Words seen capitalised mid-sentence outside headlines (a sentence-initial "Kani" is then a name
 * too), pairs of them ("standard life": a sentence-initial "Standard Life" is a name though
 * "Standard" alone reads as an adjective), and words seen in lowercase (a sentence-initial
 * "Revenue" is then a common word).
 */
export function collectCaps(
  all: PerSentence<readonly Token[]>,
  headline: readonly boolean[],
): { mid: Set<string>; pairs: Set<string>; lower: Set<string> } {
  const mid = new Set<string>();
  const pairs = new Set<string>();
  const lower = new Set<string>();
  const cap = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text);
  for (let si = 0; si < all.length; si++) {
    const ts = all.at(si)!;
    for (let i = 0; i < ts.length; i++) {
      const t = ts[i]!;
      if (/^\p{Ll}/u.test(t.text)) lower.add(t.norm);
      else if (i > 0 && !headline[si] && cap(t) && !breakAfter(ts[i - 1])) {
        mid.add(unpossessed(t.norm));
        if (cap(ts[i + 1]) && !breakAfter(t)) pairs.add(`${t.norm} ${unpossessed(ts[i + 1]!.norm)}`);
      }
    }
  }
  return { mid, pairs, lower };
}

/** A lowercase particle glued to the next name word ("al-", "el-") or between name words ("bin", "ibn"). */
export const isParticle = (t: Token | undefined): boolean => !!t && LEX.nameParticles.has(t.norm) && /^[\p{Ll}]/u.test(t.text);
export const gluedParticle = (t: Token | undefined): boolean => isParticle(t) && /^[-‐‑]$/.test(t!.post);

/** Whether token i ends a possessive ("Kadimi's", "Corps'"): compromise tags every word of the phrase. */
export const endsPossessive = (ts: readonly Token[], i: number): boolean =>
  has(ts[i], 'Possessive') &&
  !has(ts[i], 'Pronoun') &&
  (/['’]s$/iu.test(ts[i]!.text) || /^['’]/u.test(ts[i]!.post) || /s['’]$/u.test(ts[i]!.text));

const word = (t: Token): string =>
  t.text
    .toLowerCase()
    .replace(/['’]s?$/u, '')
    .replace(/\.$/, '');

/**
 * The role when a capitalised span [s, e) is only modifiers and a title ("Iraqi Prime Minister",
 * "PM", "Quds Force Chief"): a description, not a name. '' when it names someone ("John Major").
 */
export function roleOnly(ts: readonly Token[], s: number, e: number): string {
  for (const len of [3, 2, 1]) {
    if (e - len < s) continue;
    const role = ts
      .slice(e - len, e)
      .map(word)
      .join(' ');
    if (!LEX.titles.has(role)) continue;
    const rest = ts.slice(s, e - len);
    if (rest.some((t) => has(t, 'FirstName') || has(t, 'Person') || has(t, 'LastName'))) return '';
    if (
      rest.length &&
      len === 1 &&
      ![
        'chief',
        'minister',
        'president',
        'pm',
        'premier',
        'secretary',
        'spokesman',
        'spokeswoman',
        'leader',
        'commander',
        'chancellor',
        'ambassador',
        'envoy',
        'mp',
        'msp',
        'mep',
      ].includes(role)
    )
      return '';
    return role;
  }
  return '';
}

/**
 * A span that is only a nationality word or a never-a-name word: 'drop' for an adjective
 * ("British", "Sri Lankan": nationality words are never entities), 'group' for a people
 * ("Britons", "Iraqis", "Roman Catholics"), null otherwise. A place that compromise tags as a
 * demonym ("the Philippines") is a place.
 */
export function demonymOnly(ts: readonly Token[], s: number, e: number): 'drop' | 'group' | null {
  if (e - s > 3) return null;
  const w = ts
    .slice(s, e)
    .map(word)
    .join(' ')
    .replace(/['’]s$/u, '');
  if (PLACES.has(w)) return null;
  const plural = w.endsWith('s') ? w.slice(0, -1) : w;
  if (DEMONYMS.has(w)) return 'drop';
  if (DEMONYMS.has(plural) || (e - s === 1 && has(ts[s], 'Demonym') && has(ts[s], 'Plural'))) return 'group';
  // "Roman Catholics": a plural faith word ends the span, a people.
  if (e - s > 1 && isFaith(ts[e - 1]!.text) && /s$/i.test(word(ts[e - 1]!))) return 'group';
  return e - s === 1 && (NOT_NAMES.has(w) || has(ts[s], 'Demonym')) ? 'drop' : null;
}

/** "Conquest (Fatah) Alliance": a bracketed word between two capitalised words of one name. */
const bracketInName = (ts: readonly Token[], i: number, b: number): boolean =>
  (/\(/.test(ts[i]!.pre) || /\(\s*$/.test(ts[i - 1]?.post ?? '')) &&
  /^\)\s*$/.test(ts[i]!.post) && // not "Bank (ICBC), China's"
  i + 1 < b &&
  /^\p{Lu}/u.test(ts[i]!.text) &&
  /^\p{Lu}/u.test(ts[i + 1]!.text) &&
  /^\p{Lu}/u.test(ts[i - 1]?.text ?? '');

/** Whether a chunk may go on to token j across the brackets of such a name. */
export const bracketJoin = (ts: readonly Token[], j: number): boolean =>
  bracketInName(ts, j, ts.length) || (j > 0 && bracketInName(ts, j - 1, ts.length));

/** Split a chunk at real possessives ("Kadimi's office") and before brackets ("Forces (PMF)"). */
export function pieces(ts: readonly Token[], a: number, b: number): [number, number][] {
  const out: [number, number][] = [];
  let s = a;
  for (let i = a; i < b; i++) {
    if (i > s && breakBefore(ts[i]) && /\(/.test(ts[i]!.pre) && !bracketInName(ts, i, b)) {
      out.push([s, i]);
      s = i;
    }
    if (endsPossessive(ts, i) && i + 1 < b) {
      out.push([s, i + 1]);
      s = i + 1;
    }
  }
  out.push([s, b]);
  return out;
}

/** Abbreviations whose full stop ends no sentence ("Mr. Blair", "St. Louis", "J. Smith"). */
const ABBREV =
  /^(?:\p{Lu}|mr|mrs|ms|dr|st|gen|col|lt|sgt|capt|rev|prof|sen|rep|gov|jr|sr|inc|co|corp|ltd|no|vs|mt|ft|maj|brig|adm|cmdr|messrs)$/iu;

/** A full stop, question or exclamation mark after `t` that the sentence splitter missed ("... its own MPs. Tony Blair"). */
export const sentenceBreak = (t: Token | undefined): boolean =>
  !!t && /^[.!?]+["”’']?\s/.test(t.post) && !ABBREV.test(t.text.replace(/\.$/, ''));

/** A number that belongs to the name before it ("Number 10", "BBC Radio 4", "Channel 4"). */
export function numberedEnd(ts: readonly Token[], a: number, b: number): boolean {
  const last = ts[b - 1];
  const prev = ts[b - 2];
  if (b - 2 < a || !last || !prev || !/^\d{1,3}(?:['’]s)?$/u.test(last.text) || breakAfter(prev) || !/^\p{Lu}/u.test(prev.text))
    return false;
  return NUMBERED.has(prev.norm) || NUMBERED.has(`${ts[b - 3]?.norm ?? ''} ${prev.norm}`);
}
