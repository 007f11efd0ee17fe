/**
 * Coreference (ingest/extract/coref.ts): personal pronouns, "he", "she", "it", "they" (and "the
 * 64-year-old"), → the one compatible name in reach (resolvePronoun): the names two sentences
 * back, narrowed by gender, number, the clause's own subject, quotes and reporting, then by
 * subjecthood; an unnamed noun nearer than the name keeps the pronoun from it. (An "it" that
 * stands for no name is it.ts's.)
 */
import type { EntityType, Mention } from '../../types.js';
import { headWordOf } from '../descriptor.js';
import { LEX } from '../lexicon.js';
import { AGE_DESCRIPTION } from '../mentions.js';
import type { MentionInfo } from '../names.js';
import { documentNamed, isPluralOfPeople, nameKind } from '../things.js';
import type { Gender, Salience } from './salience.js';
import { key, surname } from './shared.js';

const WINDOW = 2; // sentences back

/** What two mentions of one name share: a person's surname, anything else's whole name. */
const nameKey = (m: Mention): string => (m.type === 'Person' ? surname(m) : key(m));

function compatible(pronoun: string): EntityType[] {
  if (LEX.pronounPerson.has(pronoun) || AGE_DESCRIPTION.test(pronoun)) return ['Person'];
  if (LEX.pronounPlural.has(pronoun)) return ['Group'];
  if (LEX.pronounThing.has(pronoun)) return ['Organization', 'Place'];
  return [];
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
  if ((w === 'he' || w === 'she') && sal?.subject(i)) return nearerPerson(ms, i, root, sal) || nearerRole(ms, i, root, sal);
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
 * "Mr Prescott hosted a dinner where the prime minister told Mr Brown he would stand down because he
 * had lost trust": a subject "he" or "she" after a clause subject of its sentence that is a role no
 * name was found for, between it and the name it would take named earlier in the sentence, may
 * stand for the role's holder. (A role with no such name before it is often that name's, unresolved:
 * "the home secretary said he accepted".)
 */
function nearerRole(ms: readonly Mention[], i: number, root: number, sal: Salience): boolean {
  const g = pronounGender(ms[i]!.text.toLowerCase());
  let role = false;
  for (let j = i - 1; j >= 0 && ms[j]!.sentence === ms[i]!.sentence; j--) {
    if (key(ms[ms[j]!.corefOf ?? j]!) === key(ms[root]!)) return role;
    // (of the pronoun's gender: "Barbara Follett, whose first husband was killed ..., confirmed she")
    const other = sal.person?.(j);
    if (ms[j]!.corefOf === undefined && sal.subject(j) && sal.role?.(j) && !(other && other !== g)) role = true;
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
    if (w === 'it' && ms[j]!.sentence === ms[i]!.sentence && documentNamed(ms[j]!)) continue; // ("the book suggests it was written by")
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

/**
 * "A user of Apple's iTunes music service is suing the firm ... He says Apple is breaking": with no
 * person named in reach, a subject "he" or "she" goes on with the last sentence's subject when that
 * describes one person (a singular person noun: user, man, customer; groups.json personNouns).
 */
function describedPerson(ms: readonly Mention[], info: readonly MentionInfo[], i: number, sal?: Salience): number | undefined {
  if (!sal?.subject(i)) return undefined;
  for (let j = i - 1; j >= 0 && ms[j]!.sentence >= ms[i]!.sentence - 1; j--) {
    if (ms[j]!.sentence === ms[i]!.sentence || info[j]!.kind !== 'thing' || ms[j]!.corefOf !== undefined) continue;
    const head = headWordOf(ms[j]!.name);
    if (sal.subject(j, true) && (LEX.personNouns.has(head) || LEX.personRoles.has(head))) return j;
  }
  return undefined;
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
    // "Mr Sands' book suggests it was actually written by": a document in its own sentence is not the "it" it speaks of.
    if (w === 'it' && cand.sentence === m.sentence && documentNamed(cand)) continue;
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
  if (names.size === 0) return g ? describedPerson(ms, info, i, sal) : undefined;
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
  // (not a noun a gerund describes: "unveiled a poster featuring Black Watch soldiers fighting the war
  // before they announced" goes on with the campaigners)
  const same = order.find((j) => ms[j]!.sentence === m.sentence && sal.subject(j) && !sal.gerundNoun?.(j));
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
