/**
 * The only module that calls compromise. Text is parsed ONE paragraph at a time (small chunks:
 * compromise's cost grows super-linearly with length) and ONCE: the parse returns, per sentence,
 * the tokens with their tags, root form and offsets, which is all the later stages need. We never
 * call verbs()/nouns()/people() (each re-matches the document); entities and clauses are read off
 * the token tags by ingest/extract.
 */
import nlp from 'compromise';

export interface Token {
  /** Surface text without surrounding punctuation/whitespace. */
  text: string;
  /** compromise's normal form (lowercase, no punctuation). */
  norm: string;
  /** Dictionary form when compromise knows it ("told" → "tell"), else `norm`. */
  root: string;
  tags: ReadonlySet<string>;
  /** Punctuation/whitespace before and after the word. */
  pre: string;
  post: string;
  /** Offsets of `text` in the parsed input. */
  start: number;
  end: number;
}

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

interface JsonTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  root?: string;
  tags: string[];
  offset: { start: number; length: number };
}
interface JsonSentence {
  offset: { start: number; length: number };
  terms: JsonTerm[];
}
interface Parsed {
  compute(name: string): unknown;
  json(opts: object): unknown;
}
const parse = nlp as unknown as (text: string) => Parsed;

/** Parse one chunk (a paragraph) and return its sentences with offsets shifted by `base`. */
function parseChunk(text: string, chunk: string, base: number, out: ParsedSentence[]): void {
  let json: JsonSentence[];
  try {
    const doc = parse(chunk);
    doc.compute('root');
    json = doc.json({ offset: true, text: false, normal: false }) as JsonSentence[];
  } catch {
    out.push({ text: chunk, start: base, end: base + chunk.length, tokens: [] });
    return;
  }
  for (const s of json) {
    const start = base + s.offset.start;
    const end = start + s.offset.length;
    const tokens: Token[] = [];
    for (const t of s.terms) {
      const ts = base + t.offset.start;
      const norm = t.normal || t.text.toLowerCase();
      tokens.push({ text: t.text, norm, root: t.root || norm, tags: new Set(t.tags), pre: t.pre, post: t.post, start: ts, end: ts + t.text.length });
    }
    if (tokens.length && text.slice(tokens[0]!.start, tokens[0]!.end) !== tokens[0]!.text) continue; // offset drift: skip safely
    out.push({ text: text.slice(start, end), start, end, tokens });
  }
}

/** Parse text into sentences and tokens, offsets into `text`. Never throws; empty text gives []. */
export function parseText(text: string): ParsedSentence[] {
  const out: ParsedSentence[] = [];
  if (!text || !text.trim()) return out;
  const para = /[^\n]+/g;
  for (let m = para.exec(text); m; m = para.exec(text)) {
    if (m[0].trim()) parseChunk(text, m[0], m.index, out);
  }
  return out;
}

/** Split text into sentences with offsets into `text` (one parse per paragraph). */
export function splitSentences(text: string): SentenceSpan[] {
  return parseText(text).map(({ text: t, start, end }) => ({ text: t, start, end }));
}
