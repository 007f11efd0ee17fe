import { contains, key, nameMatch, polarityOf, predMatch } from '../../../../ingest/eval/graph/match.js';

describe('graph scorer matching (GOLD.md rules, hand-checked)', () => {
  it('drops determiners, possessives and punctuation from names', () => {
    expect(key("The Iran's")).toBe('iran');
    expect(key('the U.S. military')).toBe('us military');
  });
  it('matches a name and an alias holding one another as whole words on the same head', () => {
    expect(nameMatch('multiple charges', 'charges')).toBe(true);
    expect(nameMatch('Bernie Ebbers', 'Ebbers')).toBe(true);
    expect(nameMatch('sentence of 85 years', 'sentence')).toBe(false); // heads differ
    expect(nameMatch('Iranian militias', 'Iran')).toBe(false);
  });
  it('matches predicates on word stems, the extracted one containing the listed lemma', () => {
    expect(predMatch('vote against', 'vote')).toBe(true);
    expect(predMatch('involved in', 'be involved')).toBe(false);
    expect(predMatch('be involved in', 'involve')).toBe(true);
    expect(predMatch('supported', 'support')).toBe(true);
    expect(predMatch('sue', 'file')).toBe(false);
  });
  it('reads polarity from the field, or an old-style negated flag', () => {
    expect(polarityOf({ polarity: 'negative' })).toBe('negative');
    expect(polarityOf({ negated: true })).toBe('negative');
    expect(polarityOf({})).toBe('positive');
    expect(contains(['a', 'b', 'c'], ['b', 'c'])).toBe(true);
  });
});
