import { sameEvent } from '../../../viz/server/corroboration/same-event.js';
import { pairsOf } from '../../../viz/server/routes/contradictions.js';
import type { EventFacts } from '../../../viz/server/snapshot/index.js';
import type { VizNode } from '../../../viz/shared/types.js';
import { edge } from '../shared/claims.js';

const node = (id: string, label: string, type: string, aliases: string[] = []): VizNode => ({
  id,
  label,
  kind: 'Entity',
  type,
  aliases,
  mentions: 1,
  articles: 1,
});
const facts = (target: string | null, time: string | null = null, place: string | null = null): EventFacts => ({ target, time, place });

const nodes = new Map(
  [
    node('kadhimi', 'Mustafa al-Kadhimi', 'Person', ['Mustafa Kazemi', 'Kadhimi']),
    node('soleimani', 'Qassem Soleimani', 'Person'),
    node('strike-a', 'drone strike', 'Event'),
    node('attempt-b', 'assassination attempt', 'Event'),
    node('attack-c', 'attack', 'Event'),
    node('strike-d', 'missile strike', 'Event'),
    node('election-e', 'election', 'Event'),
    node('attack-f', 'attack', 'Event'),
    node('attack-g', 'attack', 'Event'),
    node('iran', 'Iran', 'Place'),
  ].map((n) => [n.id, n]),
);
const events = new Map<string, EventFacts>([
  ['strike-a', facts('Mustafa al-Kadhimi')],
  ['attempt-b', facts('Mustafa Kazemi', '2021-11-07')],
  ['attack-c', facts('Qassem Soleimani', '2020-01-03')],
  ['strike-d', facts('Mustafa al-Kadhimi')],
  ['election-e', facts('Mustafa al-Kadhimi')],
  ['attack-f', facts(null)],
  ['attack-g', facts('Kadhimi', '2021-11')],
]);
const same = sameEvent(nodes, events);

describe('events compared as one in the contradictions view', () => {
  it('takes the same family on the same actor, named through an alias, as one event', () => {
    expect(same('strike-a', 'attempt-b')).toBe(true);
    expect(same.describe('attempt-b')).toBe('attack on Mustafa al-Kadhimi');
  });

  it('tells events apart by target, family, instrument and time; an event without a target stays alone', () => {
    expect(same('strike-a', 'attack-c')).toBe(false);
    expect(same('strike-a', 'strike-d')).toBe(false);
    expect(same('strike-a', 'election-e')).toBe(false);
    expect(same('strike-a', 'attack-f')).toBe(false);
    expect(same('attack-f', 'attack-f')).toBe(true);
    expect(same('attempt-b', 'attack-g')).toBe(true);
    expect(same('iran', 'kadhimi')).toBe(false);
  });

  it('pairs "ordered the drone strike" with "did not order the assassination attempt" on the same target', () => {
    const said = edge('k1', { source: 'iran', target: 'strike-a', predicate: 'order', family: 'order or authorise' });
    const denied = edge('k2', {
      source: 'iran',
      target: 'attempt-b',
      predicate: 'order',
      polarity: 'negative',
      family: 'order or authorise',
    });
    const other = edge('k3', {
      source: 'iran',
      target: 'attack-c',
      predicate: 'order',
      polarity: 'negative',
      family: 'order or authorise',
    });
    expect(pairsOf([said, denied, other])).toEqual([]);
    expect(pairsOf([said, denied, other], same).map((g) => g.map((e) => e.id))).toEqual([['k1', 'k2']]);
  });
});
