/**
 * Coreference (ingest/extract/coref.ts): a common noun with a name right beside it is that name: in
 * apposition after the noun ("another Iran-linked group, Katib Hezbollah,", resolveApposition) or
 * before it ("Rosneft, the company that eventually acquired", apposedName), or after a naming
 * participle ("a tool called EdgeScape", resolveNamed).
 */
import type { Token } from '../../parse.js';
import type { Mention } from '../../types.js';
import { LEX } from '../lexicon.js';
import type { MentionInfo } from '../names.js';
import { orgKind, THINGS } from '../things.js';
import { breakAfter, has, isPrep } from '../tokens.js';

/**
 * "another Iran-linked group, Katib Hezbollah, said ...", "a law established by his predecessor,
 * David Blunkett": a singular noun closed by a comma, with a name in apposition that closes too (a
 * comma, a stop, the sentence's end), is that name's entity when the name fits the noun: a group
 * noun takes an organisation or group, a person noun a person, a company or body noun an
 * organisation.
 */
export function resolveApposition(
  ms: readonly Mention[],
  info: readonly MentionInfo[],
  ts: readonly Token[],
  i: number,
): number | undefined {
  const mi = info[i]!;
  const head = ts[mi.e - 1];
  const mj = info[i + 1];
  if (!head || has(head, 'Plural') || !mj || mj.sentence !== mi.sentence || mj.kind !== 'name' || mj.s !== mi.e) return undefined;
  // A group noun's comma may come with other marks; a role's must stand alone ("J Smit (captain), E Andrews").
  const group = mi.kind === 'group';
  if (!(group ? /,/ : /^,\s*$/).test(head.post)) return undefined;
  if (!(mj.e === ts.length || (group ? /[,.;:]/ : /^\s*[,.;:]/).test(ts[mj.e - 1]!.post))) return undefined;
  const type = ms[i + 1]!.type;
  const w = head.norm;
  const fits = group
    ? mi.reference !== 'none' && (type === 'Organization' || type === 'Group')
    : (type === 'Person' && (LEX.personRoles.has(w) || LEX.orgRoles.has(w) || (THINGS.speakers.has(w) && !THINGS.documents.has(w)))) ||
      (type === 'Organization' && (THINGS.companies.has(w) || LEX.orgHeads.has(w) || LEX.orgRoles.has(w)));
  return fits ? i + 1 : undefined;
}

/**
 * "Rosneft, the company that eventually acquired Yuganskneftegas", "Exxon, the world's largest oil
 * company, has signed": a company noun's phrase set off by a comma and its article right after an
 * organisation's name, and going on into a relative, a phrase or the next break, is that name
 * (not "..., the company said": a speaker).
 */
export function apposedName(ms: readonly Mention[], info: readonly MentionInfo[], ts: readonly Token[], i: number): number | undefined {
  const at = apposedAt(ms, info, ts, i);
  if (!at) return undefined;
  // (or a company description already resolved: "The Swedish firm, the world's largest maker of")
  const resolved = at.name.kind === 'thing' && at.root !== at.k && ms[at.root]!.type === 'Organization';
  if (!resolved && (at.name.kind !== 'name' || ms[at.k]!.type !== 'Organization')) return undefined;
  const head = ts[info[i]!.e - 1]?.norm ?? '';
  if (!business(head)) return undefined; // ("the world's largest maker")
  return apposedEnd(ts, info[i]!, false) ? at.root : undefined;
}

/**
 * "Windows XP, the operating system that runs most PCs", "Solaris, the operating system owned by
 * Sun", "Blu-ray, a format developed by Sony": a thing's singular noun apposed so to a product's or
 * work's name is that name (to a name read as an organisation's, only a product's noun: things.json
 * productHeads).
 */
export function apposedThing(ms: readonly Mention[], info: readonly MentionInfo[], ts: readonly Token[], i: number): number | undefined {
  const at = apposedAt(ms, info, ts, i);
  const mi = info[i]!;
  if (!at || mi.kind !== 'thing' || !named(ms[at.k]!, at.name)) return undefined;
  const last = ts[mi.e - 1];
  const head = last?.norm ?? '';
  // (an organisation's name only before a product's noun: not "the PMF, the umbrella of Iraqi militias")
  const type = ms[at.k]!.type;
  if (type !== 'Concept' && !(type === 'Organization' && THINGS.productHeads.has(head))) return undefined;
  const thing =
    !business(head) &&
    !has(last, 'Plural') &&
    /^\p{Ll}+$/u.test(last?.text ?? '') &&
    !LEX.personRoles.has(head) &&
    !LEX.orgRoles.has(head) &&
    // (nor an act the sentence before it is: "control from Yukos, a move that prompted")
    !THINGS.intentNouns.has(head) &&
    !LEX.eventHeads.has(head);
  return thing && apposedEnd(ts, mi, true) ? at.root : undefined;
}

/** A company or body noun ("firm", "bank", "agency"), as opposed to a thing's. */
const business = (head: string): boolean => THINGS.descriptorHeads.has(head) || orgKind(head) === 'company';

/**
 * The mention a phrase at `i` is apposed to: the one before it (past a place that owns the phrase:
 * "Sumitomo, | Japan's | third-largest bank"), closed by a comma, the phrase opening with an
 * article or a place's possessive and having only possessives and adjectives before its noun.
 */
function apposedAt(
  ms: readonly Mention[],
  info: readonly MentionInfo[],
  ts: readonly Token[],
  i: number,
): { k: number; root: number; name: MentionInfo } | undefined {
  const mi = info[i]!;
  const owner = info[i - 1];
  const k = owner && ms[i - 1]!.type === 'Place' && owner.s >= mi.s && has(ts[owner.e - 1], 'Possessive') ? i - 2 : i - 1;
  const name = info[k];
  if (!name) return undefined;
  const first = ts[name.e];
  const opens =
    /^(?:the|a|an)$/.test(first?.norm ?? '') || (has(first, 'Possessive') && has(first, 'Place') && /^\p{Lu}/u.test(first!.text));
  if (mi.sentence !== name.sentence || !/,/.test(ts[name.e - 1]?.post ?? '') || !opens) return undefined;
  // (past a possessive or an adjective of its own: "the world's largest oil company")
  if (ts.slice(name.e + 1, mi.s).some((t) => breakAfter(t) || !(has(t, 'Possessive') || has(t, 'Adjective')))) return undefined;
  return { k, root: ms[k]!.corefOf ?? k, name };
}

/**
 * Whether the apposed phrase goes on into a relative, a phrase or the next break (not "..., the
 * company said": a speaker); a thing's also into a participle's phrase ("a format developed by Sony").
 */
function apposedEnd(ts: readonly Token[], mi: MentionInfo, participle: boolean): boolean {
  const next = ts[mi.e];
  if (!next?.text || breakAfter(ts[mi.e - 1]) || /^(?:that|which|whose)$/.test(next.norm) || isPrep(next)) return true;
  return participle && has(next, 'PastTense') && !has(next, 'Auxiliary') && !breakAfter(next) && isPrep(ts[mi.e + 1]);
}

/**
 * A name, or a thing mention that is one capitalised word joined by hyphens to others ("Blu-ray":
 * mentions/classify.ts keeps such a word whole, as a thing).
 */
export const named = (m: Mention, mi: MentionInfo): boolean =>
  mi.kind === 'name' || (mi.kind === 'thing' && /^\p{Lu}[\p{L}\d]*(?:[-‐‑][\p{L}\d]+)+$/u.test(m.text));

/** Participles that give a thing its name ("a tool called EdgeScape", "a network dubbed Exeem"). */
const NAMING = new Set(['called', 'dubbed', 'named', 'nicknamed', 'codenamed', 'titled', 'entitled', 'branded']);

/** "uses a web-based tool called EdgeScape": the common-noun phrase is the name that follows it. */
export function resolveNamed(ms: readonly Mention[], info: readonly MentionInfo[], ts: readonly Token[], i: number): number | undefined {
  const mi = info[i]!;
  const mj = info[i + 1];
  if (!NAMING.has(ts[mi.e]?.norm ?? '') || /[,;:]/.test(ts[mi.e - 1]?.post ?? '')) return undefined;
  if (!mj || mj.sentence !== mi.sentence || mj.kind !== 'name' || mj.s !== mi.e + 1) return undefined;
  return ms[i + 1]!.type === 'Person' ? undefined : i + 1;
}
