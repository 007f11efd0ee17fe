/**
 * Common-noun phrases as relation arguments: "Ebbers denied the charges", "Yukos filed for
 * bankruptcy", "a US company". A thing is typed Concept (a plural person noun: Group); its name
 * drops quantifying words ("multiple charges" → "charges"). Lists: ingest/data/things.json.
 */
import data from '../data/things.json' with { type: 'json' };
import type { Token } from '../parse.js';
import type { EntityType } from '../types.js';
import { LEX } from './lexicon.js';
import { glued, has, hyphenLead, isNounAt } from './tokens.js';
import { partyOf } from '../resolve/groups.js';

const set = (xs: readonly string[]): ReadonlySet<string> => new Set(xs);
export const THINGS = {
  stop: set(data.stopHeads),
  time: set(data.timeWords),
  quantity: set(data.quantityHeads),
  bareQuantity: set(data.bareQuantityHeads),
  ofOnly: set(data.ofOnlyHeads),
  namedOf: set(data.namedOf),
  dropLeading: set(data.dropLeading),
  classifiers: set(data.classifiers),
  /** Nouns that can say something: people (a US official told) and documents (the lawsuit states). */
  speakers: set([...data.speakers, ...data.documents]),
  documents: set(data.documents),
  collectives: set(data.collectives),
  storyActors: set(data.storyActors),
  companies: set(data.companies),
  genericHeads: set(data.genericHeads),
  intentNouns: set(data.intentNouns),
  descriptorHeads: set(data.descriptorHeads),
  namedThingHeads: set(data.namedThingHeads),
  productHeads: set(data.productHeads),
  headlineKinds: set(data.headlineKinds),
  pressWords: set(data.pressWords),
};

/** Organisation kind of each word that ends names of that kind ("journal" → outlet): things.json orgKinds. */
const ORG_KIND: ReadonlyMap<string, string> = new Map(
  Object.entries(data.orgKinds as Record<string, string[]>).flatMap(([kind, words]) => words.map((w) => [w, kind] as const)),
);

/** Kind of well-known organisations whose names say none ("BBC" → outlet): things.json knownKinds. */
const KNOWN_KIND: ReadonlyMap<string, string> = new Map(
  Object.entries(data.knownKinds as Record<string, string[]>).flatMap(([kind, names]) => names.map((n) => [n, kind] as const)),
);

const PARTIES: ReadonlySet<string> = new Set(data.parties);
/** Parties named in the plural ("the Conservatives", "the Tories", "the Lib Dems"): "they", never "it". */
const isPluralParty = (name: string): boolean => {
  const n = name.toLowerCase().replace(/^the\s+/, '');
  return PARTIES.has(n) && /s$/.test(n);
};
/**
 * Names of people in the plural ("the Conservatives", "the Law Lords", "Chief Constables"): a party
 * so named, or a name ending in the plural of a title or role. "they", never "it".
 */
/** A name whose last word is a document ("Mr Sands' book", "the report"): a thing that says, never the "it" it speaks of. */
export const documentNamed = (m: { name: string }): boolean => THINGS.documents.has(m.name.toLowerCase().split(/\s+/).at(-1) ?? '');

export const isPluralOfPeople = (name: string): boolean => {
  if (isPluralParty(name)) return true;
  // (the head before "of" names the body: "the Council of Ministers ... it")
  const last = /^(?:(?! of ).)*?\b(\p{Lu}\p{Ll}+)s$/u.exec(name)?.[1]?.toLowerCase();
  return !!last && (LEX.titles.has(last) || LEX.personRoles.has(last));
};
/** Whether `name` names a political party ("Labour", "the Tories", "Respect", "UK Independence Party"). */
export const isParty = (name: string): boolean =>
  /\b(?:party|democrats)$/i.test(name) || PARTIES.has(name.toLowerCase()) || partyOf(name) !== null;

/** The organisation kind a head noun names ("firm" → company, "party" → party), if any. */
export const orgKind = (head: string): string | undefined => ORG_KIND.get(head);

/**
 * Whether "the <head>" can name the organisation `name`: unless the name, or its last word, puts it
 * in another kind ("the company" is not the Wall Street Journal, "the club" not the United board
 * nor the BBC, "the firm" not Labour).
 */
export function fitsKind(head: string, name: string): boolean {
  const kind = nameKind(name);
  return kind === undefined || kind === ORG_KIND.get(head);
}

/** The organisation kind a name puts itself in ("Daily Telegraph" → outlet, "Labour" → party), if any. */
export const nameKind = (name: string): string | undefined => {
  const lower = name.toLowerCase();
  const words = lower.split(/\s+/);
  // (an outlet's edition after its name: "Financial Times Deutschland", "Sky News Australia")
  const edition = words.length > 2 && ORG_KIND.get(words.at(-2)!) === 'outlet' ? 'outlet' : undefined;
  // ("Labour said ... the firm": not Labour)
  const party = isParty(name) ? ORG_KIND.get('party') : undefined;
  // (the head before "of" or "for" is the name's own: "Office of Management and Budget", "Ministry of Energy")
  const of = words.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for'));
  const head = of > 0 ? ORG_KIND.get(words[of - 1]!) : undefined;
  return KNOWN_KIND.get(lower) ?? head ?? ORG_KIND.get(words.at(-1) ?? '') ?? edition ?? party;
};

const lemma = (t: Token): string => (t.root || t.norm).toLowerCase();

/** Whether token `t` can head a thing: a lowercase common noun that means something on its own. */
export function thingHead(t: Token | undefined, noun = !!t && has(t, 'Noun'), initial = false): boolean {
  // (a sentence's first word is capitalised: "Surveys show that ..." is a document that speaks)
  const lower = /^\p{Ll}/u.test(t?.text ?? '') || (initial && !!t && THINGS.speakers.has(t.norm) && !has(t, 'ProperNoun'));
  if (!t || !lower || !noun || has(t, 'Pronoun') || has(t, 'Value') || has(t, 'Date')) return false;
  if (has(t, 'Possessive') || has(t, 'Month') || has(t, 'WeekDay') || has(t, 'Duration')) return false;
  if (THINGS.stop.has(t.norm) || THINGS.stop.has(lemma(t)) || THINGS.quantity.has(t.norm)) return false;
  return !LEX.notNominal.has(t.norm) && !LEX.relativePronouns.has(t.norm) && /\p{L}{2}/u.test(t.text);
}

/**
 * "The newspaper said", "the company has said": compromise tags a noun before a verb of saying an
 * actor, but a company or press noun there is an organisation that speaks (coref/organisations.ts),
 * not a person's description.
 */
const speakingCompany = (ts: readonly Token[], b: number): boolean => {
  const head = ts[b - 1]!.norm;
  const verb = has(ts[b], 'Auxiliary') ? ts[b + 1] : ts[b];
  return (THINGS.companies.has(head) || THINGS.pressWords.has(head)) && !!verb && LEX.reporting.has(lemma(verb));
};

/** A singular person noun with a definite or possessive determiner ("the contractor", "his colleague"): a description, not a thing. */
const personDescription = (ts: readonly Token[], a: number, b: number): boolean => {
  const head = ts[b - 1]!;
  if (!has(head, 'Actor') || has(head, 'Plural') || speakingCompany(ts, b)) return false;
  const det = ts[a];
  return !!det && (det.norm === 'the' || (has(det, 'Possessive') && has(det, 'Pronoun')));
};

const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

export interface ThingSpan {
  s: number;
  e: number;
  type: EntityType;
}

/** The thing a noun chunk [a, b) names (a = the chunk's first token, s = after its determiners), or null. */
export function thingSpan(ts: readonly Token[], a: number, s: number, b: number): ThingSpan | null {
  const head = ts[b - 1];
  // A verb form read as a noun in context ("that quote on Wednesday") heads a thing too.
  const ofOnly = THINGS.ofOnly.has(head?.norm ?? '') && ts[b]?.norm === 'of' && has(head, 'Noun'); // "the result | of the vote"
  const noun = has(head, 'Noun') || (has(head, 'Verb') && isNounAt(ts, b - 1));
  if (!(ofOnly || thingHead(head, noun, b === 1 && has(ts[1], 'Verb'))) || personDescription(ts, a, b)) return null;
  // "lost 2.5% to 270 yen": a sum of money is an amount, no thing anyone acts on.
  if (has(head, 'Currency') && has(ts[b - 2], 'Value')) return null;
  let k = s;
  // (and "As" opening a sentence after a quotation, which compromise may take for a name: "As technology infiltrates")
  const lead = (t: Token) =>
    (THINGS.dropLeading.has(t.norm) && !glued(t)) || // (not "all-time": a hyphen joins it to the next word)
    (has(t, 'Value') && !hyphenLead(t)) ||
    has(t, 'Determiner') ||
    (LEX.subordinators.has(t.norm) && /^\p{Lu}\p{Ll}*$/u.test(t.text) && !t.post.trim());
  while (k < b - 1 && lead(ts[k]!)) k++;
  // "is confident the company will": an article inside the chunk opens the phrase (not a rate: "$50 a barrel").
  for (let j = b - 2; j > k; j--)
    if (ARTICLES.has(ts[j]!.norm) && !(ts[j]!.norm !== 'the' && has(ts[j - 1], 'Value'))) {
      k = j + 1;
      while (k < b - 1 && lead(ts[k]!)) k++;
      break;
    }
  const plural = has(head, 'Plural');
  // "the Iraqi military", "the administration", "security services": unnamed collective actors.
  const collective = LEX.orgHeads.has(head!.norm) || THINGS.collectives.has(head!.norm);
  const type: EntityType = (plural && has(head, 'Actor')) || collective ? 'Group' : 'Concept';
  return { s: k, e: b, type };
}
