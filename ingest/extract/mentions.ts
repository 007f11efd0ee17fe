/**
 * Stage: tokens → Mention[] (+ mentionInfo). Reads noun-phrase chunks off the one parse: proper
 * names (titles stripped, typed by weighted evidence: names.ts, typing.ts), groups, events,
 * pronouns and role descriptions ("the prime minister") for coreference.
 */
import type { Token } from '../nlp.js';
import type { Carrier, EntityType, Mention } from '../types.js';
import { LEX } from './lexicon.js';
import { cleanName, nameMention, personBySurname, titleLength, type Found, type MentionInfo } from './names.js';
import { MODIFIER_VERBS, ROLE_SKIP } from './nominal.js';
import { newPhrase } from './phrases.js';
import { THINGS, thingSpan } from './things.js';
import { breakAfter, has, isNounAt, isVerbal } from './tokens.js';
import { commonWord, W } from './typing.js';
import { collectCaps, FUNCTION_WORD, gluedParticle, isHeadline, isParticle, pieces } from './spans.js';

const PROPER_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym'];
const STRONG_TAGS = ['Person', 'Place', 'Organization', 'Acronym', 'Country', 'City'];
let caps: ReturnType<typeof collectCaps> = { mid: new Set(), lower: new Set() }; // per article; headline per sentence
let headline = false;
const isProper = (ts: readonly Token[], i: number): boolean => {
  const t = ts[i];
  if (!t || !/^\p{Lu}/u.test(t.text) || FUNCTION_WORD.test(t.norm) || LEX.subordinators.has(t.norm) || LEX.conditionals.has(t.norm) || has(t, 'Pronoun') || has(t, 'Determiner') || has(t, 'Date') || has(t, 'WeekDay') || has(t, 'Month')) return false;
  if ((headline || i === 0 || /[\u201c"]/.test(t.pre)) && (caps.lower.has(t.norm) || commonWord(t)) && !caps.mid.has(t.norm)) return false;
  if (headline) return caps.mid.has(t.norm) || STRONG_TAGS.some((g) => has(t, g));
  if (PROPER_TAGS.some((g) => has(t, g))) return true;
  if (has(t, 'Adjective')) return false;
  if (i === 0 && has(t, 'Singular') && t.tags.size <= 2 && isVerbal(ts, 1)) return true; // "Kadhimi has been ..."
  if (i === 0 && t.tags.size <= 2 /* "Qasem Soleimani, ..." */ && !breakAfter(t) && /^\p{Lu}/u.test(ts[1]?.text ?? '') && PROPER_TAGS.some((g) => has(ts[1], g))) return true;
  return (i > 0 && !/[\u201c"(]/.test(t.pre) && !breakAfter(ts[i - 1])) || caps.mid.has(t.norm);
};
const SKIP_LEAD = ['Determiner', 'Value', 'Possessive', 'Pronoun'];
const isOrgLink = (t: Token | undefined): boolean => !!t && (t.norm === 'of' || t.norm === 'for');

/** Noun-phrase chunks [s, e) of one sentence: nounish runs, proper names joined over "of"/"for". */
export function chunks(ts: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < ts.length) {
    if (!isNounAt(ts, i)) { i++; continue; }
    let j = i + 1;
    while (j < ts.length && !breakAfter(ts[j - 1]) && isNounAt(ts, j) && !newPhrase(ts, j)) j++;
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
function innerTitle(ts: readonly Token[], s: number, e: number): { n: number; title: string; at: number } {
  const first = titleLength(ts, s, e);
  if (first.n) return { ...first, at: s };
  for (let i = s + 1; i < e - 2; i++) {
    const t = titleLength(ts, i, e);
    if (t.n && e - (i + t.n) >= 2) return { n: i - s + t.n, title: t.title, at: i };
  }
  return { ...first, at: s };
}

/** Names before a person's title in one chunk ("BBC chairman Gavyn Davies", "Home Office Minister Lord Falconer"). */
function modifierNames(ts: readonly Token[], a: number, k: number, out: Found[]): void {
  const title = (t: Token): boolean => LEX.titles.has(t.norm.replace(/\.$/, '')) || ROLE_SKIP.has(t.norm);
  for (let i = a; i < k; i++) {
    if (!isProper(ts, i) || title(ts[i]!)) continue;
    let j = i + 1;
    while (j < k && isProper(ts, j) && !title(ts[j]!)) j++;
    const f = nameMention(ts, i, j);
    if (f.kind === 'name') out.push(f);
    i = j;
  }
}

/** The name in "Iran-backed militias", "pro-Iranian militias": a mention of its own (nominal.ts relates it). */
function hyphenNames(ts: readonly Token[], s: number, b: number, out: Found[]): void {
  for (let k = s; k + 1 < b; k++) {
    if (!/^[-‐‑]$/.test(ts[k]!.post) || !/^\p{Lu}/u.test(ts[k]!.text)) continue;
    const after = ts[k + 1]!.norm;
    if (!MODIFIER_VERBS.has(after)) continue;
    let i = k;
    while (i > s && /^\p{Lu}/u.test(ts[i - 1]!.text) && !/[-‐‑]$/.test(ts[i - 1]!.post)) i--;
    const f = nameMention(ts, i, k + 1);
    if (f.kind === 'name') out.push(f);
  }
  for (let k = s; k + 1 < b; k++) {
    if (ts[k]!.norm === 'pro' && /^[-‐‑]$/.test(ts[k]!.post) && /^\p{Lu}/u.test(ts[k + 1]!.text)) {
      const f = nameMention(ts, k + 1, k + 2);
      if (f.kind === 'name') out.push(f);
    }
  }
}

function classify(ts: readonly Token[], a: number, b: number, out: Found[]): void {
  const last = ts[b - 1]!;
  if (b - a === 1 && has(last, 'Pronoun')) {
    const w = last.norm;
    const type: EntityType | null = LEX.pronounPerson.has(w) || LEX.pronounSpeaker.has(w) ? 'Person' : LEX.pronounPlural.has(w) ? 'Group' : LEX.pronounThing.has(w) ? 'Organization' : null;
    if (type) out.push({ s: a, e: b, kind: 'pronoun', type });
    return;
  }
  const link = (i: number) => i > a && isProper(ts, i - 1) && (isProper(ts, i + 1) || gluedParticle(ts[i + 1])) &&
    (isParticle(ts[i]) || ((ts[i]!.norm === 'of' || ts[i]!.norm === 'for') && LEX.orgHeads.has(ts[i - 1]!.norm)));
  const start = (e: number): number => {
    let k = e;
    while (k > a && (isProper(ts, k - 1) || link(k - 1) || (gluedParticle(ts[k - 1]) && isProper(ts, k)))) k--;
    while (k < e && isParticle(ts[k]) && !gluedParticle(ts[k])) k++;
    // A sentence-initial title compromise does not tag as a name ("Lord Falconer told ...").
    while (k > a && k < e && /^\p{Lu}/u.test(ts[k - 1]!.text) && LEX.titles.has(ts[k - 1]!.norm.replace(/\.$/, ''))) k--;
    return k;
  };
  const k = start(b);
  if (k < b && isProper(ts, b - 1)) {
    const { n, title, at } = innerTitle(ts, k, b);
    if (k + n >= b) return;
    const person = nameMention(ts, k, b, title);
    // "Mexican in US send $16bn home", "South Koreans are defaulting": a nationality as the head is its people.
    if (person.place && k + n === b - 1 && !title) { out.push(has(ts[b - 1], 'Plural') ? { s: k, e: b, kind: 'group', type: 'Group' } : { ...person, kind: 'drop' }); return; }
    if (person.type === 'Person') modifierNames(ts, a, title ? at : k, out);
    out.push(person);
    return;
  }
  let s = a;
  while (s < b - 1 && SKIP_LEAD.some((g) => has(ts[s], g))) s++;
  hyphenNames(ts, s, b, out);
  const head = last.norm;
  if (LEX.groupHeads.has(head)) out.push({ s, e: b, kind: 'group', type: 'Group' });
  else if (LEX.eventHeads.has(head)) out.push({ s, e: b, kind: 'event', type: 'Event' });
  else {
    const two = b - 2 >= s ? `${ts[b - 2]!.norm} ${head}` : '';
    const role = a < s && ts[a]!.norm === 'the' ? (LEX.titles.has(two) || LEX.personRoles.has(two) ? two : LEX.personRoles.has(head) ? head : '') : '';
    if (role) { out.push({ s: b - role.split(' ').length, e: b, kind: 'description', type: 'Person', role }); return; }
    // A name used as a modifier: "the Arab Gulf States Institute think tank", "the Asaib Ahl al-Haq party".
    let e = b - 1;
    while (e > s && !isProper(ts, e - 1)) e--;
    const st = Math.max(s, start(e));
    let named: Found | null = null;
    if (st < e && (e - st >= 2 || PROPER_TAGS.some((g) => has(ts[st], g)))) {
      named = nameMention(ts, st, e);
      out.push(named);
      if (named.kind === 'name' && !named.place && (LEX.orgHeads.has(head) || LEX.groupHeads.has(head)) && (named.weight ?? 0) < W.head) Object.assign(named, { type: 'Organization', weight: W.context });
    }
    // The phrase itself, headed by a common noun: "US company", "letter bombs" (never the modifier alone).
    const referent = named && named.kind === 'name' && !named.place && named.type !== 'Place' && e === b - 1 && THINGS.classifiers.has(head);
    const thing = referent ? null : thingSpan(ts, a, s, b);
    // "the firm", "the company": a definite organisation noun may name one met before (coref.ts).
    const definite = ts[a]?.norm === 'the' && thing && thing.e - thing.s === 1 && THINGS.companies.has(head);
    if (thing) out.push({ ...thing, kind: 'thing', ...(definite ? { role: head } : {}) });
  }
}

export function mentions(c: Carrier): Carrier {
  const text = c.article?.text ?? '';
  const out: Mention[] = [];
  const info: MentionInfo[] = [];
  const all = c.tokens ?? [];
  const headlines = all.map(isHeadline);
  caps = collectCaps(all, headlines);
  const messages = [...c.messages];
  all.forEach((ts, si) => {
    headline = headlines[si]!;
    try {
      sentenceMentions(text, ts, si, out, info);
    } catch (e) {
      messages.push({ code: 'MENTIONS_FAILED', message: `could not read the mentions of sentence ${si}: ${(e as Error).message}`, source: c.record.source });
    }
  });
  headline = false;
  personBySurname(out, info);
  return { ...c, mentions: out, mentionInfo: info, messages };
}

function sentenceMentions(text: string, ts: readonly Token[], si: number, out: Mention[], info: MentionInfo[]): void {
  for (const [a, b] of chunks(ts)) {
    const found: Found[] = [];
    for (const [s, e] of pieces(ts, a, b)) classify(ts, s, e, found);
    for (const f of found) {
      if (f.kind === 'drop') continue;
      const start = ts[f.s]!.start;
      const end = ts[f.e - 1]!.end;
      const nameStart = f.kind === 'name' ? ts[f.s + innerTitle(ts, f.s, f.e).n]!.start : start;
      let name = f.place ?? cleanName(text.slice(nameStart, end));
      if (f.kind === 'event') name = name.replace(/^(?:recent|latest|last|first|second|alleged|failed|attempted|deadly|fatal|new)\s+/i, '');
      if (f.kind !== 'name' && !(f.kind === 'thing' && isProper(ts, f.s))) name = name.toLowerCase() === name ? name : name.replace(/^\p{Lu}(?=\p{Ll})/u, (x) => x.toLowerCase());
      if (!name) continue;
      // "Popular Mobilization Forces (PMF)": the bracketed acronym is another name of the mention before it.
      const prev = out.length - 1;
      const paren = f.kind === 'name' && f.e - f.s === 1 && /\(/.test(ts[f.s]!.pre) && /^\)/.test(ts[f.s]!.post) && /^\p{Lu}[\p{Lu}.&-]{1,7}$/u.test(name);
      const aliasOf = paren && prev >= 0 && info[prev]!.kind === 'name' && info[prev]!.sentence === si && info[prev]!.e === f.s ? prev : undefined;
      out.push({ text: text.slice(start, end), name, type: aliasOf !== undefined ? out[prev]!.type : f.type, sentence: si, start, end });
      info.push({ sentence: si, s: f.s, e: f.e, kind: f.kind, ...(f.role ? { role: f.role } : {}), ...(f.weight ? { weight: f.weight } : {}), ...(aliasOf !== undefined ? { aliasOf } : {}) });
    }
  }
}
