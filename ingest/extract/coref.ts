/**
 * Stage: pronoun and description mentions → `corefOf` (index of the antecedent mention) when
 * exactly one compatible entity is in reach; otherwise left unresolved (relations then drop them).
 * A group noun in apposition with a name ("another group, Katib Hezbollah,") is that name.
 */
import type { Corefed, EntityType, Mention, Mentioned } from '../types.js';
import { isHeadlineLike, type Token } from '../parse.js';
import { appositiveHead, classifierOf, DESCRIPTOR_WINDOW, nameHeadOf, pointingHead } from './descriptor.js';
import { LEX, nominalPredicate } from './lexicon.js';
import { partyOf, placeOf } from '../resolve/groups.js';
import { AGE_DESCRIPTION } from './mentions.js';
import type { MentionInfo } from './names.js';
import { headEnd } from './args.js';
import type { Clause } from './clauses.js';
import { fitsKind, isParty, isPluralOfPeople, nameKind, orgKind, THINGS } from './things.js';
import { breakAfter, has, isPrep, quoteMask } from './tokens.js';

const WINDOW = 2; // sentences back
const DESCRIPTION_REACH = 300; // mentions back

const key = (m: Mention): string => m.name.toLowerCase();
const surname = (m: Mention): string => key(m).split(' ').at(-1)!;
/** What two mentions of one name share: a person's surname, anything else's whole name. */
const nameKey = (m: Mention): string => (m.type === 'Person' ? surname(m) : key(m));

function compatible(pronoun: string): EntityType[] {
  if (LEX.pronounPerson.has(pronoun) || AGE_DESCRIPTION.test(pronoun)) return ['Person'];
  if (LEX.pronounPlural.has(pronoun)) return ['Group'];
  if (LEX.pronounThing.has(pronoun)) return ['Organization', 'Place'];
  return [];
}

type Gender = 'male' | 'female' | null;
/** Person nouns that say a gender ("One Iraqi woman told Ms Alexander ... as she watched"). */
const FEMALE_NOUNS: ReadonlySet<string> = new Set(['woman', 'girl', 'mother', 'wife', 'daughter', 'sister', 'grandmother', 'widow']);
const MALE_NOUNS: ReadonlySet<string> = new Set(['man', 'boy', 'father', 'husband', 'son', 'brother', 'grandfather', 'widower']);
const MALE_TITLES = /^(?:mr|lord|sir|king|prince|father|brother|president-elect)\b/i;
const FEMALE_TITLES = /^(?:mrs|ms|miss|lady|baroness|dame|queen|princess|sister)\b/i;

/** What the article tells of each person's gender: a title ("Mr", "Baroness") or a first name compromise knows. */
export interface Salience {
  gender(i: number): Gender;
  /** Whether mention i heads the subject of a clause (`main`: of a clause no other governs). */
  subject(i: number, main?: boolean): boolean;
  /** Whether mention i's head is a plural noun. */
  plural?(i: number): boolean;
  /** The subject (with its apposition) of the clause whose object is mention i, as a token span of its sentence. */
  ownSubject?(i: number): { s: number; e: number } | undefined;
  /** Token index of the relative pronoun right before mention i ("AAC, which it says"), if any. */
  relativeBefore?(i: number): number | undefined;
  /** Whether mention i stands inside double quotes. */
  quoted?(i: number): boolean;
  /** Whether mention i is the speaker of a reporting clause after a comma ("..., he claimed"). */
  afterReport?(i: number): boolean;
  /** Whether mention i is the subject of a verb of saying. */
  speaks?(i: number): boolean;
  /** Whether mention i is the subject of a verb of saying after a clause and a comma ("..., the Financial Times reported"). */
  citedAfter?(i: number): boolean;
  /** Whether mention i owns the subject of a clause ("Mrs Blair's remarks are said"). */
  ownsSubject?(i: number): boolean;
  /** The mention whose claim opens right before mention i ("Syria's denials that | it"), if any. */
  claimant?(i: number): number | undefined;
  /** The gender an unnamed plain person noun (mention i) gives ("One Iraqi woman": female; "a person": null), or undefined when it is none. */
  person?(i: number): Gender | undefined;
  /** Whether mention i only modifies the common noun right after it ("the Berlin blockade") or locates ("Few in Westminster"). */
  modifies?(i: number): boolean;
}

/** Pronouns that, as an object, never stand for their clause's subject (not reflexives, not "used his"). */
const OBJECT_PRONOUNS = new Set(['it', 'him', 'her', 'them']);

function pronounGender(w: string): Gender {
  return /^(?:he|him|his|himself)$/.test(w) ? 'male' : /^(?:she|her|hers|herself)$/.test(w) ? 'female' : null;
}

/**
 * A resolved pronoun that keeps its antecedent salient: "he"/"she" always; "it" as the subject of
 * its clause standing for an organisation ("T-Mobile said it ... it announced ... It also"); a
 * subject "they" for a later "they" of its own sentence ("They argued that ..., but they
 * considered ...").
 */
function salientChain(ms: readonly Mention[], j: number, i: number, sal?: Salience): boolean {
  const w = ms[j]!.text.toLowerCase();
  if (LEX.pronounPerson.has(w)) return true;
  if (w === 'they') return !!sal?.subject(j) && ms[i]!.text.toLowerCase() === 'they' && ms[j]!.sentence === ms[i]!.sentence;
  return w === 'it' && !!sal?.subject(j) && ms[ms[j]!.corefOf!]!.type === 'Organization';
}

/**
 * "It follows a similar initiative by GM", "He said Mr Brown had ...": a subject pronoun never
 * stands for a name its own sentence gives after it (a person by surname).
 */
function namedLater(ms: readonly Mention[], info: readonly MentionInfo[], i: number): Set<string> {
  const out = new Set<string>();
  if (!/^(?:it|he|she|they)$/i.test(ms[i]!.text)) return out;
  for (let n = i + 1; n < ms.length && ms[n]!.sentence === ms[i]!.sentence; n++) if (info[n]!.kind === 'name') out.add(nameKey(ms[n]!));
  return out;
}

/**
 * A pronoun's antecedent: the one compatible name in reach (two sentences back); when several are,
 * a subject pronoun takes the nearest compatible clause subject before it in its sentence, else the
 * first subject of the previous sentence, gender permitting ("Mr Sullivan said he ...").
 */
export function resolvePronoun(ms: readonly Mention[], info: readonly MentionInfo[], i: number, sal?: Salience): number | undefined {
  const j = antecedent(ms, info, i, sal);
  if (j !== undefined && !nearerNoun(ms, info, i, j, sal) && !nearerThing(ms, info, i, j, sal)) return j;
  return sal?.speaks?.(i) ? speakerNoun(ms, info, i, sal) : undefined;
}

/**
 * "one drone struck his residence, while two other drones were brought down before reaching it":
 * an object "it" after an unnamed thing of its number in its own sentence, nearer than the name it
 * would take, stands for that thing.
 */
function nearerThing(ms: readonly Mention[], info: readonly MentionInfo[], i: number, root: number, sal?: Salience): boolean {
  if (ms[i]!.text.toLowerCase() !== 'it' || !sal?.plural || sal.subject(i)) return false;
  for (let j = i - 1; j >= 0 && ms[j]!.sentence === ms[i]!.sentence; j--) {
    if (key(ms[ms[j]!.corefOf ?? j]!) === key(ms[root]!)) return false;
    if (info[j]!.kind === 'thing' && ms[j]!.corefOf === undefined && !sal.plural(j) && !sal.modifies?.(j)) return true;
  }
  return false;
}

/**
 * "Two crooks who robbed a bank were snapped before they carried out the crime",
 * "The PPI's estimate is higher because it excludes": a subject "they" or "it" whose nearest clause
 * subject before it (for "they" in its sentence or the one before, for "it" in its sentence) is an
 * unnamed noun of its number, nearer than the name it would take, stands for that noun; so does an
 * "it" after a sentence whose first main subject is such a noun.
 */
function nearerNoun(ms: readonly Mention[], info: readonly MentionInfo[], i: number, root: number, sal?: Salience): boolean {
  const w = ms[i]!.text.toLowerCase();
  if ((w === 'he' || w === 'she') && sal?.subject(i)) return nearerPerson(ms, i, root, sal);
  if (!sal?.plural || (w !== 'it' && w !== 'they') || !sal.subject(i)) return false;
  // "Marsh did not say when the move would take place, but said it had signed": an organisation
  // that is a subject of the pronoun's own sentence keeps "it".
  const same = (j: number): boolean => key(ms[ms[j]!.corefOf ?? j]!) === key(ms[root]!);
  for (let j = i - 1; w === 'it' && j >= 0 && ms[j]!.sentence === ms[i]!.sentence; j--) if (same(j) && sal.subject(j)) return false;
  const reach = w === 'they' ? 1 : 0;
  const unnamed = (j: number): boolean => info[j]!.kind === 'thing' && ms[j]!.corefOf === undefined && sal.plural!(j) === (w === 'they');
  for (let j = i - 1; j >= 0 && ms[j]!.sentence >= ms[i]!.sentence - reach; j--) {
    if (same(j)) return false;
    if (unnamed(j) && sal.subject(j)) return true;
  }
  // "The camcorder ... It combines high quality video": the sentence before speaks of an unnamed
  // thing (its first main subject), not of the name "it" would take (judged samples: "it" taken
  // across sentences by the one name in reach was wrong more often than right), unless it names
  // that too ("its shares fell").
  if (w !== 'it') return false;
  // Mentions are in text order: the sentence before's lie just before this one's.
  const before: number[] = [];
  for (let j = i - 1; j >= 0 && ms[j]!.sentence >= ms[i]!.sentence - 1; j--) if (ms[j]!.sentence < ms[i]!.sentence) before.unshift(j);
  const first = before.find((j) => sal.subject(j, true));
  // (a name owning only an object there does not: "The program attempts to delete Microsoft's
  // anti-spyware tool. It may also try to steal ..." goes on with the program)
  const owns = (j: number): boolean => /['’]s?$/u.test(ms[j]!.text) && !sal.ownsSubject?.(j);
  return first !== undefined && unnamed(first) && !before.some((j) => same(j) && !owns(j));
}

/**
 * "One Iraqi woman told Ms Alexander about her frustration as she watched TV adverts": a subject
 * "he" or "she" whose nearest main-clause subject before it in its sentence is an unnamed plain
 * person ("woman", "man", "person") of its gender, not the name it would take, stands for that person.
 */
function nearerPerson(ms: readonly Mention[], i: number, root: number, sal: Salience): boolean {
  const g = pronounGender(ms[i]!.text.toLowerCase());
  for (let j = i - 1; j >= 0 && ms[j]!.sentence === ms[i]!.sentence; j--) {
    if (!sal.subject(j, true)) continue;
    if (key(ms[ms[j]!.corefOf ?? j]!) === key(ms[root]!)) return false;
    const p = ms[j]!.corefOf === undefined ? sal.person?.(j) : undefined;
    return p !== undefined && (p === null || p === g);
  }
  return false;
}

/**
 * "But analysts said any gains are likely ... They also pointed out that ...": a "they" (or "it")
 * that says something, with no name to stand for, is the unnamed speaker of its number heading a
 * main clause of its sentence or the one before (not "it said" after a quotation).
 */
function speakerNoun(ms: readonly Mention[], info: readonly MentionInfo[], i: number, sal: Salience): number | undefined {
  const w = ms[i]!.text.toLowerCase();
  if (!sal.plural || (w !== 'it' && w !== 'they') || sal.afterReport?.(i)) return undefined;
  for (let j = i - 1; j >= 0 && ms[j]!.sentence >= ms[i]!.sentence - 1; j--) {
    const kind = info[j]!.kind;
    if ((kind !== 'thing' && kind !== 'group') || ms[j]!.corefOf !== undefined) continue;
    if (sal.plural(j) === (w === 'they') && sal.subject(j, true)) return j;
  }
  return undefined;
}

/**
 * "The worm can spread through Microsoft's Outlook ... It may also try to steal passwords": a
 * subject "it" whose one compatible name stands in earlier sentences only, and there never as a
 * clause's subject or its owner, is more often the thing those sentences speak of than the name.
 */
function remoteObject(ms: readonly Mention[], order: readonly number[], i: number, sal?: Salience): boolean {
  if (ms[i]!.text.toLowerCase() !== 'it' || !sal?.subject(i)) return false;
  if (order.some((j) => ms[j]!.sentence === ms[i]!.sentence)) return false;
  return !order.some((j) => sal.subject(j) || sal.ownsSubject?.(j));
}

function antecedent(ms: readonly Mention[], info: readonly MentionInfo[], i: number, sal?: Salience): number | undefined {
  const m = ms[i]!;
  const w = m.text.toLowerCase();
  const types = compatible(w);
  if (!types.length) return undefined;
  const g = pronounGender(w);
  const names = new Map<string, number>();
  const order: number[] = [];
  const later = namedLater(ms, info, i);
  const age = AGE_DESCRIPTION.test(w);
  // "Online auction site, eBay, stopped supporting it": an object pronoun is never its own clause's subject.
  const own = OBJECT_PRONOUNS.has(w) ? sal?.ownSubject?.(i) : undefined;
  // "Apple uses AAC, which it says helps thwart piracy": the relative's antecedent is not its speaker.
  const rel = sal?.relativeBefore?.(i);
  const reporting = sal?.afterReport?.(i) ?? false;
  let modifier = false;
  for (let j = i - 1; j >= 0 && ms[j]!.sentence >= m.sentence - WINDOW; j--) {
    const cand = ms[j]!;
    const root = cand.corefOf ?? j;
    if (later.has(nameKey(ms[root]!))) continue;
    // "Sports psychologist Hugh Richards says the 30-year-old must": an age stands for someone else.
    if (age && cand.sentence === m.sentence) continue;
    if (own && cand.sentence === m.sentence && info[j]!.s >= own.s && info[j]!.e <= own.e) continue;
    if (rel !== undefined && cand.sentence === m.sentence && info[j]!.e === rel) continue;
    // '"... the home secretary is dodging ...," he told BBC News': the speaker is not named in his own quote,
    // nor in what he reports ("Mr Blair has failed to tackle these problems, he claimed": someone else).
    if (cand.sentence === m.sentence && (reporting || (sal?.quoted?.(j) && !sal.quoted(i)))) continue;
    // A resolved pronoun or description keeps its antecedent salient ("the firm said it ...").
    const chained = cand.corefOf !== undefined && (info[j]!.kind === 'pronoun' ? salientChain(ms, j, i, sal) : info[j]!.kind !== 'event');
    if (!chained && (info[j]!.kind === 'pronoun' || info[j]!.kind === 'description' || info[j]!.kind === 'thing')) continue;
    if (!types.includes(ms[root]!.type) || info[j]!.kind === 'event') continue;
    // "A delegation of European firms visited the SEC, the Financial Times reported. It was led by":
    // an outlet cited after what it reports is its source, not what the story goes on with.
    if (sal?.citedAfter?.(j) && nameKind(ms[root]!.name) === 'outlet' && !sal.speaks?.(i)) continue;
    if (g && sal?.gender(root) && sal.gender(root) !== g) continue;
    // "The Conservatives accuse the Scottish Executive ... because it is too afraid", "What the Law
    // Lords did was ... because it didn't apply": people named in the plural are "they", never "it".
    if ((w === 'it' || w === 'its') && isPluralOfPeople(cand.text)) continue;
    // "triggered the Cold War, with the Berlin blockade ... blighted by it", "Few in Westminster
    // believe that, because the evidence appears to contradict it": a place that only modifies a
    // noun or says where is not what "it" goes on with, but the thing it modifies keeps another
    // name from being the only one ("the US state of Maine ... it initially received").
    if (w === 'it' && ms[root]!.type === 'Place' && sal?.modifies?.(j)) {
      modifier = true;
      continue;
    }
    if (!names.has(key(ms[root]!))) names.set(key(ms[root]!), root);
    order.push(j);
  }
  if (names.size === 1 && !modifier) return remoteObject(ms, order, i, sal) ? undefined : [...names.values()][0];
  if (names.size === 0) return undefined;
  // "Syria's denials that it was implicated": the pronoun in a claim stands for its claimant.
  const claimant = sal?.claimant?.(i);
  if (claimant !== undefined && order.includes(claimant)) return ms[claimant]!.corefOf ?? claimant;
  // "X has quit the UK Independence Party and accused it of ...": an object pronoun takes the one
  // compatible name before it in its own sentence.
  if (!sal?.subject(i)) {
    const here = new Set(order.filter((j) => ms[j]!.sentence === m.sentence).map((j) => ms[j]!.corefOf ?? j));
    const keys = new Set([...here].map((j) => key(ms[j]!)));
    return keys.size === 1 ? [...here][0] : undefined;
  }
  const same = order.find((j) => ms[j]!.sentence === m.sentence && sal.subject(j));
  if (same !== undefined) return ms[same]!.corefOf ?? same;
  // "There was some consolation for Lambert as he set a personal best", "When Redknapp's appointment
  // is confirmed, he will be": a person's pronoun takes the one person its own sentence names before
  // it, subject or not, over the last sentence's subject; with two there, or one of unknown gender,
  // neither is sure.
  if (types.includes('Person')) {
    const here = new Map(order.filter((j) => ms[j]!.sentence === m.sentence).map((j) => [key(ms[ms[j]!.corefOf ?? j]!), j]));
    if (here.size > 1) return undefined;
    const only = [...here.values()][0];
    // (a person whose gender the article gives: not "the Players Theatre" typed as one)
    if (only !== undefined && g && sal.gender(ms[only]!.corefOf ?? only) === g) return ms[only]!.corefOf ?? only;
    if (only !== undefined) return undefined;
  }
  // "Mrs Blair's remarks are said to have been made ... She said": a person owning the last
  // sentence's subject is what "he" or "she" goes on with.
  const owner = (j: number): boolean => types.includes('Person') && !!sal.ownsSubject?.(j);
  // (its first main clause's subject before any other: "Asked whether he was comfortable ..., Mr
  // Howard told the BBC" goes on with Mr Howard, not with the "he" of the question)
  const before = order.filter((j) => ms[j]!.sentence === m.sentence - 1);
  // ('Mr Brown liked to rattle off ..., the Tory leader said. "This dodgy government ...," he said':
  // a speaker goes on with the last sentence's speaker, not with the subject of what it reported)
  const speaker = sal.speaks?.(i) ? before.filter((j) => sal.subject(j, true) && sal.speaks?.(j)).at(-1) : undefined;
  const prev =
    speaker ??
    before.filter((j) => sal.subject(j, true)).at(-1) ??
    before.filter((j) => sal.subject(j)).at(-1) ??
    before.filter(owner).at(-1);
  if (prev === undefined) return undefined;
  // "He names Russia as the failing state ... as it has 90% of all fissile material": a name of the
  // pronoun's own sentence competes with the last sentence's subject; neither is sure.
  const root = ms[prev]!.corefOf ?? prev;
  const rival = order.some((j) => ms[j]!.sentence === m.sentence && key(ms[ms[j]!.corefOf ?? j]!) !== key(ms[root]!));
  return rival ? undefined : root;
}

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
  // Parties and governments contrast with each other in their articles; only a company head looks back.
  if (!topic || topic.size > TOPIC_LIMIT || orgKind(role) !== 'company') return undefined;
  const ranked = [...topic.values()].filter((c) => fits(c.root)).sort((a, b) => b.n - a.n);
  const [top, next] = ranked;
  if (!top || top.n < 2 || (next && top.n < 2 * next.n)) return undefined;
  return names.size === 0 || names.has(key(ms[top.root]!)) ? top.root : undefined;
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

/** The antecedent of the clause subject nearest before mention `i` in its sentence, if any. */
function nearestSubject(ms: readonly Mention[], i: number, sal: Salience): number | undefined {
  for (let j = i - 1; j >= 0 && ms[j]!.sentence === ms[i]!.sentence; j--) if (sal.subject(j)) return ms[j]!.corefOf ?? j;
  return undefined;
}

/** Organisations named so far in the article: mentions per name, and the first mention's index. */
export type OrgCounts = Map<string, { n: number; root: number }>;
const TOPIC_LIMIT = 200;

const ORG_WINDOW = 3;

/** "saying the group would make a cash bid": "the group" as "the firm" is (resolveOrganisation). */
function definiteCompany(
  ms: readonly Mention[],
  info: readonly MentionInfo[],
  ts: readonly Token[],
  i: number,
  topic: OrgCounts,
): number | undefined {
  const mi = info[i]!;
  const head = ts[mi.e - 1];
  if (mi.e - mi.s !== 1 || ts[mi.s - 1]?.norm !== 'the' || !head || has(head, 'Plural') || !THINGS.companies.has(head.norm))
    return undefined;
  return resolveOrganisation(ms, info, i, head.norm, topic);
}

/** What a short form stands for where the article defines it ("the Wall Street Journal (WSJ)"). */
function defined(ms: readonly Mention[], info: readonly MentionInfo[], m: Mention): string | undefined {
  const k = ms.findIndex((x, j) => info[j]!.aliasOf !== undefined && key(x) === key(m));
  return k < 0 ? undefined : ms[info[k]!.aliasOf!]!.name;
}

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
function apposedName(ms: readonly Mention[], info: readonly MentionInfo[], ts: readonly Token[], i: number): number | undefined {
  const mi = info[i]!;
  // (past the place that owns the phrase: "Sumitomo, | Japan's | third-largest bank")
  const owner = info[i - 1];
  const k = owner && ms[i - 1]!.type === 'Place' && owner.s >= mi.s && has(ts[owner.e - 1], 'Possessive') ? i - 2 : i - 1;
  const name = info[k];
  if (name?.kind !== 'name' || ms[k]!.type !== 'Organization') return undefined;
  // (or a place's possessive: "Sumitomo, Japan's third-largest bank,")
  const first = ts[name.e];
  const opens =
    /^(?:the|a|an)$/.test(first?.norm ?? '') || (has(first, 'Possessive') && has(first, 'Place') && /^\p{Lu}/u.test(first!.text));
  if (mi.sentence !== name.sentence || !/,/.test(ts[name.e - 1]?.post ?? '') || !opens) return undefined;
  // (past a possessive or an adjective of its own: "the world's largest oil company")
  if (ts.slice(name.e + 1, mi.s).some((t) => breakAfter(t) || !(has(t, 'Possessive') || has(t, 'Adjective')))) return undefined;
  if (!THINGS.descriptorHeads.has(ts[mi.e - 1]?.norm ?? '')) return undefined;
  const next = ts[mi.e];
  const apposed = !next?.text || breakAfter(ts[mi.e - 1]) || /^(?:that|which|whose)$/.test(next.norm) || isPrep(next);
  return apposed ? (ms[k]!.corefOf ?? k) : undefined;
}

const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
/** Quantifiers before "of us" / "of you" that make the pronoun people at large ("most of us"). */
const AT_LARGE = new Set(['most', 'all', 'many', 'some', 'none', 'each', 'few', 'those', 'any', 'lots', 'millions', 'thousands']);

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

const BE = new Set([
  'is',
  'was',
  "'s",
  'be',
  'been',
  'being',
  'seems',
  'seemed',
  'looks',
  'looked',
  'remains',
  'remained',
  'becomes',
  'became',
]);
const AUX = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'has', 'had', 'not', "n't", 'also', 'still']);
/** Degree words before the adjective: "it is now as easy to ...", "it is so hard to ...". */
const DEGREE = new Set(['as', 'so', 'too', 'more', 'less', 'very', 'quite', 'far', 'much', 'even', 'now', 'never', 'always']);
const COMPLEMENTS = new Set(['to', 'that', 'whether', 'if', 'how', 'why', 'for', 'what', 'when']);
const RAISING = new Set(['seems', 'seemed', 'appears', 'appeared', 'emerged', 'transpired']);

/**
 * "it is easy to insert fake files", "it was not clear whether ...", "it seems that ...": an
 * extraposition `it` stands for the clause that follows, not for any entity (data: pronouns.json).
 */
function expletive(ts: readonly Token[], e: number): boolean {
  let k = e;
  while (AUX.has(ts[k]?.norm ?? '')) k++;
  if (RAISING.has(ts[k]?.norm ?? '') && ts[k + 1]?.norm === 'that') return true;
  // "It would take a mighty piece of work to feel worthwhile", "it took the firm three years to
  // build": a span of time or an effort "it" takes before an infinitive (not "it had taken remedial
  // actions to address", "It took the action to try").
  if (ts[k]?.root === 'take') {
    const modal = k > e && has(ts[k - 1], 'Modal');
    for (let j = k + 1; j < k + 10 && ts[j] && !breakAfter(ts[j - 1]); j++) {
      if (ts[j]!.norm === 'to') {
        const span = ts.slice(k + 1, j);
        const amount = span.some((t) => has(t, 'Duration') || has(t, 'Value'));
        return has(ts[j + 1], 'Infinitive') && (amount || (modal && /^(?:a|an)$/.test(span[0]?.norm ?? '')));
      }
      if (has(ts[j], 'Verb') && !has(ts[j], 'Noun')) return false;
    }
    return false;
  }
  if (!BE.has(ts[k]?.norm ?? '')) return false;
  k++;
  while (AUX.has(ts[k]?.norm ?? '') || DEGREE.has(ts[k]?.norm ?? '') || (has(ts[k], 'Adverb') && !has(ts[k], 'Adjective'))) k++;
  let last = '';
  while (has(ts[k], 'Adjective') || LEX.extraposition.has(ts[k]?.norm ?? '') || (last && ts[k]?.norm === 'and')) {
    if (ts[k]?.norm !== 'and') last = ts[k]!.norm;
    k++;
  }
  // "it was keen to point out": a control adjective has a real subject; "that"/"whether" never does.
  const next = ts[k]?.norm ?? '';
  return !!last && (next === 'to' || next === 'for' ? LEX.extraposition.has(last) : COMPLEMENTS.has(next));
}

/**
 * Whether a mention heads a phrase it ends: not an attachment to an owned noun ("The Conservative
 * Party's hostility to Europe", "Agassi's involvement in the Australian Open"), where the owner is
 * what the phrase is about ("the benefit of UWB" is about UWB).
 */
function headsPhrase(ts: readonly Token[], sp: { s: number; e: number }, m: MentionInfo): boolean {
  if (m.e !== sp.e) return false;
  const h = headEnd(ts, sp);
  return m.s < h || !ts.slice(sp.s, h).some((t) => has(t, 'Possessive') && !has(t, 'Pronoun'));
}

/** Gender and subjecthood of mentions, read off titles, first-name tags and the clause analyses. */
function salience(c: Mentioned, ms: readonly Mention[], info: readonly MentionInfo[]): Salience {
  const genders = new Map<string, Gender>();
  ms.forEach((m, i) => {
    const t = c.tokens?.at(m.sentence)?.[info[i]!.s];
    const g: Gender =
      MALE_TITLES.test(m.text) || t?.tags.has('MaleName')
        ? 'male'
        : FEMALE_TITLES.test(m.text) || t?.tags.has('FemaleName')
          ? 'female'
          : null;
    if (g && info[i]!.kind === 'name') genders.set(key(m), genders.has(key(m)) && genders.get(key(m)) !== g ? null : g);
  });
  // A surname shares the gender of the full name it ends ("Mr Sullivan" ~ "Scott Sullivan").
  const bySurname = new Map<string, Gender>();
  for (const [k, g] of genders) bySurname.set(k.split(' ').at(-1)!, g);
  const masks = new Map<number, boolean[]>();
  /** The clauses of saying whose subject mention i heads. */
  const sayings = (i: number): Clause[] => {
    const ts = c.tokens?.at(ms[i]!.sentence) ?? [];
    const clauses = c.analyses?.at(ms[i]!.sentence)?.clauses ?? [];
    return clauses.filter((cl) => !!cl.subj && headsPhrase(ts, cl.subj, info[i]!) && LEX.reporting.has(cl.vg.lemma));
  };
  return {
    gender: (i) => genders.get(key(ms[i]!)) ?? bySurname.get(surname(ms[i]!)) ?? null,
    subject: (i, main = false) => {
      const an = c.analyses?.at(ms[i]!.sentence);
      const ts = c.tokens?.at(ms[i]!.sentence) ?? [];
      return !!an?.clauses.some(
        (cl) =>
          cl.subj &&
          headsPhrase(ts, cl.subj, info[i]!) &&
          cl.subj.s <= info[i]!.s &&
          cl.subj.s < cl.vg.s &&
          (!main || (cl.parent < 0 && !cl.subord && !cl.rules.includes('rel-subj'))),
      );
    },
    plural: (i) => !!c.tokens?.at(ms[i]!.sentence)?.[info[i]!.e - 1]?.tags.has('Plural'),
    quoted: (i) => {
      const si = ms[i]!.sentence;
      if (!masks.has(si)) masks.set(si, quoteMask(c.tokens?.at(si) ?? []));
      return masks.get(si)![info[i]!.s] ?? false;
    },
    relativeBefore: (i) => {
      const k = info[i]!.s - 1;
      return LEX.relativePronouns.has(c.tokens?.at(ms[i]!.sentence)?.[k]?.norm ?? '') ? k : undefined;
    },
    afterReport: (i) => {
      const ts = c.tokens?.at(ms[i]!.sentence) ?? [];
      const p = info[i]!;
      const verb = ts[p.e];
      return /,\s*$/.test(ts[p.s - 1]?.post ?? '') && !!verb && LEX.reporting.has(verb.root || verb.norm) && p.e - p.s === 1;
    },
    speaks: (i) => sayings(i).length > 0,
    citedAfter: (i) => {
      const ts = c.tokens?.at(ms[i]!.sentence) ?? [];
      const clauses = c.analyses?.at(ms[i]!.sentence)?.clauses ?? [];
      const after = (cl: Clause): boolean => cl.vg.s >= info[i]!.e && /,\s*$/.test(ts[cl.subj!.s - 1]?.post ?? '');
      return sayings(i).some((cl) => after(cl) && clauses.some((x) => x.vg.e < cl.subj!.s));
    },
    ownsSubject: (i) => {
      const ts = c.tokens?.at(ms[i]!.sentence) ?? [];
      const p = info[i]!;
      if (!has(ts[p.e - 1], 'Possessive') || has(ts[p.e - 1], 'Pronoun')) return false;
      const clauses = c.analyses?.at(ms[i]!.sentence)?.clauses ?? [];
      return clauses.some((cl) => cl.subj && cl.subj.s === p.s && cl.subj.s < cl.vg.s && headEnd(ts, cl.subj) > p.e);
    },
    claimant: (i) => {
      const ts = c.tokens?.at(ms[i]!.sentence) ?? [];
      const k = info[i]!.s;
      const here = (e: number): number => ms.findIndex((m, j) => m.sentence === ms[i]!.sentence && info[j]!.e === e);
      // "al-Kadhimi announced that he had survived", "Mr Howard said he would": the reporter, when right before
      const v = ts[k - 1]?.norm === 'that' ? k - 1 : k;
      const clauses = c.analyses?.at(ms[i]!.sentence)?.clauses ?? [];
      // (a tensed verb with a subject of its own: not "the SEC, which said it had made errors", nor "saying it can")
      const report = clauses.find(
        (cl) =>
          cl.vg.e === v &&
          cl.subj &&
          cl.subj.e <= cl.vg.s &&
          LEX.reporting.has(cl.vg.lemma) &&
          !cl.rules.includes('rel-subj') &&
          !has(ts[cl.vg.s], 'Gerund'),
      );
      const reporter = report ? here(headEnd(ts, report.subj!)) : -1;
      if (reporter >= 0) return reporter;
      if (ts[k - 1]?.norm !== 'that' || !LEX.reportingNouns.has(ts[k - 2]?.norm ?? '')) return undefined;
      const owner = ms.findIndex((m, j) => m.sentence === ms[i]!.sentence && info[j]!.e === k - 2 && has(ts[k - 3], 'Possessive'));
      return owner < 0 ? undefined : owner;
    },
    person: (i) => {
      const head = c.tokens?.at(ms[i]!.sentence)?.[info[i]!.e - 1];
      if (!head || info[i]!.kind === 'name' || has(head, 'Plural') || has(head, 'Pronoun')) return undefined;
      const w = head.norm;
      if (FEMALE_NOUNS.has(w)) return 'female';
      if (MALE_NOUNS.has(w)) return 'male';
      // (not a role: "The singer ... as he kept", "the chancellor announced that he" are the named one)
      return LEX.plainPeople.has(w) ? null : undefined;
    },
    modifies: (i) => {
      const ts = c.tokens?.at(ms[i]!.sentence) ?? [];
      const next = ts[info[i]!.e];
      const last = ts[info[i]!.e - 1];
      if (/^(?:in|at|across|throughout)$/.test(ts[info[i]!.s - 1]?.norm ?? '')) return true;
      return has(next, 'Noun') && !has(next, 'ProperNoun') && !has(next, 'Pronoun') && !has(last, 'Possessive') && !breakAfter(last);
    },
    ownSubject: (i) => {
      const clauses = c.analyses?.at(ms[i]!.sentence)?.clauses ?? [];
      const p = info[i]!;
      const cl = clauses.find((x) => x.obj && x.subj && x.subj.s < x.vg.s && x.obj.s <= p.s && p.e <= x.obj.e);
      if (!cl?.subj) return undefined;
      // Up to the first verb after the subject: the subject and an apposition, not a first clause's object.
      const stop = clauses.reduce((m, x) => (x.vg.s > cl.subj!.s && x.vg.s < m ? x.vg.s : m), Number.POSITIVE_INFINITY);
      return { s: cl.subj.s, e: stop };
    },
  };
}

/**
 * "condemned the attack and denied any role in it": "it" after a relation noun's preposition
 * ("role in", "responsibility for") stands for the nearest event before it in its sentence; right
 * after a verb whose object is an event ("Washington denounced it", cues.json eventObjectVerbs), for
 * the nearest event of its sentence or the one before.
 */
function eventAntecedent(ms: readonly Mention[], info: readonly MentionInfo[], ts: readonly Token[], i: number): number | undefined {
  const at = info[i]!.s;
  const prep = ts[at - 1]?.norm ?? '';
  const judged = has(ts[at - 1], 'Verb') && LEX.eventObjectVerbs.has(ts[at - 1]!.root);
  if (!judged && !nominalPredicate(ts[at - 2]?.norm ?? '', prep)) return undefined;
  const reach = ms[i]!.sentence - (judged ? 1 : 0);
  let nearest: number | undefined;
  for (let j = i - 1; j >= 0 && ms[j]!.sentence >= reach; j--) {
    if (info[j]!.kind !== 'event') continue;
    nearest ??= j;
    // (an argument of its clause, not the complement of a preposition: "called the attack a prelude to an attempted coup")
    if (!judged || !inPhrase(ts, info[j]!)) return ms[j]!.corefOf ?? j;
  }
  return nearest === undefined ? undefined : (ms[nearest]!.corefOf ?? nearest);
}

/** Whether a mention on its sentence's tokens stands after a preposition ("to an attempted coup"). */
function inPhrase(ts: readonly Token[], m: MentionInfo): boolean {
  let k = m.s - 1;
  while (k >= 0 && (has(ts[k], 'Determiner') || has(ts[k], 'Adjective'))) k--;
  return isPrep(ts[k]);
}

/** Sentences after a headline in which its description may find the organisation it stands for. */
const HEADLINE_REACH = 2;

/**
 * "US bank 'loses' customer details" over "Bank of America has lost ...": a headline names the
 * organisation by its kind and the lead by name. A headline's organisation word left unresolved
 * takes the one organisation of that kind the next sentences name (none when they name two).
 */
function headlineOrganisations(c: Mentioned, ms: Mention[], info: readonly MentionInfo[]): void {
  const ts = c.tokens?.at(0);
  if (!ts || !isHeadlineLike(ts)) return;
  ms.forEach((m, i) => {
    // (the head word of a bare one: "US bank", "Japanese firm")
    const role = info[i]?.role ?? m.text.toLowerCase().split(/\s+/).at(-1) ?? '';
    const kindWord = THINGS.descriptorHeads.has(role) || THINGS.headlineKinds.has(role);
    if (m.sentence !== 0 || m.corefOf !== undefined || info[i]?.kind !== 'thing' || !kindWord || orgKind(role) !== 'company') return;
    const root = uniqueInLead(ms, info, i, (j) => ms[j]!.type === 'Organization' && fitsKind(role, ms[j]!.name));
    if (root !== undefined) m.corefOf = root;
  });
}

/** The one entity named (by a name mention) in the opening sentences after the headline that `fits`, or undefined. */
function uniqueInLead(ms: readonly Mention[], info: readonly MentionInfo[], i: number, fits: (j: number) => boolean): number | undefined {
  const names = new Map<string, number>();
  for (let j = i + 1; j < ms.length && ms[j]!.sentence <= HEADLINE_REACH; j++) {
    if (ms[j]!.sentence === 0 || info[j]?.kind !== 'name' || !fits(j)) continue;
    const root = ms[j]!.corefOf ?? j;
    if (!names.has(key(ms[root]!))) names.set(key(ms[root]!), root);
  }
  return names.size === 1 ? [...names.values()][0] : undefined;
}

/**
 * "Tory leader urges Harry apology ... says Tory leader Michael Howard": a headline's title with no
 * name is the one person the opening sentences give that same title right before the name, word
 * for word or by its last word and capitalised words ("Iran's top general" ... "General Esmail Ghani").
 */
function headlinePersons(c: Mentioned, ms: Mention[], info: readonly MentionInfo[]): void {
  const ts = c.tokens?.at(0);
  if (!ts || !isHeadlineLike(ts)) return;
  ms.forEach((m, i) => {
    const mi = info[i];
    if (m.sentence !== 0 || m.corefOf !== undefined || !mi || mi.kind === 'name' || mi.kind === 'pronoun') return;
    const words = ts.slice(mi.s, mi.e).map((t) => t.norm);
    if (!LEX.personRoles.has(words.at(-1)!)) return;
    const title = words.join(' ');
    const head = words.at(-1)!;
    // "Iran's top general ... General Esmail Ghani": the title's word alone, when the headline's
    // capitalised words before it (other than an owner: "Iran's") stand before the name too.
    const named = ts.slice(mi.s, mi.e - 1).filter((t) => /^\p{Lu}/u.test(t.text) && !/['’]s?$/u.test(t.text));
    const root = uniqueInLead(ms, info, i, (j) => {
      const mj = info[j]!;
      if (ms[j]!.type !== 'Person') return false;
      const lead = c.tokens?.at(ms[j]!.sentence) ?? [];
      const before = lead.slice(Math.max(0, mj.s - words.length), mj.s);
      if (before.map((t) => t.norm).join(' ') === title) return true;
      const near = lead.slice(Math.max(0, mj.s - 4), mj.s).map((t) => t.norm);
      return (near.at(-1) === head || mj.role === head) && named.every((t) => near.includes(t.norm));
    });
    if (root !== undefined) m.corefOf = root;
  });
}

/**
 * "The police spokesman said", "..., said the prime minister": a description that is the subject of
 * a verb of saying, unless a resolved pronoun opens what it says ("the ex-home secretary said he").
 * Left unresolved, it is kept as an unnamed speaker (a thing, as "a Labour spokesman" is), so that
 * what it says is never stored as the writer's plain fact; it is the attribution of what it says
 * and never a relation's argument (MentionInfo.speakerOnly).
 */
function speaks(ts: readonly Token[], mi: MentionInfo, resolvedAt: (k: number) => boolean): boolean {
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

/**
 * Resolve, then drop the pronouns and descriptions left unresolved (they would become entities
 * named "it" or "prime minister"), but for descriptions that speak (speaks). First-person pronouns
 * are kept aside in `speakerPronouns`: the relations stage reads them as the quote's speaker.
 */
export function coref(c: Mentioned): Corefed {
  const info = c.mentionInfo ?? [];
  const ms = (c.mentions ?? []).map((m) => ({ ...m }));
  const sal = salience(c, ms, info);
  const topic: OrgCounts = new Map();
  /** Each descriptor's latest name ("club" → Borussia Dortmund), the sentence that gave it, and whether two names share it. */
  const described = new Map<string, { root: number; sentence: number; shared: boolean }>();
  const describe = (head: string | undefined, root: number, sentence: number): void => {
    if (!head) return;
    const was = described.get(head);
    const other = !!was && key(ms[was.root]!) !== key(ms[root]!) && sentence - was.sentence <= DESCRIPTOR_WINDOW;
    described.set(head, { root, sentence, shared: other || (!!was?.shared && sentence - was.sentence <= DESCRIPTOR_WINDOW) });
  };
  ms.forEach((m, i) => {
    const kind = info[i]?.kind;
    const ts = c.tokens?.at(m.sentence) ?? [];
    const common = kind === 'thing' || kind === 'group';
    const head = common ? pointingHead(ts, info[i]!) : undefined;
    const by = head ? described.get(head) : undefined;
    const tail = common ? (resolveNameTail(ms, info, (k) => c.tokens?.at(k) ?? [], i) ?? apposedName(ms, info, ts, i)) : undefined;
    const j =
      tail !== undefined
        ? tail
        : by && !by.shared && m.sentence - by.sentence <= DESCRIPTOR_WINDOW
          ? by.root
          : kind === 'pronoun'
            ? m.text.toLowerCase() === 'it' && expletive(ts, info[i]!.e)
              ? undefined
              : ((m.text.toLowerCase() === 'it' ? eventAntecedent(ms, info, ts, i) : undefined) ?? resolvePronoun(ms, info, i, sal))
            : kind === 'description'
              ? (resolveApposition(ms, info, ts, i) ?? resolveDescription(ms, info, i, (k) => c.tokens?.at(k) ?? []))
              : kind === 'thing' && info[i]!.role
                ? resolveOrganisation(ms, info, i, undefined, topic, sal, ts)
                : kind === 'group'
                  ? (resolveApposition(ms, info, ts, i) ?? resolveNamed(ms, info, ts, i) ?? definiteCompany(ms, info, ts, i, topic))
                  : kind === 'thing'
                    ? (resolveNamed(ms, info, ts, i) ??
                      resolveApposition(ms, info, ts, i) ??
                      resolveDefinite(ms, info, (k) => c.tokens?.at(k) ?? [], i))
                    : undefined;
    if (j !== undefined) m.corefOf = j;
    if (kind === 'name') {
      describe(classifierOf(ts, info[i]!), m.corefOf ?? i, m.sentence);
      describe(nameHeadOf(ms[m.corefOf ?? i]!), m.corefOf ?? i, m.sentence);
    } else if (common && info[i - 1]?.kind === 'name')
      describe(appositiveHead(ts, info[i - 1]!, info[i]!), ms[i - 1]!.corefOf ?? i - 1, m.sentence);
    if (kind === 'name' && m.type === 'Organization') {
      const k = key(ms[m.corefOf ?? i]!);
      const seen = topic.get(k);
      if (seen) seen.n++;
      else if (topic.size <= TOPIC_LIMIT) topic.set(k, { n: 1, root: m.corefOf ?? i });
    }
  });
  headlineOrganisations(c, ms, info);
  headlinePersons(c, ms, info);
  // A description left unresolved that speaks stays, as the thing it says it is (below).
  const resolved = new Set(
    ms.flatMap((m, i) => (m.corefOf !== undefined && info[i]?.kind === 'pronoun' ? [`${m.sentence}:${info[i]!.s}`] : [])),
  );
  const speaker = ms.map(
    (m, i) =>
      m.corefOf === undefined &&
      info[i]?.kind === 'description' &&
      speaks(c.tokens?.at(m.sentence) ?? [], info[i]!, (k) => resolved.has(`${m.sentence}:${k}`)),
  );
  const keep = ms.map((m, i) => m.corefOf !== undefined || speaker[i] || (info[i]?.kind !== 'pronoun' && info[i]?.kind !== 'description'));
  const newIndex: number[] = [];
  let n = 0;
  keep.forEach((k, i) => {
    newIndex[i] = k ? n++ : -1;
  });
  const mentions: Mention[] = [];
  const mentionInfo: MentionInfo[] = [];
  const speakerPronouns: MentionInfo[] = [];
  ms.forEach((m, i) => {
    if (!keep[i]) {
      // (not "most of us", "all of us": people at large)
      const ts = c.tokens?.at(m.sentence) ?? [];
      const some = info[i] && ts[info[i]!.s - 1]?.norm === 'of' && AT_LARGE.has(ts[info[i]!.s - 2]?.norm ?? '');
      if (info[i] && LEX.pronounSpeaker.has(m.text.toLowerCase()) && !some) speakerPronouns.push(info[i]!);
      return;
    }
    mentions.push(m.corefOf !== undefined ? { ...m, corefOf: newIndex[m.corefOf]! } : speaker[i] ? { ...m, type: 'Concept' } : m);
    const mi = speaker[i] ? { ...info[i]!, kind: 'thing' as const, speakerOnly: true as const } : info[i]!;
    mentionInfo.push(
      mi.aliasOf !== undefined
        ? newIndex[mi.aliasOf]! >= 0
          ? { ...mi, aliasOf: newIndex[mi.aliasOf]! }
          : (({ aliasOf: _, ...rest }) => rest)(mi)
        : mi,
    );
  });
  return { ...c, mentions, mentionInfo, speakerPronouns };
}
