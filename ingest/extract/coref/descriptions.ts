/**
 * Coreference (ingest/extract/coref.ts): role descriptions of a person ("the prime minister", "the
 * Tory leader") → the one person named with that role so far (resolveDescription), and which
 * descriptions left unresolved speak ("the police spokesman said"), so that coref keeps them as
 * unnamed speakers.
 */
import type { Token } from '../../parse.js';
import { partyOf, placeOf } from '../../resolve/groups.js';
import type { Mention } from '../../types.js';
import { LEX } from '../lexicon.js';
import type { MentionInfo } from '../names.js';
import { breakAfter, has } from '../tokens.js';
import { DESCRIPTION_REACH, key } from './shared.js';

/** "the prime minister" is in "Prime Minister Tony Blair", not in "Deputy Prime Minister John Prescott". */
function unqualified(text: string, role: string): boolean {
  const at = text.indexOf(role);
  if (at < 0) return false;
  const before = text.slice(0, at).trim().split(/\s+/).at(-1) ?? '';
  return !LEX.roleModifiers.has(before) && !LEX.roleTimes.has(before);
}

/** A word that says whose a role is ("Tory", "Conservative", "US"), folded so that a party's or place's names meet. */
function qualifierKey(t: Token | undefined): string | null {
  if (!t || !/^\p{Lu}/u.test(t.text) || has(t, 'Determiner')) return null;
  return partyOf(t.text) ?? placeOf(t.text) ?? t.norm;
}

/** The role written right before a person's name ("Tory leader | Michael Howard", "Chancellor | Gordon Brown"), with the word that qualifies it. */
function titledAs(ts: readonly Token[], mi: MentionInfo, role: string): { qualifier: string | null } | null {
  const at = mi.s - role.split(' ').length;
  const written = ts.slice(Math.max(0, at), mi.s).map((t) => t.norm);
  if (at < 0 || written.join(' ') !== role) return null;
  if (breakAfter(ts[at - 1]) || breakAfter(ts[mi.s - 1])) return null; // not "trusting the prime minister, Mr Brown replied"
  const before = ts[at - 1]?.norm ?? '';
  if (LEX.roleModifiers.has(before) || LEX.roleTimes.has(before)) return null; // "former leader", "Deputy Prime Minister"
  return { qualifier: qualifierKey(ts[at - 1]) };
}

/**
 * "the prime minister", "the Conservative leader": the one person named with that role so far (its
 * title stripped from the name, or written right before it: "Tory leader Michael Howard"); with a
 * qualifier, the one whose own qualifier agrees ("the Tory leader" is never "Labour leader Tony Blair").
 */
export function resolveDescription(
  ms: readonly Mention[],
  info: readonly MentionInfo[],
  i: number,
  tokensAt: (sentence: number) => readonly Token[] = () => [],
): number | undefined {
  const role = info[i]!.role;
  if (!role) return undefined;
  const own = qualifierKey(tokensAt(ms[i]!.sentence)[info[i]!.s - 1]);
  const names = new Map<string, number>();
  for (let j = i - 1; j >= 0 && j >= i - DESCRIPTION_REACH; j--) {
    const cand = ms[j]!;
    if (info[j]!.kind !== 'name' || cand.type !== 'Person' || names.has(key(cand))) continue;
    const titled = titledAs(tokensAt(cand.sentence), info[j]!, role);
    if (titled && own && titled.qualifier && titled.qualifier !== own) continue;
    if (titled || info[j]!.role === role || unqualified(cand.text.toLowerCase(), role)) names.set(key(cand), j);
  }
  return names.size === 1 ? [...names.values()][0] : undefined;
}

/**
 * "The police spokesman said", "..., said the prime minister": a description that is the subject of
 * a verb of saying, unless a resolved pronoun opens what it says ("the ex-home secretary said he").
 * Left unresolved, it is kept as an unnamed speaker (a thing, as "a Labour spokesman" is), so that
 * what it says is never stored as the writer's plain fact; it is the attribution of what it says
 * and never a relation's argument (MentionInfo.speakerOnly).
 */
export function speaks(ts: readonly Token[], mi: MentionInfo, resolvedAt: (k: number) => boolean): boolean {
  let k = mi.e;
  while (has(ts[k], 'Adverb') || has(ts[k], 'Auxiliary')) k++;
  const after = ts[k];
  if (after && !breakAfter(ts[mi.e - 1]) && has(after, 'Verb') && LEX.reporting.has(after.root)) {
    // "the ex-home secretary said he accepted": the pronoun says who speaks (attribution's selfReport).
    const inner = ts[k + 1]?.norm === 'that' ? k + 2 : k + 1;
    return !resolvedAt(inner);
  }
  const the = ts[mi.s - 1]?.norm === 'the' ? mi.s - 1 : mi.s;
  const before = ts[the - 1];
  return !!before && has(before, 'Verb') && LEX.reporting.has(before.root) && breakAfter(ts[the - 2]);
}
