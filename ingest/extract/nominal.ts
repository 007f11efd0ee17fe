/**
 * Relations stated inside a noun phrase, with no verb of their own (graph mode):
 *  - a relation-bearing modifier: "Iran-backed militias" → Iran → support → militias; "pro-Iranian
 *    militias" → militias → support → Iran;
 *  - a noun that carries a relation, with its agent before it: "Iran's support for the militias",
 *    "the US attack on Baghdad", "Mandelson warning to BBC" (predicates.json "nominal");
 *  - "the assassination of Soleimani by the US" → US → kill → Soleimani;
 *  - a person's title with its organisation: "BBC chairman Gavyn Davies" → Gavyn Davies → chairman →
 *    BBC; "Iraqi Prime Minister Mustafa al-Kadhimi" → prime minister → Iraq.
 * Each triple carries `at`, the token it hangs on, so the caller can find the clause governing it.
 */
import type { Token } from '../parse.js';
import type { EntityType } from '../types.js';
import type { Clause } from './clauses.js';
import { argMentions, headEnd, type SentenceMentions } from './args.js';
import { LEX, nominalPredicate, normalisePredicate } from './lexicon.js';
import type { MentionKind } from './names.js';
import { npRight } from './phrases.js';
import { DEMONYMS } from './typing.js';
import { breakAfter, has, isPrep } from './tokens.js';
import type { Triple } from './triples.js';

export interface NounTriple extends Triple {
  at: number;
}
export interface MentionView {
  kind(m: number): MentionKind | undefined;
  type(m: number): EntityType | undefined;
  span(m: number): { s: number; e: number } | undefined;
}

/** "X-backed": participles that state a relation from the modifier to the head. */
const MODIFIER_PREDICATES: Record<string, string> = {
  backed: 'support',
  supported: 'support',
  sponsored: 'support',
  funded: 'finance',
  financed: 'finance',
  armed: 'arm',
  trained: 'train',
  led: 'lead',
  run: 'run',
  owned: 'own',
  controlled: 'control',
  allied: 'ally with',
  linked: 'linked to',
  affiliated: 'affiliated with',
  based: 'based in',
  born: 'born in',
};
/** "Edinburgh-based developer", "Iran-linked groups": the head is the relation's subject. */
const HEAD_FIRST = new Set(['based', 'born', 'linked', 'allied', 'affiliated']);
/** "Linux-based system", "web-based service": these take a place only. */
const PLACED = new Set(['based', 'born']);
export const MODIFIER_VERBS: ReadonlySet<string> = new Set(Object.keys(MODIFIER_PREDICATES));
/** One word "pro-X" ("pro-Iranian", as compromise may leave it), X a capitalised name: X is group 1. */
export const PRO_WORD = /^[Pp]ro[-‐‑](\p{Lu}[\p{L}'’-]*)$/u;
/** Words of a title that say nothing of what it is ("new", "current"); those that date it are LEX.roleTimes. */
const ROLE_SKIP: ReadonlySet<string> = new Set(['new', 'current']);
const AGENTS: ReadonlySet<EntityType> = new Set(['Person', 'Organization', 'Group', 'Place']);
const hyphen = (t: Token | undefined): boolean => !!t && /^[-‐‑]$/.test(t.post);

function modifierRelations(ts: readonly Token[], ix: SentenceMentions, view: MentionView, out: NounTriple[]): void {
  for (let k = 0; k + 2 < ts.length; k++) {
    const t = ts[k]!;
    if (!hyphen(t)) continue;
    const v = MODIFIER_PREDICATES[ts[k + 1]!.norm];
    const head = ix.at(phraseEnd(ts, k + 2) - 1);
    if (head === undefined) continue;
    if (v && /^\p{Lu}/u.test(t.text)) {
      const m = ix.byEnd.get(k);
      const first = HEAD_FIRST.has(ts[k + 1]!.norm);
      // "a Texas-based law firm | based in Texas": said of an unnamed thing, the place repeats its phrase
      // (not "Iran-linked groups": a tie between actors).
      if (PLACED.has(ts[k + 1]!.norm) && view.kind(head) !== 'name') continue;
      const [s, o] = first ? [head, m] : [m, head];
      const place = !PLACED.has(ts[k + 1]!.norm) || (m !== undefined && ix.typeOf(m) === 'Place');
      // "The British-backed gadget": a nationality backs an actor ("Iranian-backed militias"), not a
      // thing, whose backers are its people or firms.
      const nationality = DEMONYMS.has(t.norm) && !AGENTS.has(view.type(head) ?? 'Concept');
      if (nationality && !first) continue;
      if (m !== undefined && m !== head && place) out.push({ s: s!, p: v, o: o!, rules: ['modifier-verb'], at: k });
    } else if (t.norm === 'pro' && /^\p{Lu}/u.test(ts[k + 1]!.text) && !LEX.eventHeads.has(ts[k + 2]!.norm)) {
      // (not "pro-Iraq war Labour MP": what is supported is the event the name modifies)
      const m = ix.byEnd.get(k + 1);
      if (m !== undefined && m !== head) out.push({ s: head, p: 'support', o: m, rules: ['modifier-pro'], at: k });
    }
  }
  // "pro-Iranian militias" as one word (mentions/modifiers.ts gives the word its country)
  for (let k = 0; k + 1 < ts.length; k++) {
    if (!PRO_WORD.test(ts[k]!.text) || LEX.eventHeads.has(ts[k + 1]!.norm)) continue; // (not "pro-Iraq war")
    const m = ix.byEnd.get(k);
    const head = ix.at(phraseEnd(ts, k) - 1);
    if (m !== undefined && head !== undefined && m !== head) out.push({ s: head, p: 'support', o: m, rules: ['modifier-pro'], at: k });
  }
}

/** End of the noun chunk starting at `k` (exclusive). */
function phraseEnd(ts: readonly Token[], k: number): number {
  const np = npRight(ts, k, ts.length);
  return np ? headEnd(ts, np) : k + 1;
}

/** Nouns of proceedings heard in a place's courts ("a US lawsuit", "a French court case"). */
const LEGAL_NOUNS: ReadonlySet<string> = new Set(['lawsuit', 'suit', 'case', 'action', 'charges', 'complaint', 'claim', 'prosecution']);

const possessed = (ts: readonly Token[], v: MentionView, m: number): boolean => {
  const e = v.span(m)?.e;
  return e !== undefined && (has(ts[e - 1], 'Possessive') || /['’]s?$/u.test(ts[e - 1]!.text));
};

/** "Iran's support for X", "the US attack on X", "the assassination of X by Y". */
function nounRelations(ts: readonly Token[], ix: SentenceMentions, v: MentionView, out: NounTriple[]): void {
  for (let k = 1; k + 2 < ts.length; k++) {
    const n = ts[k]!;
    const prep = ts[k + 1]!;
    if (!has(n, 'Noun') || has(n, 'Possessive') || !/^\p{Ll}/u.test(n.text) || !isPrep(prep) || breakAfter(n)) continue;
    const p = nominalPredicate(n.norm, prep.norm);
    if (!p) continue;
    const np = npRight(ts, k + 2, ts.length);
    if (!np) continue;
    const objs = argMentions(ts, ix, { s: np.s, e: headEnd(ts, np) });
    let agent = agentBefore(ts, ix, v, k);
    // "a separate US lawsuit against Rosneft": a place before a legal noun is where it is heard,
    // not who brings it (its possessor is: "Texas's lawsuit").
    if (agent !== undefined && LEGAL_NOUNS.has(n.norm) && v.type(agent) === 'Place' && !possessed(ts, v, agent)) agent = undefined;
    if (agent === undefined && prep.norm === 'of') {
      const by = ts[headEnd(ts, np)]?.norm === 'by' ? npRight(ts, headEnd(ts, np) + 1, ts.length) : null; // "the killing of X by Y"
      agent = by ? argMentions(ts, ix, by).ms[0] : undefined;
    }
    if (agent === undefined) continue;
    for (const o of objs.ms) if (o !== agent) out.push({ s: agent, p, o, rules: ['noun-relation'], at: k });
  }
}

/** The agent of a relational noun at `k`: a possessor or a name modifying it ("Iran's", "US"), adjectives between. */
function agentBefore(ts: readonly Token[], ix: SentenceMentions, v: MentionView, k: number): number | undefined {
  let j = k - 1;
  while (j >= 0 && has(ts[j], 'Adjective') && !has(ts[j], 'ProperNoun') && !breakAfter(ts[j])) j--;
  const t = ts[j];
  if (!t || breakAfter(t) || has(t, 'Pronoun')) return undefined;
  const m = ix.byEnd.get(j);
  if (m === undefined || v.kind(m) !== 'name' || !AGENTS.has(v.type(m)!)) return undefined;
  return /^\p{Lu}/u.test(t.text) ? m : undefined;
}

/** "BBC chairman Gavyn Davies", "Home Office Minister Lord Falconer", "Iraqi Prime Minister Mustafa al-Kadhimi". */
function titleRelations(ts: readonly Token[], ix: SentenceMentions, v: MentionView, mentions: readonly number[], out: NounTriple[]): void {
  for (const m of mentions) {
    const sp = v.span(m);
    const person = v.type(m) === 'Person';
    if (!sp || v.kind(m) !== 'name' || !(person || v.type(m) === 'Organization')) continue;
    const role: string[] = [];
    let when = ''; // "Labour former minister Jack Cunningham", "former Vodafone boss Chris Gent"
    let j = sp.s - 1;
    for (; j >= 0 && !breakAfter(ts[j]) && ix.byEnd.get(j) === undefined; j--) {
      const w = ts[j]!.norm.replace(/[.-]$/, '');
      const noun = has(ts[j], 'Noun') && /^\p{Ll}/u.test(ts[j]!.text);
      if (!(LEX.titles.has(w) || LEX.personRoles.has(w) || noun || ROLE_SKIP.has(w) || LEX.roleTimes.has(w) || LEX.roleModifiers.has(w)))
        break;
      if (LEX.roleTimes.has(w)) when ||= w;
      else if (!ROLE_SKIP.has(w)) role.unshift(w);
    }
    const found = j >= 0 && !breakAfter(ts[j]) ? ix.byEnd.get(j) : undefined;
    // "Shadow education secretary Tim Collins", "Assistant coach Martin Jol", "Last month Wenger said":
    // a role's own modifier or a time word, capitalised as the sentence's first word, is no organisation.
    const first = found !== undefined && v.span(found)?.s === 0 && v.span(found)?.e === 1 ? ts[0]!.norm : '';
    const org =
      first && (LEX.roleModifiers.has(first) || LEX.roleTimes.has(first) || /^(?:last|next|this|every|each)$/.test(first))
        ? undefined
        : found;
    // "BBC chairman Gavyn Davies"; an organisation holds only roles between organisations ("Yukos unit Yuganskneftegas").
    if (
      !role.length ||
      org === undefined ||
      v.kind(org) !== 'name' ||
      v.type(org) === 'Person' ||
      (!person && !LEX.orgRoles.has(role.at(-1)!)) ||
      // "US lawyer Jamie Firestone": a nationality; "US President George W Bush": an office.
      (v.type(org) === 'Place' && !LEX.placeRoles.has(role.join(' ')) && !LEX.placeRoles.has(role.at(-1)!))
    )
      continue;
    const before = ts[(v.span(org)?.s ?? 0) - 1]?.norm.replace(/-$/, '') ?? '';
    if (LEX.roleTimes.has(before)) when ||= before;
    const p = normalisePredicate(role.join(' '));
    out.push({ s: m, p: when ? `${when} ${p}` : p, o: org, rules: ['title-role'], at: sp.s });
  }
}

/** Nouns of an offer to buy whose "by" phrase names the bidder ("a takeover by Holcim"). */
const BID_NOUNS: ReadonlySet<string> = new Set(['takeover', 'bid', 'offer', 'approach', 'buyout']);

/**
 * "Aggregate Industries had agreed a £1.8bn takeover by Holcim", "could be the target of a takeover
 * by Pernod Ricard", "rejected a bid by X": a bid noun in the clause's object with its bidder after
 * "by" → bidder → bid for → the clause's subject (the target). The governing verb gives certainty.
 */
export function bidTriples(ts: readonly Token[], ix: SentenceMentions, clauses: readonly Clause[]): NounTriple[] {
  const out: NounTriple[] = [];
  for (const c of clauses) {
    if (!c.subj || !c.obj || c.subj.s > c.vg.s || c.vg.passive) continue;
    let k = headEnd(ts, c.obj) - 1;
    // ("the target of a takeover by X": the noun the copula's object is the target of)
    if (ts[k]?.norm === 'target' && ts[k + 1]?.norm === 'of') k = headEnd(ts, npRight(ts, k + 2, ts.length) ?? { s: k, e: k + 1 }) - 1;
    const n = ts[k];
    if (!n || !BID_NOUNS.has(n.norm) || ts[k + 1]?.norm !== 'by' || breakAfter(n)) continue;
    const by = npRight(ts, k + 2, ts.length);
    const bidder = by ? argMentions(ts, ix, { s: by.s, e: headEnd(ts, by) }).ms[0] : undefined;
    const target = ix.at(headEnd(ts, c.subj) - 1);
    if (bidder === undefined || target === undefined || bidder === target) continue;
    out.push({ s: bidder, p: 'bid for', o: target, rules: ['bid-by'], at: k });
  }
  return out;
}

/** Every relation stated inside the noun phrases of one sentence (`mentions`: the sentence's mention indices). */
export function nounTriples(ts: readonly Token[], ix: SentenceMentions, v: MentionView, mentions: readonly number[]): NounTriple[] {
  const out: NounTriple[] = [];
  modifierRelations(ts, ix, v, out);
  nounRelations(ts, ix, v, out);
  titleRelations(ts, ix, v, mentions, out);
  return out;
}
