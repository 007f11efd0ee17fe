/**
 * CaRB mode: coordinated noun phrases as separate arguments. CaRB's annotators split lists
 * ("influence on John Buchan and Ken Follett" → one tuple per name), and its precision is
 * one-to-one, so a list kept whole earns precision once while the split tuples earn it per item.
 * Pure and linear in the span length.
 */
import type { Token } from '../../parse.js';
import type { Span } from '../../extract/clauses.js';
import { has, isNounAt } from '../../extract/tokens.js';
import type { CarbTuple } from './types.js';

const LINKS = new Set(['and', 'or']);
/** Words allowed inside one conjunct besides noun-phrase words ("Assistant to the President"). */
const INNER = new Set(['of', 'to', 'for', 'in']);
const MAX_PIECE = 7;
/** Correlatives dropped from the first conjunct ("both A and B"). */
const PRE = new Set(['both', 'either', 'neither']);

const comma = (t: Token | undefined): boolean => !!t && /,/.test(t.post) && !/[;:()]/.test(t.post);

/**
 * The conjuncts of a span that is exactly a list of noun phrases ("A , B and C", "A or B"),
 * or null when it is not one (a single phrase, a clause, a list followed by more words).
 */
export function conjuncts(ts: readonly Token[], sp: Span): Span[] | null {
  const pieces: Span[] = [];
  let s = sp.s;
  let linked = false;
  for (let k = sp.s; k < sp.e; k++) {
    const t = ts[k]!;
    if (LINKS.has(t.norm) && !has(t, 'Noun')) {
      if (k > s) pieces.push({ s, e: k });
      else if (!(pieces.length && comma(ts[k - 1]))) return null;
      linked = true;
      s = k + 1;
      continue;
    }
    if (!isNounAt(ts, k) && !(INNER.has(t.norm) && k > s && isNounAt(ts, k + 1))) return null;
    if (comma(t) && k + 1 < sp.e) {
      pieces.push({ s, e: k + 1 });
      s = k + 1;
    }
  }
  if (s >= sp.e || !linked) return null;
  pieces.push({ s, e: sp.e });
  if (pieces.length < 2 || pieces.some((p) => p.e - p.s > MAX_PIECE)) return null;
  return pieces;
}

/**
 * Text of each conjunct, with the shared parts put back: a modifier list shares the head noun
 * ("residential and commercial properties" → "residential properties"), bare nouns after "X of Y"
 * share "X of" ("a symbol of progress and innovation" → "a symbol of innovation").
 */
export function conjunctTexts(text: (sp: Span) => string, ts: readonly Token[], pieces: Span[]): string[] | null {
  const last = pieces.at(-1)!;
  if (!has(ts[last.e - 1], 'Noun')) return null;
  const head = text({ s: last.e - 1, e: last.e });
  const p0 = pieces[0]!;
  let of = -1;
  for (let k = p0.s + 1; k < p0.e - 1; k++)
    if (INNER.has(ts[k]!.norm)) {
      of = k;
      break;
    }
  const bare = (p: Span) => p.e - p.s <= 2 && !has(ts[p.s], 'Determiner') && !has(ts[p.s], 'Possessive');
  const shareOf = of >= 0 && pieces.slice(1).every(bare);
  return pieces.map((p, i) => {
    let s = p.s;
    if (i === 0 && PRE.has(ts[s]!.norm)) s++;
    const own = text({ s, e: p.e });
    if (i < pieces.length - 1 && !has(ts[p.e - 1], 'Noun')) return `${own} ${head}`;
    return i > 0 && shareOf ? `${text({ s: p0.s, e: of + 1 })} ${own}` : own;
  });
}

/**
 * One tuple per conjunct of the subject and of the first object ("A and B met C" → A met C,
 * B met C); none when neither is a list. At most 12 tuples.
 */
export function splitTuples(
  text: (sp: Span) => string,
  ts: readonly Token[],
  t: CarbTuple,
  subj: Span | null,
  obj: Span | null,
  delta = 0,
): CarbTuple[] {
  const ss = (subj && conjuncts(ts, subj)) ?? null;
  const os = (obj && conjuncts(ts, obj)) ?? null;
  if (!ss && !os) return [];
  const arg1s = (ss && conjunctTexts(text, ts, ss)) ?? [t.arg1];
  const arg2s = (os && conjunctTexts(text, ts, os)) ?? [t.args[0]];
  if (arg1s.length < 2 && arg2s.length < 2) return [];
  const out: CarbTuple[] = [];
  for (const a of arg1s)
    for (const b of arg2s) {
      if (out.length < 12)
        out.push({
          ...t,
          confidence: Math.round((t.confidence + delta) * 100) / 100,
          arg1: a,
          args: b === undefined ? [] : [b, ...t.args.slice(1)],
        });
    }
  return out;
}
