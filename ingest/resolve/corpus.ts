/**
 * Cross-article resolution over a SET of articles: a pure function of the articles' local
 * entities, the alias file, the acronym table and the curation log, so the same articles give
 * the same entities whatever their order or batching (and an index rebuilt from the store equals
 * the one built in memory: the store keeps every article's local entities).
 *
 *   1. each local entity gets an effective key: its alias-file or acronym-table group, else its
 *      own key (keys.ts), or an article-scoped key for generic and short-form entities; a
 *      curation split moves entities named by the split alias to a key of their own;
 *   2. a person key's spellings that no rare shared entity corroborates get keys of their own
 *      (Andy Davis and Andy Davies are one transliteration key, two people);
 *   3. keys are joined: person keys one letter apart in the surname with the same given name when
 *      their articles share another entity few articles name (rule spelling), name keys of one
 *      name spaced or capitalised otherwise (rule compact), and the keys of entities a curation
 *      merge joined;
 *   4. each set of joined keys is one entity (classes.ts: name, type, id, aliases, audit).
 */
import type { LocalEntity } from '../types.js';
import { effective, type CurationOp } from '../curation/types.js';
import type { AliasGroup, AliasTable } from './aliases.js';
import { buildClasses, type GlobalEntity, type Member } from './classes.js';
import { hasCompanyForm, isShortForm, nameKey } from './keys.js';
import { compactName } from './rules.js';
import { normName, parseName, type NameInfo } from './normalize.js';
import type { AcronymTable } from './tables.js';
import { deletionVariants, editDistance } from './translit.js';

export interface ArticleRef {
  id: string;
  source: string;
}
export interface ArticleLocals {
  article: ArticleRef;
  entities: readonly LocalEntity[];
}
export interface Tables {
  aliases: AliasTable;
  acronyms: AcronymTable;
  curation: readonly CurationOp[];
}

export interface Resolution {
  entities: ReadonlyMap<string, GlobalEntity>;
  /** article id → local id → entity id. */
  assign: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Keys of relationships a curation reject holds. */
  rejected: ReadonlySet<string>;
}

class Joins {
  private readonly parent = new Map<string, string>();
  readonly rule = new Map<string, string>();
  find(k: string): string {
    let r = k;
    while (this.parent.get(r) !== undefined && this.parent.get(r) !== r) r = this.parent.get(r)!;
    this.parent.set(k, r);
    return r;
  }
  union(a: string, b: string, rule: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    for (const k of [a, b]) if (!this.rule.has(k)) this.rule.set(k, rule);
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}

const fold = (s: string): string => parseName(s).norm || normName(s);

/**
 * The group of the acronym table that names the entity: a short form counts only as written in the
 * table (capitals, or verbatim: "Who" is not the WHO); one the table marks ambiguous ("CSA": the
 * Child Support Agency, the Canadian Space Agency, ...) only in an article that names the group
 * in full (`inFull`), as the entity or another; and a definition in the article wins (its "World
 * Tourism Organisation (WTO)" is not the table's World Trade Organization).
 */
function tableGroup(e: LocalEntity, names: readonly string[], t: Tables, inFull: ReadonlySet<AliasGroup>): AliasGroup | undefined {
  const table = t.acronyms.table;
  const listed = (n: string): AliasGroup | undefined => {
    const g = table.groupOf(n);
    const p = parseName(n);
    if (!g || !isShortForm(p)) return g;
    if (!p.acronym && !g.names.includes(n.trim())) return undefined;
    return !t.acronyms.ambiguous.has(p.norm) || inFull.has(g) ? g : undefined;
  };
  const g = names.map(listed).find(Boolean);
  if (!g || !e.merges.some((m) => m.rule === 'acronym')) return g;
  const long = names.filter((n) => !isShortForm(parseName(n)));
  return long.some((n) => listed(n) === g || table.groupOf(stem(parseName(n))) === g) ? g : undefined;
}

/** The acronym-table groups an article names by a full name, not a short form ("Electronic Arts"). */
function namedInFull(entities: readonly LocalEntity[], t: Tables): Set<AliasGroup> {
  const out = new Set<AliasGroup>();
  for (const e of entities)
    for (const n of [e.name, ...e.aliases]) {
      const g = isShortForm(parseName(n)) ? undefined : t.acronyms.table.groupOf(n);
      if (g) out.add(g);
    }
  return out;
}

/** A name without its company form ("BT plc" → "bt"). */
const stem = (n: NameInfo): string => (hasCompanyForm(n) ? n.tokens.slice(0, -1).join(' ') : n.norm);

function effectiveKey(art: ArticleRef, e: LocalEntity, t: Tables, inFull: ReadonlySet<AliasGroup>): { key: string; rule: string } {
  const names = [e.name, ...e.aliases];
  const viaFile = names.map((n) => t.aliases.groupOf(n)).find(Boolean);
  if (viaFile) return { key: `g:${viaFile.canonical}`, rule: 'alias-file' };
  if (e.kind !== 'group' && e.kind !== 'event' && e.type !== 'Person') {
    const viaTable = tableGroup(e, names, t, inFull);
    if (viaTable) return { key: `g:${viaTable.canonical}`, rule: 'acronym-table' };
  }
  if (e.scope === 'article' || !e.key) return { key: `a:${art.id}:${e.localId}`, rule: 'exact' };
  return { key: e.key, rule: 'exact' };
}

/** Where keys are found: the articles of each key, the keys of each article, the articles that name each key as a person. */
interface Sightings {
  byKey: Map<string, Set<string>>;
  keysOf: Map<string, Set<string>>;
  asPerson: Map<string, Set<string>>;
}

function sightings(members: readonly Member[], isPerson: (m: Member) => boolean): Sightings {
  const add = (map: Map<string, Set<string>>, k: string, v: string): void => {
    const set = map.get(k);
    if (set) set.add(v);
    else map.set(k, new Set([v]));
  };
  const s: Sightings = { byKey: new Map(), keysOf: new Map(), asPerson: new Map() };
  for (const m of members) {
    add(s.byKey, m.key, m.art.id);
    add(s.keysOf, m.art.id, m.key);
    if (isPerson(m)) add(s.asPerson, m.key, m.art.id);
  }
  return s;
}

/**
 * The entities that the articles of one spelling (arts a) and those of another (arts b) share and
 * few articles name (at most 2% of them, and never fewer than 20): the drummer of Franz Ferdinand
 * (Paul Thomson) and the drummer of Roxy Music (Paul Thompson) share nothing; Thaksin Shiniwatra
 * and Thaksin Shinawatra share Thailand, Remy Korchemy and Remy Korchemny share Balco. `own` are
 * the keys of the name itself, which do not count.
 */
function rareShared(a: Iterable<string>, b: Iterable<string>, own: readonly string[], s: Sightings): string[] {
  const limit = Math.max(20, s.keysOf.size / 50);
  const near = new Set<string>();
  for (const x of a) for (const k of s.keysOf.get(x)!) if (!own.includes(k) && !k.startsWith('a:')) near.add(k);
  const shared = new Set<string>();
  for (const y of b) for (const k of s.keysOf.get(y)!) if (near.has(k) && s.byKey.get(k)!.size <= limit) shared.add(k);
  return [...shared];
}

/** Two person keys one letter apart join when their articles share a rare entity (rareShared) and no article names both as two people. */
function corroborated(a: string, b: string, s: Sightings): boolean {
  if ([...s.asPerson.get(a)!].some((x) => s.asPerson.get(b)!.has(x))) return false;
  return rareShared(s.byKey.get(a)!, s.byKey.get(b)!, [a, b], s).length > 0;
}

/**
 * Whether shared rare entities corroborate two spellings of one transliteration key: two of them,
 * or one named in two words or more. A one-word name alone is too ambiguous: "Rangers" is Glasgow
 * Rangers in sport/147 (linesman Andy Davis) and Queens Park Rangers in sport/173 (the defender Andy
 * Davies); "Ajax" and "Barcelona" together corroborate Johan and Johann Cruyff.
 */
const corroborates = (shared: readonly string[]): boolean => shared.length >= 2 || shared.some((k) => !/^n:\S+$/.test(k));

const isPerson = (m: Member): boolean => m.local.type === 'Person' && m.local.kind === 'person';

/**
 * The spellings of a person's names that give its key `n:...`: the folded given name, middle
 * names and surname, without middle initials, so "George W Bush" and "George Bush" are one
 * spelling and "Andy Davis" and "Andy Davies" two (one transliteration key).
 */
function spellingsOf(m: Member): string[] {
  const out = new Set<string>();
  for (const n of [m.local.name, ...m.local.aliases]) {
    const p = parseName(n, m.local.type);
    if (p.tokens.length < 2 || p.keys.length !== p.tokens.length) continue;
    const keep = p.tokens.map((t, i) => i === 0 || i === p.tokens.length - 1 || t.length > 1);
    if (`n:${p.keys.filter((_, i) => keep[i]).join(' ')}` === m.key) out.add(p.tokens.filter((_, i) => keep[i]).join(' '));
  }
  return [...out].sort();
}

/**
 * A person's transliteration key folds real surnames together (Davis and Davies, Huston and
 * Houston), so two spellings of one key are one person across articles only when corroborated:
 * their articles share entities few articles name (rareShared; see corroborates), and no article
 * names both as two people. Spellings one article gives one person are one. Each set of joined
 * spellings that is not the key's largest (most articles, then first spelling) gets a key of its
 * own, `<key>|<spelling>`: linesman Andy Davis (sport/147) is not the defender Andy Davies
 * (sport/173), the director John Huston not the UKIP candidate John Houston; Mustafa al-Kadhimi,
 * Kazemi and al-Qadimi share the Kadhimi story's entities and stay one. Only people: the other
 * names a transliteration key joins (Sao Paolo, Diamound Multimedia) are misspellings of one
 * entity, not two entities with names that exist both ways.
 */
function transliterationSplits(members: readonly Member[], s: Sightings): void {
  const byKey = new Map<string, Member[]>();
  for (const m of members) {
    if (!m.key.startsWith('n:') || !isPerson(m)) continue;
    const list = byKey.get(m.key);
    if (list) list.push(m);
    else byKey.set(m.key, [m]);
  }
  for (const [key, ms] of byKey) {
    const spelt = ms.map(spellingsOf);
    const all = [...new Set(spelt.flat())].sort();
    if (all.length < 2) continue;
    const sets = new Joins();
    const find = (x: string): string => sets.find(x);
    const union = (a: string, b: string): void => sets.union(a, b, 'transliteration');
    const arts = new Map<string, Set<string>>(all.map((x) => [x, new Set()]));
    const persons = new Map<string, Map<string, number>>(all.map((x) => [x, new Map()]));
    spelt.forEach((sp, i) => {
      for (const x of sp) {
        arts.get(x)!.add(ms[i]!.art.id);
        persons.get(x)!.set(ms[i]!.art.id, i);
      }
      for (const x of sp.slice(1)) union(sp[0]!, x);
    });
    const twoPeople = (x: string, y: string): boolean =>
      [...persons.get(x)!].some(([art, i]) => persons.get(y)!.has(art) && persons.get(y)!.get(art) !== i);
    for (let i = 0; i < all.length; i++)
      for (let j = i + 1; j < all.length; j++) {
        const x = all[i]!;
        const y = all[j]!;
        if (find(x) !== find(y) && !twoPeople(x, y) && corroborates(rareShared(arts.get(x)!, arts.get(y)!, [key], s))) union(x, y);
      }
    const comps = new Map<string, Set<string>>();
    for (const x of all) {
      const r = find(x);
      const set = comps.get(r) ?? new Set<string>();
      for (const a of arts.get(x)!) set.add(a);
      comps.set(r, set);
    }
    if (comps.size < 2) continue;
    const main = [...comps].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))[0]![0];
    ms.forEach((m, i) => {
      const r = spelt[i]!.length ? find(spelt[i]![0]!) : main;
      if (r !== main) m.key = `${key}|${r}`;
    });
  }
}

/**
 * People's keys `n:<given> <surname>` whose surnames are one edit apart (six letters or more),
 * joined when their articles corroborate it (see corroborated): a misspelling (Darren Campell,
 * Akira Hurosawa) joins, two people with real surnames one letter apart (Peter Saunders of the
 * CMF, Peter Sanders of Stop Stansted Expansion) stay two.
 */
function spellingJoins(members: readonly Member[], joins: Joins): void {
  const s = sightings(members, isPerson);
  const buckets = new Map<string, string[]>();
  for (const k of s.asPerson.keys()) {
    const m = /^n:(\S+) (\S{6,})$/.exec(k);
    if (!m) continue;
    for (const d of deletionVariants(m[2]!)) {
      const b = `${m[1]}|${d}`;
      const list = buckets.get(b);
      if (list) list.push(k);
      else buckets.set(b, [k]);
    }
  }
  for (const ks of buckets.values()) {
    for (let i = 0; i < ks.length; i++)
      for (let j = i + 1; j < ks.length; j++) {
        const a = ks[i]!;
        const b = ks[j]!;
        if (a === b || editDistance(a.split(' ').at(-1)!, b.split(' ').at(-1)!, 1) > 1) continue;
        if (corroborated(a, b, s)) joins.union(a, b, 'spelling');
      }
  }
}

/**
 * Name keys of one name written two ways join (rule compact): spaced otherwise ("TimeWarner" and
 * "Time Warner", "Delta Air Lines" and "Delta Airlines") or capitalised otherwise ("Berlin Film
 * Festival" and "Berlin film festival"), by the letters of the names that give each key (six or
 * more, no acronym: compactName). Not people: their keys join by the person rules.
 */
function compactJoins(members: readonly Member[], joins: Joins): void {
  const first = new Map<string, string>();
  for (const m of members) {
    if (!m.key.startsWith('n:') || m.local.type === 'Person') continue;
    for (const raw of [m.local.name, ...m.local.aliases]) {
      const p = parseName(raw);
      const letters = compactName(p);
      if (!letters || `n:${nameKey(p)}` !== m.key) continue;
      const k = first.get(letters);
      if (k === undefined) first.set(letters, m.key);
      else joins.union(k, m.key, 'compact');
    }
  }
}

export function resolveCorpus(articles: readonly ArticleLocals[], t: Tables): Resolution {
  const ops = effective(t.curation);
  const arts = [...articles].sort((a, b) => (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0));
  const members: Member[] = [];
  for (const { article, entities } of arts) {
    const inFull = namedInFull(entities, t);
    entities.forEach((local, order) => {
      let { key, rule } = effectiveKey(article, local, t, inFull);
      const hidden: string[] = [];
      for (const op of ops) {
        if (op.op !== 'split' || !op.keys.includes(key)) continue;
        if (fold(local.name) === fold(op.alias)) [key, rule] = [`x:${op.id}`, 'curation'];
        else if (local.aliases.some((a) => fold(a) === fold(op.alias))) hidden.push(op.alias);
      }
      members.push({ art: article, local, key, rule, hidden, order });
    });
  }
  transliterationSplits(members, sightings(members, isPerson));
  const joins = new Joins();
  const keys = new Set(members.map((m) => m.key));
  for (const k of keys) joins.find(k);
  spellingJoins(members, joins);
  compactJoins(members, joins);
  for (const op of ops) {
    if (op.op !== 'merge') continue;
    const present = [...op.intoKeys, ...op.fromKeys].filter((k) => keys.has(k));
    for (const k of present.slice(1)) joins.union(present[0]!, k, 'curation');
  }
  const byRoot = new Map<string, Member[]>();
  for (const m of members) {
    const r = joins.find(m.key);
    const list = byRoot.get(r);
    if (list) list.push(m);
    else byRoot.set(r, [m]);
  }
  return buildClasses(byRoot, joins.rule, t, ops);
}
