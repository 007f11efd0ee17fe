/** Mention names and types: titles, possessives and punctuation off; a type from tags and head nouns. */
import type { Token } from '../parse.js';
import { partyOf } from '../resolve/groups.js';
import { LEX } from './lexicon.js';
import { has } from './tokens.js';
import { demonymOnly, roleOnly } from './spans.js';
import { commonWord, contextType, gazetteerType, headType, ORG_HEAD, PERSON_CUE, PLACES, W, type Evidence } from './typing.js';
import type { EntityType, Mention } from '../types.js';

export type MentionKind = 'name' | 'group' | 'event' | 'pronoun' | 'description' | 'thing';
export interface MentionInfo {
  sentence: number;
  /** Token span [s, e) in the sentence. */
  s: number;
  e: number;
  kind: MentionKind;
  /** Title or role stripped from the name ("prime minister"), lowercase, or the description's role. */
  role?: string;
  /** Weight of the evidence for the mention's type (resolve/vote.ts). */
  weight?: number;
  /** Index of the mention this one names in parentheses ("Popular Mobilization Forces (PMF)"). */
  aliasOf?: number;
  /** A group noun that names no group ("No group took responsibility") or one member of its kind ("another Iran-linked group"). */
  reference?: Reference;
  /** An unnamed speaker ("the police spokesman said"): who says something, never a relation's argument (coref/descriptions.ts speaks). */
  speakerOnly?: true;
}

/**
 * What a group noun's determiner says it refers to: 'none' under a negative or universal
 * quantifier (no, any, every, each, neither: no particular group), 'member' for a singular under
 * an indefinite one (a, an, another, one: one group of the kind, not the kind as a whole) and for
 * any under "other" (others than the group named: "other Spore players").
 */
export type Reference = 'none' | 'member';

/**
 * Strip a possessive, outer punctuation and stray dots/quotes from a name, and a quotation mark
 * whose partner the phrase cut off ("Blair's Tory 'lies", "old parties' \"lies", "Welsh' plan";
 * not the apostrophe of a plural's possessive, "MPs' spouses").
 */
export function cleanName(text: string): string {
  const t = text
    .replace(/['’]s?$/u, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '')
    .replace(/\.$/u, (m) => (/\b\p{Lu}\.\p{Lu}\.$/u.test(text) ? m : ''))
    .replace(/\s+/g, ' ')
    .trim();
  return unpairedQuotes(t);
}

/** Drop the quotation marks of a phrase whose partners lie outside it (see cleanName). */
function unpairedQuotes(t: string): string {
  const doubles = t.match(/["\u201c\u201d]/gu)?.length ?? 0;
  const opens = t.match(/(?:^|\s)['\u2018](?=\p{L})/gu)?.length ?? 0;
  const closes = t.match(/(?<=\p{L})['\u2019](?=\s|$)/gu)?.length ?? 0;
  let out = doubles % 2 ? t.replace(/["\u201c\u201d]/gu, '') : t;
  if (opens > closes) out = out.replace(/(^|\s)['\u2018](?=\p{L})/gu, '$1');
  else if (closes > opens) out = out.replace(/(?<=[^\Ws])['\u2019](?=\s)/gu, '');
  return out;
}

const lowerWord = (t: Token): string => t.text.toLowerCase().replace(/[.]$/, '');

/** How many leading tokens of [s, e) are a title; returns the count and the title text. */
export function titleLength(ts: readonly Token[], s: number, e: number): { n: number; title: string } {
  let n = 0;
  const parts: string[] = [];
  while (s + n < e - 1) {
    let matched = 0;
    for (const len of [3, 2, 1]) {
      if (s + n + len > e - 1) continue;
      const words = ts
        .slice(s + n, s + n + len)
        .map(lowerWord)
        .join(' ');
      if (LEX.titles.has(words)) {
        matched = len;
        parts.push(words);
        break;
      }
    }
    if (!matched) break;
    n += matched;
  }
  // "Prime Minister of Iraq Mustafa Al-Kadhimi": the title's "of PLACE" belongs to the title.
  if (n && ts[s + n]?.norm === 'of') {
    for (const len of [2, 1]) {
      const place = ts.slice(s + n + 1, s + n + 1 + len);
      if (
        place.length === len &&
        s + n + 1 + len < e &&
        place.every((t) => /^\p{Lu}/u.test(t.text)) &&
        PLACES.has(place.map(lowerWord).join(' '))
      ) {
        parts.push(`of ${place.map(lowerWord).join(' ')}`);
        return { n: n + 1 + len, title: parts.join(' ') };
      }
    }
  }
  return { n, title: parts.join(' ') };
}

const ROLES = (w: string): boolean => LEX.titles.has(w) || LEX.personRoles.has(w) || PERSON_CUE.has(w);
/** A role or title word ("leader", "Commissioner", "correspondent"). */
export const isRole = (t: Token): boolean => ROLES(lowerWord(t));

/**
 * "BBC news correspondent Gary O'Donoghue", "Liberal Democrat leader Charles Kennedy": the
 * proper name before a role word that precedes a person's name [k, ...) is its own mention
 * (an organisation or place). Returns its span within [a, k), or null.
 */
export function rolePrefix(ts: readonly Token[], a: number, k: number, isProper: (i: number) => boolean): [number, number] | null {
  const lower = (i: number): boolean => /^\p{Ll}/u.test(ts[i]!.text) && !has(ts[i], 'Determiner') && !/[,;:()]/.test(ts[i]!.post);
  if (k - 1 < a || !lower(k - 1) || !ROLES(lowerWord(ts[k - 1]!))) return null;
  let e = k - 1;
  for (let n = 0; n < 2 && e > a && lower(e - 1) && !isProper(e - 1); n++) e--;
  let st = e;
  while (st > a && isProper(st - 1) && !/[,;:()]/.test(ts[st - 1]!.post)) st--;
  if (st === e) return null;
  // Capitalised adjectives before it belong to the name too ("Liberal Democrat", "Scottish National").
  // Not a word that dates the role ("Former Conservative leader").
  while (
    st > a &&
    /^\p{Lu}/u.test(ts[st - 1]!.text) &&
    has(ts[st - 1], 'Adjective') &&
    !LEX.roleTimes.has(ts[st - 1]!.norm) &&
    !/[,;:()]/.test(ts[st - 1]!.post)
  )
    st--;
  return [st, e];
}

/** `from`: the token where the name's text starts when a title is stripped (default: after innerTitle). */
export type Found = {
  s: number;
  e: number;
  kind: MentionKind | 'drop';
  type: EntityType;
  weight?: number;
  role?: string;
  place?: string;
  from?: number;
  reference?: Reference;
};

/** A name [k, b): its type from its own words, then the context if that says more; role-only and demonym spans too. */
export function nameMention(ts: readonly Token[], k: number, b: number, title = ''): Found {
  if (!title) {
    const role = roleOnly(ts, k, b);
    if (role) return { s: k, e: b, kind: 'description', type: 'Person', role };
    // "A Conservative spokeswoman said": a party's adjective before a person's role names the party.
    const next = ts[b]?.norm ?? '';
    if (b - k === 1 && partyOf(ts[k]!.text) && (LEX.personRoles.has(next) || LEX.titles.has(next)))
      return { s: k, e: b, kind: 'name', type: 'Organization', weight: W.context };
    const demonym = demonymOnly(ts, k, b);
    if (demonym) return { s: k, e: b, kind: demonym, type: 'Group' };
    // "the Federation", "the University": an organisation's head noun alone describes it, it does not name it.
    const w = lowerWord(ts[k]!);
    if (b - k === 1 && (LEX.orgHeads.has(w) || ORG_HEAD.has(w)) && !gazetteerType(ts[k]!.text))
      return { s: k, e: b, kind: 'description', type: 'Organization', role: w };
  }
  // "MPs": a lone plural group word; "U" (of "U-turn"): a lone letter.
  if (b - k === 1 && (LEX.groupHeads.has(ts[k]!.norm) || /^\p{L}$/u.test(ts[k]!.text)))
    return { s: k, e: b, kind: /^\p{L}$/u.test(ts[k]!.text) ? 'drop' : 'group', type: 'Group' };
  let ev: Evidence = nameEvidence(ts, k, b);
  if (ev.type === 'Group') ev = { ...ev, type: 'Organization' };
  if (title && (ev.type === 'Person' || ev.weight < W.head)) ev = { type: 'Person', weight: W.title };
  const cx = contextType(ts, k, b);
  if (cx && cx.weight > ev.weight) ev = cx;
  return { s: k, e: b, kind: 'name', type: ev.type, weight: ev.weight, ...(title ? { role: title } : {}) };
}

/** Entity type of a proper name [s, e), with the weight of its evidence (see typing.ts). */
export function nameEvidence(ts: readonly Token[], s: number, e: number): Evidence {
  const name = ts
    .slice(s, e)
    .map((t, i) => t.text + (i < e - s - 1 ? t.post : ''))
    .join('');
  const known = gazetteerType(name);
  if (known) return { type: known, weight: W.gazetteer };
  const head = headType(ts, s, e);
  if (head) return { type: head, weight: W.head };
  let person = 0,
    place = 0,
    org = 0;
  for (let i = s; i < e; i++) {
    const t = ts[i]!;
    if (has(t, 'Person') || has(t, 'FirstName') || has(t, 'LastName')) person++;
    if (has(t, 'Place') || has(t, 'Country') || has(t, 'City')) place++;
    if (has(t, 'Organization')) org++;
  }
  const last = ts[e - 1]!;
  if (has(last, 'Acronym') || /^\p{Lu}{2,6}$/u.test(last.text)) return { type: 'Organization', weight: W.tag };
  // compromise guesses Organization from context ("Kadimi's office"): weak evidence.
  if (org && !person && !place) return { type: 'Organization', weight: W.weakTag };
  // A known first name leading a two- or three-word name is as strong as a context cue.
  if (person && person >= place)
    return { type: 'Person', weight: has(ts[s], 'FirstName') && e - s > 1 ? (e - s <= 3 ? W.context : W.tag) : W.weakTag };
  if (place) return { type: 'Place', weight: W.tag };
  // Unknown words: a two- or three-word name is most often a person; a lone word most often an organisation.
  const common = ts.slice(s, e).some(commonWord);
  return { type: e - s > 1 && e - s <= 3 && !common ? 'Person' : 'Organization', weight: W.guess };
}

const surname = (name: string): string => (name.split(' ').at(-1) ?? '').toLowerCase().replace(/^(?:al|el|bin|ibn|abu|van|von|de)-/, '');

/** A one-word name that is the surname of a person named in full in the article is a Person. */
export function personBySurname(ms: Mention[], info: MentionInfo[]): void {
  const surnames = new Set<string>();
  ms.forEach((m, i) => {
    if (m.type === 'Person' && info[i]!.kind === 'name' && m.name.includes(' ')) surnames.add(surname(m.name));
  });
  ms.forEach((m, i) => {
    if (m.type !== 'Person' && info[i]!.kind === 'name' && !m.name.includes(' ') && surnames.has(surname(m.name)))
      [m.type, info[i]!.weight] = ['Person', W.context];
  });
}

/**
 * "Lycos has shut down ... Lycos Europe announced", "Sony Europe": a name of an organisation the
 * article (or the gazetteer) knows followed by a place is its regional arm, an organisation.
 */
export function regionalArms(ms: Mention[], info: MentionInfo[]): void {
  const orgs = new Set<string>();
  ms.forEach((m, i) => {
    if (m.type === 'Organization' && info[i]!.kind === 'name') orgs.add(m.name.toLowerCase());
  });
  ms.forEach((m, i) => {
    const words = m.name.split(' ');
    if (m.type !== 'Place' || info[i]!.kind !== 'name' || words.length < 2) return;
    const owner = words.slice(0, -1).join(' ');
    if (gazetteerType(words.at(-1)!) !== 'Place' || gazetteerType(m.name)) return;
    if (orgs.has(owner.toLowerCase()) || gazetteerType(owner) === 'Organization') [m.type, info[i]!.weight] = ['Organization', W.context];
  });
}
