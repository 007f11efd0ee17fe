import { FAMILIES, familyOf, lemmasOf, predicatesOf } from '../../../viz/shared/families.js';

describe('predicate families (families.json)', () => {
  it.each([
    ['support', 'support'],
    ['back', 'support'],
    ['arm', 'support'],
    ['fund', 'support'],
    ['finance', 'support'],
    ['attack', 'attack'],
    ['strike', 'attack'],
    ['bomb', 'attack'],
    ['shell', 'attack'],
    ['accuse', 'accuse'],
    ['blame', 'accuse'],
    ['allege', 'accuse'],
    ['deny', 'deny'],
    ['reject', 'deny'],
    ['meet', 'meet or talk'],
    ['visit', 'meet or talk'],
    ['talk with', 'meet or talk'],
    ['sue', 'legal action'],
    ['charge', 'legal action'],
    ['indict', 'legal action'],
    ['buy', 'acquire'],
    ['take over', 'acquire'],
    ['Order', 'order or authorise'],
    ['hug', 'hug'],
  ])('%s → %s', (lemma, family) => expect(familyOf(lemma)).toBe(family));

  it('lists each family once and each lemma in one family only', () => {
    const all = FAMILIES.flatMap(lemmasOf);
    expect(new Set(FAMILIES).size).toBe(FAMILIES.length);
    expect(new Set(all).size).toBe(all.length);
  });

  it('turns families into the predicates a query filters on; an unknown family is its own lemma', () => {
    expect(predicatesOf(['deny', 'hug'])).toEqual(expect.arrayContaining(['deny', 'reject', 'refute', 'hug']));
  });
});
