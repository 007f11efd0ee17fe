/**
 * The display name of an entity, by vote over every article that names it: a spelling the
 * gazetteer knows wins over a transliteration variant; then a full name (two words or more) over
 * a bare surname or short form; then the spelling used most often, counting the bare surnames
 * written the same way as support ("Khatibzadeh" backs "Saeed Khatibzadeh" over a one-off
 * "Saeed Khatibjadeh"); then the spelling more articles use; ties go to the alphabetically first.
 * Names a metonymy rule brought in ("Tehran" for Iran) never stand for the entity.
 */
import { gazetteerType } from '../extract/typing.js';
import type { LocalEntity } from '../types.js';
import { METONYMY } from './metonymy.js';
import { normName, parseName } from './normalize.js';

/** Folded comparison form of a name: titles, articles and punctuation off. */
export const fold = (s: string): string => parseName(s).norm || normName(s);

interface Tally {
  count: number;
  articles: number;
  tokens: Set<string>;
  known: boolean;
}

export function chooseName(locals: readonly LocalEntity[]): string {
  const tally = new Map<string, Tally>();
  for (const e of locals) {
    const skip = new Set(e.merges.filter((m) => METONYMY.has(m.rule)).map((m) => m.alias));
    for (const [name, count] of Object.entries(e.counts ?? { [e.name]: e.mentions })) {
      if (skip.has(name) && name !== e.name) continue;
      let t = tally.get(name);
      if (!t)
        tally.set(name, (t = { count: 0, articles: 0, tokens: new Set(parseName(name).tokens), known: gazetteerType(name) !== null }));
      t.count += count;
      t.articles++;
    }
  }
  if (!tally.size) return locals[0]?.name ?? '';
  if (tally.size === 1) return tally.keys().next().value!;
  const support = (t: Tally): number => {
    let n = 0;
    for (const u of tally.values()) if ([...u.tokens].every((w) => t.tokens.has(w))) n += u.count;
    return n;
  };
  const rank = [...tally.entries()].map(([name, t]) => ({ name, t, full: t.tokens.size >= 2 ? 1 : 0, support: support(t) }));
  rank.sort(
    (a, b) =>
      Number(b.t.known) - Number(a.t.known) ||
      b.full - a.full ||
      b.t.count - a.t.count ||
      b.support - a.support ||
      b.t.articles - a.t.articles ||
      a.name.localeCompare(b.name, 'en') ||
      (a.name < b.name ? -1 : 1),
  );
  return rank[0]!.name;
}
