import { parseText, splitSentences } from '../../ingest/nlp.js';

describe('nlp wrapper', () => {
  it('gives sentences and tokens whose offsets point into the input', () => {
    const text = 'Iran condemned the attack.\n\nKadhimi has been opposed by militias, who have sought to marginalize Iranian-backed groups. “It would be fair,” the official said.';
    const parsed = parseText(text);
    expect(parsed.length).toBe(3);
    for (const s of parsed) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
    expect(parsed[1]!.tokens.find((t) => t.text === 'opposed')!.root).toBe('oppose');
  });

  it('never throws on odd input and gives nothing for empty text', () => {
    expect(parseText('')).toEqual([]);
    expect(parseText('   \n\n ')).toEqual([]);
    for (const odd of ['…', '—', '"', '\u0000', '12345', '¿¡', 'a'.repeat(5000), '🙂 🙂']) expect(() => parseText(odd)).not.toThrow();
  });

  it('splits sentences with offsets (compatibility helper)', () => {
    const text = 'One sentence here. Another one there.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['One sentence here.', 'Another one there.']);
  });
});
