/**
 * The repairs' shared vocabulary, one home for it: RT (the word lists of data/retag.json, and the
 * one-word titles of data/titles.json, as sets built once at load) and the word sets that several
 * repair modules, or later stages, read (ingest/parse.ts re-exports BARE_VERB_S_FORMS,
 * GERUND_ADJECTIVES and GERUND_TAKERS for ingest/extract). A set only one module reads lives there.
 */
import retag from '../data/retag.json' with { type: 'json' };
import predicates from '../data/predicates.json' with { type: 'json' };
import titles from '../data/titles.json' with { type: 'json' };

/** The word lists of data/retag.json (and titles.json's one-word titles) as sets, by what they hold. */
export const RT = {
  /** One-word titles ("boss", "coach", "captain"): between two names a title, never a verb. */
  titles: new Set(titles.titles.filter((w) => !w.includes(' '))),
  adverbs: new Set(retag.verbAdverbs),
  /** Phrasal verbs whose particle may part from them ("roll back", "put forward"): data/predicates.json. */
  phrasals: new Set(predicates.separablePhrasals),
  plainAdverbs: new Set(retag.plainAdverbs),
  links: new Set(retag.clauseLinks),
  objects: new Set(retag.objectStarts),
  compoundHeads: new Map(Object.entries(retag.verbsOpeningCompounds as Record<string, string[]>).map(([k, v]) => [k, new Set(v)])),
  notVerbs: new Set(retag.notVerbs),
  neverVerbs: new Set(retag.neverVerbs),
  ingNouns: new Set(retag.ingNouns),
  /** Base forms that are never nouns ('remain', 'continue'): data/retag.json neverNouns. */
  neverNouns: new Set(retag.neverNouns),
  nounAdjectives: new Set(retag.nounAdjectives),
  saying: new Set(retag.sayingVerbs),
  sayingGerunds: new Set(retag.sayingGerunds),
  /** Group nouns that may take a plural verb ("the board meet"): retag.json groupNouns. */
  groupNouns: new Set(retag.groupNouns),
  /** Verbs whose "to" is always an infinitive's ("plans to swap", "agreed to pay"). */
  aims: new Set(retag.aimVerbs),
  telling: new Set(retag.tellingVerbs),
  adverbials: new Set(retag.adverbialPhrases),
  toPrepositions: new Set(retag.toPrepositions),
  prepositionForms: new Set(retag.prepositionForms),
  adjectiveForms: new Set(retag.adjectiveForms),
  toAdjectives: new Set(retag.toAdjectives),
  originNouns: new Set(retag.originNouns),
  particles: new Set(retag.particles),
  sameParticiples: new Set(retag.sameParticiples),
  pastPreps: new Set(retag.pastPrepositions),
  nounModifiers: new Set(retag.nounModifiers),
  compoundParticiples: new Set(retag.compoundParticiples),
  classifiers: new Set(retag.classifierNouns),
  weekdayTitles: new Set(retag.weekdayTitles),
  roleGerunds: new Set(retag.roleGerunds),
  ingEventNouns: new Set(retag.ingEventNouns),
  gerundQuantifiers: new Set(retag.gerundQuantifiers),
};

/** Verbs taking an object and a bare infinitive ("help the firm develop the snacks"; retag.json). */
export const BARE_INFINITIVE_VERBS: ReadonlySet<string> = new Set(retag.bareInfinitiveVerbs);

/** -s forms that take a bare verb ("helps", "lets"; retag.json): never a plural noun before one. */
export const BARE_VERB_S_FORMS: ReadonlySet<string> = new Set(retag.bareVerbSForms);
/** Determiners and possessive pronouns: words that can only open a noun phrase. */
export const PHRASE_STARTS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'his', 'their', 'our', 'my', 'your']);

/** Gerunds of change that modify the next noun ('rising demand'), from data/retag.json. */
export const GERUND_ADJECTIVES: ReadonlySet<string> = new Set(retag.gerundAdjectives);
/** Forms of "be" (not "being"). */
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'am']);

/** Verbs whose -s form takes a gerund after it ("stops selling", "risks losing"): no plural noun there. */
export const GERUND_TAKERS: ReadonlySet<string> = new Set(retag.gerundTakers);
