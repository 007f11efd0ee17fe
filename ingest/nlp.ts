/**
 * The only module that calls compromise. Everything else asks this wrapper, one sentence (or
 * small chunk) at a time: compromise's verbs()/nouns() cost grows super-linearly with length.
 */
import nlp from 'compromise';

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

/** Split text into sentences with offsets into `text`. Never throws; empty text gives []. */
export function splitSentences(text: string): SentenceSpan[] {
  if (!text.trim()) return [];
  const out: SentenceSpan[] = [];
  // compromise's sentence splitter is per paragraph; paragraphs keep each parse small.
  const para = /[^\n]+/g;
  for (let m = para.exec(text); m; m = para.exec(text)) {
    const base = m.index;
    const json = nlp(m[0]).json({ offset: true }) as { text: string; offset: { start: number; length: number } }[];
    for (const s of json) {
      const start = base + s.offset.start;
      out.push({ text: text.slice(start, start + s.offset.length), start, end: start + s.offset.length });
    }
  }
  return out;
}

export type NamedKind = 'Person' | 'Place' | 'Organization';

export interface NamedSpan {
  text: string;
  kind: NamedKind;
  /** Offset inside the sentence. */
  start: number;
  end: number;
}

/** Named people, places and organisations in one sentence, with offsets into it. */
export function namedSpans(sentence: string): NamedSpan[] {
  const doc = nlp(sentence);
  const out: NamedSpan[] = [];
  const take = (view: { json: (o: object) => unknown }, kind: NamedKind) => {
    for (const j of view.json({ offset: true }) as { text: string; offset: { start: number; length: number } }[]) {
      out.push({ text: sentence.slice(j.offset.start, j.offset.start + j.offset.length), kind, start: j.offset.start, end: j.offset.start + j.offset.length });
    }
  };
  take(doc.people(), 'Person');
  take(doc.places(), 'Place');
  take(doc.organizations(), 'Organization');
  return out.sort((a, b) => a.start - b.start);
}

export interface Clause {
  subject: string;
  verb: string;
  /** Lemma of the main verb ("carry out"). */
  lemma: string;
  object: string;
  negative: boolean;
  start: number;
  end: number;
}

/** A first, simple clause reader: subject = text before the verb, object = text after it. */
export function clauses(sentence: string): Clause[] {
  const doc = nlp(sentence);
  const out: Clause[] = [];
  const verbs = doc.verbs().json({ offset: true }) as {
    text: string;
    offset: { start: number; length: number };
    verb: { infinitive: string; negative: boolean; grammar: { copula?: boolean } };
  }[];
  verbs.forEach((v, i) => {
    if (v.verb.grammar.copula) return;
    const start = v.offset.start;
    const end = start + v.offset.length;
    const prevEnd = i > 0 ? verbs[i - 1]!.offset.start + verbs[i - 1]!.offset.length : 0;
    const next = verbs[i + 1];
    out.push({
      subject: sentence.slice(prevEnd, start).trim(),
      verb: v.text,
      lemma: v.verb.infinitive || v.text,
      object: sentence.slice(end, next ? next.offset.start : sentence.length).trim(),
      negative: v.verb.negative,
      start,
      end,
    });
  });
  return out;
}
