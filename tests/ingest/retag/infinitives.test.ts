/**
 * ingest/retag/infinitives.ts through the parse: bare infinitives and "to" infinitives that compromise
 * reads as first names or nouns ("would sue", "help the firm develop", "helps guarantee", "to
 * chronicle the pandas' activities"). Each sentence is the corpus sentence a pass's doc comment
 * quotes, or the one holding the fragment it quotes.
 */
import { parseText } from '../../../ingest/parse.js';
import { sentence } from './tags.js';

describe('retag/infinitives', () => {
  it('reads a lowercase first name after a modal or "to" as a bare verb (news/business/324, sport/375)', () => {
    // firstNameVerbs: "said it would sue Rosneft", "threatened to rob Dallaglio of".
    const sue = sentence('Yukos has said it will sue Baikal and others involved in the sale of Yuganskneftegas for $20bn in damages.');
    expect(sue('sue')).toEqual(['Infinitive', 'Verb']);
    const rob = sentence(
      'One effect of the injury was to rob Dallaglio of much of his pace, but ever the pragmatist, he reinvented himself as a close quarters number eight of the highest calibre.',
    );
    expect(rob('rob')).toEqual(['Infinitive', 'Verb']);
  });

  it('reads a verb\'s word after "help" and its object, before another object or a preposition, as the bare infinitive (news/business/302, business/225, politics/413)', () => {
    // bareInfinitives: "will help the pharmaceutical firm develop the snacks", "help the UK High Street recover from".
    const develop = sentence(
      'Anglo-Dutch food giant Unilever will help the pharmaceutical firm develop the snacks containing Hoodia extract.',
    );
    expect(develop('develop')).toEqual(['Infinitive', 'Verb']);
    const recover = sentence(
      'The January sales have failed to help the UK High Street recover from a poor Christmas season, a survey has found.',
    );
    expect(recover('recover')).toEqual(['Infinitive', 'Verb']);
    // and joined to another bare verb before an object: "help Labour fight and win the election".
    const fight = sentence(
      'General Secretary Matt Carter said it was "a fantastic gift" that would help Labour "fight and win the election".',
    );
    expect(fight('fight')).toEqual(['Infinitive', 'Verb']);
  });

  it('reads "helps" before a bare verb and its object as the verb (news/business/320)', () => {
    // bareVerbSForms: "The agreement helps protect the rights".
    const s = sentence(
      "Membership of the Geneva-based WTO helps guarantee a country's goods receives equal treatment in the markets of other member states - a policy which has seen it become closely associated with globalisation.",
    );
    expect(s('helps')).toEqual(expect.arrayContaining(['PresentTense', 'Verb']));
    expect(s('helps')).not.toContain('Plural');
  });

  it('reads a bare "help" after a plural, before a bare verb and its object, as the verb (news/business/183)', () => {
    // bareVerbSForms: "Its cranes help build oil rigs", not the help desk of "the IT help desk staff".
    const s = sentence('Its cranes help build oil rigs and lifted the sunken Russian submarine Kursk from the sea bed.');
    expect(s('help')).toEqual(expect.arrayContaining(['PresentTense', 'Verb']));
    expect(s('help')).not.toContain('Noun');
    const desk = sentence('The company hired more staff for its help desk services last year.');
    expect(desk('help')).not.toContain('Verb');
  });

  it('reads a singular noun after "to", before a determiner, a name\'s possessive or an amount, as an infinitive (news/tech/107, business/102, business/188)', () => {
    // toInfinitives: "has allowed staff to chronicle the pandas' daily activities", "agreed to quadruple
    // Titan's management fee", "plans to swap 0.41 of its shares".
    for (const [text, word] of [
      [
        "A broadband and wireless network installed on the reserve has allowed staff to chronicle the pandas' daily activities.",
        'chronicle',
      ],
      ["Shortly after the poll, which Mr Kerekou won, Benin officials agreed to quadruple Titan's management fee.", 'quadruple'],
      [
        'Verizon plans to swap 0.41 of its shares and $1.50 in cash for each MCI share, as well as offering special dividends of $4.50 a share.',
        'swap',
      ],
    ] as const)
      expect([word, sentence(text)(word)]).toEqual([word, ['Infinitive', 'Verb']]);
  });

  it('reads the word after "have to" as an infinitive, and an adjective after "to" before a determiner as one (news/business/192, business/142)', () => {
    // toInfinitives: "would not have to adhere to US rulings"; "moved to steady the financial markets".
    const adhere = sentence('That meant Moscow would not have to adhere to US rulings in the Yukos case.');
    expect(adhere('adhere')).toEqual(['Infinitive', 'Verb']);
    const steady = sentence('On Wednesday, however, South Korea moved to steady the financial markets.');
    expect(steady('steady')).toEqual(['Infinitive', 'Verb']);
  });

  it('keeps a noun after a verb of motion and "to" (news/business/041)', () => {
    // toInfinitives' "not": "came to office the federal budget".
    const s = sentence(
      'Since President George W Bush came to office the federal budget has swung from a record surplus to a record deficit of $412bn last year.',
    );
    expect(s('office')).toContain('Noun');
    expect(s('office')).not.toContain('Verb');
  });

  it('reads a lowercase irregular past compromise lists as a first name ("drew") as the past verb (related/05)', () => {
    // pastFirstNames; a capitalised "Drew" stays a name.
    const [s] = parseText('The attack drew condemnation from the region and the wider world.');
    const drew = s!.tokens.find((t) => t.text === 'drew')!;
    expect(drew.tags.has('PastTense')).toBe(true);
    expect(drew.root).toBe('draw');
    const [n] = parseText('Drew Barrymore starred in the film.');
    expect(n!.tokens[0]!.tags.has('Verb')).toBe(false);
  });

  it('reads a word right after "help" before its object as a bare infinitive (business/259)', () => {
    // infinitivesAfterHelp: "helped boost exports" (compromise reads "boost" as a noun).
    const exports = sentence(
      'Chinese and US economic strength helped boost exports, as did strong demand for agricultural and mining products.',
    );
    expect(exports('boost')).toContain('Infinitive');
    expect(exports('boost')).not.toContain('Noun');
  });
});
