/** Resolving real article texts together, as `kg extract` does, for the corpus-sentence tests. */
import { extractLocal, resolveAll } from '../../../ingest/pipeline.js';
import type { EntityRecord } from '../../../ingest/types.js';
import { loadWorld } from '../../../ingest/world.js';

const world = loadWorld();

/** Resolve articles (source → text) together; every entity of every article. */
export function resolveTexts(articles: Record<string, string>): EntityRecord[] {
  return resolveAll(Object.entries(articles).map(([source, text]) => extractLocal({ source, text, format: 'txt' }, world))).flatMap(
    (x) => x.entities,
  );
}

/** The ids of the entities that hold `name` as name or alias. */
export const idsOf = (es: readonly EntityRecord[], name: string): Set<string> =>
  new Set(es.filter((e) => e.name === name || e.aliases.includes(name)).map((e) => e.id));

/** Whether one entity holds both names (each must be found at all). */
export const together = (es: readonly EntityRecord[], a: string, b: string): boolean => {
  const [x, y] = [idsOf(es, a), idsOf(es, b)];
  expect({ a, b, found: x.size > 0 && y.size > 0 }).toEqual({ a, b, found: true });
  return [...x].some((id) => y.has(id));
};
