/**
 * One entity per set of joined keys (corpus.ts): its display name, type, id, aliases and merge
 * audit, each decided by a vote over every article's local entities so the result does not
 * depend on article order. See name.ts for the display-name vote.
 */
import { relationKey } from '../hash.js';
import type { CurationOp } from '../curation/types.js';
import type { EntityType, LocalEntity, Merge, Qualifiers, Scope } from '../types.js';
import type { ArticleRef, Resolution, Tables } from './corpus.js';
import { chooseName, fold } from './name.js';
import { slug } from './slug.js';
import { addVote, majorityType, type TypeCounts } from './vote.js';

export interface Member {
  art: ArticleRef;
  local: LocalEntity;
  key: string;
  rule: string;
  hidden: string[];
  order: number;
}

export interface GlobalEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  scope: Scope;
  qualifiers?: Qualifiers;
  /** How each alias joined, and the article whose text made the merge. */
  merges: Merge[];
  /** The identity keys of its members (what curation operations record). */
  keys: string[];
  articles: number;
}

type Op = Exclude<CurationOp, { op: 'undo' }>;
const touches = (op: { keys: string[] }, keys: readonly string[]): boolean => op.keys.some((k) => keys.includes(k));
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byArticle = (a: Member, b: Member): number => cmp(a.art.source, b.art.source) || cmp(a.art.id, b.art.id) || a.order - b.order;

function typeOf(ms: readonly Member[], keys: readonly string[], t: Tables, ops: readonly Op[], prefer: EntityType): EntityType {
  const retype = ops.filter((o): o is Extract<Op, { op: 'retype' }> => o.op === 'retype' && touches(o, keys)).at(-1);
  if (retype) return retype.type;
  const table = keys
    .filter((k) => k.startsWith('g:'))
    .map((k) => t.acronyms.typeOf.get(k.slice(2)))
    .find(Boolean);
  if (table && ms.some((m) => m.rule === 'acronym-table')) return table;
  const votes: TypeCounts = {};
  for (const m of ms)
    for (const [ty, w] of Object.entries(m.local.votes ?? { [m.local.type]: m.local.mentions })) addVote(votes, ty as EntityType, w ?? 0);
  return majorityType(votes, prefer);
}

/** A rename, or the name of the entity another was merged into; the last such operation wins. */
function curatedName(ops: readonly Op[], keys: readonly string[]): string | undefined {
  let name: string | undefined;
  for (const o of ops) {
    if (o.op === 'rename' && touches(o, keys)) name = o.name;
    if (o.op === 'merge' && o.name && o.intoKeys.some((k) => keys.includes(k))) name = o.name;
  }
  return name;
}

function ruleOf(m: Member, displayKey: string, edges: ReadonlyMap<string, string>): string {
  // A member whose key another key was joined to came in by that join (spelling, curation).
  if (m.key !== displayKey && edges.has(m.key)) return edges.get(m.key)!;
  if (m.rule !== 'exact') return m.rule;
  return m.local.kind === 'group' ? 'group-variant' : m.local.kind === 'event' ? 'event-match' : 'transliteration';
}

function audit(ms: readonly Member[], name: string, edges: ReadonlyMap<string, string>): { aliases: string[]; merges: Merge[] } {
  const hidden = new Set(ms.flatMap((m) => m.hidden.map(fold)));
  const displayKey = ms.find((m) => [m.local.name, ...m.local.aliases].some((n) => fold(n) === fold(name)))?.key ?? ms[0]!.key;
  const seen = new Set<string>([name.toLowerCase()]);
  const seenMerge = new Set<string>();
  const aliases: string[] = [];
  const merges: Merge[] = [];
  for (const m of ms) {
    for (const n of [m.local.name, ...m.local.aliases]) {
      if (hidden.has(fold(n))) continue;
      if (!seen.has(n.toLowerCase()) && n !== name) {
        seen.add(n.toLowerCase());
        aliases.push(n);
      }
      if (fold(n) === fold(name)) continue;
      // A member that holds the display name as an alias joined its own name to it in its article
      // ("World Tourism Organisation" came in by the acronym rule when "WTO" is shown).
      const viaDisplay = n === m.local.name ? m.local.merges.find((x) => fold(x.alias) === fold(name))?.rule : undefined;
      const rule =
        n === m.local.name ? (viaDisplay ?? ruleOf(m, displayKey, edges)) : (m.local.merges.find((x) => x.alias === n)?.rule ?? 'exact');
      // One record per alias and rule: "Tehran" may come in by metonymy in one article and by a curated merge in another.
      if (seenMerge.has(`${fold(n)}|${rule}`)) continue;
      seenMerge.add(`${fold(n)}|${rule}`);
      merges.push({ alias: n, into: name, rule, article: m.art.id, source: m.art.source });
    }
  }
  return { aliases, merges };
}

export function buildClasses(
  byRoot: ReadonlyMap<string, Member[]>,
  edges: ReadonlyMap<string, string>,
  t: Tables,
  ops: readonly Op[],
): Resolution {
  const entities = new Map<string, GlobalEntity>();
  const assign = new Map<string, Map<string, string>>();
  const idOfKey = new Map<string, string>();
  for (const root of [...byRoot.keys()].sort()) {
    const ms = byRoot.get(root)!;
    if (ms.length > 1) ms.sort(byArticle);
    const keys = ms.length === 1 ? [ms[0]!.key] : [...new Set(ms.map((m) => m.key))].sort();
    const group = keys.find((k) => k.startsWith('g:'));
    const name = curatedName(ops, keys) ?? (group ? group.slice(2) : chooseName(ms.map((m) => m.local)));
    const prefer = ms.find((m) => m.local.name === name)?.local.type ?? ms[0]!.local.type;
    const type = typeOf(ms, keys, t, ops, prefer);
    const scope: Scope = keys.every((k) => k.startsWith('a:')) ? 'article' : 'global';
    let id = slug(name) + (scope === 'article' ? `-${ms[0]!.art.id.slice(0, 8)}` : '');
    if (entities.has(id)) id = `${id}-${type.toLowerCase()}`;
    for (let i = 2; entities.has(id); i++) id = `${id.replace(/-\d+$/, '')}-${i}`;
    const qualifiers: Qualifiers = {};
    for (const m of ms) for (const [k, v] of Object.entries(m.local.qualifiers ?? {})) (qualifiers as Record<string, string>)[k] ??= v;
    const articles = ms.length === 1 ? 1 : new Set(ms.map((m) => m.art.id)).size;
    entities.set(id, {
      id,
      name,
      type,
      ...audit(ms, name, edges),
      scope,
      ...(Object.keys(qualifiers).length ? { qualifiers } : {}),
      keys,
      articles,
    });
    for (const m of ms) {
      if (!assign.has(m.art.id)) assign.set(m.art.id, new Map());
      assign.get(m.art.id)!.set(m.local.localId, id);
    }
    for (const k of keys) idOfKey.set(k, id);
  }
  const rejected = new Set<string>();
  for (const op of ops) {
    if (op.op !== 'reject') continue;
    rejected.add(op.key);
    const s = op.subjectKeys.map((k) => idOfKey.get(k)).find(Boolean);
    const o = op.objectKeys.map((k) => idOfKey.get(k)).find(Boolean);
    if (s && o) rejected.add(relationKey(s, op.predicate, o, op.polarity));
  }
  return { entities, assign, rejected };
}
