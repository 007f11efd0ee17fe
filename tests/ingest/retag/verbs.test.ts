/**
 * ingest/retag/verbs.ts through the parse: repairTags (finite verbs compromise reads as plurals,
 * adjectives or nouns, and the nouns it reads as verbs between names and roles), joinedPresents and
 * pastsBeforeAmounts. Each sentence is the corpus sentence a pass's doc comment quotes, or the one
 * holding the fragment it quotes; the expected tags are what the comment says the words are.
 */
import { parseText } from '../../../ingest/parse.js';
import { sentence } from './tags.js';

describe('retag/verbs', () => {
  it('reads an -s word after "and" that repeats the present verb before its object as the next verb (news/business/183)', () => {
    // joinedPresents: "makes cordless phones and employs 2,000 staff".
    const s = sentence('The Siemens plant at Boscholt makes cordless phones and employs 2,000 staff.');
    expect(s('employs')).toEqual(expect.arrayContaining(['PresentTense', 'Verb']));
    expect(s('employs')).not.toContain('Plural');
  });

  it('reads an irregular past before "to" and an amount as the verb, and the bare form before it as the noun (news/business/370)', () => {
    // pastsBeforeAmounts: 'The ISM's "new orders" index rose to 67.4'.
    const s = sentence('The ISM\'s "new orders" index rose to 67.4 from 61.5.');
    expect(s('rose')).toEqual(expect.arrayContaining(['PastTense', 'Verb']));
    expect(s('index')).toContain('Noun');
    expect(s('index')).not.toContain('Verb');
  });

  it('reads "last" before a unit of time as when, and a range\'s "to" as a preposition (news/business/121, politics/038)', () => {
    // repairTags: "firms created 337,000 jobs last month"; "a service from Tweedbank to Edinburgh covers its costs".
    const last = sentence(
      'US firms created 337,000 jobs last month, twice the amount expected, while exports reached record levels in September.',
    );
    expect(last('last')).toContain('Adjective');
    expect(last('last')).not.toContain('Verb');
    const range = sentence(
      'A study in 2000, which was commissioned by the executive, Scottish Borders Council, Midlothian Council and Scottish Borders Enterprise, found that a half-hourly service from Tweedbank to Edinburgh could cover its operating costs.',
    );
    expect(range('to')).toEqual(['Preposition']);
  });

  it('reads a bare word between a name or place and a name, role or "to" as a noun, not a verb (news/business/128, tech/273, tech/268, business/391, business/179)', () => {
    // repairTags: "Qantas boss Geoff Dixon" (a title), "US state Texas" (a classifier), "Florian
    // Mueller, campaign manager of a group" (a role's modifier), "the US court to overturn", "a 28%
    // stake in Manchester United" (the noun a share counts).
    for (const [text, word] of [
      ["Qantas boss Mr Dixon also said he would be reviewing the group's cost-cutting measures.", 'boss'],
      ["US state Texas has filed a lawsuit against two men believed to be among the world's top five spammers.", 'state'],
      [
        "Florian Mueller, campaign manager of a group lobbying toprevent software patents becoming legal in the European Union,dismissed IBM's move as insubstantial.",
        'campaign',
      ],
      [
        'Deutsche Bank, which is also an advisor to Gazprom, has called on the US court to overturn its decision to provide Yukos with bankruptcy protection.',
        'court',
      ],
      [
        'Irishmen JP McManus and John Magnier, who own a 29% stake in Manchester United, will reportedly reject any formal £800m offer for the club.',
        'stake',
      ],
    ] as const) {
      const t = sentence(text)(word);
      expect([word, t.includes('Noun'), t.includes('Verb')]).toEqual([word, true, false]);
    }
  });

  it('reads a bare form after a determiner and a singular noun as the head of a compound, not its verb (news/politics/251, tech/210)', () => {
    // compoundHead: "undermine the election campaign itself", "plunders the address book in Outlook".
    const campaign = sentence(
      'But the big fear with many on the Labour benches now is that, unless a lid can be put on the speculation over the rivalry, it may even threaten to undermine the election campaign itself.',
    );
    expect(campaign('campaign')).toEqual(['Noun', 'Singular']);
    const book = sentence(
      'Like many other recent viruses, Bofra plunders the address book in Microsoft Outlook for e-mail addresses and scours other files on an infected machine for fresh target addresses.',
    );
    expect(book('book')).toEqual(['Noun', 'Singular']);
  });

  it('keeps the verb before an object, and after a perception verb (news/tech/101, business/463)', () => {
    // compoundHead's "not": "trying to browse the site get a message", "saw their economy continue".
    const get = sentence(
      'Since then people outside the US trying to browse the site get a message saying they are not authorised to view it.',
    );
    expect(get('get')).toContain('Verb');
    const continues = sentence(
      'Most areas of the US saw their economy continue to expand in December and early January, the US Federal Reserve said in its latest Beige Book report.',
    );
    expect(continues('continue')).toContain('Verb');
  });

  it("reads a bare form between a preposition and a name as the name's modifier (news/business/394, sport/481)", () => {
    // adjectiveBeforeName: "flight attendants at bankrupt US Airways", "splits from coach Gilbert".
    const bankrupt = sentence(
      'A union representing 5,200 flight attendants at bankrupt US Airways have agreed to a new contract that cuts pay by nearly 10%.',
    );
    expect(bankrupt('bankrupt')).toEqual(['Adjective']);
    expect(sentence('Roddick splits from coach Gilbert')('coach')).toEqual(['Adjective']);
  });

  it('reads an -s or -ed word between a subject and its object as the finite verb (news/politics/184, politics/262, tech/228, business/030)', () => {
    // repairTags: "The government refuses to publish", "Howard taunts Blair over splits", "CES
    // showcases 50,000 new gadgets", "the OECD cut its growth predictions".
    const refuses = sentence(
      'The government refuses to publish his advice on the legality of the war - saying such papers have always been kept confidential.',
    );
    expect(refuses('refuses')).toEqual(expect.arrayContaining(['PresentTense', 'Verb']));
    expect(sentence('Howard taunts Blair over splits')('taunts')).toEqual(expect.arrayContaining(['PresentTense', 'Verb']));
    expect(sentence('CES showcases 50,000 new gadgets that will be hitting the shelves in 2005.')('showcases')).toEqual(
      expect.arrayContaining(['PresentTense', 'Verb']),
    );
    const cut = sentence(
      "In its latest bi-annual report, the OECD cut its growth predictions for the world's main industrialised regions.",
    );
    expect(cut('cut')).toEqual(expect.arrayContaining(['PastTense', 'Verb']));
    // Not inside a verb's object: "back controversial government plans to introduce ID cards".
    const plans = sentence('The Tories are to back controversial government plans to introduce ID cards.');
    expect(plans('plans')).toContain('Plural');
    expect(plans('plans')).not.toContain('Verb');
  });

  it("reads a same-form past after a determiner's phrase, before a name or determiner, as the verb (news/politics/210, business/427)", () => {
    // samePastsAfterSubjects: "The UK-wide action hit Jobcentres", "The spurt put China's trade surplus".
    const [a] = parseText('The UK-wide action hit Jobcentres, benefit agencies, pensions offices and driving test centres.');
    const hit = a!.tokens.find((t) => t.text === 'hit')!;
    expect(hit.tags.has('Verb')).toBe(true);
    expect(hit.tags.has('Noun')).toBe(false);
    // not a compound noun before a helper: "The tax cut will help"
    const [b] = parseText('The tax cut will help families.');
    expect(b!.tokens.find((t) => t.text === 'cut')!.tags.has('Verb')).toBe(false);
  });
});
