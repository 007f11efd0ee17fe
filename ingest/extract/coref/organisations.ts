/**
 * Coreference (ingest/extract/coref.ts): a definite company or body noun ("the firm", "the bank",
 * "the party", "the newspaper") → the one organisation in reach that fits its kind, else the
 * article's main company (resolveOrganisation, with the counts coref keeps in OrgCounts).
 */
import type { Token } from '../../parse.js';
import type { Mention } from '../../types.js';
import { placeOf } from '../../resolve/groups.js';
import { LEX } from '../lexicon.js';
import type { MentionInfo } from '../names.js';
import { fitsKind, isParty, nameKind, orgKind, THINGS } from '../things.js';
import { breakAfter, has, isPrep } from '../tokens.js';
import type { Salience } from './salience.js';
import { key } from './shared.js';

/**
 * "the firm", "the bank": the one organisation named in the last sentences (DESCRIPTION_WINDOW), or
 * none; a company head ("firm") never resolves to a party or a government body by its own head.
 */
export function resolveOrganisation(
  ms: readonly Mention[],
  info: readonly MentionInfo[],
  i: number,
  role = info[i]!.role!,
  topic?: OrgCounts,
  sal?: Salience,
  ts: readonly Token[] = [],
): number | undefined {
  const m = ms[i]!;
  const outlet = THINGS.pressWords.has(role) ? namedOutlet(ms, info, i) : undefined;
  if (outlet !== undefined) return outlet;
  const names = new Map<string, number>();
  const here = new Map<string, number>(); // those named earlier in its own sentence
  // "the party" is a party, never "Bournemouth" (a company head may be any organisation).
  const party = orgKind(role) === 'party';
  const fits = (root: number): boolean =>
    fitsKind(role, ms[root]!.name) && fitsKind(role, defined(ms, info, ms[root]!) ?? '') && (!party || isParty(ms[root]!.name));
  for (let j = i - 1; j >= 0 && ms[j]!.sentence >= m.sentence - ORG_WINDOW; j--) {
    // A name, or a description already resolved to one ("told the Daily Telegraph ... He also told
    // the paper ... He told the newspaper": the chain keeps the paper in reach).
    const root = ms[j]!.corefOf ?? j;
    if ((info[j]!.kind !== 'name' && root === j) || info[j]!.kind === 'pronoun' || ms[root]!.type !== 'Organization') continue;
    if (!fits(root) || (ms[j]!.sentence === m.sentence && ownsPhraseOf(ts, info[j]!, info[i]!))) continue;
    if (!names.has(key(ms[root]!))) names.set(key(ms[root]!), root);
    if (ms[j]!.sentence === m.sentence && qualifiesNoun(ts, info[j]!)) here.set(key(ms[root]!), root);
  }
  if (names.size === 1) return [...names.values()][0];
  // "A spokesman for Shell said the company would", "Merck's shares tumbled and the company has
  // had to": a description that is its clause's subject is the one organisation its own sentence
  // names before it inside another noun's phrase, not the article's main one. (Not one that acts
  // there: "Ofcom said that the firm must" is another firm.)
  const d = info[i]!.s - (ts[info[i]!.s - 1]?.norm === 'the' ? 2 : 1);
  // (not in apposition to a name: "the UK Film Council, the organisation which")
  const apposed = !!ts[d] && breakAfter(ts[d]) && /^\p{Lu}/u.test(ts[d]!.text);
  if (here.size === 1 && sal?.subject(i) && !apposed) return [...here.values()][0];
  // "Ubisoft ... has been trying to remain independent since Electronic Arts announced plans to buy
  // 19.9% of the firm": a description after its clause's subject is not that subject; with it set
  // aside, the one other organisation in reach.
  const near = sal && !sal.subject(i) && /^(?:firm|company)$/.test(role) ? nearestSubject(ms, i, sal) : undefined;
  if (near !== undefined && names.size === 2 && names.has(key(ms[near]!))) {
    names.delete(key(ms[near]!));
    return [...names.values()][0];
  }
  // "Microsoft has launched ... the company told": with several companies in reach (or none), the
  // article's main one: named at least twice so far and twice as often as any other that fits.
  // Parties and governments contrast with each other in their articles; only a company's or a club's
  // head looks back ("Arsenal ... The club - which is currently listed on the smaller Ofex share exchange").
  if (!topic || topic.size > TOPIC_LIMIT || !/^(?:company|club)$/.test(orgKind(role) ?? '')) return undefined;
  const ranked = [...topic.values()].filter((c) => fits(c.root)).sort((a, b) => b.n - a.n);
  const [top, next] = ranked;
  if (!top || top.n < 2 || (next && top.n < 2 * next.n)) return undefined;
  return names.size === 0 || names.has(key(ms[top.root]!)) ? top.root : undefined;
}

/**
 * "Falic Group bought ... The Florida company also owns", "the Italian firm": a company noun after a
 * place or nationality is the one organisation in reach that fits, never the article's main one by
 * default, and not one the article places in another country ("Italian carmaker Fiat" is no "German
 * firm").
 */
export function resolvePlacedCompany(
  ms: readonly Mention[],
  info: readonly MentionInfo[],
  i: number,
  sal: Salience,
  tokensAt: (sentence: number) => readonly Token[],
): number | undefined {
  const mi = info[i]!;
  const ts = tokensAt(mi.sentence);
  // (with several in reach, the organisation the sentence before is about, when this one opens its
  // own: "Privately-held Falic Group bought ... from LVMH. The Florida company also own")
  const root = resolveOrganisation(ms, info, i, undefined, undefined, sal, ts) ?? (sal.subject(i) ? lastSubject(ms, i, sal) : undefined);
  if (root === undefined || !fitsKind(info[i]!.role!, ms[root]!.name)) return undefined;
  // (not one the description's own sentence names after it: "The US firm agreed ... to buy Fiat")
  if (ms.some((m, k) => k > i && m.sentence === ms[i]!.sentence && key(ms[m.corefOf ?? k]!) === key(ms[root]!))) return undefined;
  const known = countryOfOrg(ms, info, root, tokensAt);
  return known && known !== placeOf(ts[mi.s]!.text) ? undefined : root;
}

/** Whether a thing mention is a company noun after one place word ("the Italian firm"; not "the Dutch team"). */
export const placedCompany = (ts: readonly Token[], mi: MentionInfo): boolean =>
  mi.e - mi.s === 2 && /^\p{Lu}/u.test(ts[mi.s]!.text) && !!placeOf(ts[mi.s]!.text) && orgKind(ts[mi.e - 1]!.norm) === 'company';

/** The country the article puts an organisation in by a nationality right before a name of it ("Swedish firm Electrolux"). */
function countryOfOrg(
  ms: readonly Mention[],
  info: readonly MentionInfo[],
  root: number,
  tokensAt: (sentence: number) => readonly Token[],
): string | undefined {
  for (let j = 0; j < ms.length; j++) {
    if ((ms[j]!.corefOf ?? j) !== root || info[j]!.kind !== 'name') continue;
    const ts = tokensAt(info[j]!.sentence);
    for (let k = info[j]!.s - 1; k >= Math.max(0, info[j]!.s - 3) && !breakAfter(ts[k]); k--)
      if (has(ts[k], 'Demonym') || has(ts[k], 'Country')) return placeOf(ts[k]!.text) ?? undefined;
  }
  return undefined;
}

/**
 * "A Conservative spokeswoman said the party stuck to the rules": "the party" in a sentence whose
 * speaker is named by one party's adjective or name before their role is that party, whichever
 * party the article named last.
 */
export function speakersParty(ms: readonly Mention[], info: readonly MentionInfo[], ts: readonly Token[], i: number): number | undefined {
  if (info[i]!.role !== 'party') return undefined;
  const parties = new Map<string, number>();
  for (let j = i - 1; j >= 0 && ms[j]!.sentence === ms[i]!.sentence; j--) {
    const mj = info[j]!;
    const after = ts[mj.e]?.norm ?? '';
    if (mj.kind !== 'name' || !isParty(ms[j]!.name) || !(LEX.personRoles.has(after) || LEX.titles.has(after))) continue;
    parties.set(key(ms[ms[j]!.corefOf ?? j]!), ms[j]!.corefOf ?? j);
  }
  return parties.size === 1 ? [...parties.values()][0] : undefined;
}

/**
 * "bought broadcaster BSkyB's stake in the business", "Verizon's stake in the company": a name
 * owning the noun whose phrase holds the description is another one than it describes.
 */
function ownsPhraseOf(ts: readonly Token[], owner: MentionInfo, d: MentionInfo): boolean {
  if (owner.e > d.s || !has(ts[owner.e - 1], 'Possessive')) return false;
  let k = owner.e;
  while (k < d.s && has(ts[k], 'Noun') && !has(ts[k], 'ProperNoun') && !breakAfter(ts[k])) k++;
  if (k === owner.e || !isPrep(ts[k])) return false;
  k++;
  if (ts[k]?.norm === 'the') k++;
  return k === d.s;
}

/**
 * "Merck's shares", "MTV spokeswoman", "a spokesman for Shell", "investors in Worldcom": a name
 * that qualifies a noun after it or a person's noun before it, not one that heads an argument.
 */
function qualifiesNoun(ts: readonly Token[], mi: MentionInfo): boolean {
  const last = ts[mi.e - 1];
  const after = ts[mi.e];
  if (!last || breakAfter(last)) return !!last && has(last, 'Possessive');
  if (has(last, 'Possessive') || (has(after, 'Noun') && !has(after, 'Verb') && !has(after, 'Pronoun'))) return true;
  const prep = ts[mi.s - 1]?.norm === 'the' ? mi.s - 2 : mi.s - 1;
  const holder = ts[prep - 1];
  const person = (t: Token) => LEX.personRoles.has(t.norm) || LEX.titles.has(t.norm) || has(t, 'Actor') || LEX.plainPeople.has(t.norm);
  return isPrep(ts[prep]) && !!holder && person(holder);
}

/**
 * "told the Daily Telegraph ... He told the newspaper": "the newspaper" (things.json pressWords) is
 * the one outlet the article has named so far by a name that says so, however far back.
 */
function namedOutlet(ms: readonly Mention[], info: readonly MentionInfo[], i: number): number | undefined {
  const outlets = new Map<string, number>();
  for (let j = 0; j < i; j++) {
    const root = ms[j]!.corefOf ?? j;
    if (info[root]?.kind === 'name' && ms[root]!.type === 'Organization' && nameKind(ms[root]!.name) === 'outlet')
      outlets.set(key(ms[root]!), root);
  }
  return outlets.size === 1 ? [...outlets.values()][0] : undefined;
}

/** The organisation that is the first subject of the sentence before mention `i`'s, if any. */
function lastSubject(ms: readonly Mention[], i: number, sal: Salience): number | undefined {
  const sentence = ms[i]!.sentence - 1;
  let j = i - 1;
  while (j >= 0 && ms[j]!.sentence > sentence) j--;
  while (j > 0 && ms[j - 1]!.sentence === sentence) j--;
  for (; j >= 0 && j < i && ms[j]!.sentence === sentence; j++)
    if (sal.subject(j)) {
      const root = ms[j]!.corefOf ?? j;
      return ms[root]!.type === 'Organization' ? root : undefined;
    }
  return undefined;
}

/** The antecedent of the clause subject nearest before mention `i` in its sentence, if any. */
function nearestSubject(ms: readonly Mention[], i: number, sal: Salience): number | undefined {
  for (let j = i - 1; j >= 0 && ms[j]!.sentence === ms[i]!.sentence; j--) if (sal.subject(j)) return ms[j]!.corefOf ?? j;
  return undefined;
}

/** Organisations named so far in the article: mentions per name, and the first mention's index. */
export type OrgCounts = Map<string, { n: number; root: number }>;
export const TOPIC_LIMIT = 200;

const ORG_WINDOW = 3;

/** "saying the group would make a cash bid": "the group" as "the firm" is (resolveOrganisation). */
export function definiteCompany(
  ms: readonly Mention[],
  info: readonly MentionInfo[],
  ts: readonly Token[],
  i: number,
  topic: OrgCounts,
): number | undefined {
  const mi = info[i]!;
  const head = ts[mi.e - 1];
  // ("The computer company, working with United Devices": a trade noun before "company" or "firm"
  // too, but then only the one organisation in reach; "the parent company", "the rival firm" are others)
  const trade = mi.e - mi.s === 2 && industryNoun(ts[mi.s]) && /^(?:company|firm)$/.test(head?.norm ?? '');
  if ((mi.e - mi.s !== 1 && !trade) || ts[mi.s - 1]?.norm !== 'the' || !head || has(head, 'Plural') || !THINGS.companies.has(head.norm))
    return undefined;
  return resolveOrganisation(ms, info, i, head.norm, trade ? undefined : topic);
}

/** Words that make "the X company" another company than the one just named. */
const OTHER_COMPANY: ReadonlySet<string> = new Set([
  'parent',
  'holding',
  'rival',
  'sister',
  'subsidiary',
  'state',
  'joint',
  'new',
  'former',
  'other',
  'same',
  'target',
]);
/** A lowercase noun naming a trade ("computer", "oil", "drinks"), not a relation to another company. */
const industryNoun = (t: Token | undefined): boolean =>
  !!t && /^\p{Ll}+$/u.test(t.text) && has(t, 'Noun') && !has(t, 'Plural') && !OTHER_COMPANY.has(t.norm);

/** What a short form stands for where the article defines it ("the Wall Street Journal (WSJ)"). */
function defined(ms: readonly Mention[], info: readonly MentionInfo[], m: Mention): string | undefined {
  const k = ms.findIndex((x, j) => info[j]!.aliasOf !== undefined && key(x) === key(m));
  return k < 0 ? undefined : ms[info[k]!.aliasOf!]!.name;
}
