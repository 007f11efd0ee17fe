/**
 * Mentions (ingest/extract/mentions.ts): names inside a common-noun phrase, each a mention of its
 * own that nominal.ts relates: a name before a hyphened verb ("Iran-backed militias"), the country
 * of a "pro-" word ("pro-Iranian militias": Iran), and a place or nationality opening a phrase
 * whose noun carries a relation ("the US attack on Baghdad": agentModifiers).
 */
import type { Token } from '../../parse.js';
import { placeOf } from '../../resolve/groups.js';
import { lexiconTags } from '../../parse.js';
import { nominalPredicate } from '../lexicon.js';

/** compromise's word-list tags of a common word (a verb or a noun), which a name does not carry. */
const COMMON_TAGS: ReadonlySet<string> = new Set(['Infinitive', 'Singular', 'Plural', 'Noun', 'Adjective', 'PresentTense', 'PastTense']);
import { type Found, nameMention } from '../names.js';
import { MODIFIER_VERBS, PRO_WORD } from '../nominal.js';
import { has, isPrep } from '../tokens.js';

/** The name in "Iran-backed militias", "pro-Iranian militias": a mention of its own (nominal.ts relates it). */
export function hyphenNames(ts: readonly Token[], s: number, b: number, out: Found[]): void {
  for (let k = s; k + 1 < b; k++) {
    if (!/^[-‐‑]$/.test(ts[k]!.post) || !/^\p{Lu}/u.test(ts[k]!.text)) continue;
    const after = ts[k + 1]!.norm;
    if (!MODIFIER_VERBS.has(after)) continue;
    let i = k;
    while (i > s && /^\p{Lu}/u.test(ts[i - 1]!.text) && !/[-‐‑]$/.test(ts[i - 1]!.post)) i--;
    // (not a common word capitalised to open the sentence: "State-owned Rosneft")
    if (i === 0 && k === 0 && lexiconTags(ts[0]!.norm).some((t) => COMMON_TAGS.has(t))) continue;
    pushNameOrCountry(ts, i, k + 1, out);
  }
  for (let k = s; k + 1 < b; k++) {
    if (ts[k]!.norm === 'pro' && /^[-‐‑]$/.test(ts[k]!.post) && /^\p{Lu}/u.test(ts[k + 1]!.text)) pushNameOrCountry(ts, k + 1, k + 2, out);
  }
  // "pro-Iranian militias" parsed as one word: the country its second part names
  for (let k = s; k + 1 < b; k++) {
    const place = PRO_WORD.exec(ts[k]!.text)?.[1];
    const country = place ? placeOf(place) : null;
    if (country) out.push({ s: k, e: k + 1, kind: 'name', type: 'Place', place: titled(country) });
  }
}

const titled = (place: string): string => place.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());

/** A name [s, e), or the country of a lone nationality word ("Iranian-backed", "pro-Iranian": Iran). */
function pushNameOrCountry(ts: readonly Token[], s: number, e: number, out: Found[]): void {
  const f = nameMention(ts, s, e);
  if (f.kind === 'name') out.push(f);
  else if (e - s === 1 && f.kind === 'drop') out.push(...countryOf(ts, s));
}

/** The country a nationality word at `s` names, as a Place mention of that word ("Israeli" → Israel), if any. */
function countryOf(ts: readonly Token[], s: number): Found[] {
  const place = placeOf(ts[s]!.text);
  return place ? [{ s, e: s + 1, kind: 'name', type: 'Place', place: titled(place) }] : [];
}

/**
 * "the US attack on Baghdad", "the Israeli raid on Gaza", "US support for": a place or nationality
 * opening a phrase whose noun carries a relation (predicates.json nominal) is its agent, a mention
 * of its own (nominal.ts relates it). Not "US drone strike kills": no preposition follows the noun.
 */
export function agentModifiers(ts: readonly Token[], s: number, b: number, out: Found[]): void {
  const head = ts[b - 1]!.norm;
  if (b - s < 2 || !isPrep(ts[b]) || !nominalPredicate(head, ts[b]!.norm)) return;
  let e = s;
  while (e < b - 1 && /^\p{Lu}/u.test(ts[e]!.text) && !/[-‐‑]$/.test(ts[e]!.post)) e++;
  if (e === s) return;
  const f = nameMention(ts, s, e);
  if (f.kind === 'name' && f.type === 'Place') out.push(f);
  else if (e - s === 1 && has(ts[s], 'Demonym')) out.push(...countryOf(ts, s)); // "the Israeli raid on": the country
}
