/**
 * Predicate families, from the data table families.json: `familyOf('bomb')` is "attack"; a lemma
 * the table does not list is its own family. Pure; shared by the server and the web app.
 */
import table from './families.json' with { type: 'json' };

const FAMILY = new Map<string, string>();
for (const [family, lemmas] of Object.entries(table.families as Record<string, string[]>)) for (const l of lemmas) FAMILY.set(l, family);

/** The families the table defines, in its order. */
export const FAMILIES: readonly string[] = Object.keys(table.families);

export const familyOf = (predicate: string): string => FAMILY.get(predicate.trim().toLowerCase()) ?? predicate;

/** Every lemma the table puts in `family` (a family the table does not define holds its own name). */
export function lemmasOf(family: string): string[] {
  return (table.families as Record<string, string[]>)[family] ?? [family];
}

/** The predicates a set of families stands for (for queries that filter on `r.predicate`). */
export const predicatesOf = (families: Iterable<string>): string[] => [...new Set([...families].flatMap(lemmasOf))];
