/**
 * A set of entities, each known by several names, that answers "which entity does this name
 * denote?" without scanning every entity: names are filed under blocking keys (folded name,
 * transliteration key, alias group, initials/acronym, surname key and its one-letter deletions),
 * and only entities sharing a key with the query are compared by the rules in rules.ts.
 * Used inside one article (local.ts) and across articles (global.ts). Deterministic.
 */
import { Lru } from '../lru.js';
import type { EntityType } from '../types.js';
import type { AliasTable } from './aliases.js';
import type { NameInfo } from './normalize.js';
import { givenNameRule, variants } from './local-rules.js';
import { RULE_ORDER, compactName, matchRule, personRule, type Rule } from './rules.js';
import { DeletionIndex } from './deletions.js';

export interface Known {
  /** Position in insertion order: ties go to the entity seen first. */
  index: number;
  type: EntityType;
  names: NameInfo[];
}

export type Found = { kind: 'match'; entity: Known; rule: Rule } | { kind: 'ambiguous'; entities: Known[] } | { kind: 'none' };

function blockingKeys(n: NameInfo, aliases: AliasTable, query: boolean): string[] {
  const keys = [`n:${n.norm}`, `t:${n.tkey}`];
  const letters = compactName(n);
  if (letters) keys.push(`c:${letters}`);
  const group = aliases.groupOf(n.raw);
  if (group) keys.push(`g:${group.canonical}`);
  // Acronyms are filed under their letters; long names under their initials; a query looks across.
  if (n.acronym) keys.push(query ? `i:${n.acronym}` : `a:${n.acronym}`);
  if (n.initials) keys.push(query ? `a:${n.initials}` : `i:${n.initials}`);
  // Shorter names of the same entity (local-rules.ts): filed under `v:`, and a lone first name under `f:`.
  if (query) {
    keys.push(`v:${n.norm}`);
    for (const v of variants(n)) keys.push(`n:${v}`);
    if (n.tokens.length === 1) keys.push(`f:${n.norm}`, `s:${n.norm}`);
    else keys.push(`n:${n.tokens[0]}`);
  } else {
    for (const v of variants(n)) keys.push(`v:${v}`);
    if (n.tokens.length >= 2) keys.push(`f:${n.tokens[0]}`, `s:${n.tokens.at(-1)}`);
  }
  return keys;
}

/**
 * The keys whose one-letter-deletion neighbourhoods (deletions.ts) a name is filed under or looks
 * in: of the surname key (people) and of the whole key (others), '' for none. Filed under both,
 * since an entity's type may still change; looked up by the query's type.
 */
function deletionKeys(n: NameInfo, type: EntityType, query: boolean): { surname: string; whole: string } {
  const surname = n.keys.at(-1) ?? '';
  return {
    surname: (!query || type === 'Person' || n.tokens.length === 1) && surname.length >= 4 ? surname : '',
    whole: (!query || type !== 'Person') && n.tkey.length >= 8 ? n.tkey : '',
  };
}

/** How many names' blocking keys a matcher keeps (least recently used dropped first). */
const KEY_CACHE_NAMES = 4096;

export class NameMatcher {
  readonly entities: Known[] = [];
  /** Entities filed under each key; a key filing one entity holds it bare, not in a list of one. */
  private readonly block = new Map<string, Known | Known[]>();
  /** Entities by the one-letter deletions of their names' surname keys and whole keys. */
  private readonly surnames = new DeletionIndex<Known>();
  private readonly wholes = new DeletionIndex<Known>();
  /**
   * Blocking keys per name and use (filing or query): an article names the same few people over
   * and over. Kept for the KEY_CACHE_NAMES names used last (parseName shares one NameInfo per
   * name): a huge article names tens of thousands.
   */
  private readonly keyCache = new Lru<NameInfo, { filed?: string[]; query?: string[] }>(KEY_CACHE_NAMES);

  constructor(private readonly aliases: AliasTable) {}

  create(type: EntityType): Known {
    const e: Known = { index: this.entities.length, type, names: [] };
    this.entities.push(e);
    return e;
  }

  addName(e: Known, n: NameInfo): void {
    if (e.names.some((x) => x.norm === n.norm && x.raw === n.raw)) return;
    e.names.push(n);
    for (const k of this.keys(n, false)) {
      const filed = this.block.get(k);
      // A list may hold an entity twice (two of its names share k, with other entities filed in
      // between): candidates() makes a set of them, so only a repeat in a row is skipped, with no
      // scan of the list.
      if (!filed) this.block.set(k, e);
      else if (!Array.isArray(filed)) {
        if (filed !== e) this.block.set(k, [filed, e]);
      } else if (filed[filed.length - 1] !== e) filed.push(e);
    }
    const { surname, whole } = deletionKeys(n, e.type, false);
    const other = e.names.filter((x) => x !== n);
    if (surname && !other.some((x) => x.keys.at(-1) === surname)) this.surnames.add(surname, e);
    if (whole && !other.some((x) => x.tkey === whole)) this.wholes.add(whole, e);
  }

  private keys(n: NameInfo, query: boolean): string[] {
    const cached = this.keyCache.get(n) ?? this.keyCache.set(n, {});
    return query ? (cached.query ??= blockingKeys(n, this.aliases, true)) : (cached.filed ??= blockingKeys(n, this.aliases, false));
  }

  private candidates(n: NameInfo, type: EntityType): Known[] {
    const seen = new Set<Known>();
    for (const k of this.keys(n, true)) {
      const filed = this.block.get(k);
      if (Array.isArray(filed)) for (const e of filed) seen.add(e);
      else if (filed) seen.add(filed);
    }
    const { surname, whole } = deletionKeys(n, type, true);
    const add = (e: Known) => seen.add(e);
    if (surname) this.surnames.find(surname, add);
    if (whole) this.wholes.find(whole, add);
    return [...seen].sort((a, b) => a.index - b.index);
  }

  /** The strongest rule linking name n to any name of entity e. */
  ruleFor(n: NameInfo, type: EntityType, e: Known, local: boolean): Rule | null {
    let best: Rule | null = null;
    const full = e.names.length > 1 ? fullest(e) : undefined;
    for (const name of e.names) {
      const r = matchRule(n, type, name, e.type, this.aliases, local);
      // A longer name meets an entity through its short name or acronym only when that is all the
      // entity is called: "World Bank" is not the "world" of "World Trade Organization", nor
      // "Lisbon stock exchanges" the "LSE" of "London Stock Exchange".
      if (
        (r === 'short-name' || r === 'company-form' || r === 'acronym') &&
        full &&
        full.norm !== name.norm &&
        n.tokens.length > name.tokens.length
      )
        continue;
      if (r && (!best || RULE_ORDER.indexOf(r) < RULE_ORDER.indexOf(best))) best = r;
      if (best === 'exact') break;
    }
    // A person must also agree with the entity's fullest name (no "Jane Smith" into "John Smith").
    if (best && best !== 'exact' && best !== 'alias-file' && (type === 'Person' || e.type === 'Person')) {
      const f = full ?? fullest(e);
      if (best === 'given-name' ? !givenNameRule(n, type, f, e.type) : !personRule(n, f, local)) return null;
    }
    return best;
  }

  /** The entity name n belongs to, among those `allow` admits (all by default). */
  find(n: NameInfo, type: EntityType, local = false, allow?: (e: Known) => boolean): Found {
    const hits: { entity: Known; rule: Rule }[] = [];
    for (const e of this.candidates(n, type)) {
      if (allow && !allow(e)) continue;
      const rule = this.ruleFor(n, type, e, local);
      if (rule) hits.push({ entity: e, rule });
    }
    if (!hits.length) return { kind: 'none' };
    const top = Math.min(...hits.map((h) => RULE_ORDER.indexOf(h.rule)));
    const best = hits.filter((h) => RULE_ORDER.indexOf(h.rule) === top);
    // A bare surname (or spelling variant) shared by different people: refuse to guess.
    if (best.length > 1 && top >= RULE_ORDER.indexOf('transliteration') && type === 'Person') {
      return { kind: 'ambiguous', entities: best.map((h) => h.entity) };
    }
    return { kind: 'match', ...best[0]! };
  }
}

/** The entity's fullest name (most tokens, then letters; earliest on ties). */
export function fullest(e: Known): NameInfo {
  let best = e.names[0]!;
  for (const n of e.names) if (n.tokens.length * 1000 + n.letters > best.tokens.length * 1000 + best.letters) best = n;
  return best;
}
