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

/** The parts of a compromise term we read (its internal term object, read-only). */
interface RawTerm {
  text: string;
  pre: string;
  post: string;
  normal?: string;
  root?: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}
interface Parsed {
  compute(name: string): unknown;
  /** One array of terms per sentence: read directly, no .json() serialisation. */
  docs: RawTerm[][];
}
const parse = nlp as unknown as (text: string) => Parsed;

/** Parse one chunk (a paragraph) and append its sentences, offsets shifted by `base`. */
function parseChunk(text: string, chunk: string, base: number, out: ParsedSentence[]): void {
  let docs: RawTerm[][];
  try {
    const doc = parse(chunk);
    doc.compute('offset');
    doc.compute('root');
    docs = doc.docs;
  } catch {
    out.push({ text: chunk, start: base, end: base + chunk.length, tokens: [] });
    return;
  }
  for (const terms of docs) {
    const tokens: Token[] = [];
    for (const t of terms) {
      const ts = base + (t.offset?.start ?? 0);
      const norm = t.normal || t.text.toLowerCase();
      tokens.push({ text: t.text, norm, root: t.root || norm, tags: t.tags, pre: t.pre, post: t.post, start: ts, end: ts + t.text.length });
    }
    const first = tokens.find((t) => t.text);
    const last = tokens.findLast((t) => t.text);
    if (!first || !last || text.slice(first.start, first.end) !== first.text) continue; // offset drift: skip safely
    const end = last.end + (/^\S*/.exec(last.post)?.[0].length ?? 0); // keep the closing punctuation
    out.push({ text: text.slice(first.start, end), start: first.start, end, tokens });
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
