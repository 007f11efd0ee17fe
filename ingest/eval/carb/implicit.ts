/** CaRB mode: relations CaRB's annotators read off noun phrases (titles, roles, possessors, places). */
import type { Token } from '../../parse.js';
import { LEX } from '../../extract/lexicon.js';
import { chunks } from '../../extract/mentions.js';
import { has } from '../../extract/tokens.js';
import { spanOf, type Detok } from './detok.js';
import type { CarbTuple } from './types.js';

/** Implied copulas carry no tense: the lemma (CaRB's matcher takes "be" for any form of it). */
const BE = 'be';
const ROLE_CONF = 0.45;

/**
 * Implied relations CaRB annotates inside noun phrases: "President Bush" → (Bush; is; President),
 * "Britain's relationship" → (Britain; has; relationship), "X in Tampa" → (X; is in; Tampa).
 */
export function implicitTuples(d: Detok, ts: readonly Token[], out: CarbTuple[]): void {
  for (const [a, b] of chunks(ts)) {
    // Title or role noun right before a proper name.
    for (let i = a; i < b - 1; i++) {
      const w = ts[i]!.norm.replace(/\.$/, '');
      if (!(LEX.titles.has(w) || LEX.personRoles.has(w))) continue;
      let e = i + 1;
      while (e < b && /^\p{Lu}/u.test(ts[e]!.text) && !LEX.titles.has(ts[e]!.norm)) e++;
      if (e > i + 1 && e === b)
        out.push({
          relation: BE,
          arg1: spanOf(d, ts, { s: i + 1, e }),
          args: [spanOf(d, ts, { s: a, e: i + 1 }).replace(/^(?:the|a|an) /i, '')],
          confidence: 0.45,
        });
      break;
    }
    // A common-noun role right before a name ending the phrase: "rugby union team Ammanford RFC".
    const role = roleBeforeName(ts, a, b);
    let from = a;
    for (let k = a; k < role; k++) if (has(ts[k], 'Verb') || has(ts[k], 'Pronoun')) from = k + 1; // "This led | morning show host"
    if (role > from)
      out.push({
        relation: BE,
        arg1: spanOf(d, ts, { s: role, e: b }),
        args: [spanOf(d, ts, { s: from, e: role }).replace(/^(?:the|a|an) /i, '')],
        confidence: ROLE_CONF,
      });
    // Possessor → has → the rest of the phrase.
    for (let i = a; i < b - 1; i++) {
      if (!has(ts[i], 'Possessive') || has(ts[i], 'Pronoun')) continue;
      const owner = spanOf(d, ts, { s: a, e: i + 1 }).replace(/ 's$| '$/, '');
      out.push({ relation: 'has', arg1: owner, args: [spanOf(d, ts, { s: i + 1, e: b })], confidence: 0.35 });
      break;
    }
    // Proper name + in/at + proper place.
    const p = ts[b];
    if (p && (p.norm === 'in' || p.norm === 'at') && /^\p{Lu}/u.test(ts[b - 1]!.text) && /^\p{Lu}/u.test(ts[b + 1]?.text ?? '')) {
      const place = chunks(ts.slice(b + 1, Math.min(ts.length, b + 8)))[0];
      if (place && place[0] === 0)
        out.push({
          relation: `${BE} ${p.norm}`,
          arg1: spanOf(d, ts, { s: a, e: b }),
          args: [spanOf(d, ts, { s: b + 1, e: b + 1 + place[1] })],
          confidence: 0.4,
        });
    }
  }
}

/** Start of a name that ends chunk [a, b) right after a lowercase noun, or -1 ("morning show host | Ryan Cameron"). */
function roleBeforeName(ts: readonly Token[], a: number, b: number): number {
  const cap = (k: number) => /^\p{Lu}/u.test(ts[k]!.text);
  let n = b;
  while (n > a && cap(n - 1) && !has(ts[n - 1], 'Possessive')) n--;
  if (n === b || n <= a) return -1;
  const head = ts[n - 1]!;
  if (
    !/^\p{Ll}/u.test(head.text) ||
    !has(head, 'Noun') ||
    has(head, 'Possessive') ||
    has(head, 'Pronoun') ||
    LEX.titles.has(head.norm) ||
    LEX.personRoles.has(head.norm)
  )
    return -1;
  for (let k = a; k < n; k++) if (has(ts[k], 'Possessive')) return -1;
  return n;
}
