import { parseTable, parseText, type Token } from '../../ingest/parse.js';
import { TokenTableBuilder } from '../../ingest/token-table.js';

const TEXT =
  'Iran condemned the attack.\n\nKadhimi has been opposed by militias, who have sought to marginalize Iranian-backed groups. “It would be fair,” the official said. The official said it again.';

const plain = (ts: readonly Token[]) => ts.map((t) => ({ ...t, tags: [...t.tags] }));

describe('TokenTable', () => {
  it('gives back each sentence’s tokens as parsed, field by field', () => {
    const { sentences, tokens } = parseTable(TEXT);
    const parsed = parseText(TEXT);
    expect(tokens.length).toBe(sentences.length);
    expect(sentences).toEqual(parsed.map(({ text, start, end }) => ({ text, start, end })));
    parsed.forEach((s, i) => expect(plain(tokens.at(i)!)).toEqual(plain(s.tokens)));
  });

  it('keeps one copy of each word and tag set', () => {
    const { tokens } = parseTable(TEXT);
    const all = Array.from({ length: tokens.length }, (_, i) => tokens.at(i)!).flat();
    const official = all.filter((t) => t.norm === 'official');
    expect(official.length).toBe(2);
    expect(official[0]!.tags).toBe(official[1]!.tags);
  });

  it('builds a sentence again, equal, once it has left the cache', () => {
    const b = new TokenTableBuilder();
    const { tokens: full } = parseTable(TEXT);
    for (let i = 0; i < full.length; i++) b.add(full.at(i)!);
    const small = b.build(1);
    const first = small.at(0)!;
    expect(small.at(0)).toBe(first); // cached
    small.at(1);
    small.at(2); // two newer sentences: the first has left a cache of one
    expect(small.at(0)).not.toBe(first); // built again
    expect(plain(small.at(0)!)).toEqual(plain(first));
  });

  it('reads indexes as an array does: from the end when negative, nothing outside', () => {
    const { tokens } = parseTable(TEXT);
    expect(tokens.at(-1)).toBe(tokens.at(tokens.length - 1));
    expect(tokens.at(tokens.length)).toBeUndefined();
    expect(tokens.at(-tokens.length - 1)).toBeUndefined();
    expect(parseTable('').tokens.length).toBe(0);
  });
});
