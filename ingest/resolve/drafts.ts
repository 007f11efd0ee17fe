/**
 * An entity being built inside one article (local.ts): its names with the rule that brought each
 * in, its mention count, its type votes, and for generic groups and events their signature. At
 * the end each draft becomes a LocalEntity with its cross-article key (keys.ts).
 */
import type { EntityKind, EntityType, LocalEntity, Merge, Qualifiers } from '../types.js';
import type { AliasTable } from './aliases.js';
import { bump, chooseDisplay } from './display.js';
import type { EventContext, EventSig } from './events.js';
import type { GroupSig } from './groups.js';
import { eventKeyed, groupKeyed, kindOf, namesKey, type Keyed } from './keys.js';
import { fullest, type Known } from './matcher.js';
import { METONYMY } from './metonymy.js';
import { fullness, parseName } from './normalize.js';
import { addVote, majorityType, type TypeCounts } from './vote.js';

export interface Draft {
  known: Known;
  kind?: EntityKind;
  votes: TypeCounts;
  mentions: number;
  /** Per name (raw), the rule by which it joined ('first' for the founding name). */
  joined: Map<string, string>;
  /** Mentions per name (raw). */
  counts: Map<string, number>;
  group?: GroupSig;
  /** One member of its group's kind ("another Iran-linked group"): never joins the kind, stays in its article. */
  member?: boolean;
  /** A generic group with a mention that points back ("the leaders"), not only bare plurals ("leaders"). */
  anaphoric?: boolean;
  event?: EventSig & EventContext;
  keyed?: Keyed;
  /** The title a person known only by surname goes by ("Mrs" of "Mrs Howard"), shown with it. */
  title?: string;
}

export function newDraft(known: Known, name: string, kind?: EntityKind): Draft {
  return { known, kind, votes: {}, mentions: 0, joined: new Map([[name, 'first']]), counts: new Map() };
}

/** Count one mention of `name` (type evidence `weight`) for the draft. */
export function countMention(d: Draft, name: string, type: EntityType, weight = 1, rule?: string): void {
  if (rule && !d.joined.has(name)) d.joined.set(name, rule);
  addVote(d.votes, type, weight);
  bump(d.counts, name);
  d.mentions++;
}

/** Move everything `from` holds into `into` (the caller re-points mentions). */
export function absorbDraft(into: Draft, from: Draft, rule: string): void {
  for (const [n, r] of from.joined) if (!into.joined.has(n)) into.joined.set(n, r === 'first' ? rule : r);
  for (const [n, c] of from.counts) bump(into.counts, n, c);
  for (const [t, v] of Object.entries(from.votes)) addVote(into.votes, t as EntityType, v);
  into.mentions += from.mentions;
}

/** The draft's cross-article key; events need their target's key, passed as `targetKey`. */
export function keyDraft(d: Draft, targetKey?: string): Keyed {
  if (d.group) return d.member ? { key: `grp:${d.group.head}`, scope: 'article' } : groupKeyed(d.group);
  if (d.event) return eventKeyed(d.event.family, d.event.plural, targetKey, d.event.time);
  // Names a metonymy rule brought in ("Baghdad" for Iraq) never key the entity.
  const own = [...d.joined.entries()].filter(([, r]) => !METONYMY.has(r)).map(([n]) => n);
  const names = own
    .map((n) => parseName(n, d.known.type))
    .filter((n) => n.norm)
    .sort((a, b) => fullness(b) - fullness(a));
  if (!names.length) return { key: `n:${parseName(fullest(d.known).raw).tkey}`, scope: 'article' };
  return namesKey(d.known.type, names);
}

/** `shared`: surnames several people in the article bear; as bare names they are no alias of anyone. */
export function toLocal(d: Draft, aliases: AliasTable, qualifiers?: Qualifiers, shared: ReadonlySet<string> = new Set()): LocalEntity {
  const name = chooseDisplay(d.counts, aliases);
  const names = [...d.joined.keys()].filter((n) => n !== name);
  // "Mrs Howard", never a bare "Howard" beside Michael Howard.
  const shown = d.title && fullest(d.known).tokens.length === 1 ? `${d.title} ${name}` : name;
  const listed = names.filter((n) => d.known.type !== 'Person' || !shared.has(parseName(n, 'Person').norm));
  // The founding name reached the display name by the rule that brought the display name in.
  const viaDisplay = d.joined.get(name);
  const founderRule = viaDisplay && viaDisplay !== 'first' ? viaDisplay : 'alias-file';
  const merges: Merge[] = names.map((alias) => {
    const r = d.joined.get(alias)!;
    return { alias, into: shown, rule: r === 'first' ? founderRule : r };
  });
  const keyed = d.keyed ?? keyDraft(d);
  return {
    localId: `e${d.known.index}`,
    name: shown,
    type: d.known.type,
    aliases: listed,
    mentions: d.mentions,
    merges,
    counts: Object.fromEntries(d.counts),
    votes: { ...d.votes },
    kind: d.kind ?? kindOf(d.known.type, undefined, fullest(d.known)),
    key: keyed.key,
    scope: keyed.scope,
    ...(qualifiers && Object.keys(qualifiers).length ? { qualifiers } : {}),
  };
}

export { majorityType };
