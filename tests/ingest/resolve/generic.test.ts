import { compatible, datesIn, eventSig } from '../../../ingest/resolve/events.js';
import { groupKey, groupSig, sameCount, sameGroup } from '../../../ingest/resolve/groups.js';
import { givenNameRule, localNameRule, spellsOut } from '../../../ingest/resolve/local-rules.js';
import { parseName } from '../../../ingest/resolve/normalize.js';

describe('generic groups', () => {
  it('clusters variants by head and qualifiers', () => {
    const keys = (xs: string[]) => new Set(xs.map((x) => groupKey(groupSig(x))));
    expect(
      keys(['Iran-backed militias', 'Iranian-backed militias', 'pro-Iranian militias', 'pro-Iran militias', 'Iran-backed militia']),
    ).toEqual(new Set(['grp:militia|backer:iran']));
    expect(keys(['Shia militias', "Shi'a militias", 'Shiite militias', 'Shia militia forces'])).toEqual(new Set(['grp:militia|kind:shia']));
  });

  it('keeps differently qualified groups apart and unqualified ones in their article', () => {
    expect(groupKey(groupSig('Iran-backed militias'))).not.toBe(groupKey(groupSig('Shia militias')));
    expect(groupKey(groupSig('iraqi sources'))).not.toBe(groupKey(groupSig('iraqi forces')));
    expect(groupKey(groupSig('US officials'))).toBe('grp:official|place:united states');
    for (const bare of ['officials', 'sources', 'lawyers', 'the militias', 'senior officials']) expect(groupKey(groupSig(bare))).toBe('');
  });

  it('keeps another body of the same head apart inside an article (politics/103: local government)', () => {
    const same = (a: string, b: string) => sameGroup(groupSig(a), groupSig(b));
    expect(same('the government', 'local government')).toBe(false);
    expect(same('the cabinet', 'the shadow cabinet')).toBe(false);
    expect(same('directors', 'former directors')).toBe(false);
    expect(same('the government', 'the new government')).toBe(true);
    expect(same('executives', 'senior executives')).toBe(true);
  });

  it('keeps bodies of another count apart, not a count from its plain mention (tech/140, politics/074)', () => {
    const count = (a: string, b: string) => sameCount(groupSig(a), groupSig(b));
    expect(count('the best two players', 'the best eight players')).toBe(false);
    expect(count('about 6,100 staff', '250 staff')).toBe(false);
    expect(count('nine men', 'the men')).toBe(true);
    expect(count('eight protesters', 'the eight protesters')).toBe(true);
    // (a count never keys a group across articles)
    expect(groupKey(groupSig('two US officials'))).toBe(groupKey(groupSig('US officials')));
  });
});

describe('generic events', () => {
  it('puts variants in one family, plurals apart', () => {
    for (const e of ['attack', 'drone attack', 'drone strike', 'assassination attempt', 'terrorist attack', 'the strike'])
      expect(eventSig(e).family).toBe('attack');
    expect(eventSig('attacks').plural).toBe(true);
    expect(eventSig('coup attempt').family).toBe('coup');
  });

  it('keeps a news conference apart from a meeting (news/politics/305)', () => {
    expect(eventSig('daily news conference').family).toBe(eventSig('press conference').family);
    expect(eventSig('daily news conference').family).not.toBe(eventSig('Cabinet meeting').family);
    expect(eventSig('peace conference').family).toBe(eventSig('Cabinet meeting').family);
  });

  it('tells events of one family apart by their kind (politics/111: a leadership election)', () => {
    const sig = (x: string) => eventSig(x);
    expect(compatible(sig('leadership election'), sig('next general election'), () => false)).toBe(false);
    expect(compatible(sig('general election'), sig('next general election'), () => false)).toBe(true);
    expect(compatible(sig('leadership election'), sig('election'), () => false)).toBe(true);
  });

  it('tells events apart by instrument, target and time', () => {
    const same = (x: number, y: number) => x === y;
    expect(compatible({ ...eventSig('drone attack') }, { ...eventSig('attack'), time: '2021-11-07' }, same)).toBe(true);
    expect(compatible(eventSig('drone strike'), eventSig('missile strike'), same)).toBe(false);
    expect(compatible({ ...eventSig('attack'), target: 1 }, { ...eventSig('attack'), target: 2 }, same)).toBe(false);
    expect(compatible({ ...eventSig('attack'), time: '2020-01' }, { ...eventSig('strike'), time: '2021-11' }, same)).toBe(false);
  });

  it('reads explicit dates', () => {
    expect(datesIn('The entry describes an attack on 7 November 2021 in Baghdad.').map(([, d]) => d)).toEqual(['2021-11-07']);
    expect(datesIn('Parliamentary elections on October 10, 2021 gave the Sadrist Movement the most seats.').map(([, d]) => d)).toEqual([
      '2021-10-10',
    ]);
    expect(datesIn('launched in January 2020').map(([, d]) => d)).toEqual(['2020-01']);
    expect(datesIn('on Friday morning')).toEqual([]);
  });
});

describe('rules inside one article', () => {
  const n = (s: string) => parseName(s);
  it('spells out short forms, never by a nationality in brackets', () => {
    expect(spellsOut('International Business Machines', 'IBM')).toBe(true);
    expect(spellsOut('the Associated Press', 'AP')).toBe(true);
    expect(spellsOut('UK Independence Party', 'UKIP')).toBe(true);
    expect(spellsOut('Andy Roddick', 'US')).toBe(false);
    expect(spellsOut('Los Angeles Times', 'AP')).toBe(false);
    expect(spellsOut('high-definition TV', 'HDTV')).toBe(false);
  });

  it('joins company forms and short names, not two company forms', () => {
    expect(localNameRule(n('PayPerAction'), n('PayPerAction LLC'))).toBe('company-form');
    expect(localNameRule(n('Leadplex Inc'), n('Leadplex LLC'))).toBe(null);
    expect(localNameRule(n('Deutsche'), n('Deutsche Bank'))).toBe('short-name');
    expect(localNameRule(n('Supreme Court'), n('US Supreme Court'))).toBe('short-name');
  });

  it('joins a lone first name to the one person named in full', () => {
    expect(givenNameRule(n('Phil'), 'Person', n('Phil Spector'), 'Person')).toBe('given-name');
    expect(givenNameRule(n('Spector'), 'Person', n('Phil Spector'), 'Person')).toBe(null);
  });
});
