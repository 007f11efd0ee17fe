import { parseName } from '../../../ingest/resolve/normalize.js';
import { translitKey } from '../../../ingest/resolve/translit.js';

describe('parseName', () => {
  it.each([
    ['Mustafa al-Kadhimi', 'Person', ['mustafa', 'kadhimi']],
    ['Mustafa Al-Kadhimi', 'Person', ['mustafa', 'kadhimi']],
    ['Abu Mahdi Al Muhandis', 'Person', ['abu', 'mahdi', 'muhandis']],
    ['Al Muhandis', 'Person', ['muhandis']],
    ['Prime Minister Mustafa al-Kadhimi', 'Person', ['mustafa', 'kadhimi']],
    ['Mr Johnson', 'Person', ['johnson']],
    ["Hashd al-Sha'abi", 'Organization', ['hashd', 'shaabi']],
    ['The Qani', 'Person', ['qani']],
    ['Zürich', 'Place', ['zurich']],
    ['Asaib Ahl al-Haq', 'Organization', ['asaib', 'ahl', 'haq']],
  ] as const)('%s (%s) → %j', (raw, type, tokens) => {
    expect(parseName(raw, type).tokens).toEqual(tokens);
  });

  it('reads acronyms with or without dots, and initials of long names', () => {
    expect(parseName('U.S.').acronym).toBe('us');
    expect(parseName('CIA').acronym).toBe('cia');
    expect(parseName('Central Intelligence Agency').initials).toBe('cia');
    expect(parseName('Asaib Ahl al-Haq').initials).toBe('aah');
    expect(parseName('Kadhimi').acronym).toBe('');
  });

  it('never throws on odd names', () => {
    for (const raw of ['', '---', 'al', '   ', '١٢٣']) expect(() => parseName(raw)).not.toThrow();
  });
});

describe('translitKey', () => {
  it.each([
    [['kadhimi', 'kadimi', 'kadhemi', 'kazimi', 'kazemi', 'qadimi'], 'kadimi'],
    [['soleimani', 'suleimani', 'sulemani'], 'sulimani'],
    [['qaani', 'qani', 'kani', 'ghaani', 'ghani'], 'kani'],
    [['esmail', 'ismail'], 'ismail'],
    [['qasem', 'qassem', 'qasim'], 'kasim'],
  ])('%j → %s', (tokens, key) => {
    for (const t of tokens) expect(translitKey(t)).toBe(key);
  });

  it('keeps look-alikes apart', () => {
    expect(translitKey('silliman')).not.toBe(translitKey('soleimani'));
    expect(translitKey('iran')).not.toBe(translitKey('iraq'));
  });
});
