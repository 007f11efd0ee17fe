/**
 * ingest/retag/saying.ts through the parse: the reported clause's subject after "said" or "that" is a
 * noun, and a verb of saying before "that", after a subject pronoun or ending the sentence after a
 * comma is the verb. Each sentence is the corpus sentence a pass's doc comment quotes, or the one
 * holding the fragment it quotes.
 */
import { sentence } from './tags.js';

describe('retag/saying', () => {
  it('reads the word right after "said", before a modal or a phrase and a finite verb, as the reported subject (news/politics/055, politics/095)', () => {
    // nounsAfterSaying: "Ms Kelly said reforms should build on GCSEs", "said conflict between himself and Tony Blair was harming".
    expect(sentence('Ms Kelly said reforms should build on GCSEs and A-levels.')('reforms')).toEqual(['Noun', 'Plural']);
    const conflict = sentence(
      'Gordon Brown has criticised a union leader who said conflict between himself and Tony Blair was harming the workings of government.',
    );
    expect(conflict('conflict')).toEqual(['Noun', 'Singular']);
  });

  it('keeps the verb after a verb of saying when a name follows it as its object (news/politics/331)', () => {
    // nounsAfterSaying's "not": "posters which critics claim depict Tory leader Michael Howard".
    const s = sentence(
      'Labour has been accused of using anti-Semitic images in posters which critics claim depict Tory leader Michael Howard as Fagin.',
    );
    expect(s('depict')).toContain('Verb');
    expect(s('depict')).not.toContain('Noun');
  });

  it('reads an -s word after "told X that", before a phrase and a finite verb, as the clause\'s plural subject (news/business/034)', () => {
    // nounsAfterThat: "Rover told BBC News that reports of job cuts were speculation".
    const s = sentence('But Rover told BBC News that reports of job cuts were "speculation".');
    expect(s('reports')).toEqual(['Noun', 'Plural']);
  });

  it('reads an -s verb of saying between a singular noun and "that" as the verb (news/business/434, sport/045)', () => {
    // sayingBeforeThat: "The firm hopes that regulators will approve the merger", "the report claims that".
    const fears = sentence(
      'The ADB fears that 1 million Indonesians could join them, while in India just over half a million people - 645,000 - are at risk of falling into poverty.',
    );
    expect(fears('fears')).toEqual(['PresentTense', 'Verb']);
    const claims = sentence('The USADA claims that 10 athletes have received sanctions for testing positive for THG and modafinil.');
    expect(claims('claims')).toEqual(['PresentTense', 'Verb']);
  });

  // Contradicts sayingBeforeThat's doc comment ("between a singular noun and 'that' ... The subject
  // before it: a singular noun"): "result," closes an adverbial phrase, no subject, and "hopes" is
  // the plural subject of "have disappeared"; the pass checks no comma before the -s word and reads it as the verb.
  it.failing('keeps "hopes" a noun after an opening phrase and its comma (news/business/212)', () => {
    const s = sentence('As a result, hopes that approval of the deal may be fast-tracked have disappeared, the paper said.');
    expect(s('hopes')).toEqual(expect.arrayContaining(['Noun', 'Plural']));
    expect(s('hopes')).not.toContain('Verb');
  });

  it('reads a verb of saying after a subject pronoun as its verb (news/business/299)', () => {
    // sayingAfterPronouns: "a tax bill, which they claim is owed by Yukos".
    const s = sentence(
      "Russian prosecutors are forcing the sale of the firm's most lucrative asset Yuganskneftegas to help pay a $27bn (£14bn) back tax bill, which they claim is owed by Yukos.",
    );
    expect(s('claim')).toEqual(['PresentTense', 'Verb']);
  });

  it('reads a bare verb of saying before "that" as the verb and the -s word before it as its plural subject (news/tech/141)', () => {
    // pluralsBeforeSaying: "IBM test results show that ...".
    const s = sentence('IBM test results show that Blue Gene/L has managed speeds of 70.72 teraflops.');
    expect(s('results')).toEqual(['Noun', 'Plural']);
    expect(s('show')).toEqual(expect.arrayContaining(['PresentTense', 'Verb']));
  });

  it('reads a bare verb of saying that ends the sentence after a comma and an -s word as the verb (news/business/421)', () => {
    // pluralsBeforeSaying: "..., newspaper reports claim.".
    const s = sentence(
      'The London Stock Exchange (LSE) is planning to announce a preferred takeover by the end of the month, newspaper reports claim.',
    );
    expect(s('reports')).toEqual(['Noun', 'Plural']);
    expect(s('claim')).toEqual(expect.arrayContaining(['PresentTense', 'Verb']));
  });

  it("reads an -s verb of saying that ends the sentence after a comma and an article's phrase as the verb (news/business/459)", () => {
    // sayingAtEnd: "..., the firm claims.".
    const s = sentence(
      'Gordon Brown will need to raise about $10bn a year in order to sustain the public finances in the short term, the firm claims.',
    );
    expect(s('claims')).toEqual(['PresentTense', 'Verb']);
  });

  it('reads an -ing verb of saying read as a noun before a subject pronoun or a colon as the verb (news/tech/148, politics/125)', () => {
    // sayingGerunds: "is suing the firm saying it is unfair".
    const s = sentence(
      "A user of Apple's iTunes music service is suing the firm saying it is unfair he can only use an iPod to play songs.",
    );
    expect(s('saying')).toEqual(['Gerund', 'Verb']);
    const quoted = sentence(
      'Mr Houston was quoted in the Herald newspaper saying: "I feel UKIP have over-reacted and overshot the runway."',
    );
    expect(quoted('saying')).toEqual(['Gerund', 'Verb']);
  });

  it('reads an -ing verb of saying right after a preposition, before a phrase, as the verb (news/politics/082)', () => {
    // sayingGerunds: "hit back by saying Tory attitudes to Europe had helped".
    const s = sentence('The foreign secretary hit back by saying Tory attitudes to Europe had helped keep the party out of power.');
    expect(s('saying')).toEqual(['Gerund', 'Verb']);
    // ("an old saying" keeps its noun: no preposition before it)
    expect(sentence('It is an old saying in Westminster.')('saying')).toContain('Noun');
  });
});
