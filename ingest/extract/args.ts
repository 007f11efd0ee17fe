/**
 * From an argument's token span to the mentions it denotes: the mention covering its head word,
 * each conjunct of a coordination ("Iran and Syria", "neither Iran nor Syria"), the complement of
 * a quantity ("a bunch of Morgul Orcs", "one of five executives"). Role nouns of copulas and
 * appositions too. A modifier is never the argument by itself ("US company" is not "US").
 */
import type { Token } from '../parse.js';
import type { EntityType } from '../types.js';
import type { Span } from './clauses.js';
import { LEX } from './lexicon.js';
import { THINGS } from './things.js';
import { ADJECTIVE_LINKS, npRight } from './phrases.js';
import { breakAfter, has, hasAny, isConj, isMoney, isNounAt, isPrep, stopAfter } from './tokens.js';
import { gazetteerType } from './typing.js';
import { isCap } from './verbs.js';

/** One sentence's mentions by token: the mention ending on a token, else the longest covering it. */
export class SentenceMentions {
  readonly byEnd = new Map<number, number>();
  private readonly cover: (number | undefined)[] = [];
  private readonly width: number[] = [];
  private readonly endWidth = new Map<number, number>();
  private readonly types = new Map<number, EntityType>();

  /** The entity type of a mention of this sentence (undefined for the speaker stand-in). */
  typeOf(m: number): EntityType | undefined {
    return this.types.get(m);
  }

  add(mention: number, s: number, e: number, type?: EntityType): void {
    if (type) this.types.set(mention, type);
    // Two mentions ending on one token ("the tomb of Yasser Arafat", "Yasser Arafat"): the narrower.
    const before = this.byEnd.get(e - 1);
    if (before === undefined || e - s < (this.endWidth.get(e - 1) ?? 0)) {
      this.byEnd.set(e - 1, mention);
      this.endWidth.set(e - 1, e - s);
    }
    for (let k = s; k < e; k++) {
      if (this.cover[k] === undefined || (this.width[k] ?? 0) < e - s) [this.cover[k], this.width[k]] = [mention, e - s];
    }
  }

  at(k: number): number | undefined {
    return this.byEnd.get(k) ?? this.cover[k];
  }

  /** Whether token `k` lies inside one mention with its neighbours ("Bank [of] England"). */
  inside(k: number): boolean {
    const m = this.cover[k];
    return m !== undefined && this.cover[k - 1] === m && this.cover[k + 1] === m;
  }

  /** The widest mention covering token `k`. */
  widest(k: number): number | undefined {
    return this.cover[k];
  }
}

/** Per sentence, its mentions by token (built once per article). */
export type MentionIndex = SentenceMentions[];

export function indexMentions(
  spans: readonly { sentence: number; s: number; e: number }[],
  sentences: number,
  types: readonly (EntityType | undefined)[] = [],
): MentionIndex {
  const idx = Array.from({ length: sentences }, () => new SentenceMentions());
  spans.forEach((m, i) => idx[m.sentence]?.add(i, m.s, m.e, types[i]));
  return idx;
}

/** End (exclusive) of the first chunk of a span: before "of"/"for"/"in"... attachments (and "close to"). */
export function headEnd(ts: readonly Token[], sp: Span): number {
  for (let i = sp.s + 1; i < sp.e; i++) {
    if (isPrep(ts[i])) return i - 1 > sp.s && ADJECTIVE_LINKS.has(`${ts[i - 1]!.norm} ${ts[i]!.norm}`) ? i - 1 : i;
    // "Those running pirated Windows programs", "firms using Linux": a participle's phrase after the head.
    if (has(ts[i], 'Gerund') && has(ts[i], 'Verb') && (ts[i - 1]!.norm === 'those' || has(ts[i - 1], 'Plural'))) return i;
  }
  return sp.e;
}

/**
 * "by attacking the port", "aimed at averting a series of strikes": a gerund after a preposition
 * names an action; so does one before its determined object ("suing the people who run the
 * trackers will cut").
 */
const namesAction = (ts: readonly Token[], sp: Span): boolean =>
  has(ts[sp.s], 'Gerund') && (isPrep(ts[sp.s - 1]) || (sp.e - sp.s > 2 && has(ts[sp.s + 1], 'Determiner')));

/** The mention heading a span: the one covering its head word (possessors do not count). */
export function headMention(ts: readonly Token[], ix: SentenceMentions, sp: Span | null): number | undefined {
  if (!sp || namesAction(ts, sp)) return undefined;
  let end = headEnd(ts, sp);
  // "Bank of England governor Mervyn King has warned": the "of" of a name attaches nothing; a name
  // after it heads the phrase ("the Bank of England" alone, or its spokeswoman, stays the bank).
  const cap = (t: Token | undefined): boolean => /^\p{Lu}/u.test(t?.text ?? '');
  const name = end < sp.e && ix.inside(end) && cap(ts[end - 1]) && cap(ts[end + 1]) ? ix.widest(end) : undefined;
  if (name !== undefined) {
    let k = end + 1;
    while (k < sp.e && ix.widest(k) === name) k++;
    const after = k < sp.e ? headEnd(ts, { s: k - 1, e: sp.e }) : end;
    // (Not past a possessive: "the Association of Children's Hospices" is one name.)
    if (cap(ts[after - 1]) && ix.at(after - 1) !== undefined && !has(ts[k - 1], 'Possessive')) end = after;
  }
  const head = ix.at(end - 1);
  if (head !== undefined) return head;
  // A name before a classifier head is its referent ("the Yugansk unit", "the Asaib Ahl al-Haq party");
  // a place is only where the thing is ("the UK operator", "US company": not the country).
  if (!THINGS.classifiers.has(ts[end - 1]?.norm ?? '')) return undefined;
  const m = ix.byEnd.get(end - 2);
  const place = m !== undefined && ix.typeOf(m) === 'Place' && ts[end - 1]!.norm !== 'camp';
  return m !== undefined && !place && /^\p{Lu}/u.test(ts[end - 2]!.text) && !has(ts[end - 2], 'Possessive') ? m : undefined;
}

export interface ArgMentions {
  ms: number[];
  neg: boolean;
}

/** The span of the complement of a quantity head: "one of five executives" → "five executives". */
export function quantityComplement(ts: readonly Token[], sp: Span): Span | null {
  const end = headEnd(ts, sp);
  const head = ts[end - 1]!;
  // "$20bn in damages", "£5m of aid": an amount of something is that thing.
  // (not a share of people in a place: "just 1.3% in the UK are capable")
  const placed =
    has(head, 'Percent') &&
    ts[end]?.norm === 'in' &&
    ts.slice(end + 1, sp.e).some((t) => hasAny(t, 'Place', 'Country', 'City') || gazetteerType(t.text) === 'Place');
  const amount = (has(head, 'Value') || isMoney(head)) && (ts[end]?.norm === 'in' || ts[end]?.norm === 'of') && !placed;
  // "the US state of Texas", "the city of Basra": the name.
  const named = THINGS.namedOf.has(head.norm) && /^\p{Lu}/u.test(ts[end + 1]?.text ?? '');
  const bare = THINGS.bareQuantity.has(head.norm) && end - 1 === sp.s; // "elements of the army", not "key elements of"
  if (end >= sp.e || (!amount && (ts[end]!.norm !== 'of' || !(THINGS.quantity.has(head.norm) || bare || named)))) return null;
  let e = end + 1;
  while (e < sp.e && !isPrep(ts[e])) e++;
  return e > end + 1 ? { s: end + 1, e: sp.e } : null;
}

/**
 * "joined Tory | and Lib Dem opposition": a name right before "and" with only "the" or nothing
 * before it, and a name after it, modify the singular lowercase nouns that end the phrase together
 * (not "Iran and Syria", nor "Nokia and Microsoft have agreed a deal").
 */
function namesSharingHead(ts: readonly Token[], k: number, start: number, end: number): boolean {
  let a = k;
  while (a > start && isCap(ts[a - 1]) && !breakAfter(ts[a - 1])) a--;
  if (a === k || k - a > 3 || !(a === start || (a === start + 1 && ts[start]!.norm === 'the'))) return false;
  // (a plural head leaves the names to stand for their own things: "owning the Beringer and Wolf
  // Blass labels"; nor is a person a modifier: "Manager Brian Kerr and FAI officials met")
  if (has(ts[end - 1], 'Plural') || ts.slice(a, k).some((t) => has(t, 'Person'))) return false;
  let j = k + 1;
  while (j < end && isCap(ts[j]) && !breakAfter(ts[j])) j++;
  if (j === k + 1 || j >= end) return false;
  for (let n = j; n < end; n++) if (!/^\p{Ll}/u.test(ts[n]!.text) || !isNounAt(ts, n) || has(ts[n], 'Possessive')) return false;
  return !breakAfter(ts[k - 1]);
}

/**
 * "Culture, Media and Sport Secretary Tessa Jowell", "Trade and Industry Secretary Patricia Hewitt":
 * capitalised words joined by commas and "and" before a title are one office, no list.
 */
function portfolioTitle(ts: readonly Token[], s: number, end: number): boolean {
  let k = ts[s]?.norm === 'the' ? s + 1 : s;
  let joined = false;
  let words = 0; // of the item being read: every item but the last is one word ("Culture", "Media")
  while (k < end && isCap(ts[k]) && !LEX.titles.has(ts[k]!.norm)) {
    if (hasAny(ts[k], 'Person', 'Place', 'Demonym')) return false; // ("Kadhimi and Iraqi President Barham Salih": two people)
    words++;
    if (isConj(ts[k + 1]) && isCap(ts[k + 2])) {
      if (words > 1) return false;
      joined = true;
      words = 0;
      k += 2;
    } else {
      if (/,/.test(ts[k]!.post)) {
        if (words > 1) return false;
        joined = true;
        words = 0;
      } else if (breakAfter(ts[k])) return false;
      k++;
    }
  }
  // (an item stands between the last "and" and the title: "Kadhimi and President Salih" are two people)
  return joined && words > 0 && k < end - 1 && isCap(ts[k]) && LEX.titles.has(ts[k]!.norm) && isCap(ts[k + 1]);
}

/**
 * "the tax | and welfare system": a lone lowercase noun right after "the" or a possessive, joined
 * to a phrase of two or more lowercase words with no determiner, modifies that phrase's head.
 */
function sharedHead(ts: readonly Token[], k: number, start: number, end: number): boolean {
  if (namesSharingHead(ts, k, start, end)) return true;
  const first = ts[k - 1];
  const lead = ts[k - 2];
  if (!first || !/^\p{Ll}+$/u.test(first.text) || !has(first, 'Noun') || breakAfter(first)) return false;
  // With no determiner, a singular noun before a plural head shares it: "tax and spending plans",
  // "300,000 council and housing association tenants" (not "money and market share", "politicians
  // and senior officers").
  const shares = !has(first, 'Plural') && has(ts[end - 1], 'Plural');
  const bare = shares && (k - 1 === start || (!!lead && has(lead, 'Value') && !breakAfter(lead)));
  // "the government and telecoms industry": an organisation noun names one of its own.
  if (LEX.orgHeads.has(first.norm) && !bare) return false;
  if (!bare && lead?.norm !== 'the' && !(has(lead, 'Possessive') && !breakAfter(lead))) return false;
  let n = 0;
  const plain = (t: Token): boolean => /^\p{Ll}/u.test(t.text) && !hasAny(t, 'Determiner', 'Pronoun', 'Possessive');
  for (let j = k + 1; j < end && plain(ts[j]!) && isNounAt(ts, j); j++) n++;
  // The phrase after "and" opens with a noun ("welfare system"), not an adjective ("double aid").
  return n >= 2 && k + 1 + n === end && (has(ts[k + 1], 'Noun') || has(ts[k + 1], 'Gerund'));
}

/**
 * Conjuncts of the span's head region (up to its first preposition outside a name): "Yahoo, Ask
 * Jeeves and Amazon" → three spans, "the Bank of England and Barclays" → two; one span when no
 * coordination.
 */
function conjuncts(ts: readonly Token[], ix: SentenceMentions, sp: Span): Span[] {
  let end = sp.s + 1;
  while (end < sp.e && (!isPrep(ts[end]) || ix.inside(end))) end++;
  if (portfolioTitle(ts, sp.s, end)) return [sp];
  const out: Span[] = [];
  let s = sp.s;
  let coordinated = false;
  for (let k = sp.s; k < end; k++) {
    const t = ts[k]!;
    // "real or personal property": adjectives coordinated inside one phrase are no two arguments;
    // nor are bare nouns sharing one head ("the tax and welfare system", "the oil and gas industry").
    if (
      (isConj(t) || (t.norm === 'nor' && k > sp.s)) &&
      !(has(ts[k - 1], 'Adjective') && !has(ts[k - 1], 'Noun')) &&
      !sharedHead(ts, k, sp.s, end)
    ) {
      if (k > s) out.push({ s, e: k });
      s = k + 1;
      coordinated = true;
      continue;
    }
    if (breakAfter(t) && /,/.test(t.post) && k + 1 < end) {
      out.push({ s, e: k + 1 });
      s = k + 1;
    }
  }
  if (!coordinated) return [sp];
  if (s < end) out.push({ s, e: sp.e });
  return out;
}

/**
 * "the Paris, Amsterdam, Brussels and Lisbon bourses", "Ireland and Scotland players": places that
 * only modify the last one's plural noun, which none of them is (the list denotes the bourses, and
 * kg stores no argument for it).
 */
function sharedPlaceHead(ts: readonly Token[], parts: readonly Span[]): boolean {
  const last = parts.at(-1)!;
  const head = ts[last.e - 1]!;
  const place = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text) && has(t, 'Place') && !has(t, 'Possessive');
  const single = (p: Span): boolean => {
    let s = p.s;
    while (s < p.e && has(ts[s], 'Determiner')) s++;
    return s === p.e - 1 && place(ts[s]);
  };
  // (lowercase modifiers may come between: "the Paris, Amsterdam and Lisbon stock exchanges")
  let k = last.e - 2;
  while (k > last.s && /^\p{Ll}+$/u.test(ts[k]!.text) && has(ts[k], 'Noun')) k--;
  return /^\p{Ll}/u.test(head.text) && has(head, 'Plural') && !has(head, 'Pronoun') && place(ts[k]) && parts.slice(0, -1).every(single);
}

/** Words for a part of a whole before it ("most of Britain", "much of Europe"), beside fractions. */
const PART_WORDS: ReadonlySet<string> = new Set(['most', 'much', 'half']);

/**
 * "Less than half the UK wants a ban", "a third of Britain": a part of a place or organisation
 * (its people, some of its members) is not the place or organisation, and no argument kg stores.
 */
function partOfName(ts: readonly Token[], sp: Span): boolean {
  const k = ts[sp.s - 1]?.norm === 'of' ? sp.s - 2 : sp.s - 1;
  const part = ts[k];
  if (!part || breakAfter(part) || !(has(part, 'Fraction') || PART_WORDS.has(part.norm))) return false;
  const head = ts[sp.e - 1];
  return /^\p{Lu}/u.test(head?.text ?? '') && hasAny(head, 'Place', 'Organization', 'Country') && !has(head, 'Possessive');
}

/** Every mention a span denotes, and whether it is negated ("neither X nor Y", "no militia"). */
export function argMentions(ts: readonly Token[], ix: SentenceMentions, sp: Span | null): ArgMentions {
  if (!sp || namesAction(ts, sp) || partOfName(ts, sp)) return { ms: [], neg: false };
  const first = ts[sp.s]?.norm ?? '';
  // (a capital "No" inside a sentence opens a title: "have released No More")
  const neg = first === 'neither' || (first === 'no' && !(sp.s > 0 && ts[sp.s]!.text === 'No'));
  const q = quantityComplement(ts, sp);
  if (q) return { ms: argMentions(ts, ix, q).ms, neg };
  const whole = headMention(ts, ix, sp);
  // A name spanning the coordination ("Procter and Gamble", "the Electronic Mail and Solicitation Act").
  const parts = conjuncts(ts, ix, { s: first === 'neither' || first === 'both' || first === 'either' ? sp.s + 1 : sp.s, e: sp.e });
  if (parts.length < 2) return { ms: whole === undefined ? [] : [whole], neg };
  if (sharedPlaceHead(ts, parts)) return { ms: [], neg };
  // "followed Mr Blair and Mr Brown's separate responses": names before the last one's possessive
  // share its noun, which is the argument.
  const last = parts.at(-1)!;
  // (people both: not "Gazprom and India's ONGC", "the Forum and the UK's phone firms")
  const people = parts.slice(0, -1).every((p) => has(ts[p.e - 1], 'Person') && !has(ts[p.e - 1], 'Possessive'));
  const owner = possessorMention(ts, ix, last);
  const ownedNoun = /^\p{Ll}/u.test(ts[headEnd(ts, last) - 1]?.text ?? '');
  if (people && owner !== undefined && ix.typeOf(owner) === 'Person' && ownedNoun) {
    const m = headMention(ts, ix, last);
    return { ms: m === undefined ? [] : [m], neg };
  }
  const ms: number[] = [];
  for (const p of parts) {
    const m = headMention(ts, ix, p);
    if (m !== undefined && !ms.includes(m)) ms.push(m);
  }
  if (whole !== undefined && !ms.includes(whole) && ms.length < 2) return { ms: [whole], neg };
  return { ms, neg };
}

/** A span extended over coordinated noun phrases after it ("Iran | and Syria", "Yahoo, Ask Jeeves and Amazon"), up to `limit`. */
export function extendCoord(ts: readonly Token[], sp: Span, limit: number): Span {
  let e = sp.e;
  while (e < limit) {
    const conj = isConj(ts[e]);
    if (!conj && !(/,/.test(ts[e - 1]!.post) && listAhead(ts, e, limit))) break;
    const next = npRight(ts, conj ? e + 1 : e, limit);
    if (!next) break;
    // "by Bill Gates, Microsoft chairman and chief software architect": a role after a person's
    // name and a comma is the person's, no second item.
    const role = ts.slice(next.s, next.e).some((t) => LEX.titles.has(t.norm) || LEX.personRoles.has(t.norm));
    if (!conj && role && has(ts[e - 1], 'Person')) break;
    e = next.e;
    if (conj) break;
  }
  return e === sp.e ? sp : { s: sp.s, e };
}

/** Whether a comma list starting at `k` ends in "and"/"or" + a noun phrase before `limit`. */
function listAhead(ts: readonly Token[], k: number, limit: number): boolean {
  for (let i = k; i < limit && i < k + 20; i++) {
    if (isConj(ts[i])) return true;
    if (!/^[\p{L}\p{N}]/u.test(ts[i]!.text) || /[;:()]/.test(ts[i]!.post)) return false;
  }
  return false;
}

/** The possessor mention inside a span ("Soleimani's successor" → Soleimani), if any. */
export function possessorMention(ts: readonly Token[], ix: SentenceMentions, sp: Span): number | undefined {
  const end = headEnd(ts, sp);
  for (let i = sp.s; i < end - 1; i++) if (has(ts[i], 'Possessive') && !has(ts[i], 'Pronoun')) return ix.byEnd.get(i);
  return undefined;
}

const ORG_PREPS: ReadonlySet<string> = new Set(['at', 'of', 'for', 'with']);

/** The mention after an "of"/"at"/"for" attachment inside a span ("head of US Central Command"). */
const ROLE_LEAD = /^(?:also|now|former|deputy|acting|joint|and)$/;

/** Whether "and" at k opens a second role ("and also Commissioner for Transport", "and chief executive of"). */
function secondRole(ts: readonly Token[], k: number): boolean {
  if (ts[k]?.norm !== 'and') return false;
  let j = k + 1;
  while (j < ts.length && j < k + 4 && ROLE_LEAD.test(ts[j]!.norm)) j++;
  const w = ts[j]?.norm ?? '';
  const two = `${w} ${ts[j + 1]?.norm ?? ''}`;
  return [LEX.personRoles, LEX.titles, LEX.placeRoles].some((set) => set.has(w) || set.has(two));
}

export function ofMention(ts: readonly Token[], ix: SentenceMentions, span: Span): number | undefined {
  const end = headEnd(ts, span);
  if (end >= span.e) return undefined;
  // "founder of Grassroots Media, which supports citizen-based media": the attachment ends at a comma.
  // "vice president of the European Commission and also Commissioner for Transport": so does a second role.
  let e = end + 1;
  while (e < span.e && !stopAfter(ts[e - 1]) && !secondRole(ts, e)) e++;
  const sp = { s: span.s, e };
  const m = headMention(ts, ix, { s: end + 1, e: sp.e });
  // "a doctor from Bolton": where a person comes from is no role's organisation ("an analyst from BP" is).
  if (ts[end]?.norm === 'from' && m !== undefined && ix.typeOf(m) === 'Place') return undefined;
  // "head of equity research at NCB Stockbrokers": a lower-case department or field is no
  // organisation; the name after "at" or "of" is.
  for (let k = end + 1; k + 1 < sp.e && !/^\p{Lu}/u.test(ts[k]!.text); k++) {
    if (!ORG_PREPS.has(ts[k]!.norm)) continue;
    const org = headMention(ts, ix, { s: k + 1, e: sp.e });
    if (org !== undefined && /^\p{Lu}/u.test(ts[headEnd(ts, { s: k + 1, e: sp.e }) - 1]!.text)) return org;
  }
  return m;
}

/** The role noun phrase of a span ("the head of X" → "head", "Soleimani's successor" → "successor"). */
export function roleNoun(ts: readonly Token[], sp: Span): string {
  const end = headEnd(ts, sp);
  const words: string[] = [];
  for (let i = end - 1; i >= sp.s; i--) {
    const t = ts[i]!;
    // "chief executive", "managing director": a role's own adjective is part of it.
    const modifier = words.length > 0 && LEX.roleModifiers.has(t.norm);
    // "the former head of McDonald's", "Yugansk's former owner": a word dating the role stays with it.
    if (words.length > 0 && LEX.roleTimes.has(t.norm)) {
      words.unshift(t.norm);
      break;
    }
    if ((!has(t, 'Noun') && !modifier) || has(t, 'Possessive') || has(t, 'Pronoun') || /^\p{Lu}/u.test(t.text)) break;
    words.unshift(modifier ? t.norm : t.root || t.norm);
  }
  return words.join(' ');
}
