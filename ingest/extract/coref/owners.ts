/**
 * Coreference (ingest/extract/coref.ts): a common noun owned by "its", "his" or "her" ("its
 * management has continued talks", "his department had a long-term aspiration") is named with the
 * owner the pronoun stands for ("Deutsche Boerse's management"), as a noun owned by a name is
 * (mentions/widen.ts ownedNouns): the owner is what tells the reader which management is meant.
 * Only a noun that heads a clause's subject, outside quotations. The owner: the name joined right
 * before ("Tehran and its allies"); else the one name of the pronoun's own sentence before it that
 * fits the pronoun (a place only as a subject), or of several the nearest that heads a clause's
 * subject; with none there, the first main subject of the sentence before when it fits; none when
 * an unnamed subject or company is nearer ("can delist a company if its debt"). "their" is left
 * alone (a plural owner is too often an unnamed group).
 */
import type { Token } from '../../parse.js';
import type { EntityType, Mention } from '../../types.js';
import { headWordOf } from '../descriptor.js';
import type { MentionInfo } from '../names.js';
import { THINGS } from '../things.js';
import type { Gender, Salience } from './salience.js';
import { key } from './shared.js';

/** What each possessive pronoun can stand for, in order of preference, and the gender it says. */
const OWNERS: ReadonlyMap<string, { types: readonly EntityType[]; gender: Gender }> = new Map([
  ['its', { types: ['Organization', 'Place'], gender: null }],
  ['his', { types: ['Person'], gender: 'male' }],
  ['her', { types: ['Person'], gender: 'female' }],
]);

/** Name the common nouns that head a clause's subject and that a possessive pronoun owns with the owner it stands for. */
export function pronounOwners(ms: Mention[], info: readonly MentionInfo[], tokensAt: (k: number) => readonly Token[], sal: Salience): void {
  ms.forEach((m, i) => {
    const mi = info[i]!;
    const owned = (mi.kind === 'thing' || mi.kind === 'group') && !mi.role && !mi.speakerOnly && m.corefOf === undefined;
    // (not inside a quotation, where "his" is often another's than the writer's last man)
    if (!owned || m.type === 'Person' || m.type === 'Place' || mi.s === 0 || !sal.subject(i) || sal.quoted?.(i)) return;
    const pronoun = OWNERS.get(tokensAt(m.sentence)[mi.s - 1]?.norm ?? '');
    if (!pronoun) return;
    const root = ownerOf(ms, info, i, pronoun, sal, tokensAt);
    if (root !== undefined) ms[i] = { ...m, name: `${fullName(ms, info, root, i)}'s ${m.name}` };
  });
}

/** A person's name in full as the article gave it before mention `i` ("Mr Johnson" → "Alan Johnson"). */
function fullName(ms: readonly Mention[], info: readonly MentionInfo[], root: number, i: number): string {
  const name = ms[root]!.name;
  if (ms[root]!.type !== 'Person' || /\s/.test(name)) return name;
  // (by a surname or, as "Sir John" is, by a first name)
  const word = key(ms[root]!);
  const named = (m: Mention): boolean => key(m).endsWith(` ${word}`) || key(m).startsWith(`${word} `);
  const full = ms.slice(0, i).find((m, j) => info[j]!.kind === 'name' && m.type === 'Person' && named(m));
  return full?.name ?? name;
}

function ownerOf(
  ms: readonly Mention[],
  info: readonly MentionInfo[],
  i: number,
  { types, gender }: { types: readonly EntityType[]; gender: Gender },
  sal: Salience,
  tokensAt: (k: number) => readonly Token[],
): number | undefined {
  const sentence = ms[i]!.sentence;
  /** The named entity mention j stands for, when it fits the pronoun. */
  const fitting = (j: number): number | undefined => {
    const root = ms[j]!.corefOf ?? j;
    if (info[root]?.kind !== 'name' || !types.includes(ms[root]!.type)) return undefined;
    const g = ms[root]!.type === 'Person' ? sal.gender(root) : null;
    return g && gender && g !== gender ? undefined : root;
  };
  // "Tehran and its allies": the conjunct right before owns it.
  const ts = tokensAt(sentence);
  const conjunct = /^(?:and|or)$/.test(ts[info[i]!.s - 2]?.norm ?? '')
    ? info.findIndex((x, j) => j < i && x.sentence === sentence && x.e === info[i]!.s - 2)
    : -1;
  const joined = conjunct >= 0 ? fitting(conjunct) : undefined;
  if (joined !== undefined) return joined;
  const here = new Map<string, number>();
  let subject: number | undefined;
  let before = i - 1;
  for (; before >= 0 && ms[before]!.sentence === sentence; before--) {
    // ("The draft law ... when Poland rejected its adoption", "can delist a company if its debt":
    // an unnamed subject or company nearer may own it)
    const unnamed = info[before]!.kind === 'thing' && ms[before]!.corefOf === undefined && !sal.plural?.(before);
    const owns = unnamed && (sal.subject(before) || THINGS.companies.has(headWordOf(ms[before]!.name)));
    if (owns && here.size === 0 && !types.includes('Person')) return undefined;
    const root = fitting(before);
    if (root === undefined) continue;
    // (a place only as a subject: "in Rotterdam ... its cranes" are not Rotterdam's)
    if (ms[root]!.type === 'Place' && !sal.subject(before)) continue;
    here.set(key(ms[root]!), root);
    if (subject === undefined && sal.subject(before)) subject = root;
  }
  if (here.size > 0) return here.size === 1 ? [...here.values()][0] : subject;
  // None in its own sentence: the first main subject of the sentence before, when it fits.
  let j = before;
  while (j > 0 && ms[j - 1]!.sentence === sentence - 1) j--;
  while (j >= 0 && j <= before && ms[j]!.sentence === sentence - 1 && !sal.subject(j, true)) j++;
  const first = j >= 0 && j <= before && ms[j]!.sentence === sentence - 1 ? fitting(j) : undefined;
  // (not a place: "Its cranes help build oil rigs" after a sentence about Rotterdam)
  return first !== undefined && ms[first]!.type !== 'Place' ? first : undefined;
}
