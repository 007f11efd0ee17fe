/**
 * Cross-article resolution: article-local entities → stable global ids, against an index of
 * everything seen so far (loaded from the store by `kg ingest`, built up in-process by `kg extract`).
 * Deterministic for a given input order. Ids never change once assigned (slug of the first
 * display name); the display name follows display.ts and the type the majority of mentions.
 */
import type { EntityRecord, EntityType, Extraction, LocalEntity, LocalExtraction, Merge, Message } from '../types.js';
import { defaultAliases, type AliasTable } from './aliases.js';
import { bump, chooseDisplay } from './display.js';
import { NameMatcher, type Known } from './matcher.js';
import { normName, parseName } from './normalize.js';
import type { Rule } from './rules.js';
import { relationRecords } from './relations.js';
import { addVote, majorityType, type TypeCounts } from './vote.js';

export const slug = (name: string): string => normName(name).replace(/ /g, '-') || 'unnamed';

/** Without a type, lookup tries one type per family. */
const LOOKUP_TYPES: readonly EntityType[] = ['Person', 'Organization', 'Place', 'Event', 'Concept'];

interface GlobalEntity {
  id: string;
  known: Known;
  votes: TypeCounts;
  counts: Map<string, number>;
  name: string;
}

export class EntityIndex {
  private readonly matcher: NameMatcher;
  private readonly byId = new Map<string, GlobalEntity>();
  private readonly byKnown = new Map<Known, GlobalEntity>();

  constructor(private readonly aliases: AliasTable = defaultAliases()) {
    this.matcher = new NameMatcher(aliases);
  }

  get size(): number {
    return this.byId.size;
  }

  /** Register a known entity (e.g. loaded from the store), or add names to it. */
  add(e: EntityRecord): void {
    const g = this.byId.get(e.id) ?? this.create(e.id, e.type, e.name);
    for (const n of [e.name, ...e.aliases]) this.matcher.addName(g.known, parseName(n, g.known.type));
    for (const n of e.aliases) bump(g.counts, n);
    bump(g.counts, e.name, Math.max(1, e.mentions));
    addVote(g.votes, e.type, Math.max(1, e.mentions));
    this.settle(g);
  }

  /** The entity a name denotes, if one is known (type narrows the rules when given). */
  lookup(name: string, type?: EntityType): EntityRecord | undefined {
    for (const t of type ? [type] : LOOKUP_TYPES) {
      const found = this.matcher.find(parseName(name, t), t);
      if (found.kind === 'match') return this.record(this.byKnown.get(found.entity)!);
    }
    return undefined;
  }

  /** Resolve one local entity: find (or create) its global entity and fold its names in. */
  resolve(local: LocalEntity): { entity: GlobalEntity; rule: Rule | null; via: string; into: string; ambiguous?: string } {
    let ambiguous: string | undefined;
    for (const n of [local.name, ...local.aliases]) {
      const found = this.matcher.find(parseName(n, local.type), local.type);
      if (found.kind === 'ambiguous') ambiguous ??= n;
      if (found.kind !== 'match') continue;
      const g = this.byKnown.get(found.entity)!;
      const into = g.name;
      this.absorb(g, local);
      return { entity: g, rule: found.rule, via: n, into };
    }
    const g = this.create(this.freshId(local), local.type, local.name);
    this.absorb(g, local);
    return { entity: g, rule: null, via: local.name, into: g.name, ambiguous };
  }

  record(g: GlobalEntity): EntityRecord {
    return { kind: 'entity', id: g.id, name: g.name, type: g.known.type, aliases: g.known.names.map((n) => n.raw).filter((n) => n !== g.name), mentions: 0 };
  }

  private create(id: string, type: EntityType, name: string): GlobalEntity {
    const g: GlobalEntity = { id, known: this.matcher.create(type), votes: {}, counts: new Map(), name };
    this.byId.set(id, g);
    this.byKnown.set(g.known, g);
    return g;
  }

  private absorb(g: GlobalEntity, local: LocalEntity): void {
    for (const n of [local.name, ...local.aliases]) this.matcher.addName(g.known, parseName(n, g.known.type));
    for (const n of local.aliases) bump(g.counts, n);
    bump(g.counts, local.name, Math.max(1, local.mentions));
    addVote(g.votes, local.type, Math.max(1, local.mentions));
    this.settle(g);
  }

  private settle(g: GlobalEntity): void {
    g.name = chooseDisplay(g.counts, this.aliases) || g.name;
    g.known.type = majorityType(g.votes, g.known.type);
  }

  private freshId(local: LocalEntity): string {
    const base = slug(local.name);
    if (!this.byId.has(base)) return base;
    const typed = `${base}-${local.type.toLowerCase()}`;
    if (!this.byId.has(typed)) return typed;
    let i = 2;
    while (this.byId.has(`${typed}-${i}`)) i++;
    return `${typed}-${i}`;
  }
}

export function resolveExtraction(local: LocalExtraction, index: EntityIndex): Extraction {
  const idOf = new Map<string, string>();
  const entities = new Map<string, EntityRecord>();
  const messages: Message[] = [...local.messages];
  for (const e of local.entities) {
    const { entity, rule, via, into, ambiguous } = index.resolve(e);
    idOf.set(e.localId, entity.id);
    if (ambiguous) messages.push({ code: 'AMBIGUOUS_NAME', message: `"${ambiguous}" matches several known entities; "${e.name}" kept as ${entity.id}`, source: local.article.source });
    const merges: Merge[] = [...e.merges, ...(rule && rule !== 'exact' ? [{ alias: via, into, rule }] : [])];
    const prev = entities.get(entity.id);
    const rec = index.record(entity);
    const aliases = [...new Set([...(prev?.aliases ?? []), e.name, ...e.aliases])].filter((n) => n !== rec.name);
    entities.set(entity.id, { ...rec, aliases, mentions: (prev?.mentions ?? 0) + e.mentions, merges: [...(prev?.merges ?? []), ...merges] });
  }
  const relations = relationRecords(local.relations, idOf);
  const used = new Set(relations.flatMap((r) => [r.subject, r.object, r.attribution ?? '']));
  return { article: local.article, entities: [...entities.values()].filter((e) => used.has(e.id) || e.mentions > 0), relations, messages };
}
