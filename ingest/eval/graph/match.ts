/**
 * Name and predicate matching of the graph scorer, exactly as shared/eval/score-graph.mjs does it:
 * names lower-cased, possessives, punctuation and leading determiners dropped; a name matches an
 * alias when one holds the other as whole words and both end on the same word; predicates match
 * on word stems, the extracted predicate containing a listed lemma.
 */
const DET = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'some', 'any']);

export const norm = (s: unknown): string[] =>
  String(s ?? '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/u\.s\.?/g, 'us')
    .replace(/'s\b/g, '')
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/-/g, ' ')
    .split(/\s+/)
    .filter(Boolean);

export function toks(s: unknown): string[] {
  const t = norm(s);
  while (t.length > 1 && DET.has(t[0]!)) t.shift();
  return t;
}

export const key = (s: unknown): string => toks(s).join(' ');

/** Whether `small` occurs in `big` as a run of whole tokens. */
export function contains(big: readonly string[], small: readonly string[]): boolean {
  if (!small.length || small.length > big.length) return false;
  outer: for (let i = 0; i + small.length <= big.length; i++) {
    for (let j = 0; j < small.length; j++) if (big[i + j] !== small[j]) continue outer;
    return true;
  }
  return false;
}

export function nameMatch(name: string, alias: string): boolean {
  const e = toks(name);
  const a = toks(alias);
  if (!e.length || !a.length || e.at(-1) !== a.at(-1)) return false;
  return contains(e, a) || contains(a, e);
}

const stem = (w: string): string => w.replace(/(ing|ed|es|s|e)$/, '');
export const predMatch = (pred: string, option: string): boolean => contains(norm(pred).map(stem), norm(option).map(stem));

export function polarityOf(r: { polarity?: unknown; negated?: unknown }): 'positive' | 'negative' {
  const v = r.polarity ?? (r.negated === true ? 'negative' : 'positive');
  return /neg|deni|false/.test(String(v).toLowerCase()) ? 'negative' : 'positive';
}
