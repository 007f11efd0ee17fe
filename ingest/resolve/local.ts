/**
 * Stage: Mention[] → LocalEntity[] + mentionEntity, inside one article. Named mentions join the
 * first entity their name matches (rules.ts), else start a new one; names standing for a
 * government are read as their country first (metonymy.ts); generic groups and events cluster
 * by signature (generic.ts); coreferent mentions follow their antecedent. Each entity leaves
 * with its cross-article key (keys.ts), its name counts and its type votes.
 */
import type { MentionKind, Reference } from '../extract/names.js';
import type { Clustered, Corefed, EntityType, LocalEntity, Mention, Message, Qualifiers, World } from '../types.js';
import type { AliasTable } from './aliases.js';
import { contrastForms, definedShortForms, sharedSurnames } from './article-checks.js';
import { eventContexts } from './context.js';
import { FEMALE_TITLES, GIVEN_NAME_TITLES, MALE_TITLES } from './data.js';
import { countMention, keyDraft, majorityType, newDraft, toLocal, type Draft } from './drafts.js';
import type { EventContext } from './events.js';
import { clusterEvents, clusterGroups } from './generic.js';
import { namesService, namesUnit, spellsOut } from './local-rules.js';
import { NameMatcher, fullest, type Known } from './matcher.js';
import { governments, type Rewrite } from './metonymy.js';
import { parseName, type NameInfo } from './normalize.js';
import { lexiconTags, type Token } from '../parse.js';

export { normName } from './normalize.js';

export interface MentionClusters {
  entities: LocalEntity[];
  mentionEntity: (string | null)[];
  messages: Message[];
}

type Sex = 'female' | 'male';
const titleSex = (role: string | undefined): Sex | undefined =>
  role && FEMALE_TITLES.has(role) ? 'female' : role && MALE_TITLES.has(role) ? 'male' : undefined;
/** "Michael Howard" → male, "Sandra Howard" → female, by compromise's first-name lexicon. */
function firstNameSex(n: NameInfo): Sex | undefined {
  if (n.tokens.length < 2) return undefined;
  const tags = lexiconTags(n.tokens[0]!);
  const male = tags.includes('MaleName');
  const female = tags.includes('FemaleName');
  return male === female ? undefined : male ? 'male' : 'female';
}

/**
 * Per mention (optional): its kind, type-evidence weight, the mention it is a bracketed alias of, a
 * metonymy rewrite, event context, and what a group noun refers to (none, one member).
 */
export interface MentionHints {
  weight?: number;
  /** The title stripped from a name ("prince" of "Prince Charles"), lowercase. */
  role?: string;
  aliasOf?: number;
  kind?: MentionKind;
  rewrite?: Rewrite;
  context?: EventContext;
  initial?: boolean;
  reference?: Reference;
  /** The mention is in the article's headline (its first line, when a body follows). */
  headline?: boolean;
  /** A plural with no determiner ("he met leaders in Baghdad"): new referents, no anaphor (generic.ts). */
  indefinite?: boolean;
  /** An event under "a", "an" or "another" ("told a news conference"): maybe a new one (generic.ts). */
  fresh?: boolean;
}

export function clusterMentions(
  mentions: readonly Mention[],
  aliases: AliasTable,
  source = '',
  hints: readonly (MentionHints | undefined)[] = [],
): MentionClusters {
  const matcher = new NameMatcher(aliases);
  const drafts: Draft[] = [];
  const owner: (Draft | null)[] = mentions.map(() => null);
  const messages: Message[] = [];
  const generic = (i: number) => hints[i]?.kind === 'group' || hints[i]?.kind === 'event';
  // Drafts named outside the headline so far: the organisations the body has introduced.
  const inBody = new Set<Draft>();
  // Drafts named by a title and a first name alone ("Prince Charles").
  const titled = new Set<Draft>();
  // The sex of each person draft, where a title or a first name tells it.
  const sexes = new Map<Draft, Sex>();
  // First words that begin two or more of the article's capitalised organisation names ("Ford
  // Mustang", "Ford Five Hundred"; not "Bush budget", "Blair government").
  const named = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.type !== 'Organization' || !/^\S+(?:\s+[\p{Lu}\d]\S*)+$/u.test(m.name)) continue;
    const t = parseName(m.name, 'Organization').tokens;
    if (t.length > 1) named.set(t[0]!, (named.get(t[0]!) ?? new Set()).add(t.join(' ')));
  }
  const brands = new Set([...named].filter(([, names]) => names.size >= 2).map(([first]) => first));
  const bare = (x: NameInfo): boolean => x.tokens.length === 1 && brands.has(x.tokens[0]!);
  mentions.forEach((m, i) => {
    if (m.corefOf !== undefined || (generic(i) && !hints[i]?.rewrite)) return;
    const rewrite = hints[i]?.rewrite;
    const name = rewrite?.name ?? m.name;
    // (a bare brand, untitled, is the organisation: "Ford reported", "Ford Mustang" in one article)
    const brand = brands.size > 0 && m.type === 'Person' && !hints[i]?.role && !name.includes(' ') && bare(parseName(name, 'Organization'));
    const type: EntityType = rewrite ? 'Place' : brand ? 'Organization' : m.type;
    const n = parseName(name, type);
    if (!n.norm) return;
    const alias = hints[i]?.aliasOf;
    const defined =
      alias !== undefined &&
      owner[alias] &&
      (spellsOut(mentions[alias]!.name, name) ||
        (aliases.groupOf(name) && aliases.groupOf(name) === aliases.groupOf(mentions[alias]!.name)));
    // "Mrs Howard" is not Michael Howard: a person of known sex meets only people not known otherwise.
    const sex = type === 'Person' ? (titleSex(hints[i]?.role) ?? firstNameSex(n)) : undefined;
    const allow = sex ? (e: Known) => (sexes.get(drafts[e.index]!) ?? sex) === sex : undefined;
    let found: ReturnType<NameMatcher['find']> = defined
      ? { kind: 'match', entity: owner[alias]!.known, rule: 'acronym' }
      : matcher.find(n, type, true, allow);
    // "Prince Charles" is a whole name: never the first name of "Charles Kennedy", either way round.
    const royal = GIVEN_NAME_TITLES.has(hints[i]?.role ?? '');
    // "Mr Howard" is a surname: never the first name of "Howard Flight" (but "Dr Khoo" is Khoo Kay
    // Peng, "Mr Wang" Wang Xuebing: a family name written first is no known first name).
    const surname = (): boolean =>
      /^(?:mr|mrs|ms|miss|dr)\.?$/.test(hints[i]?.role ?? '') &&
      lexiconTags(n.tokens[0] ?? '').some((t) => /^(?:MaleName|FemaleName|FirstName)$/.test(t));
    if (found.kind === 'match' && found.rule === 'given-name' && (royal || titled.has(drafts[found.entity.index]!) || surname()))
      found = { kind: 'none' };
    // "Ford, the US car company ... the Ford Mustang ... Bill Ford": a bare one-word name that begins
    // the article's longer organisation names is the brand, not the surname of a person who shares
    // it ("Mr Ford" still is).
    if (
      found.kind === 'match' &&
      found.rule === 'surname' &&
      ((bare(n) && !hints[i]?.role && found.entity.type === 'Person') || (type === 'Person' && found.entity.names.every(bare)))
    )
      found = { kind: 'none' };
    // "Barclays, the UK's third-biggest bank ... Barclays Capital": the body named the organisation
    // by its first word before the unit's name, so the unit is a body of its own (local-rules.ts namesUnit).
    if (
      found.kind === 'match' &&
      found.rule === 'short-name' &&
      inBody.has(drafts[found.entity.index]!) &&
      found.entity.names.every((x) => namesUnit(n, x))
    )
      found = { kind: 'none' };
    // "Google News" and "Google": a service never makes the company its short name, in either order.
    if (found.kind === 'match' && found.rule === 'short-name' && found.entity.names.some((x) => namesService(x, n) || namesService(n, x)))
      found = { kind: 'none' };
    let d: Draft;
    if (found.kind === 'match') {
      d = drafts[found.entity.index]!;
      if (!d.joined.has(name)) d.joined.set(name, found.rule);
    } else {
      if (found.kind === 'ambiguous')
        messages.push({
          code: 'AMBIGUOUS_NAME',
          message: `"${name}" could be ${found.entities.map((e) => fullest(e).raw).join(' or ')}; kept apart`,
          source,
        });
      d = newDraft(matcher.create(type), name);
      drafts.push(d);
    }
    matcher.addName(d.known, n);
    if (rewrite) d.joined.set(m.name, d.joined.get(m.name) ?? rewrite.rule);
    countMention(d, name, type, hints[i]?.weight ?? 1);
    // "Mrs Howard", named by title and surname alone, is shown with the title.
    const title = /^(\p{Lu}\p{Ll}*)\.?\s/u.exec(m.text)?.[1];
    if (!d.title && title && titleSex(hints[i]?.role) && titleSex(title.toLowerCase())) d.title = title;
    if (royal && n.tokens.length === 1) titled.add(d);
    if (sex && !sexes.has(d)) sexes.set(d, sex);
    owner[i] = d;
    if (!hints[i]?.headline) inBody.add(d);
  });
  const create = (type: EntityType, name: string, kind: 'group' | 'event'): Draft => {
    const d = newDraft(matcher.create(type), name, kind);
    drafts.push(d);
    return d;
  };
  definedShortForms(drafts, owner);
  clusterGroups(mentions, hints, owner, create);
  clusterEvents(mentions, hints, owner, create);
  // Coreference: a pronoun or description counts for its antecedent's entity (chains followed).
  mentions.forEach((m, i) => {
    let j = m.corefOf;
    for (let hops = 0; j !== undefined && hops < mentions.length && !owner[j]; hops++) j = mentions[j]?.corefOf;
    const d = j !== undefined ? owner[j] : null;
    if (m.corefOf !== undefined && d) [owner[i], d.mentions] = [d, d.mentions + 1];
  });
  const owned = new Set(owner);
  const live = drafts.filter((d) => owned.has(d));
  const typeOf = firstTypes(mentions);
  for (const d of live) d.known.type = majorityType(d.votes, typeOfFullest(d, typeOf));
  for (const d of live) if (!d.event) d.keyed = keyDraft(d);
  contrastForms(live);
  const quals = new Map<Draft, Qualifiers>();
  for (const d of live) {
    if (!d.event) continue;
    const target = typeof d.event.target === 'number' ? owner[d.event.target] : null;
    d.keyed = keyDraft(d, target?.keyed?.scope === 'global' ? target.keyed.key : undefined);
    const q: Qualifiers = {
      ...(target ? { target: fullest(target.known)?.raw ?? [...target.joined.keys()][0] } : {}),
      ...(d.event.place ? { place: d.event.place } : {}),
      ...(d.event.time ? { time: d.event.time } : {}),
    };
    quals.set(d, q);
  }
  const shared = sharedSurnames(live);
  keepTitles(live);
  const entities = live.map((d) => toLocal(d, aliases, quals.get(d), shared));
  return { entities, mentionEntity: owner.map((d) => (d ? `e${d.known.index}` : null)), messages };
}

/**
 * A person known by title and one name keeps the title in view where it tells them apart:
 * "Prince Charles" always, "Mrs Howard" beside a Michael Howard; "Mr Balls" alone stays "Balls".
 */
function keepTitles(drafts: readonly Draft[]): void {
  const fullSurnames = new Set<string>();
  for (const d of drafts) {
    const f = fullest(d.known);
    if (d.known.type === 'Person' && f.tokens.length > 1) fullSurnames.add(f.tokens.at(-1)!);
  }
  for (const d of drafts) {
    if (!d.title) continue;
    const f = fullest(d.known);
    const needed = GIVEN_NAME_TITLES.has(d.title.toLowerCase()) || (f.tokens.length === 1 && fullSurnames.has(f.tokens[0]!));
    if (!needed) delete d.title;
  }
}

/** Per name, the type of the first mention so named: one pass, not a scan of the article per entity. */
function firstTypes(mentions: readonly Mention[]): Map<string, EntityType> {
  const out = new Map<string, EntityType>();
  for (const m of mentions) if (!out.has(m.name)) out.set(m.name, m.type);
  return out;
}

function typeOfFullest(d: Draft, typeOf: ReadonlyMap<string, EntityType>): EntityType {
  if (!d.known.names.length) return d.known.type;
  return typeOf.get(fullest(d.known).raw) ?? d.known.type;
}

/** Words that make a group noun point back ("the leaders", "those lawyers", "their allies"). */
const POINTING = /^(?:the|these|those|this|that|its|their|his|her|our|such)$/;

/**
 * A plural group phrase with no determiner or possessive before or in it ("Lawyers defending
 * Bernie Ebbers", "met leaders in Baghdad", "Benin officials ... Officials said"): it may be a new
 * set as well as the group named before, so it joins none (generic.ts); "the officials" does.
 */
function bareGroup(ts: readonly Token[], s: number, e: number): boolean {
  const last = ts[e - 1];
  if (!last || !/s$/.test(last.norm) || POINTING.test(ts[s - 1]?.norm ?? '') || /['’]s?$/.test(ts[s - 1]?.text ?? '')) return false;
  return !ts.slice(s, e).some((t) => POINTING.test(t.norm) || /^(?:a|an)$/.test(t.norm));
}

export function cluster(c: Corefed, world: World): Clustered {
  const { aliases } = world;
  const ms = c.mentions;
  const info = c.mentionInfo;
  const rewrites = governments(ms, info, c.analyses, c.tokens, aliases);
  const contexts = eventContexts(ms, info, c.tokens, c.sentences, c.analyses);
  // A .txt article's first line is its headline when a body follows (as clean.ts reads the title).
  const { text, title } = c.article;
  const headlineEnd = title && text.startsWith(`${title}\n`) ? title.length : -1;
  // Where the hint would add nothing to the mention's info, the info is the hint: one object per
  // mention, not two (a huge article has hundreds of thousands of mentions).
  const hints: MentionHints[] = ms.map((m, i) => {
    const mi = info[i];
    const initial = mi?.s === 0;
    const headline = m.start < headlineEnd;
    const ts = mi ? (c.tokens.at(mi.sentence) ?? []) : [];
    const indefinite = mi?.kind === 'group' && bareGroup(ts, mi.s, mi.e);
    const fresh = mi?.kind === 'event' && /^(?:a|an|another)$/.test(ts[mi.s - 1]?.norm ?? '');
    if (mi && !rewrites[i] && !contexts[i] && !initial && !headline && !indefinite && !fresh) return mi;
    return { ...mi, rewrite: rewrites[i], context: contexts[i], initial, headline, indefinite, fresh };
  });
  const out = clusterMentions(ms, aliases, c.record.source, hints);
  return { ...c, entities: out.entities, mentionEntity: out.mentionEntity, messages: [...c.messages, ...out.messages] };
}
