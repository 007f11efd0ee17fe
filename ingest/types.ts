/**
 * The typed records that flow through the ingest pipeline, in stage order:
 *
 *   SourceRecord → Article → Doc (sentences) → Mention[] → LocalEntity[] + RawRelation[]
 *     → (cross-article resolution) → Extraction (the JSONL contract) → GraphBatch (graph/)
 *
 * Every stage is a pure function from one record to the next; only `ingest/read` and
 * `graph/` do I/O. Offsets are UTF-16 code-unit offsets into `Article.text` (the cleaned text).
 */

import type { SentenceAnalysis } from './extract/clauses.js';
import type { MentionInfo } from './extract/names.js';
import type { Token } from './parse.js';
import type { AliasTable } from './resolve/aliases.js';

export { CERTAINTIES, ENTITY_TYPES, POLARITIES, type Certainty, type EntityType, type Polarity } from './vocabulary.js';
import type { Certainty, EntityType, Polarity } from './vocabulary.js';

/** A problem in the content: recorded on the carrier, never thrown (style lesson 2). */
export interface Message {
  code: string;
  message: string;
  source: string;
}

/** What a reader produced from one file or one JSON record, before any NLP. */
export interface SourceRecord {
  /** The file path as the user gave it (plus `#n` for the n-th record of a JSON/JSONL file). */
  source: string;
  /** Identity when there is no URL: the absolute path (plus `#n`), however the path was spelled. */
  key?: string;
  text: string;
  format: 'txt' | 'md' | 'html' | 'json' | 'pdf' | 'feed';
  title?: string;
  url?: string;
  /** ISO date (yyyy-mm-dd or full ISO) when known. */
  date?: string;
  /** The outlet ("BBC News", "Granthshala News") when known. */
  outlet?: string;
}

/** A cleaned article: boilerplate removed, metadata settled. */
export interface Article {
  /** Stable identity: sha1 of the URL when known, else of the source path. */
  id: string;
  source: string;
  title: string;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  /** sha256 of the cleaned text: equal hashes mean "unchanged". */
  contentHash: string;
  /** sha256 of the text without a leading title line (when 25 words or more follow it): one story
   *  with or without its headline (a .txt whose first line is the headline, a JSON record with a separate title). */
  bodyHash?: string;
  /** The extractor version that read it (ingest/version.ts): a different one re-extracts it. */
  extractorVersion?: string;
  /** The cleaned text; every offset in later records points into it. */
  text: string;
}

export interface Sentence {
  index: number;
  text: string;
  start: number;
  end: number;
}

export interface Doc {
  article: Article;
  sentences: Sentence[];
}

/** A surface mention of an actor or thing in one sentence. */
export interface Mention {
  /** Surface text as written (e.g. "Brigadier. General Esmail Kani"). */
  text: string;
  /** The cleaned name (titles, possessives, punctuation removed): "Esmail Kani". */
  name: string;
  type: EntityType;
  sentence: number;
  start: number;
  end: number;
  /** Set when the mention is a pronoun or description resolved by coreference. */
  corefOf?: number;
}

/** How two names came to be one entity; kept for audit. */
export interface Merge {
  alias: string;
  into: string;
  rule: string;
  /** The article (id) whose text made the merge, once resolved across articles, and its source. */
  article?: string;
  source?: string;
}

/** What kind of name a local entity is known by; decides how it may meet other articles' entities. */
export type EntityKind = 'person' | 'name' | 'short' | 'group' | 'event';
/** article: a generic noun ("the attack", "officials") that never leaves its article. */
export type Scope = 'global' | 'article';
/** What pins a generic event or group down: its target, place, time (yyyy-mm) or owner. */
export interface Qualifiers {
  target?: string;
  place?: string;
  time?: string;
}

/** An entity as seen inside one article (ids are article-local until resolution). */
export interface LocalEntity {
  localId: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
  merges: Merge[];
  /** Mentions per name (raw), for the cross-article vote on the display name. */
  counts?: Record<string, number>;
  /** Weighted type evidence summed over the entity's mentions. */
  votes?: Partial<Record<EntityType, number>>;
  kind?: EntityKind;
  /** Cross-article identity key from the article's own evidence (ingest/resolve/keys.ts). */
  key?: string;
  scope?: Scope;
  qualifiers?: Qualifiers;
}

export interface Evidence {
  source: string;
  text: string;
  start: number;
  end: number;
  /** A common-noun argument in full, as written ("return" → "return to O-levels"; "bank" → "Malaysia's central bank"). */
  subjectDetail?: string;
  objectDetail?: string;
  /** What completes the predicate after its object, as written ("depict Michael Howard" → "as Fagin"). */
  complement?: string;
}

/** What a relation says: who does what to whom, how surely, according to whom. */
interface RelationCore {
  subject: string;
  predicate: string;
  object: string;
  polarity: Polarity;
  certainty: Certainty;
  attribution: string | null;
  confidence: number;
}

/** A relation between article-local entities, before cross-article resolution. */
export interface RawRelation extends RelationCore {
  evidence: Evidence;
  /** Names of the rules that produced it, for audit and confidence. */
  rules: string[];
}

/** The output of extracting one article (pure; safe to compute in a worker thread). */
export interface LocalExtraction {
  article: Article;
  entities: LocalEntity[];
  relations: RawRelation[];
  messages: Message[];
}

/** JSONL contract: one entity line. */
export interface EntityRecord {
  kind: 'entity';
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
  merges?: Merge[];
  /** 'article' for generic events and groups scoped to this article. */
  scope?: Scope;
  qualifiers?: Qualifiers;
}

/** JSONL contract: the line that opens each article's block. */
export interface ArticleRecord {
  kind: 'article';
  id: string;
  source: string;
  title: string;
  outlet: string | null;
  date: string | null;
}

/** JSONL contract: one relation line (evidence aggregated over identical statements). */
export interface RelationRecord extends RelationCore {
  kind: 'relation';
  evidence: Evidence[];
  /** Set when a curation reject holds this relationship (kept, hidden by default). */
  rejected?: boolean;
}

/** One article after cross-article resolution: what `kg extract` prints and `kg ingest` stores. */
export interface Extraction {
  article: Article;
  entities: EntityRecord[];
  relations: RelationRecord[];
  messages: Message[];
  /** What `kg ingest` keeps on the Article node so resolution can be redone from the store (graph/locals.ts). */
  stored?: { local: string; resolved: string };
}

/**
 * Per sentence (same index), one value: a plain array, or a table that builds each value when
 * asked (ingest/token-table.ts, ingest/extract/analyse.ts), so that a huge article need not
 * hold all of them at once. Read with `at`, as an array is.
 */
export interface PerSentence<T> {
  readonly length: number;
  at(index: number): T | undefined;
}

/**
 * The carrier (unified's "file"): one object travels through the local stages of
 * `ingest/pipeline.ts`; each stage fills in its field and may append messages.
 */
export interface Carrier {
  record: SourceRecord;
  article?: Article;
  sentences?: Sentence[];
  /** Per sentence (same index), its tokens from the one compromise parse (offsets into Article.text). */
  tokens?: PerSentence<readonly Token[]>;
  /** Per sentence (same index), its clause analysis (ingest/extract/clauses.ts). */
  analyses?: PerSentence<SentenceAnalysis>;
  mentions?: Mention[];
  /** Per mention (same index), its token span and kind (name, pronoun, description...). */
  mentionInfo?: MentionInfo[];
  /** First-person pronouns ("I", "we") left out of `mentions`: read as the quote's speaker. */
  speakerPronouns?: MentionInfo[];
  /** Per mention (same index), the local entity id it belongs to, or null. */
  mentionEntity?: (string | null)[];
  entities?: LocalEntity[];
  relations?: RawRelation[];
  messages: Message[];
}

/*
 * What each local stage needs and gives: every stage's input is the previous one's output, so a
 * misordered stage list does not type-check (see `stages` in ingest/pipeline.ts).
 */
export type Read = Pick<Carrier, 'record' | 'messages'>;
export type Cleaned = Read & { article: Article };
export type Segmented = Cleaned & { sentences: Sentence[]; tokens: PerSentence<readonly Token[]> };
export type Analysed = Segmented & { analyses: PerSentence<SentenceAnalysis> };
export type Mentioned = Analysed & { mentions: Mention[]; mentionInfo: MentionInfo[] };
export type Corefed = Mentioned & { speakerPronouns: MentionInfo[] };
export type Clustered = Corefed & { entities: LocalEntity[]; mentionEntity: (string | null)[] };
export type Related = Clustered & { relations: RawRelation[] };

/**
 * What a process loads once, at its edge, and every stage may read: the alias table (shipped
 * defaults and the user's file). Lexicons are data modules, imported where they are used.
 */
export interface World {
  aliases: AliasTable;
}

/** One local stage: pure over its input and the world. */
export type Stage<In, Out> = (c: In, world: World) => Out;
