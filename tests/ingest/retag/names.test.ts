/**
 * ingest/retag/names.ts through the parse: words around names (a place before "man", a party or
 * origin before a person, classifier and role nouns before names, sentence-opening words of a name)
 * and the verbs after names. Each sentence is the corpus sentence a pass's doc comment quotes, or the
 * one holding the fragment it quotes; the expected tags are what the comment says the words are.
 */
import { parseText } from '../../../ingest/parse.js';
import { sentence } from './tags.js';

describe('retag/names', () => {
  it('reads "UK helps raped Rwandan women" with "helps" the verb and "raped" an adjective (news/politics/140)', () => {
    // verbsBeforeParticiples: compromise read "UK helps" as a compound and "raped" as the verb.
    const s = sentence('UK helps raped Rwandan women');
    expect(s('helps')).toEqual(expect.arrayContaining(['PresentTense', 'Verb']));
    expect(s('helps')).not.toContain('Plural');
    expect(s('raped')).toEqual(['Adjective']);
  });

  it('reads "a Devon man" as a man from a place, not a first name and surname (news/politics/169)', () => {
    // originModifiers: "a Devon man had been told he could use his dogs".
    const s = sentence(
      'The accusation came after it emerged a Devon man had been told he could use his four dogs to "chase away unwanted animals" from his farm.',
    );
    expect(s('Devon')).toEqual(expect.arrayContaining(['Place', 'ProperNoun']));
    expect(s('Devon')).not.toContain('Person');
    expect(s('man')).toEqual(expect.arrayContaining(['Actor', 'Noun']));
    expect(s('man')).not.toContain('Person');
  });

  it('reads a bare form inside a role before a name as a noun, not after a plural subject (news/politics/399, entertainment/002)', () => {
    // nounsInRoles: "Labour election campaign coordinator Alan Milburn"; not "Other ambassadors include actors Harvey Keitel".
    const campaign = sentence(
      'Labour election campaign coordinator Alan Milburn said the Tories were in "turmoil" because Mr Flight had exposed their hidden plans.',
    );
    expect(campaign('campaign')).toEqual(['Noun', 'Singular']);
    const include = sentence(
      'Other ambassadors include actors Harvey Keitel and Sir Roger Moore, athlete Cathy Freeman and Brazilian soccer legend Pele.',
    );
    expect(include('include')).toContain('Verb');
  });

  it("reads a party or origin word before a first name as the person's modifier, no part of the name (news/sport/497, politics/146)", () => {
    // modifiersBeforePersons: "Dutchman Peter Wessels", "Lib Dem Norman Baker".
    const dutchman = sentence(
      'Daniela Hantuchova defeated Michaella Krajicek 6-4 6-2 to give the Slovaks the perfect start before Dutchman Peter Wessels retired against Dominik Hrbaty.',
    );
    expect(dutchman('Dutchman')).toEqual(['Adjective']);
    const libDem = sentence('But Lib Dem Norman Baker accused ministers of turning Britain into a "nuclear dumpsite".');
    expect([libDem('Lib'), libDem('Dem')]).toEqual([['Adjective'], ['Adjective']]);
  });

  it("reads a role gerund before a title over a body's name as an adjective, not before a preposition (news/business/144, sport/468)", () => {
    // roleGerunds: "comments by acting Opec secretary general Adnan Shihab-Eldin".
    const acting = sentence(
      'Following the comments by acting Opec secretary general Adnan Shihab-Eldin, US light crude fell 32 cents to $51.43 a barrel.',
    );
    expect(acting('acting')).toEqual(['Adjective']);
    const serving = sentence(
      'Henman made an impressive start to the year, only faltering against Nalbandian when serving for the match at 5-4.',
    );
    expect(serving('serving')).toContain('Verb');
  });

  it('reads "looks" after a name, before "set to", as the name\'s verb (news/tech/093)', () => {
    // looksAfterNames: "BT looks set to roll out".
    const s = sentence('For a start, BT looks set to roll out its Bluephone project during the next 12 months.');
    expect(s('looks')).toEqual(['PresentTense', 'Verb']);
  });

  it('reads a capitalised bare form before a modal, or opening a sentence before a name and a verb, as a name (news/politics/022, business/215)', () => {
    // namesBeforeHelpers: "the predictions that Labour will need to increase taxes"; namesOpeningSentences: "Air China picked the London Stock Exchange".
    const labour = sentence(
      "Mr Howard pointed to the Institute for Fiscal Studies' predictions that Labour will need to increase taxes to cover an £11bn gap in its spending plans.",
    );
    expect(labour('Labour')).toEqual(expect.arrayContaining(['Noun', 'ProperNoun']));
    expect(labour('Labour')).not.toContain('Verb');
    const air = sentence(
      'Air China picked the London Stock Exchange for its secondary listing in its $1.07bn (£558m) stock market debut last month.',
    );
    expect(air('Air')).toEqual(expect.arrayContaining(['Noun', 'ProperNoun']));
    expect(air('Air')).not.toContain('Verb');
  });

  it('reads a classifier noun before a name as a noun; not an -s verb after a phrase with its determiner (news/business/005, entertainment/238, sport/082)', () => {
    // classifiersBeforeNames: "luxury goods firm LVMH", "Liverpool band The Coral"; not "This evidence shows Mr Kenteris".
    const firm = sentence(
      "Last year Pernod tried to buy Glenmorangie, one of Scotland's premier whisky firms, but lost out to luxury goods firm LVMH.",
    );
    expect(firm('firm')).toEqual(['Noun', 'Singular']);
    const band = sentence('Other acts appearing include Liverpool band The Coral and former Led Zeppelin singer Robert Plant.');
    expect(band('band')).toEqual(['Noun', 'Singular']);
    const shows = sentence(
      'This evidence shows Mr Kenteris was never asked to submit to a test by the International Olympic Committee so he could not possibly have been guilty of deliberately avoiding one.',
    );
    expect(shows('shows')).toContain('Verb');
  });

  it('reads a verb after a plural name opening a clause as its verb, and a plural title before first names as a noun (news/tech/235, politics/178)', () => {
    // verbsAfterPluralNames: "each shopper will spend £220 and Britons lead Europe".
    const lead = sentence('On average each shopper will spend £220 and Britons lead Europe in their affection for online shopping.');
    expect(lead('lead')).toEqual(expect.arrayContaining(['PresentTense', 'Verb']));
    expect(lead('lead')).not.toContain('Noun');
    // pluralTitles: "Railtrack managers Alistair Cook, Sean Fugill and Keith Lea".
    const managers = sentence(
      'Balfour Beatty managers Anthony Walker and Nicholas Jeffries, and Railtrack managers Alistair Cook, Sean Fugill and Keith Lea all face individual charges.',
    );
    expect([managers('managers', 0), managers('managers', 1)]).toEqual([
      ['Noun', 'Plural'],
      ['Noun', 'Plural'],
    ]);
  });

  it("reads a weekday before a newspaper's word as the first word of its name (news/politics/252)", () => {
    // weekdayTitles: "Sunday Telegraph journalist Robert Peston".
    const s = sentence(
      'The book by Sunday Telegraph journalist Robert Peston said the pair had "mutual animosity and contempt" for each other.',
    );
    expect(s('Sunday')).toEqual(expect.arrayContaining(['Noun', 'ProperNoun']));
    expect(s('Sunday')).not.toContain('Date');
  });

  it('reads a sentence-opening bare verb before a name and "has" as the name\'s first word (news/politics/150)', () => {
    // namesOpeningSentences: "Care International has ..." (mid-sentence its capital tells).
    const [s] = parseText('Care International has since closed down all its operations in Iraq.');
    const care = s!.tokens[0]!;
    expect(care.tags.has('ProperNoun')).toBe(true);
    expect(care.tags.has('Verb')).toBe(false);
  });

  it('reads a bare verb form that opens a phrase before a noun, a classifier and a name as a noun (news/tech/148)', () => {
    // modifiersBeforeClassifiers: "..., market research firm NPD Group has reported".
    const s = sentence(
      'Apple has sold more than six million iPods since the gadget was launched and has an 87% share of the market for portable digital music players, market research firm NPD Group has reported.',
    );
    expect(s('market', 1)).toEqual(['Noun', 'Singular']);
  });

  it('reads a word with a capital inside it as a name, even opening a text (business/483)', () => {
    // camelCaseNames: compromise reads a sentence's first word as a common noun.
    const disney = sentence('EuroDisney, the European home of Mickey Mouse and friends, has said it will sell new shares.');
    expect(disney('EuroDisney')).toContain('ProperNoun');
  });
});
