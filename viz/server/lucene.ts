/**
 * Turning what a user types into a safe Lucene query for the `entity_names` full-text index:
 * every special character is escaped, each word is searched exactly (boosted), as a prefix and
 * fuzzily, so "kadhimi" finds "Mustafa al-Kadhimi" and "Kadimi" too. Pure; never throws.
 */

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const RESERVED = new Set(['AND', 'OR', 'NOT', 'TO']);

export function escapeLucene(word: string): string {
  return word.replace(SPECIAL, (c) => `\\${c}`);
}

/** The words of a query, lower-cased, at most `max` of them, each at most 64 characters. */
export function words(q: string, max = 8): string[] {
  return q
    .normalize('NFKC')
    .split(/[\s\-_.,;:'"’()[\]{}/\\]+/u)
    .map((w) => w.trim().slice(0, 64))
    .filter((w) => w.length > 0)
    .slice(0, max);
}

/** A Lucene query string, or '' when nothing searchable remains. */
export function luceneQuery(q: string): string {
  const clauses = words(q).map((w) => {
    const e = escapeLucene(RESERVED.has(w.toUpperCase()) ? w.toLowerCase() : w);
    const parts = [`${e}^4`, `${e}*^2`];
    if (w.length >= 4) parts.push(`${e}~1`);
    return `(${parts.join(' OR ')})`;
  });
  return clauses.join(' AND ');
}
