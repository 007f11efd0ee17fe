/**
 * The name an entity is shown under: its alias-file canonical name if it has one; else, among
 * its multi-word names (or all, if it has none), the most used one, ties to the earlier. "Mustafa al-Kadhimi" wins over "Kadhimi" and over a one-off "Iraq Mustafa al-Kadhimi".
 */
import type { AliasTable } from './aliases.js';
import { parseName } from './normalize.js';

export function chooseDisplay(counts: ReadonlyMap<string, number>, aliases: AliasTable): string {
  const names = [...counts.keys()];
  for (const n of names) {
    const g = aliases.groupOf(n);
    if (g) return g.canonical;
  }
  const parsed = names.map((raw) => ({ raw, info: parseName(raw), count: counts.get(raw) ?? 0 }));
  const multi = parsed.filter((p) => p.info.tokens.length >= 2);
  let best: (typeof parsed)[number] | undefined;
  for (const p of multi.length ? multi : parsed) {
    if (!best || p.count > best.count) best = p;
  }
  return best?.raw ?? '';
}

export function bump(counts: Map<string, number>, name: string, n = 1): void {
  counts.set(name, (counts.get(name) ?? 0) + n);
}
