/**
 * Coreference (ingest/extract/coref.ts): a definite phrase that repeats one the article gave before
 * is what that one names: a bare noun with the head of one fuller phrase ("its ID cards bill ...
 * the bill", resolveDefinite), or the last words of one name ("China Aviation Oil Holding Company
 * ... the holding company", resolveNameTail); never when two earlier ones differ.
 */
import type { Token } from '../../parse.js';
import type { Mention } from '../../types.js';
import type { MentionInfo } from '../names.js';
import { has, isPrep } from '../tokens.js';
import { DESCRIPTION_REACH, key } from './shared.js';

const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);

/**
 * "Labour unveiled its ID cards bill ... The Lib Dems will oppose the bill": a bare definite noun
 * is the one fuller phrase with its head named in the article before it (not when two differ).
 */
export function resolveDefinite(
  ms: readonly Mention[],
  info: readonly MentionInfo[],
  tokens: (sentence: number) => readonly Token[],
  i: number,
): number | undefined {
  const mi = info[i]!;
  const ts = tokens(mi.sentence);
  const head = ts[mi.e - 1];
  if (mi.e - mi.s !== 1 || !DEFINITE.has(ts[mi.s - 1]?.norm ?? '') || !head || ms[i]!.type !== 'Concept') return undefined;
  // "praised the work of Ms Hutt": a noun its own "of" phrase qualifies is no repeat ("useful work").
  // (not a charge after its verb's object: "accusing the programme of corrupting politics")
  if (ts[mi.e]?.norm === 'of' && !has(ts[mi.e + 1], 'Gerund')) return undefined;
  const plural = has(head, 'Plural');
  return uniqueBefore(ms, i, (j) => {
    const mj = info[j]!;
    if ((mj.kind !== 'thing' && mj.kind !== 'name') || ms[j]!.type !== 'Concept' || mj.e - mj.s < 2) return false;
    const tj = tokens(mj.sentence);
    const h = tj[mj.e - 1];
    if (!h || h.root !== head.root || has(h, 'Plural') !== plural) return false;
    // Its head is the word it ends on: "the cost of hurricanes" is no hurricanes (but a name's
    // last word is its head: "the Prevention of Terrorism Bill ... the bill").
    const named = mj.kind === 'name' && /^\p{Lu}/u.test(h.text);
    return named || !tj.slice(mj.s, mj.e - 1).some((t) => isPrep(t));
  });
}

/** The one entity (by name) of the mentions in reach before `i` that `fits`, or undefined when none or two differ. */
function uniqueBefore(ms: readonly Mention[], i: number, fits: (j: number) => boolean): number | undefined {
  let found: number | undefined;
  for (let j = i - 1; j >= 0 && j >= i - DESCRIPTION_REACH; j--) {
    if (!fits(j)) continue;
    const root = ms[j]!.corefOf ?? j;
    if (found !== undefined && key(ms[found]!) !== key(ms[root]!)) return undefined;
    found ??= root;
  }
  return found;
}

/**
 * "China Aviation Oil Holding Company ... The holding company, owned by the Chinese government":
 * a definite phrase of two or more lowercase words that repeats the last words of one name given
 * before it in the article is that name (not when two names end so).
 */
export function resolveNameTail(
  ms: readonly Mention[],
  info: readonly MentionInfo[],
  tokens: (sentence: number) => readonly Token[],
  i: number,
): number | undefined {
  const mi = info[i]!;
  const ts = tokens(mi.sentence);
  const words = ts.slice(mi.s, mi.e);
  if (words.length < 2 || ts[mi.s - 1]?.norm !== 'the' || words.some((t) => !/^\p{Ll}+$/u.test(t.text))) return undefined;
  const tail = ` ${words.map((t) => t.norm).join(' ')}`;
  return uniqueBefore(ms, i, (j) => {
    if (info[j]!.kind !== 'name' || ms[j]!.type === 'Person' || ms[j]!.type === 'Place') return false;
    const name = key(ms[ms[j]!.corefOf ?? j]!);
    return name.endsWith(tail) && name !== tail.trim();
  });
}
