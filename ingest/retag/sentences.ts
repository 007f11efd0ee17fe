/**
 * Where compromise keeps two sentences together round quotes: splitInside cuts one sentence's tokens
 * at a sentence end inside it. Run after the repairs and before the headline ones
 * (ingest/retag/index.ts).
 */
import retag from '../data/retag.json' with { type: 'json' };
import type { Token } from '../nlp.js';

/** Words after which a full stop is no sentence end ("Mr.", "U.S.", "Jan."). */
const ABBREVIATIONS = new Set(retag.abbreviations);

/**
 * compromise keeps sentences together around quotes ('... believe." Mr Blair denied it', 'expenses.
 * We needed ...' inside a quotation): split where a token ends with . ! or ? (and maybe a closing
 * quote) before a capitalised word or an opening quote, unless it is an abbreviation or an initial.
 */
export function splitInside(tokens: Token[]): Token[][] {
  const parts: Token[][] = [];
  let from = 0;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    // (An abbreviation in capitals is an acronym: "told the FT. But Rover said" ends at "FT".)
    const abbreviation = ABBREVIATIONS.has(t.norm.replace(/\.$/, '')) && !/^\p{Lu}{2,}$/u.test(t.text);
    if (!/^[.!?]+["\u201d\u2019')]*\s/.test(t.post) || /^\p{Lu}$/u.test(t.text) || abbreviation) continue;
    if (!/^\p{Lu}/u.test(next.text) && !/["\u201c]/.test(next.pre)) continue;
    parts.push(tokens.slice(from, i + 1));
    from = i + 1;
  }
  parts.push(tokens.slice(from));
  return parts;
}
