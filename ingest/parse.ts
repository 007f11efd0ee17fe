/**
 * Text to sentences and their tokens: the parse every later stage reads (ingest/extract, resolve,
 * eval import it from here). One chunk at a time (a paragraph, or a piece of a long one: ingest/split.ts),
 * ingest/nlp.ts, the only caller of compromise, gives each sentence's tokens; ingest/retag/index.ts
 * repairs their tags, in its one fixed order, and splits a sentence compromise kept whole; this
 * module keeps the parts' spans and their tokens, compact (token-table.ts).
 *
 * It is also the one door to the parse's vocabulary: the Token type and the lexicon and token
 * predicates that later stages share with the repairs are re-exported here from their homes
 * (ingest/nlp.ts, ingest/retag), so nothing outside the parse imports those modules directly.
 */
import { lexiconTags, type Token, tokenise } from './nlp.js';
import { repairSentence } from './retag/index.js';
import { parseSpans } from './split.js';
import { type CaseEvidence, caseEvidence, isTitleCase, sentenceCase } from './title-case.js';
import { TokenTableBuilder, type TokenTable } from './token-table.js';

export { lexiconTags, pastLikeBare, SWITCHES, type Token } from './nlp.js';
export { isHeadlineLike } from './retag/headlines.js';
export { joinsPastVerb } from './retag/participles.js';
export { bareForm } from './retag/tokens.js';
export { BARE_VERB_S_FORMS, GERUND_ADJECTIVES, GERUND_TAKERS } from './retag/vocabulary.js';

export interface ParsedSentence {
  text: string;
  start: number;
  end: number;
  tokens: Token[];
}

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

/** Where parseChunk appends each sentence: its span and its tokens. */
interface Sink {
  spans: SentenceSpan[];
  tokens: TokenTableBuilder;
}

/** Parse one chunk (a paragraph, or a piece of a long one) and append its sentences, offsets shifted by `base`. */
function parseChunk(text: string, chunk: string, base: number, out: Sink): void {
  const sentences = tokenise(chunk, base);
  if (!sentences) {
    out.spans.push({ text: chunk, start: base, end: base + chunk.length });
    out.tokens.add([]);
    return;
  }
  for (const tokens of sentences) {
    for (const part of repairSentence(tokens)) {
      const first = part.find((t) => t.text);
      const last = part.findLast((t) => t.text);
      if (!first || !last || text.slice(first.start, first.end) !== first.text) continue; // offset drift: skip safely
      const end = last.end + (/^\S*/.exec(last.post)?.[0].length ?? 0); // keep the closing punctuation
      out.spans.push({ text: text.slice(first.start, end), start: first.start, end });
      out.tokens.add(part);
    }
  }
}

/**
 * Parse text into sentences and, per sentence (same index), its tokens, offsets into `text`,
 * kept compact (token-table.ts): no more than one span's token objects exist at a time.
 * Never throws; empty text gives no sentences.
 */
export function parseTable(text: string): { sentences: SentenceSpan[]; tokens: TokenTable } {
  const out: Sink = { spans: [], tokens: new TokenTableBuilder() };
  if (!text?.trim()) return { sentences: out.spans, tokens: out.tokens.build() };
  let evidence: CaseEvidence | undefined;
  for (const span of parseSpans(text)) {
    let chunk = text.slice(span.start, span.end);
    // "Iran's Top General Visits Iraq": a title-case line is parsed with its common words in lowercase.
    if (isTitleCase(chunk)) chunk = sentenceCase(chunk, (evidence ??= caseEvidence(text)), lexiconTags);
    parseChunk(text, chunk, span.start, out);
  }
  return { sentences: out.spans, tokens: out.tokens.build() };
}

/** Parse text into sentences with their tokens, offsets into `text`. Never throws; empty text gives []. */
export function parseText(text: string): ParsedSentence[] {
  const { sentences, tokens } = parseTable(text);
  return sentences.map((s, i) => ({ ...s, tokens: tokens.build(i) }));
}

/** Split text into sentences with offsets into `text` (one parse per paragraph). */
export function splitSentences(text: string): SentenceSpan[] {
  return parseTable(text).sentences;
}
