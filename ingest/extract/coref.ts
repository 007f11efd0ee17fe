/**
 * Stage: pronoun and description mentions → `corefOf` (index of the antecedent mention) when
 * exactly one compatible entity is in reach; otherwise left unresolved (relations then drop them).
 */
import type { Carrier, EntityType, Mention } from '../types.js';
import { LEX } from './lexicon.js';
import type { MentionInfo } from './names.js';

const WINDOW = 2; // sentences back
const DESCRIPTION_REACH = 300; // mentions back

const key = (m: Mention): string => m.name.toLowerCase();

function compatible(pronoun: string): EntityType[] {
  if (LEX.pronounPerson.has(pronoun)) return ['Person'];
  if (LEX.pronounPlural.has(pronoun)) return ['Group'];
  if (LEX.pronounThing.has(pronoun)) return ['Organization', 'Place'];
  return [];
}

export function resolvePronoun(ms: readonly Mention[], info: readonly MentionInfo[], i: number): number | undefined {
  const m = ms[i]!;
  const types = compatible(m.text.toLowerCase());
  if (!types.length) return undefined;
  const names = new Map<string, number>();
  for (let j = i - 1; j >= 0 && ms[j]!.sentence >= m.sentence - WINDOW; j--) {
    const cand = ms[j]!;
    const root = cand.corefOf ?? j;
    if (info[j]!.kind === 'pronoun' || info[j]!.kind === 'description') continue;
    if (!types.includes(cand.type) || (info[j]!.kind === 'event')) continue;
    if (!names.has(key(ms[root]!))) names.set(key(ms[root]!), root);
  }
  return names.size === 1 ? [...names.values()][0] : undefined;
}

export function resolveDescription(ms: readonly Mention[], info: readonly MentionInfo[], i: number): number | undefined {
  const role = info[i]!.role;
  if (!role) return undefined;
  const names = new Map<string, number>();
  for (let j = i - 1; j >= 0 && j >= i - DESCRIPTION_REACH; j--) {
    const cand = ms[j]!;
    if (info[j]!.kind !== 'name' || cand.type !== 'Person') continue;
    if (info[j]!.role === role || cand.text.toLowerCase().includes(role)) if (!names.has(key(cand))) names.set(key(cand), j);
  }
  return names.size === 1 ? [...names.values()][0] : undefined;
}

/**
 * Resolve, then drop the pronouns and descriptions left unresolved (they would become entities
 * named "it" or "prime minister"). First-person pronouns are kept aside in `speakerPronouns`:
 * the relations stage reads them as the quote's speaker.
 */
export function coref(c: Carrier): Carrier {
  const info = c.mentionInfo ?? [];
  const ms = (c.mentions ?? []).map((m) => ({ ...m }));
  ms.forEach((m, i) => {
    const kind = info[i]?.kind;
    const j = kind === 'pronoun' ? resolvePronoun(ms, info, i) : kind === 'description' ? resolveDescription(ms, info, i) : undefined;
    if (j !== undefined) m.corefOf = j;
  });
  const keep = ms.map((m, i) => m.corefOf !== undefined || (info[i]?.kind !== 'pronoun' && info[i]?.kind !== 'description'));
  const newIndex: number[] = [];
  let n = 0;
  keep.forEach((k, i) => { newIndex[i] = k ? n++ : -1; });
  const mentions: Mention[] = [];
  const mentionInfo: MentionInfo[] = [];
  const speakerPronouns: MentionInfo[] = [];
  ms.forEach((m, i) => {
    if (!keep[i]) {
      if (info[i] && LEX.pronounSpeaker.has(m.text.toLowerCase())) speakerPronouns.push(info[i]!);
      return;
    }
    mentions.push(m.corefOf !== undefined ? { ...m, corefOf: newIndex[m.corefOf]! } : m);
    const mi = info[i]!;
    mentionInfo.push(mi.aliasOf !== undefined ? (newIndex[mi.aliasOf]! >= 0 ? { ...mi, aliasOf: newIndex[mi.aliasOf]! } : (({ aliasOf: _, ...rest }) => rest)(mi)) : mi);
  });
  return { ...c, mentions, mentionInfo, speakerPronouns };
}
