/**
 * Whether two event entities are the same event as far as a contradiction is concerned. Ingest
 * keeps a generic event ("the attack", "the drone strike") in its article unless family, target
 * and time all agree (ingest/resolve/events.ts), so "Iran ordered the drone strike on Kadhimi"
 * in one article and "Iran did not order the attack on Kazemi's home" in another are about two
 * event entities. The contradictions view compares them anyway when nothing tells them apart:
 * the same event family (attack, election, deal…), a target stated on both that names the same
 * actor (through names and aliases, so "Mustafa Kazemi" is Mustafa al-Kadhimi), and no stated
 * instrument, place or time that differs (a day and its month agree). Comparing is not merging:
 * the graph keeps both events; the view shows both names. Pure.
 */
import { compatible, eventSig } from '../../../ingest/resolve/events.js';
import type { VizNode } from '../../shared/types.js';
import type { EventFacts } from '../snapshot/index.js';

const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Name or alias → actor id; a name two actors share resolves to neither. */
export function nameIndex(nodes: Iterable<VizNode>): Map<string, string | null> {
  const index = new Map<string, string | null>();
  for (const n of nodes) {
    if (n.type === 'Event') continue;
    for (const name of new Set([n.label, ...n.aliases].map(fold))) {
      if (!name) continue;
      const had = index.get(name);
      index.set(name, had === undefined || had === n.id ? n.id : null);
    }
  }
  return index;
}

export interface SameEvent {
  (a: string, b: string): boolean;
  /** "attack on Mustafa al-Kadhimi": what the compared events share, for the view's heading. */
  describe(id: string): string | null;
}

export function sameEvent(nodes: ReadonlyMap<string, VizNode>, events: ReadonlyMap<string, EventFacts>): SameEvent {
  let names: Map<string, string | null> | null = null;
  const target = (id: string): string | null => {
    const t = events.get(id)?.target;
    if (!t) return null;
    names ??= nameIndex(nodes.values());
    return names.get(fold(t)) ?? `name:${fold(t)}`;
  };
  const facts = (id: string) => {
    const n = nodes.get(id);
    const t = target(id);
    if (n?.type !== 'Event' || !t) return null;
    const sig = eventSig(n.label);
    const e = events.get(id)!;
    const place = e.place ?? sig.place;
    return { ...sig, target: t, ...(place ? { place } : {}), time: e.time };
  };
  const same = (a: string, b: string): boolean => {
    if (a === b) return true;
    const [x, y] = [facts(a), facts(b)];
    if (!x || !y || x.target !== y.target) return false;
    if (x.time && y.time && !x.time.startsWith(y.time) && !y.time.startsWith(x.time)) return false;
    const { time: _x, ...xs } = x;
    const { time: _y, ...ys } = y;
    return compatible(xs, ys, () => false);
  };
  return Object.assign(same, {
    describe: (id: string): string | null => {
      const x = facts(id);
      if (!x) return null;
      const actor = x.target.startsWith('name:') ? events.get(id)!.target! : (nodes.get(x.target)?.label ?? x.target);
      return `${x.family} on ${actor}`;
    },
  });
}
