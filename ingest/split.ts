/**
 * Where the text is cut before compromise sees it (ingest/nlp.ts parses one span at a time), so
 * that parse cost stays linear in input size. compromise is linear in the number of sentences but
 * quadratic in the length of one unpunctuated sentence, so: every line is a paragraph; a paragraph
 * over maxParagraphWords is cut at sentence ends into spans of at most that many words; a sentence
 * over maxSentenceWords is cut at clause punctuation (, ; : and dashes) or, lacking any, after
 * maxSentenceWords words, each piece its own span; a "word" over maxWordChars is cut into pieces.
 * Normal prose never reaches a limit (data/split.json), so its parse is unchanged. Pure, and
 * linear: every regular expression here looks at each character a bounded number of times.
 */
import defaults from './data/split.json' with { type: 'json' };

export interface Span {
  start: number;
  end: number;
}
export type Limits = Pick<typeof defaults, 'maxParagraphWords' | 'maxSentenceWords' | 'maxWordChars'>;

const ABBREVIATIONS = new Set(defaults.abbreviations);
/** A sentence end: a run of . ! ? (taken whole), closing quotes, then space and a capital or digit. */
const SENTENCE_END = /(?<![.!?])(?=([.!?]+))\1(?=(["'”’)\]]*))\2(?=\s+["'“‘([]?[\p{Lu}\d])/gu;
const CLAUSE_END = /[,;:]["'”’)\]]*$|^[-–—]+$/;

function countWords(s: string, from = 0, to = s.length): number {
  let n = 0;
  const re = /\S+/g;
  re.lastIndex = from;
  for (let m = re.exec(s); m && m.index < to; m = re.exec(s)) n++;
  return n;
}

/** The spans of `text` to parse one at a time, in order, offsets into `text`. */
export function parseSpans(text: string, limits: Limits = defaults): Span[] {
  const longWord = new RegExp(`\\S{${limits.maxWordChars + 1}}`);
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].search(/\S/);
    if (lead < 0) continue;
    const start = m.index + lead;
    const end = m.index + m[0].trimEnd().length;
    if (countWords(m[0]) <= limits.maxSentenceWords && !longWord.test(m[0])) out.push({ start, end });
    else splitParagraph(text, start, end, limits, longWord, out);
  }
  return out;
}

/** Sentences packed into spans of at most maxParagraphWords words; a long sentence cut up on its own. */
function splitParagraph(text: string, start: number, end: number, limits: Limits, longWord: RegExp, out: Span[]): void {
  let cur: Span | null = null;
  let curWords = 0;
  const emit = () => {
    if (cur) out.push(cur);
    [cur, curWords] = [null, 0];
  };
  let from = start;
  const sentence = (to: number) => {
    while (from < to && /\s/.test(text[from]!)) from++;
    const s = { start: from, end: to };
    from = to;
    const w = countWords(text, s.start, s.end);
    if (!w) return;
    if (w > limits.maxSentenceWords || longWord.test(text.slice(s.start, s.end))) {
      emit();
      splitSentence(text, s, limits, out);
    } else {
      if (cur && curWords + w > limits.maxParagraphWords) emit();
      cur = cur ? { start: cur.start, end: s.end } : s;
      curWords += w;
    }
  };
  const para = text.slice(start, end);
  for (const m of para.matchAll(SENTENCE_END)) {
    const before = /(\S+)$/.exec(para.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? '';
    if (!ABBREVIATIONS.has(before.replace(/^\W+/, '').toLowerCase())) sentence(start + m.index + m[0].length);
  }
  sentence(end);
  emit();
}

/** Cut one long sentence into pieces of at most maxSentenceWords words, at a clause end when one is in the second half. */
function splitSentence(text: string, s: Span, limits: Limits, out: Span[]): void {
  const max = limits.maxSentenceWords;
  let start = -1;
  let last = -1; // end of the piece's last word
  let n = 0;
  let clause = { end: -1, n: 0 };
  const cut = (end: number) => {
    if (start >= 0 && end > start) out.push({ start, end });
    [start, last, n, clause] = [-1, -1, 0, { end: -1, n: 0 }];
  };
  const re = /\S+/g;
  re.lastIndex = s.start;
  for (let m = re.exec(text); m && m.index < s.end; m = re.exec(text)) {
    let ws = m.index;
    const we = Math.min(ws + m[0].length, s.end);
    if (we - ws > limits.maxWordChars) {
      cut(last);
      for (; we - ws > limits.maxWordChars; ws += limits.maxWordChars) out.push({ start: ws, end: ws + limits.maxWordChars });
    }
    if (start < 0) start = ws;
    last = we;
    n++;
    if (CLAUSE_END.test(text.slice(Math.max(ws, we - 8), we))) clause = { end: we, n };
    if (n < max) continue;
    const at = clause.n >= max / 2 ? clause.end : we;
    cut(at);
    re.lastIndex = at;
  }
  cut(last);
}
