/**
 * Mentions (ingest/extract/mentions.ts): passes over one sentence's mentions that name a noun with
 * what tells which one is meant: its owner ("India's government", "Oracle's takeover strategy":
 * ownedNouns) or the "of" or complement phrase after it ("the tomb of Yasser Arafat", "a rise in
 * coal prices": ofThings).
 */
import type { Token } from '../../parse.js';
import type { Mention } from '../../types.js';
import { LEX, nominalPredicate, relatesThroughOf, takesOwnPhrase } from '../lexicon.js';
import type { MentionInfo } from '../names.js';
import { THINGS } from '../things.js';
import { has } from '../tokens.js';

/**
 * A noun owned by a name is named with it. "India's government", "Russia's foreign ministry": a
 * government noun owned by a place, as "the Indian government" is, so that resolution reads it as
 * that country's (resolve/metonymy.ts) instead of an article's unnamed "government". "reforming
 * India's tax system", "riled by Oracle's takeover strategy": a thing owned by any name, whose
 * owner is what tells the reader which system or strategy is meant.
 */
export function ownedNouns(text: string, ts: readonly Token[], first: number, out: Mention[], info: MentionInfo[]): void {
  for (let m = first; m < out.length; m++) {
    const at = info[m]!;
    const government = at.kind === 'group' && out[m]!.type === 'Organization';
    // So a collective ("Malaysia's central bank", "China's media"): its owner says which one.
    const thing = at.kind === 'thing' && (out[m]!.type === 'Concept' || out[m]!.type === 'Group') && !at.role;
    if (!(government || thing) || at.s === 0) continue;
    const owner = ts[at.s - 1]!;
    if (!/^\p{Lu}/u.test(owner.text) || !/['’]s?$/u.test(owner.text)) continue;
    const p = info.findIndex((x, j) => j >= first && x.e === at.s && x.kind === 'name' && (thing || out[j]!.type === 'Place'));
    if (p < 0 || /[,;()]/.test(out[p]!.name)) continue;
    const start = out[p]!.start;
    out[m] = { ...out[m]!, text: text.slice(start, out[m]!.end), name: `${out[p]!.name}'s ${out[m]!.name}`, start };
    info[m] = { ...at, s: info[p]!.s };
  }
}

const owner = (t: Token | undefined): boolean => has(t, 'Pronoun') || has(t, 'Possessive') || /['’]s?$/u.test(t?.text ?? '');
/** Nouns whose "of" phrase is no part of their name: a table relation, a quantity, a role or a speaker. */
const keepsOwnName = (w: string): boolean =>
  relatesThroughOf(w) ||
  THINGS.quantity.has(w) ||
  THINGS.namedOf.has(w) ||
  LEX.personRoles.has(w) ||
  LEX.titles.has(w) ||
  THINGS.speakers.has(w);

/**
 * Whether the phrase at `k` ("to", "in" …) belongs to the thing `head` before it: the tables say
 * the noun takes it ("access to telecoms", "a rise in coal prices"), and it is neither a relation
 * of its own ("talks with") nor a fixed adverbial ("a pay cut in return for").
 */
function complementOf(ts: readonly Token[], k: number, head: Token): boolean {
  const prep = ts[k]!.norm;
  if (!takesOwnPhrase(head.norm, prep) || nominalPredicate(head.norm, prep)) return false;
  return !LEX.adverbials.has(`${prep} ${ts[k + 1]?.norm ?? ''}`);
}

/**
 * "visited the tomb of Yasser Arafat", "outraged at the treatment of the detainees": a common-noun
 * thing before "of" and a name or group is named with it, since the point is in the "of" phrase.
 * A noun whose "of" carries a relation in the tables keeps its own name ("the sale of Yukos").
 * Other phrases only where the noun owns them (complementOf): "a rise in coal prices".
 */
export function ofThings(
  text: string,
  ts: readonly Token[],
  cs: readonly [number, number][],
  first: number,
  out: Mention[],
  info: MentionInfo[],
): void {
  for (let m = first; m < out.length; m++) {
    const at = info[m]!;
    const head = ts[at.e - 1]!;
    const prep = ts[at.e]?.norm ?? '';
    if (!prep || at.kind !== 'thing' || out[m]!.type !== 'Concept' || at.role || /[,;:]/.test(head.post)) continue;
    if (prep === 'of') {
      // Nor a role or a speaker ("president of the Arab Gulf States Institute" is a person).
      if (keepsOwnName(head.norm) || keepsOwnName(head.root)) continue;
    } else if (!complementOf(ts, at.e, head)) continue;
    const k = at.e + (ts[at.e + 1]?.norm === 'the' ? 2 : 1);
    const b = cs.find(([a, e]) => a <= k && k < e)?.[1];
    // The "of" phrase is one whole name or group phrase: not the first of a list ("of X, Y and Z"),
    // not a possessor cut from its noun ("of Fiat's" before a misread "carmaking operations").
    if (b === undefined || owner(ts[b - 1]) || /,/.test(ts[b - 1]!.post)) continue;
    if (/^(?:and|or)$/.test(ts[b]?.norm ?? '') || (/^\p{Ll}/u.test(ts[b]?.text ?? '') && has(ts[b], 'Noun'))) continue;
    // After a phrase other than "of", a present-tense word is more likely a noun compromise misread
    // ("access to the US market for apparel", "to North American markets") than the sentence's verb.
    const misread = /^\p{Ll}/u.test(ts[b]?.text ?? '') && has(ts[b], 'PresentTense') && !has(ts[b], 'Auxiliary');
    if (prep !== 'of' && misread) continue;
    // Among the mentions after m (this sentence's: later ones are not read yet), not the whole article.
    let c = -1;
    for (let j = m + 1; j < info.length && c < 0; j++) {
      const x = info[j]!;
      if (x.s >= k && x.e === b && (x.kind === 'name' || x.kind === 'group' || x.kind === 'thing' || x.kind === 'event')) c = j;
    }
    // A pronoun possessor is no part of a name ("details of his budget" → "details of budget").
    const from = has(ts[k], 'Pronoun') || (has(ts[k], 'Possessive') && /^\p{Ll}/u.test(ts[k]!.text)) ? out[c]?.start : ts[k]!.start;
    const of = c < 0 ? '' : info[c]!.kind === 'name' && info[c]!.s === k ? out[c]!.name : text.slice(from, out[c]!.end);
    if (!of || /[,;()]/.test(of)) continue;
    const end = out[c]!.end;
    const name = `${out[m]!.name} ${prep} ${of}`;
    out[m] = { ...out[m]!, text: text.slice(out[m]!.start, end), name, end };
    info[m] = { ...at, e: info[c]!.e };
  }
}
