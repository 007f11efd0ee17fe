/**
 * The population the precision of relations is judged on (docs/quality/relations.md): the BBC
 * politics, business and tech articles outside the dev gold, as paths relative to `dir`, sorted;
 * and the seeded generator its samples and folds are drawn with.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function judgedArticles(dir: string, goldDir: string): string[] {
  const gold = new Set(
    readdirSync(goldDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => (JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as { file: string }).file.replace(/^news\//, '')),
  );
  return ['politics', 'business', 'tech']
    .flatMap((d) =>
      readdirSync(join(dir, d))
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => `${d}/${f}`),
    )
    .filter((f) => !gold.has(f));
}

/** A seeded linear congruential generator in [0, 1): the same seed gives the same draws. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}
