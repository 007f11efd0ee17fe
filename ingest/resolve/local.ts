/** Stage: Mention[] → LocalEntity[] (mentions of one article clustered by normalised name). */
import type { Carrier, LocalEntity } from '../types.js';

export const normName = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export function cluster(c: Carrier): Carrier {
  const byKey = new Map<string, LocalEntity>();
  const mentionEntity = (c.mentions ?? []).map((m) => {
    const key = `${m.type}:${normName(m.name)}`;
    let e = byKey.get(key);
    if (!e) {
      e = { localId: `e${byKey.size}`, name: m.name, type: m.type, aliases: [], mentions: 0, merges: [] };
      byKey.set(key, e);
    }
    e.mentions++;
    return e.localId;
  });
  return { ...c, entities: [...byKey.values()], mentionEntity };
}
