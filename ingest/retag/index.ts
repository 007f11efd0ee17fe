/**
 * THE order of compromise's tag repairs: every pass of ingest/retag, run on one sentence's tokens in
 * the order below, and nowhere else. Each pass is a `(ts: Token[]) => void` that retags tokens in
 * place (possessives and possessiveNames also drop the empty verb token compromise leaves after an
 * "X's"); a later pass reads the tags the earlier ones left, so the order is part of the rules: move
 * a pass only with the corpus compared before and after. The passes live by theme beside this file
 * (possessives, phrases, participles, infinitives, nouns, compounds, names, gerunds, saying, plurals,
 * verbs, headlines), their shared token predicates in tokens.ts and their shared word lists in
 * vocabulary.ts; ingest/parse.ts runs repairSentence on each sentence ingest/nlp.ts tokenises.
 */
import type { Token } from '../nlp.js';
import {
  compoundHeads,
  hyphenedModifiers,
  hyphenedParticles,
  namedPhraseHeads,
  nounModifiers,
  nounsInPhrases,
  objectCompoundHeads,
  pluralsBeforeNames,
} from './compounds.js';
import {
  gerundAdjectives,
  ingPrepositionNouns,
  gerundCompounds,
  gerundModifiers,
  gerundsAfterActors,
  gerundsAfterPlurals,
  gerundsAfterTakers,
  gerundsInSubjects,
  gerundSubjectHeads,
  ingNounsAfterNames,
  progressiveControllers,
  progressiveGerunds,
  quantifiedGerunds,
} from './gerunds.js';
import { headlineAmounts, headlineBareNouns, headlineParticiples, headlineVerbs } from './headlines.js';
import { bareInfinitives, bareVerbSForms, firstNameVerbs, infinitivesAfterHelp, pastFirstNames, toInfinitives } from './infinitives.js';
import {
  camelCaseNames,
  capitalisedRuns,
  classifiersBeforeNames,
  institutionsOpeningSentences,
  modifiersBeforeClassifiers,
  modifiersBeforePersons,
  roleGerunds,
  namesBeforeHelpers,
  namesOpeningSentences,
  nounsInRoles,
  originModifiers,
  placesOpeningSentences,
  pluralTitles,
  looksAfterNames,
  verbsAfterPluralNames,
  verbsBeforeParticiples,
  weekdayTitles,
} from './names.js';
import {
  ageNouns,
  indefiniteFirms,
  nounsAfterObjectModifiers,
  nounAdjectivesAfterNames,
  nounsAfterAmounts,
  nounsAfterInfinitives,
  nounsAfterObjectNames,
  nounsAfterSingularNames,
  nounsBeforeOf,
  itAcronyms,
  headsAfterPossessedNouns,
  headsAfterIndefiniteNouns,
  nounsInJoinedObjects,
  nounsBeforeVerbs,
  nounsNeverVerbs,
} from './nouns.js';
import {
  adverbParticiples,
  beParticiples,
  joinedParticiples,
  negatedParticiples,
  negatedPerfects,
  participlesBeforeNouns,
  participlesInPhrases,
  perfectTags,
  simplePasts,
} from './participles.js';
import {
  adjectivesAfterBe,
  adverbsAfterModals,
  degreeAdjectives,
  fixedTags,
  backAfterObjectPronouns,
  homeAdverbs,
  phrasalParticles,
  likeAfterCopula,
  neitherBetweenVerbs,
  nounsAfterAccordingTo,
  phraseTags,
  recordHighs,
  repeatedByAdverbs,
  topBeforeNumbers,
} from './phrases.js';
import {
  countedPlurals,
  gerundObjectPlurals,
  namedObjectPlurals,
  nationalityPlurals,
  objectPlurals,
  pluralBeforeBareVerb,
  pluralHeads,
  pluralsAfterPasts,
  pluralsBeforeGerunds,
  pluralsBeforePhrases,
  pluralsAfterCounts,
  pluralsAfterPlurals,
  pluralsBeforeChanges,
  pluralsBeforeShortForms,
  pluralsEndingObjects,
  pluralsBeforeWho,
  pluralsOpeningClauses,
  verbThenPlural,
} from './plurals.js';
import { apostrophePossessives, objectHer, possessiveNames, possessives } from './possessives.js';
import {
  nounsAfterSaying,
  nounsAfterThat,
  pluralsBeforeSaying,
  sayingAfterPronouns,
  sayingAtEnd,
  sayingBeforeThat,
  sayingGerunds,
} from './saying.js';
import { splitInside } from './sentences.js';
import { joinedPresents, pastsBeforeAmounts, repairTags, samePastsAfterSubjects } from './verbs.js';

/**
 * Repair the tags of one compromise sentence, then split it where compromise kept two together
 * (splitInside) and read each part as a headline where it is one: the parts, in order.
 */
export function repairSentence(tokens: Token[]): Token[][] {
  possessives(tokens);
  possessiveNames(tokens);
  apostrophePossessives(tokens);
  fixedTags(tokens);
  itAcronyms(tokens);
  headsAfterPossessedNouns(tokens);
  headsAfterIndefiniteNouns(tokens);
  phraseTags(tokens);
  perfectTags(tokens);
  beParticiples(tokens);
  negatedParticiples(tokens);
  firstNameVerbs(tokens);
  pastFirstNames(tokens);
  bareInfinitives(tokens);
  nounsAfterObjectModifiers(tokens);
  participlesInPhrases(tokens);
  nounsBeforeOf(tokens);
  bareVerbSForms(tokens);
  infinitivesAfterHelp(tokens);
  likeAfterCopula(tokens);
  degreeAdjectives(tokens);
  adjectivesAfterBe(tokens);
  neitherBetweenVerbs(tokens);
  toInfinitives(tokens);
  nounModifiers(tokens);
  pluralsBeforeNames(tokens);
  classifiersBeforeNames(tokens);
  modifiersBeforeClassifiers(tokens);
  progressiveGerunds(tokens);
  progressiveControllers(tokens);
  gerundsAfterActors(tokens);
  nounsAfterSingularNames(tokens);
  nounAdjectivesAfterNames(tokens);
  nounsAfterAmounts(tokens);
  nounsAfterInfinitives(tokens);
  nounsAfterObjectNames(tokens);
  nounsInRoles(tokens);
  homeAdverbs(tokens);
  backAfterObjectPronouns(tokens);
  phrasalParticles(tokens);
  recordHighs(tokens);
  repeatedByAdverbs(tokens);
  gerundsAfterPlurals(tokens);
  gerundsAfterTakers(tokens);
  pluralsAfterCounts(tokens);
  pluralsAfterPlurals(tokens);
  pluralsBeforeChanges(tokens);
  nounsBeforeVerbs(tokens);
  camelCaseNames(tokens);
  capitalisedRuns(tokens);
  modifiersBeforePersons(tokens);
  roleGerunds(tokens);
  originModifiers(tokens);
  namesBeforeHelpers(tokens);
  namesOpeningSentences(tokens);
  verbsBeforeParticiples(tokens);
  placesOpeningSentences(tokens);
  institutionsOpeningSentences(tokens);
  nounsAfterSaying(tokens);
  nounsAfterThat(tokens);
  nounsInPhrases(tokens);
  namedPhraseHeads(tokens);
  compoundHeads(tokens);
  topBeforeNumbers(tokens);
  objectCompoundHeads(tokens);
  verbThenPlural(tokens);
  pluralsAfterPasts(tokens);
  pluralsEndingObjects(tokens);
  objectPlurals(tokens);
  gerundObjectPlurals(tokens);
  gerundSubjectHeads(tokens);
  adverbParticiples(tokens);
  namedObjectPlurals(tokens);
  pluralsBeforeShortForms(tokens);
  nounsAfterAccordingTo(tokens);
  repairTags(tokens);
  nounsInJoinedObjects(tokens);
  negatedPerfects(tokens);
  joinedParticiples(tokens);
  joinedPresents(tokens);
  pluralBeforeBareVerb(tokens);
  looksAfterNames(tokens);
  verbsAfterPluralNames(tokens);
  pluralsBeforeGerunds(tokens);
  pluralsOpeningClauses(tokens);
  gerundCompounds(tokens);
  gerundsInSubjects(tokens);
  gerundModifiers(tokens);
  objectHer(tokens);
  hyphenedParticles(tokens);
  hyphenedModifiers(tokens);
  ageNouns(tokens);
  gerundAdjectives(tokens);
  ingPrepositionNouns(tokens);
  quantifiedGerunds(tokens);
  pastsBeforeAmounts(tokens);
  samePastsAfterSubjects(tokens);
  pluralHeads(tokens);
  pluralsBeforePhrases(tokens);
  participlesBeforeNouns(tokens);
  simplePasts(tokens);
  sayingBeforeThat(tokens);
  pluralsBeforeSaying(tokens);
  sayingAfterPronouns(tokens);
  sayingAtEnd(tokens);
  sayingGerunds(tokens);
  pluralTitles(tokens);
  weekdayTitles(tokens);
  ingNounsAfterNames(tokens);
  nounsNeverVerbs(tokens);
  adverbsAfterModals(tokens);
  countedPlurals(tokens);
  nationalityPlurals(tokens);
  indefiniteFirms(tokens);
  pluralsBeforeWho(tokens);
  const parts = splitInside(tokens);
  for (const part of parts) {
    headlineAmounts(part);
    headlineVerbs(part);
    headlineBareNouns(part);
    headlineParticiples(part);
  }
  return parts;
}
