/**
 * Generic groups ("Iran-backed militias", "US officials", "security forces"): a head noun and the
 * qualifiers that identify the group, so that variants cluster (Iran-backed = Iranian-backed =
 * pro-Iranian militias; Shia = Shi'a = Shiite militias) and differently qualified groups stay
 * apart. A group with no identifying qualifier ("officials", "the militias") never leaves its
 * article. Data: ingest/data/resolve/groups.json, places and demonyms from the gazetteer.
 */
import data from '../data/resolve/groups.json' with { type: 'json' };
import gaz from '../data/gazetteer.json' with { type: 'json' };

export interface GroupSig {
  /** Singular head ("militia", "official"). */
  head: string;
  /** Identity qualifiers, sorted: `place:iran`, `backer:iran`, `kind:shia`, `name:bbc`. */
  quals: string[];
  /** Descriptive modifiers, sorted ("space" in "US space agency"): part of the cross-article key only. */
  mods: string[];
  /** A singular count noun ("US regulator"): one body of its kind, never its plural (data: wholeHeads). */
  one?: boolean;
  /** Rated by an evaluative or superlative word ("best British artists", "talented players"): a description. */
  rated?: boolean;
  /** A count as written ("eight", "14"): "the two UK players" are not "the best eight players". */
  count?: string;
}

const HEADS: Readonly<Record<string, string>> = data.headSynonyms;
const KINDS: Readonly<Record<string, string>> = data.qualifierSynonyms;
const COUNTRIES: Readonly<Record<string, string>> = data.countries;
const PREFIX = new Set(data.backerPrefixes);
const PLAIN = new Set(data.plainModifiers);
const SUFFIX = new Set(data.backerSuffixes);
const RATED = new Set(data.evaluativeModifiers);
const PUBLIC = new Set(data.publicHeads);
const WHOLE = new Set(data.wholeHeads);
const PLACES = new Set(gaz.places);
const DEMONYMS = new Map(Object.entries(gaz.demonyms as Record<string, string>).map(([k, v]) => [k, v.toLowerCase()]));

const fold = (w: string): string =>
  w
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

const COUNTRIES_SET = new Set([...Object.values(COUNTRIES), ...DEMONYMS.values()]);
/** Whether a place (lowercase, as placeOf returns it) is a country. */
export const isCountry = (place: string): boolean => COUNTRIES_SET.has(place);

const COUNTS: ReadonlySet<string> = new Set(data.counts);
const isCount = (w: string): boolean => COUNTS.has(w) || /^\d[\d,.]*$/.test(w);

const FAITHS = new Set(data.faiths);
/**
 * A faith word ("Catholic", "Catholics", "Shiite", "Sunnis"): it qualifies a group or names a
 * people, never one person ("Roman Catholic organisations", "Roman Catholics").
 */
export function isFaith(word: string): boolean {
  const w = fold(word);
  const kind = KINDS[w] ?? (w.endsWith('s') ? KINDS[w.slice(0, -1)] : undefined);
  return kind !== undefined && FAITHS.has(kind);
}

/** The party a capitalised qualifier names ("Conservative", "Lib Dem", "Tory"), title-cased, or null. */
export function partyOf(words: string): string | null {
  const kind = KINDS[fold(words)];
  return kind && /(?:party|democrats)$/.test(kind) ? kind.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()).replace(/\bUk\b/, 'UK') : null;
}

/** The place a word names ("Iranian", "Iraqis", "US", "Baghdad"), lowercase, or null. */
export function placeOf(word: string): string | null {
  const w = fold(word);
  if (!w) return null;
  const plural = w.endsWith('s') ? w.slice(0, -1) : w;
  return COUNTRIES[w] ?? DEMONYMS.get(w) ?? DEMONYMS.get(plural) ?? (PLACES.has(w) ? w : null);
}

/** Singular form of a head noun ("forces" → "force", "militias" → "militia"). */
export function singular(word: string): string {
  const w = fold(word);
  if (HEADS[w]) return HEADS[w]!;
  if (/ies$/.test(w) && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(w)) return w;
  return w.endsWith('s') && w.length > 3 ? w.slice(0, -1) : w;
}

function qualifier(raw: string, proper: boolean): string | null {
  const w = fold(raw);
  if (!w) return null;
  const parts = w.split(/[-‐‑]/).filter(Boolean);
  if (parts.length > 1) {
    const backer = PREFIX.has(parts[0]!) ? parts.slice(1).join(' ') : SUFFIX.has(parts.at(-1)!) ? parts.slice(0, -1).join(' ') : null;
    if (backer) return `backer:${placeOf(backer) ?? backer}`;
  }
  if (KINDS[w]) return `kind:${KINDS[w]}`;
  const place = placeOf(w);
  if (place) return `place:${place}`;
  return proper ? `name:${w}` : null;
}

/**
 * The signature of a group mention from its surface words. `initial`: the mention opens its
 * sentence (a capital on its first word is then no evidence of a name).
 */
export function groupSig(surface: string, initial = false): GroupSig {
  const words = surface
    .replace(/['’]s\b/g, '')
    .split(/\s+/)
    .filter(Boolean);
  let n = words.length;
  let head = '';
  const two = n >= 2 ? `${fold(words[n - 2]!)} ${fold(words[n - 1]!)}` : '';
  if (HEADS[two]) [head, n] = [HEADS[two]!, n - 2];
  else [head, n] = [singular(words[n - 1] ?? ''), n - 1];
  const quals = new Set<string>();
  const mods = new Set<string>();
  let rated = false;
  let count: string | undefined;
  words.slice(0, n).forEach((w, i) => {
    const q = qualifier(w, /^\p{Lu}/u.test(w) && !(i === 0 && initial));
    if (q) quals.add(q);
    else if (RATED.has(fold(w))) rated = true;
    else if (isCount(fold(w))) count ??= fold(w);
    else if (fold(w) && !PLAIN.has(fold(w))) mods.add(fold(w));
  });
  // The number as written: "regulator" is one, "regulators", "militia groups", "militiamen" many.
  const last = fold(words.at(-1) ?? '');
  const one = !!head && singular(last) === last && !WHOLE.has(head);
  const sig: GroupSig = { head, quals: [...quals].sort(), mods: [...mods].sort() };
  return Object.assign(sig, one ? { one } : {}, rated ? { rated } : {}, count ? { count } : {});
}

/**
 * Whether a qualified group is a standing group that other articles may name: not rated ("best
 * British artists" is an award's title), not a national class of private people ("British
 * players" are tennis players in one story and gamers in another; "US officials", "Iraqi forces"
 * hold public roles), and not one unnarrowed body ("US regulator" is the FDA in one story and
 * another regulator in the next; "US space agency" is NASA in every story).
 */
function standing(g: GroupSig): boolean {
  if (g.rated) return false;
  if (g.quals.every((q) => q.startsWith('place:')) && !PUBLIC.has(g.head)) return false;
  return !g.one || g.mods.length > 0 || g.quals.some((q) => q.startsWith('name:'));
}

/**
 * Cross-article key of a qualified standing group (see standing), with its number and its
 * descriptive modifiers ("US space agency" is not "US development agency", nor "US space
 * agencies"); '' when the group has no identifying qualifier or is no standing group.
 */
export const groupKey = (g: GroupSig): string =>
  g.quals.length && standing(g)
    ? `grp:${g.head}${g.one ? '/1' : ''}|${g.quals.join(',')}${g.mods.length ? `|${g.mods.join(',')}` : ''}`
    : '';

const DISTINCT: ReadonlySet<string> = new Set(data.distinguishingModifiers);
const distinct = (g: GroupSig): string => g.mods.filter((m) => DISTINCT.has(m)).join(',');

/**
 * One group inside an article: same head, qualifiers, number ("US regulator" is no "US regulators")
 * and distinguishing modifiers ("local government" is no "government").
 */
export const sameGroup = (a: GroupSig, b: GroupSig): boolean => sameGroupKey(a) === sameGroupKey(b);
/**
 * Whether two mentions of one group key may be one body by their counts: "eight players" and "the
 * players" may, "the best two players" and "the best eight players" may not.
 */
export const sameCount = (a: GroupSig, b: GroupSig): boolean => !a.count || !b.count || a.count === b.count;
/** What sameGroup compares, as one string: sameGroup(a, b) exactly when the keys are equal (for lookups). */
export const sameGroupKey = (g: GroupSig): string => JSON.stringify([g.head, g.quals.join(','), !g.one, distinct(g)]);
