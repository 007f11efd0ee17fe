import { parseSpans, type Limits } from '../../ingest/split.js';

const small: Limits = { maxParagraphWords: 12, maxSentenceWords: 6, maxWordChars: 10 };
const pieces = (text: string, limits?: Limits) => parseSpans(text, limits).map((s) => text.slice(s.start, s.end));

describe('parseSpans: what one compromise parse sees', () => {
  it('keeps normal paragraphs whole, one span per line', () => {
    const text = 'Iran condemned the attack. Mr. Smith said so.\n\nThe United States supports Iraq.\n';
    expect(pieces(text)).toEqual(['Iran condemned the attack. Mr. Smith said so.', 'The United States supports Iraq.']);
  });

  it('packs the sentences of a long paragraph into spans of at most maxParagraphWords words', () => {
    const text = 'One two three four five. Six seven eight nine ten. Mr. Eleven twelve. Thirteen fourteen fifteen.';
    expect(pieces(text, small)).toEqual([
      'One two three four five. Six seven eight nine ten.',
      'Mr. Eleven twelve. Thirteen fourteen fifteen.',
    ]);
  });

  it('cuts a long sentence at clause punctuation in its second half, else after maxSentenceWords words', () => {
    expect(pieces('a b c d, e f g h i j k', small)).toEqual(['a b c d,', 'e f g h i j', 'k']);
    expect(pieces('a b c d e f g h', small)).toEqual(['a b c d e f', 'g h']);
    expect(pieces('a, b c d e f g h', small)).toEqual(['a, b c d e f', 'g h']);
  });

  it('cuts a word longer than maxWordChars into pieces', () => {
    expect(pieces(`x ${'y'.repeat(25)} z`, small)).toEqual(['x', 'yyyyyyyyyy', 'yyyyyyyyyy', 'yyyyy z']);
  });

  it('covers the text in order without overlap, and stays linear on hostile input', () => {
    const hostile = [
      'word '.repeat(200_000),
      '.'.repeat(1_000_000),
      `${'a.'.repeat(300_000)} B`,
      `${' '.repeat(500_000)}x`,
      'y'.repeat(1_000_000),
    ];
    for (const text of hostile) {
      const t0 = performance.now();
      const spans = parseSpans(text);
      expect(performance.now() - t0).toBeLessThan(15_000); // ~0.3 s each when idle; a quadratic case takes hours
      for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
      for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(150 * 200 + 149);
    }
  });
});
