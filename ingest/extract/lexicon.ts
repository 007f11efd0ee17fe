/** The extractor's data files (ingest/data), loaded once into lookup sets. No logic here. */
import cues from '../data/cues.json' with { type: 'json' };
import groups from '../data/groups.json' with { type: 'json' };
import predicates from '../data/predicates.json' with { type: 'json' };
import pronouns from '../data/pronouns.json' with { type: 'json' };
import retag from '../data/retag.json' with { type: 'json' };
import titles from '../data/titles.json' with { type: 'json' };
import words from '../data/words.json' with { type: 'json' };

const set = (xs: readonly string[]): ReadonlySet<string> => new Set(xs.map((x) => x.toLowerCase()));

export const LEX = {
  negation: set(cues.negation),
  negationVerbs: set(cues.negationVerbs),
  /** Verbs by which a subject reports on itself ("denied any role in", "admitted breaking"): cues.json selfReports. */
  selfReports: set(cues.selfReports),
  negationNouns: set(cues.negationNouns),
  preventing: set(cues.preventing),
  askingIf: set(cues.askingIf),
  withdrawals: set(cues.withdrawals),
  keepings: set(cues.keepings),
  withdrawnNouns: set(cues.withdrawnNouns),
  beliefAdjectives: set(cues.beliefAdjectives),
  /** Adjectives of fear whose 'about' + gerund names a feared act with no stated doer: cues.json fearAdjectives. */
  fearAdjectives: set(cues.fearAdjectives),
  /** Nouns of information whose infinitive is what the information would do: cues.json evidenceNouns. */
  evidenceNouns: set(cues.evidenceNouns),
  evidenceVerbs: set(cues.evidenceVerbs),
  purposeNouns: set(cues.purposeNouns),
  agentNouns: set(cues.agentNouns),
  lawNouns: set(cues.lawNouns),
  documentNouns: set(cues.documentNouns),
  documentVerbs: set(cues.documentVerbs),
  chanceNouns: set(cues.chanceNouns),
  judgingVerbs: set(cues.judgingVerbs),
  eventObjectVerbs: set(cues.eventObjectVerbs),
  impliedActVerbs: set(cues.impliedActVerbs),
  clauseVerbForms: set(cues.clauseVerbForms),
  hedges: set(cues.hedges),
  allegations: set(cues.allegations),
  conditionals: set(cues.conditionals),
  intentions: set(cues.intentions),
  reporting: set(cues.reporting),
  saying: set(retag.sayingVerbs),
  /** Fixed phrases that work as adverbs ('in turn', 'in return'): retag.json adverbialPhrases. */
  adverbials: set(retag.adverbialPhrases),
  reportingNouns: set(cues.reportingNouns),
  reportingThings: set(cues.reportingThings),
  /** Verbs of opinion that report only a that-clause (cues.json opinionVerbs). */
  opinionVerbs: set(cues.opinionVerbs),
  speechLeads: set(cues.speechLeads),
  subordinators: set(cues.subordinators),
  relativePronouns: set(cues.relativePronouns),
  titles: set(titles.titles.map((t) => t.replace(/\.$/, ''))),
  placeRoles: set(titles.placeRoles),
  postNominals: set(titles.postNominals),
  groupHeads: set(groups.groupHeads),
  /** Institution words that open a name with "of" ("Bureau of Statistics"): retag.json namesBeforeOf. */
  namesBeforeOf: set(retag.namesBeforeOf),
  countedPeople: set(groups.countedPeople),
  orgHeads: set(groups.orgHeads),
  /** Words that end the name of a law or convention (groups.json lawHeads). */
  lawHeads: set(groups.lawHeads),
  /** Words that end a name with coordinated first words (groups.json coordinatedNameHeads). */
  coordinatedNameHeads: set(groups.coordinatedNameHeads),
  eventHeads: set(groups.eventHeads),
  personRoles: set(groups.personRoles),
  plainPeople: set(groups.plainPeople),
  personNouns: set(groups.personNouns),
  orgRoles: set(groups.orgRoles),
  /** Roles held by what is done to ("the target of Y": Y → target → X; groups.json passiveRoles). */
  passiveRoles: set(groups.passiveRoles),
  pronounPerson: set(pronouns.person),
  pronounThing: set(pronouns.thing),
  pronounPlural: set(pronouns.plural),
  pronounSpeaker: set(pronouns.speaker),
  /** "we", "us": the speaker's side (an organisation the article ties them to), not the speaker alone. */
  pronounSpeakerPlural: set(pronouns.speakerPlural),
  extraposition: set(pronouns.extraposition),
  infinitiveNouns: set(predicates.infinitiveNouns),
  prepositions: set(words.prepositions),
  notNominal: set(words.notNominal),
  nameParticles: set(words.nameParticles),
  modalAdjectives: set(words.modalAdjectives),
  /** Modal adjectives that deny their infinitive ("was unable to satisfy"): words.json negativeModals. */
  negativeModals: set(words.negativeModals),
  /** Adverbs that call a charge or belief false ("wrongly convicted of"): words.json falsityAdverbs. */
  falsityAdverbs: set(words.falsityAdverbs),
  topicNouns: set(words.topicNouns),
  factiveAdjectives: set(words.factiveAdjectives),
  factiveVerbs: set(words.factiveVerbs),
  resultFrames: set(words.resultFrames),
  roleTimes: set(words.roleTimes),
  roleModifiers: set(words.roleModifiers),
};

const PRED: ReadonlyMap<string, string> = new Map(Object.entries(predicates.map as Record<string, string>));
/** Phrasal verbs whose particle may follow the object ("turned the offer down"; predicates.json). */
export const SEPARABLE_PHRASALS: ReadonlySet<string> = new Set(predicates.separablePhrasals);
/** Reporting verbs that take the addressee as object ("told the BBC"); after the others a phrase is what is said. */
export const ADDRESSEE_VERBS: ReadonlySet<string> = new Set([
  'tell',
  'warn',
  'remind',
  'assure',
  'inform',
  'brief',
  'notify',
  'urge',
  'ask',
]);
export const LIGHT_VERBS: ReadonlySet<string> = new Set(predicates.lightVerbs);
/** Verbs whose object can be a share of a company ('bought 33% of Changyu'): predicates.json shareVerbs. */
export const SHARE_VERBS: ReadonlySet<string> = new Set(predicates.shareVerbs);
/** Predicates whose object is an act or event ("carry out"), never an actor. */
export const ACT_OBJECTS: ReadonlySet<string> = new Set(predicates.actObjects);
export const NAMING_VERBS: ReadonlySet<string> = new Set(predicates.namingVerbs);
export const COMPLEMENT_VERBS: ReadonlySet<string> = new Set(predicates.complementVerbs);
export const INTRANSITIVE: ReadonlySet<string> = new Set(predicates.intransitive);
/** Verbs of saying or thinking whose object is a clause ("said the decision to list ..."). */
export const SAYING_HEADS: ReadonlySet<string> = new Set([
  'say',
  'claim',
  'insist',
  'argue',
  'add',
  'state',
  'believe',
  'think',
  'suggest',
]);
/**
 * -ing words that work as prepositions: "Other US carriers, including United, have sought", "quit the
 * show following a row", "Excluding the car sector, US retail sales were up": nobody's act.
 */
export const PREPOSITION_GERUNDS: ReadonlySet<string> = new Set([
  ...['including', 'excluding', 'following', 'regarding', 'concerning'],
  ...['according', 'pending', 'barring', 'considering'],
]);
/** Verbs with a recipient before the object ("granted Yukos an injunction"; predicates.json). */
export const DITRANSITIVE: ReadonlySet<string> = new Set(predicates.ditransitive);
/** Ditransitives whose first object receives the second ("give Gazprom control"; predicates.json). */
export const RECEIVING: ReadonlySet<string> = new Set(predicates.receiving);
/** Verbs that judge their object for an act ("defended Bush for guaranteeing"). */
export const JUDGED_FOR: ReadonlySet<string> = new Set(predicates.judgedForVerbs);
/** Verb + preposition that marks the object only when the verb has none ("met with Bush"; predicates.json objectPreps). */
export const OBJECT_PREPS: ReadonlySet<string> = new Set(predicates.objectPreps);
const REASONS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(predicates.reasonPhrases).map(([p, preps]) => [p, new Set(preps)]),
);
/** Whether `prep` opens the charge or reason a predicate gives its object ("accuse X | of using ..."). */
export const givesReason = (predicate: string, prep: string): boolean => REASONS.get(predicate)?.has(prep) ?? false;
/** Verbs whose object does what a gerund after it says ("stop people | pirating music"; predicates.json). */
export const GERUND_COMPLEMENTS: ReadonlySet<string> = new Set(predicates.gerundComplements.any);
/** The same for a named object only ("sees Nadal | racing round the court"). */
export const NAMED_GERUND_COMPLEMENTS: ReadonlySet<string> = new Set(predicates.gerundComplements.named);
/** Verbs of seeing and showing whose object and a gerund after it are one event (predicates.json seeingVerbs). */
export const SEEING_VERBS: ReadonlySet<string> = new Set(predicates.seeingVerbs);
/** Verbs whose object is given a state by an adjective after it ("keep Wall Street | happy"; predicates.json). */
export const SMALL_CLAUSE_VERBS: ReadonlySet<string> = new Set(predicates.smallClauseVerbs);
/** Verbs whose object does what a to-infinitive after it says ("help Maserati | to share costs"; predicates.json). */
export const INFINITIVE_COMPLEMENTS: ReadonlySet<string> = new Set(predicates.infinitiveComplements);
/** Verbs of feeling: their passive's subject does what "by" + gerund says ("was irritated by defending"). */
export const FEELINGS: ReadonlySet<string> = new Set(predicates.feelingVerbs);
/** Nouns of aim or difficulty: "the goal is levelling access" equates, it does not act. */
export const CONTENT_NOUNS: ReadonlySet<string> = new Set(predicates.contentNouns);
/**
 * Verb + object-head idioms that relate the subject to nothing ("leaves a wife", "hit the shops"),
 * keyed by the predicate as stored ("go to" is stored as "visit").
 */
const IDIOMS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(predicates.idioms as Record<string, string[]>).map(([v, heads]) => [normalisePredicate(v), new Set(heads)]),
);
export function isIdiom(predicate: string, objectHead: string): boolean {
  return IDIOMS.get(predicate)?.has(objectHead) ?? false;
}
const EVENT_OBJECTS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(predicates.eventObjects as Record<string, string[]>).map(([verb, nouns]) => [verb, new Set(nouns)]),
);
/** Whether a light verb's object is itself the event ("made an announcement"): predicates.json eventObjects. */
export const isEventObject = (predicate: string, objectHead: string): boolean => EVENT_OBJECTS.get(predicate)?.has(objectHead) ?? false;
const NOUN_COMPLEMENTS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(predicates.nounComplements as Record<string, string[]>).map(([prep, nouns]) => [prep, new Set(nouns)]),
);
/** Whether a noun takes this preposition's phrase itself ("a return to the front bench"). */
export const takesOwnPhrase = (noun: string, prep: string): boolean => NOUN_COMPLEMENTS.get(prep)?.has(noun) ?? false;
const RELATIONAL_NOUNS: ReadonlySet<string> = new Set(predicates.relationalNouns);

/** Normalise a raw predicate ("blame on", "back") through the data table; unknown ones pass through. */
export function normalisePredicate(raw: string): string {
  const key = raw.toLowerCase().trim();
  return PRED.get(key) ?? key;
}

/** Whether the predicate table has an entry for this raw predicate (light-verb constructions). */
export const hasPredicate = (raw: string): boolean => PRED.has(raw.toLowerCase().trim());

const RECIPROCAL: ReadonlyMap<string, string> = new Map(Object.entries(predicates.reciprocal as Record<string, string>));
/** What coordinated subjects do to each other by `verb` (and its object's head), if it is such an act (predicates.json reciprocal). */
export const reciprocalPredicate = (verb: string, head = ''): string | undefined =>
  (head ? RECIPROCAL.get(`${verb} ${head}`) : undefined) ?? RECIPROCAL.get(verb);
const RECIPROCAL_ALONE: ReadonlyMap<string, string> = new Map(Object.entries(predicates.reciprocalAlone as Record<string, string>));
/** What coordinated subjects do to each other by `verb` when it has no object ("met in Paris"), if anything (predicates.json reciprocalAlone). */
export const reciprocalAlone = (verb: string): string | undefined => RECIPROCAL_ALONE.get(verb);
const INVERSE: ReadonlyMap<string, string> = new Map(Object.entries(predicates.inverse as Record<string, string>));
/** A light-verb construction whose prepositional object is the agent ("has the support of X" → X supports), or undefined. */
export const inversePredicate = (raw: string): string | undefined => INVERSE.get(raw.toLowerCase().trim());

const NOMINAL: ReadonlyMap<string, string> = new Map(Object.entries(predicates.nominal as Record<string, string>));
const ADJECTIVES: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(predicates.adjectives as Record<string, string[]>));

/** Nouns a table relates through "of" ("take control of", "the sale of", "has the support of"). */
const OF_NOUNS: ReadonlySet<string> = new Set(
  [...PRED.keys(), ...INVERSE.keys(), ...NOMINAL.keys()].flatMap((k) => /(\S+) of$/.exec(k)?.slice(1) ?? []),
);
/** Whether a noun's "of" phrase belongs to a relation in the tables, not to the noun's name. */
export const relatesThroughOf = (noun: string): boolean => OF_NOUNS.has(noun.toLowerCase());

/** The singular of a plain plural noun ("payments" → "payment", "inquiries" → "inquiry"), or the word. */
const singular = (noun: string): string => noun.replace(/ies$/, 'y').replace(/([^s])s$/, '$1');

/**
 * The predicate a noun carries with its preposition ("lawsuit against" → "sue"), or undefined;
 * a plural carries its singular's ("made payments to" → "pay", "lawsuits against" → "sue").
 */
export const nominalPredicate = (noun: string, prep: string): string | undefined => {
  const n = noun.toLowerCase();
  const own = NOMINAL.get(`${n} ${prep}`.toLowerCase());
  return own ?? (PLURALS_APART.has(n) ? undefined : NOMINAL.get(`${singular(n)} ${prep}`.toLowerCase()));
};
const PLURALS_APART: ReadonlySet<string> = new Set(predicates.pluralsApart);
/** Nouns the nominal table relates through some preposition ("takeover", "lawsuit", "ties"). */
const NOMINAL_NOUNS: ReadonlySet<string> = new Set([...NOMINAL.keys()].map((k) => k.split(' ').slice(0, -1).join(' ')));
/** Whether a noun names an act or tie the nominal table relates ("buyout", "lawsuits"), in the singular or the plural. */
export const nominalNoun = (noun: string): boolean => {
  const n = noun.toLowerCase();
  return NOMINAL_NOUNS.has(n) || (!PLURALS_APART.has(n) && NOMINAL_NOUNS.has(singular(n)));
};

/** A verb + noun + preposition phrase the predicate table names ("raised concerns about" → "raise concern about"), or undefined. */
export const lightPhrase = (verb: string, noun: string, prep: string): string | undefined =>
  [noun, singular(noun)].map((n) => `${verb} ${n} ${prep}`).find(hasPredicate);

/** Whether a noun names a standing relation (predicates.json relationalNouns), in the singular or the plural. */
export const isRelational = (noun: string): boolean => RELATIONAL_NOUNS.has(noun) || RELATIONAL_NOUNS.has(singular(noun));

/** A copular adjective + preposition that states a relation ("unaware of" → aware of, negative). */
export function adjectivePredicate(adj: string, prep: string): { p: string; negate: boolean } | undefined {
  const x = ADJECTIVES.get(`${adj} ${prep}`.trim().toLowerCase());
  return x ? { p: x[0]!, negate: x[1] === 'negative' } : undefined;
}
