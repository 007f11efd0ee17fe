/** CaRB mode: undo the benchmark's Penn-Treebank tokenization and map token spans back to it. */
import type { Token } from '../../parse.js';
import type { Span } from '../../extract/clauses.js';

const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}]|''|'s|'re|'ve|'ll|'d|'m|n't|')$/i;
const NO_SPACE_AFTER = /^(?:[([{$#]|``)$/;
const PTB: Record<string, string> = {
  '``': '\u201c',
  "''": '\u201d',
  '-LRB-': '(',
  '-RRB-': ')',
  '-LSB-': '[',
  '-RSB-': ']',
  '-LCB-': '{',
  '-RCB-': '}',
};

export interface Detok {
  text: string;
  toks: string[];
  starts: number[];
  ends: number[];
}

/** Undo PTB tokenization, remembering where each original token landed. */
export function detokenize(sentence: string): Detok {
  const toks = sentence.trim().split(/\s+/).filter(Boolean);
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  toks.forEach((t, i) => {
    const w = PTB[t] ?? t;
    if (i > 0 && !NO_SPACE_BEFORE.test(t) && !NO_SPACE_AFTER.test(toks[i - 1]!)) text += ' ';
    starts.push(text.length);
    text += w;
    ends.push(text.length);
  });
  return { text, toks, starts, ends };
}

/** Original tokens overlapping detokenized chars [a, b), joined by spaces. */
export function back(d: Detok, a: number, b: number): string {
  const out: string[] = [];
  for (let i = 0; i < d.toks.length; i++) if (d.ends[i]! > a && d.starts[i]! < b) out.push(d.toks[i]!);
  return out.join(' ');
}

export function spanOf(d: Detok, ts: readonly Token[], sp: Span | null, from?: number, to?: number): string {
  if (!sp) return '';
  let s = from ?? sp.s;
  let e = to ?? sp.e;
  while (s < e && !ts[s]!.text) s++;
  while (e > s && !ts[e - 1]!.text) e--;
  return s < e ? back(d, ts[s]!.start, ts[e - 1]!.end) : '';
}
