/**
 * Stage: Mention[] → LocalEntity[] + mentionEntity, inside one article. Each named mention joins
 * the first entity its name matches (rules.ts), else starts a new one; then coreferent mentions
 * follow their antecedent. The display name is the alias-file canonical name or the fullest name;
 * the type is the majority over the entity's mentions.
 */
import type { Carrier, EntityType, LocalEntity, Mention, Merge, Message } from '../types.js';
import { defaultAliases, type AliasTable } from './aliases.js';
import { bump, chooseDisplay } from './display.js';
import { NameMatcher, fullest, type Known } from './matcher.js';
import { parseName } from './normalize.js';
import type { Rule } from './rules.js';
import { addVote, majorityType, type TypeCounts } from './vote.js';

export { normName } from './normalize.js';

interface Draft {
  known: Known;
  votes: TypeCounts;
  mentions: number;
  /** Per name (raw), the rule by which it joined ('first' for the founding name). */
  joined: Map<string, Rule | 'first'>;
  /** Mentions per name (raw). */
  counts: Map<string, number>;
}

export interface Clustered {
  entities: LocalEntity[];
  mentionEntity: (string | null)[];
  messages: Message[];
}

function toLocal(d: Draft, aliases: AliasTable): LocalEntity {
  const name = chooseDisplay(d.counts, aliases);
  const names = [...d.joined.keys()].filter((n) => n !== name);
  // The founding name reached the display name by the rule that brought the display name in.
  const viaDisplay = d.joined.get(name);
  const founderRule = viaDisplay && viaDisplay !== 'first' ? viaDisplay : 'alias-file';
  const merges: Merge[] = names.map((alias) => {
    const r = d.joined.get(alias)!;
    return { alias, into: name, rule: r === 'first' ? founderRule : r };
  });
  return { localId: `e${d.known.index}`, name, type: d.known.type, aliases: names, mentions: d.mentions, merges };
}

/** Per mention (optional): the weight of its type evidence, and the mention it is a bracketed alias of. */
export interface MentionHints { weight?: number; aliasOf?: number }

export function clusterMentions(mentions: readonly Mention[], aliases: AliasTable, source = '', hints: readonly (MentionHints | undefined)[] = []): Clustered {
  const matcher = new NameMatcher(aliases);
  const drafts: Draft[] = [];
  const owner: (Draft | null)[] = mentions.map(() => null);
  const messages: Message[] = [];
  mentions.forEach((m, i) => {
    if (m.corefOf !== undefined) return;
    const n = parseName(m.name, m.type);
    if (!n.norm) return;
    const alias = hints[i]?.aliasOf;
    const found: ReturnType<NameMatcher['find']> = alias !== undefined && owner[alias] ? { kind: 'match', entity: owner[alias]!.known, rule: 'acronym' } : matcher.find(n, m.type, true);
    let d: Draft;
    if (found.kind === 'match') {
      d = drafts[found.entity.index]!;
      if (!d.joined.has(m.name)) d.joined.set(m.name, found.rule);
    } else {
      if (found.kind === 'ambiguous') messages.push({ code: 'AMBIGUOUS_NAME', message: `"${m.name}" could be ${found.entities.map((e) => fullest(e).raw).join(' or ')}; kept apart`, source });
      d = { known: matcher.create(m.type), votes: {}, mentions: 0, joined: new Map([[m.name, 'first']]), counts: new Map() };
      drafts.push(d);
    }
    matcher.addName(d.known, n);
    addVote(d.votes, m.type, hints[i]?.weight ?? 1);
    bump(d.counts, m.name);
    d.mentions++;
    owner[i] = d;
  });
  // Coreference: a pronoun or description counts for its antecedent's entity (chains followed).
  mentions.forEach((m, i) => {
    let j = m.corefOf;
    for (let hops = 0; j !== undefined && hops < mentions.length && !owner[j]; hops++) j = mentions[j]?.corefOf;
    const d = j !== undefined ? owner[j] : null;
    if (m.corefOf !== undefined && d) [owner[i], d.mentions] = [d, d.mentions + 1];
  });
  for (const d of drafts) d.known.type = majorityType(d.votes, typeOfFullest(d, mentions));
  const entities = drafts.map((d) => toLocal(d, aliases));
  return { entities, mentionEntity: owner.map((d) => (d ? `e${d.known.index}` : null)), messages };
}

function typeOfFullest(d: Draft, mentions: readonly Mention[]): EntityType {
  const full = fullest(d.known).raw;
  return mentions.find((m) => m.name === full)?.type ?? d.known.type;
}

export function cluster(c: Carrier): Carrier {
  const out = clusterMentions(c.mentions ?? [], defaultAliases(), c.record.source, c.mentionInfo ?? []);
  return { ...c, entities: out.entities, mentionEntity: out.mentionEntity, messages: [...c.messages, ...out.messages] };
}
