/**
 * Generic groups and events inside one article (local.ts calls these after the named mentions).
 *   groups: one entity per head and qualifier set ("Iran-backed militias" = "pro-Iranian
 *     militias", rule group-variant); a bare head ("the militias") joins the one qualified group
 *     with that head when there is exactly one, unless every mention of it is a plural with no
 *     determiner ("met leaders in Baghdad": new referents). A singular under "a", "another" names one member
 *     of the kind: its own entity, kept in its article; a group noun under "no", "any", "every"
 *     names none: no entity. A singular count noun ("US regulator") never joins its plural.
 *   events: a singular mention joins the first event of its family whose target, place, time and
 *     instrument do not differ (the attack = the drone attack = the assassination attempt on the
 *     same target, rule event-variant); plurals ("attacks") stay apart from singulars. In a family
 *     whose events multiply (events.json freshFamilies), a mention under "a", "an" or "another"
 *     ("told a news conference" after "the G8 summit") joins only an event named with its head.
 */
import eventData from '../data/resolve/events.json' with { type: 'json' };
import type { Mention } from '../types.js';
import { absorbDraft, countMention, type Draft } from './drafts.js';
import { compatible, eventName, eventSig, trimLead } from './events.js';
import { groupSig, sameCount, sameGroupKey } from './groups.js';
import { MentionMoves } from './article-checks.js';
import type { MentionHints } from './local.js';

type Create = (type: Mention['type'], name: string, kind: 'group' | 'event') => Draft;

const FRESH_FAMILIES: ReadonlySet<string> = new Set(eventData.freshFamilies);

export function clusterGroups(
  mentions: readonly Mention[],
  hints: readonly (MentionHints | undefined)[],
  owner: (Draft | null)[],
  create: Create,
): void {
  const groups: Draft[] = [];
  // sameGroup is equality of head, qualifiers, number and distinguishing modifiers: the groups of
  // one such key differ by count ("the best two players", "the best eight players"), and a mention
  // joins the latest whose count it does not contradict.
  const byKey = new Map<string, Draft[]>();
  mentions.forEach((m, i) => {
    // "No group took responsibility": no group to be an entity (relations through it are dropped).
    if (hints[i]?.kind !== 'group' || hints[i]?.rewrite || m.corefOf !== undefined || hints[i]?.reference === 'none') return;
    const sig = groupSig(m.text, hints[i]?.initial);
    if (!sig.head) return;
    // "another Iran-linked group": one member of the kind, an entity of its own in its article.
    const member = hints[i]?.reference === 'member';
    const key = sameGroupKey(sig);
    let d = member ? undefined : byKey.get(key)?.findLast((g) => sameCount(g.group!, sig));
    // "the best British artists ... British artists": the group is what its plainest mention calls it.
    if (d?.group?.rated && !sig.rated) d.group = { ...sig, ...(d.group.count ? { count: d.group.count } : {}) };
    if (d && !d.group!.count && sig.count) d.group = { ...d.group!, count: sig.count };
    if (!d) {
      d = create(m.type, trimLead(m.name), 'group');
      d.group = sig;
      if (member) d.member = true;
      else {
        groups.push(d);
        byKey.set(key, [...(byKey.get(key) ?? []), d]);
      }
    }
    countMention(d, trimLead(m.name), m.type, hints[i]?.weight ?? 1, 'group-variant');
    if (!hints[i]?.indefinite) d.anaphoric = true;
    owner[i] = d;
  });
  const qualifiedByHead = new Map<string, Draft[]>();
  for (const g of groups) {
    if (!g.group!.quals.length) continue;
    const list = qualifiedByHead.get(g.group!.head);
    if (list) list.push(g);
    else qualifiedByHead.set(g.group!.head, [g]);
  }
  const moves = new MentionMoves(owner);
  for (const bare of groups.filter((g) => !g.group!.quals.length)) {
    const qualified = qualifiedByHead.get(bare.group!.head) ?? [];
    // ... of the same number: "the regulator" is no "US regulators", "the regulators" no "US regulator".
    if (qualified.length !== 1 || !qualified[0]!.group!.one !== !bare.group!.one) continue;
    // ... and count: "the best two players" are not "the two UK players" when these are eight.
    if (!sameCount(qualified[0]!.group!, bare.group!)) continue;
    // Only a head that points back somewhere: "he met leaders in Baghdad" names no leaders met before.
    if (!bare.anaphoric) continue;
    const q = qualified[0]!;
    if (bare.group!.count && !q.group!.count) q.group = { ...q.group!, count: bare.group!.count };
    absorbDraft(q, bare, 'group-variant');
    moves.move(bare, q);
  }
}

export function clusterEvents(
  mentions: readonly Mention[],
  hints: readonly (MentionHints | undefined)[],
  owner: (Draft | null)[],
  create: Create,
): void {
  // compatible() needs the same family, number and anchor, which an event never changes: only the
  // events sharing those are tried, in order.
  const events = new Map<string, Draft[]>();
  const sameTarget = (x: number, y: number): boolean => !!owner[x] && owner[x] === owner[y];
  mentions.forEach((m, i) => {
    if (hints[i]?.kind !== 'event' || m.corefOf !== undefined) return;
    const name = eventName(m.name);
    const sig = { ...eventSig(m.name), ...hints[i]?.context };
    const key = JSON.stringify([sig.family, sig.plural, sig.anchor ?? null]);
    // "told a news conference" after "the G8 summit": in a family whose events multiply, a new
    // event under "a", unless one before has its head noun.
    const head = name.split(' ').at(-1);
    const fresh = !!hints[i]?.fresh && FRESH_FAMILIES.has(sig.family);
    const named = (e: Draft): boolean => !fresh || [...e.joined.keys()].some((n) => n.split(' ').at(-1) === head);
    let d = events.get(key)?.find((e) => compatible(e.event!, sig, sameTarget) && named(e));
    if (d) {
      // The event's qualifiers grow with each compatible mention.
      for (const k of ['target', 'place', 'time', 'instrument'] as const)
        if (d.event![k] === undefined && sig[k] !== undefined) Object.assign(d.event!, { [k]: sig[k] });
    } else {
      d = create(m.type, name, 'event');
      d.event = { ...sig };
      const list = events.get(key);
      if (list) list.push(d);
      else events.set(key, [d]);
    }
    countMention(d, name, m.type, hints[i]?.weight ?? 1, 'event-variant');
    owner[i] = d;
  });
}
