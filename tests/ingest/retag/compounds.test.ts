/**
 * ingest/retag/compounds.ts through the parse: bare verb forms heading or inside a noun phrase (after
 * a determiner, a preposition or names), plural nouns modifying nouns, and hyphened compounds. Each
 * sentence is the corpus sentence a pass's doc comment quotes, or the one holding the fragment it
 * quotes; the expected tags are what the comment says the words are.
 */
import { sentence } from './tags.js';

describe('retag/compounds', () => {
  it("reads a bare form closing a determiner's phrase as its head noun (news/business/434, business/319)", () => {
    // compoundHeads: "opt for a debt repayment freeze, while"; objectCompoundHeads: "owns the Liffe derivatives exchange in London".
    const freeze = sentence(
      'Thailand has said it does not wish to opt for a debt repayment freeze, while India has also rejected international aid, saying it can cope on its own resources.',
    );
    expect(freeze('freeze')).toEqual(['Noun', 'Singular']);
    const exchange = sentence(
      'Commentators say that a deal with Euronext, which owns the Liffe derivatives exchange in London and combines the Paris, Amsterdam and Lisbon stock exchanges, could potentially offer the LSE more cost savings than a deal with Deutsche Boerse.',
    );
    expect(exchange('exchange')).toEqual(['Noun', 'Singular']);
  });

  it("reads bare forms in a preposition's phrase as its nouns, and an -s form before a plural as a noun (news/business/383, tech/112)", () => {
    // nounsInPhrases: "worries about massive US trade and budget deficits", "the top of the UK games charts".
    const deficits = sentence(
      'But the respite for the dollar, which spent late 2003 being pushed lower against other major currencies by worries about massive US trade and budget deficits, may be short-lived.',
    );
    expect([deficits('trade'), deficits('budget')]).toEqual([
      ['Noun', 'Singular'],
      ['Noun', 'Singular'],
    ]);
    const games = sentence('Fifa 2005 is back at the top of the UK games charts, a week after losing it to rival Pro Evolution Soccer 4.');
    expect(games('games')).toEqual(['Noun', 'Plural']);
  });

  it("reads verb forms after names in a determiner's phrase as the phrase's nouns (news/business/223, business/479, business/166)", () => {
    // namedPhraseHeads: "its US gaming division", "the Fusion and Zephyr models at", "The £10bn Crossrail transport plan, backed by".
    const gaming = sentence('Wembley announced the planned sale as it revealed it was to offload its US gaming division to BLB Investors.');
    expect(gaming('gaming')).toEqual(['Noun', 'Singular']);
    const models = sentence(
      'However, Ford is working hard to revitalise its product portfolio, unveiling the Fusion and Zephyr models at the International Motor Show in Detroit.',
    );
    expect(models('models')).toEqual(['Noun', 'Plural']);
    const transport = sentence(
      'The £10bn Crossrail transport plan, backed by business groups, is to get the go-ahead this month, according to The Mail on Sunday.',
    );
    expect(transport('transport')).toEqual(['Noun', 'Singular']);
  });

  it('reads a plural before a bare singular noun as its modifier (news/politics/058, politics/064)', () => {
    // nounModifiers: "EU China arms ban", "Turkey-EU talks deal".
    expect(sentence("EU China arms ban 'to be lifted'")('arms')).toEqual(['Noun', 'Plural']);
    expect(sentence('Blair hails Turkey-EU talks deal')('talks')).toEqual(['Noun', 'Plural']);
  });

  it('reads an -s form between a noun and names before a plural verb as a plural noun (news/business/203, news/sport/379)', () => {
    // pluralsBeforeNames: "hedge funds TCI and Atticus were planning"; not a verb of saying before a clause.
    const funds = sentence(
      "The Sunday Times reported that hedge funds TCI and Atticus were planning to demand the removal of the group's chairman and chief executive.",
    );
    expect(funds('funds')).toEqual(expect.arrayContaining(['Noun', 'Plural']));
    expect(funds('funds')).not.toContain('Verb');
    const forwards = sentence('Back-row forwards David Wallace and Victor Costello are omitted.');
    expect(forwards('forwards')).not.toContain('Verb');
    const says = sentence('The board says Iraq has offered the firm a contract.');
    expect(says('says')).toContain('Verb');
  });

  it('reads a compound participle after names as an adjective, past a participle opening the phrase (news/tech/347)', () => {
    // namedPhraseHeads: "its recently unveiled Walkman branded phone", like "the only Detroit based automaker".
    const s = sentence(
      'Sony Ericsson will use the fair to show off the W800 - its recently unveiled Walkman branded phone - and there is speculation.',
    );
    expect(s('branded')).toEqual(['Adjective']);
    expect(s('unveiled')).toContain('Verb');
  });

  it('reads a verb and its particle joined by a hyphen as one noun, and the -s word after it as its verb (news/tech/069, tech/136)', () => {
    // hyphenedParticles: "Sim back-up devices"; "The Christmas give-away entitles customers to".
    const backUp = sentence('Sim back-up devices can be bought from phone shops for just a few pounds.');
    expect([backUp('back'), backUp('up')]).toEqual([
      ['Hyphenated', 'Noun', 'Singular'],
      ['Hyphenated', 'Noun', 'Singular'],
    ]);
    const giveAway = sentence('The Christmas give-away entitles customers to free telephone calls anywhere in the UK via the internet.');
    expect(giveAway('entitles')).toEqual(expect.arrayContaining(['PresentTense', 'Verb']));
  });

  it('keeps a hyphened verb and particle after "to" a verb (news/business/241)', () => {
    // hyphenedParticles' "not": "urged the finance chiefs to write-off African debt".
    const s = sentence(
      "At a dinner on Friday night, former South African president Nelson Mandela backed Mr Brown's plan when he urged the finance chiefs to write-off African debt and provide an extra $50bn (£26.69bn) a year in aid for the next decade.",
    );
    expect(s('write')).toContain('Verb');
    expect(s('write')).not.toContain('Noun');
  });

  it("reads a verb joined by a hyphen to a noun, before a noun, as that noun's modifier (news/tech/136)", () => {
    // hyphenedModifiers: "a BT Together fixed-line customer".
    const s = sentence(
      'People wanting to take advantage of the offer will need to be a BT Together fixed-line customer and will have to sign up to broadband online.',
    );
    expect(s('fixed')).toEqual(['Adjective', 'Hyphenated']);
  });
});
