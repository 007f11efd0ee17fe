/**
 * Stage: tokens → Mention[] (+ mentionInfo). Reads noun-phrase chunks off the one parse: proper
 * names (titles stripped), groups ("Shia militia forces"), events ("the drone strike"), pronouns
 * and role descriptions ("the prime minister") for coreference.
 */
import type { Token } from '../nlp.js';
import type { Carrier, EntityType, Mention } from '../types.js';
import { LEX } from './lexicon.js';
import { cleanName, nameType, titleLength, type MentionInfo, type MentionKind } from './names.js';
import { breakAfter, has, isNounAt, isVerbal } from './tokens.js';

const PROPER_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym'];
/** Words seen capitalised mid-sentence in this article: a sentence-initial "Kani" is then a name too. */
let midCaps: ReadonlySet<string> = new Set();
const isProper = (ts: readonly Token[], i: number): boolean => {
  const t = ts[i];
  if (!t || !/^\p{Lu}/u.test(t.text) || LEX.subordinators.has(t.norm) || LEX.conditionals.has(t.norm) || has(t, 'Pronoun') || has(t, 'Determiner') || has(t, 'Date') || has(t, 'WeekDay') || has(t, 'Month')) return false;
  if (PROPER_TAGS.some((g) => has(t, g))) return true;
  if (has(t, 'Adjective')) return false;
  if (i === 0 && has(t, 'Singular') && t.tags.size <= 2 && isVerbal(ts, 1)) return true; // "Kadhimi has been ..."
  return (i > 0 && !/[\u201c"(]/.test(t.pre) && !breakAfter(ts[i - 1])) || midCaps.has(t.norm);
};
function collectMidCaps(all: readonly (readonly Token[])[]): Set<string> {
  const out = new Set<string>();
  for (const ts of all) for (let i = 1; i < ts.length; i++) if (/^\p{Lu}/u.test(ts[i]!.text) && !breakAfter(ts[i - 1])) out.add(ts[i]!.norm);
  return out;
}
const SKIP_LEAD = ['Determiner', 'Value', 'Possessive', 'Pronoun'];
const isOrgLink = (t: Token | undefined): boolean => !!t && (t.norm === 'of' || t.norm === 'for');

/** Noun-phrase chunks [s, e) of one sentence: nounish runs, proper names joined over "of"/"for". */
export function chunks(ts: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < ts.length) {
    if (!isNounAt(ts, i)) { i++; continue; }
    let j = i + 1;
    while (j < ts.length && !breakAfter(ts[j - 1]) && isNounAt(ts, j)) j++;
    const capWord = (k: number) => /^\p{Lu}/u.test(ts[k]?.text ?? '') && !has(ts[k], 'Determiner');
    while (j + 1 < ts.length && isOrgLink(ts[j]) && !breakAfter(ts[j - 1]) && isProper(ts, j - 1) && capWord(j + 1) && LEX.orgHeads.has(ts[j - 1]!.norm)) {
      j += 2;
      while (j < ts.length && !breakAfter(ts[j - 1]) && capWord(j)) j++;
    }
    out.push([i, j]);
    i = j;
  }
  return out;
}

/** Title at the start, or after a modifier ("Metropolitan Police Commissioner Sir John Stevens"). */
function innerTitle(ts: readonly Token[], s: number, e: number): { n: number; title: string } {
  const first = titleLength(ts, s, e);
  if (first.n) return first;
  for (let i = s + 1; i < e - 2; i++) {
    const t = titleLength(ts, i, e);
    if (t.n && e - (i + t.n) >= 2) return { n: i - s + t.n, title: t.title };
  }
  return first;
}

function classify(ts: readonly Token[], a: number, b: number, out: { s: number; e: number; kind: MentionKind; type: EntityType; role?: string }[]): void {
  const last = ts[b - 1]!;
  if (b - a === 1 && has(last, 'Pronoun')) {
    const w = last.norm;
    const type: EntityType | null = LEX.pronounPerson.has(w) || LEX.pronounSpeaker.has(w) ? 'Person' : LEX.pronounPlural.has(w) ? 'Group' : LEX.pronounThing.has(w) ? 'Organization' : null;
    if (type) out.push({ s: a, e: b, kind: 'pronoun', type });
    return;
  }
  let k = b;
  const link = (i: number) => i > a && isProper(ts, i - 1) && isProper(ts, i + 1) &&
    (LEX.nameParticles.has(ts[i]!.norm) || ((ts[i]!.norm === 'of' || ts[i]!.norm === 'for') && LEX.orgHeads.has(ts[i - 1]!.norm)));
  while (k > a && (isProper(ts, k - 1) || link(k - 1))) k--;
  if (k < b && isProper(ts, b - 1)) {
    const { n, title } = innerTitle(ts, k, b);
    if (k + n >= b || (b - k === 1 && LEX.titles.has(ts[k]!.norm.replace(/\.$/, '')))) return;
    let type = nameType(ts, k + n, b);
    if (type === 'Group') type = 'Organization';
    if (title && type !== 'Organization') type = 'Person';
    out.push({ s: k, e: b, kind: 'name', type, ...(title ? { role: title } : {}) });
    return;
  }
  let s = a;
  while (s < b - 1 && SKIP_LEAD.some((g) => has(ts[s], g))) s++;
  const head = last.norm;
  if (LEX.groupHeads.has(head)) out.push({ s, e: b, kind: 'group', type: 'Group' });
  else if (LEX.eventHeads.has(head)) out.push({ s, e: b, kind: 'event', type: 'Event' });
  else {
    const two = b - 2 >= s ? `${ts[b - 2]!.norm} ${head}` : '';
    const role = a < s && ts[a]!.norm === 'the' ? (LEX.titles.has(two) || LEX.personRoles.has(two) ? two : LEX.personRoles.has(head) ? head : '') : '';
    if (role) { out.push({ s: b - role.split(' ').length, e: b, kind: 'description', type: 'Person', role }); return; }
    // A name used as a modifier: "the Arab Gulf States Institute think tank".
    let e = b - 1;
    while (e > s && !isProper(ts, e - 1)) e--;
    let st = e;
    while (st > s && isProper(ts, st - 1)) st--;
    if (st < e && (e - st >= 2 || PROPER_TAGS.some((g) => has(ts[st], g)))) out.push({ s: st, e, kind: 'name', type: nameType(ts, st, e) });
  }
}

const surname = (name: string): string => (name.split(' ').at(-1) ?? '').toLowerCase().replace(/^(?:al|el|bin|ibn|abu|van|von|de)-/, '');

/** A one-word name that is the surname of a person named in full in the article is a Person. */
function personBySurname(ms: Mention[], info: readonly MentionInfo[]): void {
  const surnames = new Set<string>();
  ms.forEach((m, i) => { if (m.type === 'Person' && info[i]!.kind === 'name' && m.name.includes(' ')) surnames.add(surname(m.name)); });
  ms.forEach((m, i) => { if (m.type !== 'Person' && info[i]!.kind === 'name' && !m.name.includes(' ') && surnames.has(surname(m.name))) m.type = 'Person'; });
}

export function mentions(c: Carrier): Carrier {
  const text = c.article?.text ?? '';
  const out: Mention[] = [];
  const info: MentionInfo[] = [];
  midCaps = collectMidCaps(c.tokens ?? []);
  const messages = [...c.messages];
  (c.tokens ?? []).forEach((ts, si) => {
    try {
      sentenceMentions(text, ts, si, out, info);
    } catch (e) {
      messages.push({ code: 'MENTIONS_FAILED', message: `could not read the mentions of sentence ${si}: ${(e as Error).message}`, source: c.record.source });
    }
  });
  personBySurname(out, info);
  return { ...c, mentions: out, mentionInfo: info, messages };
}

function sentenceMentions(text: string, ts: readonly Token[], si: number, out: Mention[], info: MentionInfo[]): void {
  {
    for (const [a, b] of chunks(ts)) {
      const found: Parameters<typeof classify>[3] = [];
      let s = a;
      for (let i = a; i < b; i++) {
        if (has(ts[i], 'Possessive') && !has(ts[i], 'Pronoun') && i + 1 < b) { classify(ts, s, i + 1, found); s = i + 1; }
      }
      classify(ts, s, b, found);
      for (const f of found) {
        const start = ts[f.s]!.start;
        const end = ts[f.e - 1]!.end;
        const nameStart = f.kind === 'name' ? ts[f.s + innerTitle(ts, f.s, f.e).n]!.start : start;
        let name = cleanName(text.slice(nameStart, end));
        if (f.kind === 'event') name = name.replace(/^(?:recent|latest|last|first|second|alleged|failed|attempted|deadly|fatal|new)\s+/i, '');
        if (f.kind !== 'name') name = name.toLowerCase() === name ? name : name.replace(/^\p{Lu}(?=\p{Ll})/u, (x) => x.toLowerCase());
        if (!name) continue;
        out.push({ text: text.slice(start, end), name, type: f.type, sentence: si, start, end });
        info.push({ sentence: si, s: f.s, e: f.e, kind: f.kind, ...(f.role ? { role: f.role } : {}) });
      }
    }
  }
}
