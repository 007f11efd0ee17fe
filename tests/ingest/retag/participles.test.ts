/**
 * ingest/retag/participles.ts through the parse: participles that are adjectives (un- words, between
 * a verb and a noun, after an -ly adverb), the perfect's and the passive's participles, past verbs
 * joined by "and", and irregular simple pasts. Each sentence is the corpus sentence a pass's doc
 * comment quotes, or the one holding the fragment it quotes.
 */
import { sentence } from './tags.js';

describe('retag/participles', () => {
  it('reads an un- participle of a known verb as an adjective (news/politics/389)', () => {
    // negatedParticiples: "conditions are unchanged by this decision".
    const s = sentence(
      'The conditions for euro entry are unchanged by this new decision about the stability and growth pact," Mr. Brown said.',
    );
    expect(s('unchanged')).toEqual(['Adjective']);
  });

  it("reads an -ed or -en form between a verb and a noun as the noun's adjective (news/politics/030, politics/165)", () => {
    // participlesBeforeNouns: "tackled the problem by reducing authorised absence", "help reduce drunken disorder".
    const authorised = sentence(
      "Tories say Labour's previous success regarding the issue came because it tackled the easy part of the problem by reducing authorised absence, where parents are permitted to take children out of school.",
    );
    expect(authorised('authorised')).toEqual(['Adjective']);
    const drunken = sentence(
      'Instead, the new Licensing Act could help reduce drunken disorder - but only if it was properly planned, he argued.',
    );
    expect(drunken('drunken')).toEqual(['Adjective']);
  });

  it('reads the perfect\'s verb group: the participle after "has", and an -ed word after it as the object\'s adjective (news/business/050, politics/257, politics/219)', () => {
    // perfectTags: "has hit sales", "has done no deals", "has warned bigoted soccer fans".
    const hit = sentence(
      'A combination of bad weather, rising raw material costs and the sluggish European economy has hit sales at Swiss food and drink giant Nestle.',
    );
    expect(hit('hit')).toEqual(expect.arrayContaining(['Participle', 'Verb']));
    expect(hit('hit')).not.toContain('Noun');
    const done = sentence(
      'Mr Blair has insisted he has done no deals over the premiership while Mr Brown says he will not let "gossip" distract him from helping a unified election campaign.',
    );
    expect(done('done')).toEqual(expect.arrayContaining(['Participle', 'Verb']));
    expect(done('done')).not.toContain('Adjective');
    const bigoted = sentence(
      'Scotland\'s justice minister has warned bigoted soccer fans that she wants to hit them "where it hurts most" by banning them from matches.',
    );
    expect(bigoted('warned')).toContain('Verb');
    expect(bigoted('bigoted')).toEqual(['Adjective']);
  });

  it('reads a verb whose participle is its base form, after "been", as the passive participle (news/tech/114)', () => {
    // beParticiples: "has been put up for sale".
    const s = sentence("One of Britain's largest independent game makers, Argonaut Games, has been put up for sale.");
    expect(s('put')).toEqual(expect.arrayContaining(['Participle', 'Passive', 'Verb']));
    expect(s('put')).not.toContain('Infinitive');
  });

  it('reads an -ed "adjective" after "has" and a negation, or an adverb of time, as the participle (news/tech/353, politics/058)', () => {
    // negatedPerfects: "it has not received any information"; "I have long understood China's argument".
    const limited = sentence('I\'m a pilot and my tremor condition has not limited my ability to fly a plane," he said.');
    expect(limited('limited')).toEqual(expect.arrayContaining(['PastTense', 'Verb']));
    expect(limited('limited')).not.toContain('Adjective');
    const understood = sentence(
      "I have long understood China's argument, that to lump them in with, say, Burma and Zimbabwe is not appropriate and I don't think it is,\" he told the joint committee on Strategic Export Controls.",
    );
    expect(understood('long')).toEqual(['Adverb']);
    expect(understood('understood')).toEqual(expect.arrayContaining(['PastTense', 'Verb']));
  });

  it('reads an -ed word after "has X and" as the second past verb (news/business/009)', () => {
    // joinedParticiples (joinsPastVerb): "has killed crops and drained wells".
    const s = sentence('In eastern and southern Ethiopia, a prolonged drought has killed crops and drained wells.');
    expect(s('drained')).toEqual(expect.arrayContaining(['PastTense', 'Verb']));
    expect(s('drained')).not.toContain('Adjective');
  });

  it('tags an irregular past whose participle differs as a simple past (news/business/170)', () => {
    // simplePasts: "said house prices rose by 0.8%".
    const s = sentence(
      'After registering falls at the back-end of 2004, Halifax said house prices rose by 0.8% in January and Nationwide reported a rise of 0.4% in the first month of the year.',
    );
    expect(s('rose')).toEqual(expect.arrayContaining(['PastTense', 'SimplePast', 'Verb']));
  });

  it('reads a past form after an -ly adverb, in a phrase a preposition opens, before a noun, as an adjective (news/business/134)', () => {
    // adverbParticiples: "for newly re-elected President George W Bush".
    const s = sentence(
      'In a welcome economic boost for newly re-elected President George W Bush, the Labor Department figures come after a slow summer of weak jobs gains.',
    );
    expect(s('re-elected')).toEqual(['Adjective']);
  });

  it('reads "since" between "has" and the participle as an adverb, not a subordinator (news/tech/102)', () => {
    // perfectTags: "has since lodged a complaint".
    const s = sentence(
      'Ms Simonetti was suspended on 25 September pending an investigation and has since lodged a complaint with the US Equal Employment Opportunity Commission (EEOC).',
    );
    expect(s('since')).toContain('Adverb');
    expect(s('since')).not.toContain('Preposition');
    // not "since" opening a time phrase after the participle
    const t = sentence('Ms Simonetti has lived in Texas since 2001.');
    expect(t('since')).not.toContain('Adverb');
  });

  it('reads a same-form participle compromise takes for a noun before "by" as the passive (news/politics/150)', () => {
    // beParticiples: "have been broadcast by Al-Jazeera".
    const s = sentence('Since her abduction, several videos of Mrs Hassan have been broadcast by Al-Jazeera.');
    expect(s('broadcast')).toEqual(expect.arrayContaining(['Verb', 'Participle', 'Passive']));
    expect(s('broadcast')).not.toContain('Noun');
  });

  it('reads a participle after an -ly adverb as an adjective over an adjective joined by "and" (news/tech/100)', () => {
    // participlesInPhrases: "the ambitous and widely acclaimed game".
    const s = sentence(
      'He left Bullfrog in 1997 to set up Lionhead Studios which was behind the ambitous and widely acclaimed game Black & White.',
    );
    expect(s('acclaimed')).toEqual(['Adjective']);
  });
});
