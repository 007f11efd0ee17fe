/**
 * The JSON shapes the explorer's API speaks. Shared by the server (viz/server), the web app
 * (viz/web) and `kg export`: no DOM, no Node APIs here.
 */

/** An actor as drawn on the canvas; `id` is the Entity id (or `Label:id` for other nodes). */
export interface VizNode {
  id: string;
  label: string;
  kind: string;
  type: string;
  aliases: string[];
  mentions: number;
  articles: number;
  /** Number of Entity–Entity relationships in the whole graph, when the server knows it. */
  degree?: number;
}

/** One Entity–Entity relationship; `id` is the relationship's `key` (stable across queries). */
export interface VizEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  predicate: string;
  polarity: string;
  certainty: string;
  confidence: number;
  count: number;
  articles: number;
  firstSeen: string | null;
  lastSeen: string | null;
  /** The predicate's family (viz/shared/families.json). */
  family?: string;
  /** Independent sources behind it (viz/shared/sources.ts). */
  sources?: number;
  /** One per statement: what the filters and the timeline test. */
  claims?: Claim[];
  /** Set when a curation reject holds the relationship (hidden unless asked for). */
  rejected?: boolean;
}

/**
 * What the explorer knows about each statement behind a relationship without reading it: its
 * article, dates, certainty, whether someone is said to have asserted it, and what identifies
 * its source (outlet, near-duplicate cluster) for counting independent sources.
 */
export interface Claim {
  article: string;
  /** The article's publication date (yyyy-mm-dd), or null: undated. */
  date: string | null;
  /** The date the sentence gives the event itself ("on November 7"), when it gives one. */
  event: string | null;
  certainty: string;
  attributed: boolean;
  /** The outlet (normalised name, else the URL's host), or null when unknown. */
  outlet: string | null;
  /** The near-duplicate cluster the article belongs to (an article id). */
  dup: string;
}

export interface Subgraph {
  nodes: VizNode[];
  edges: VizEdge[];
  /** Hub cut-off: node id → how many neighbours were left out. */
  more?: Record<string, number>;
}

export interface SearchHit {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  mentions: number;
  score: number;
}

export interface ArticleRef {
  id: string;
  title: string;
  source: string | null;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
}

/** An article to read: its text (null when it was stored before kg kept texts) and its statements. */
export interface ArticleText {
  article: ArticleRef;
  text: string | null;
  statements: {
    id: string;
    start: number;
    end: number;
    predicate: string;
    polarity: string;
    certainty: string;
    relKey: string;
    eventDate: string | null;
    subject: VizNode;
    object: VizNode;
  }[];
}

/** One of an actor's relationships, as the actor panel lists it. */
export interface Relation {
  edge: VizEdge;
  other: VizNode;
  direction: 'out' | 'in';
}

/** How one alias joined the actor: the rule and the article (source) that made the merge. */
export interface MergeRecord {
  alias: string;
  rule: string;
  source: string;
}

export interface EntityDetails {
  node: VizNode;
  articles: (ArticleRef & { count: number })[];
  /** Every relationship of the actor (strongest first, at most `relations` of them), and how many there are. */
  relations: Relation[];
  relationsTotal: number;
  /** The merge audit (graph/entity-props.ts); absent on graphs written before it existed. */
  audit?: MergeRecord[];
}

export interface EvidenceStatement {
  id: string;
  text: string;
  start: number;
  end: number;
  eventDate: string | null;
  polarity: string;
  certainty: string;
  confidence: number;
  article: ArticleRef;
  attribution: { id: string; name: string } | null;
  /** A common-noun subject or object in full as its sentence gives it ("return to O-levels"), or null. */
  subjectDetail: string | null;
  objectDetail: string | null;
  /** What completes the predicate after its object ("as Fagin"), or null. */
  complement: string | null;
}

export interface EvidenceResult {
  edge: VizEdge;
  subject: VizNode;
  object: VizNode;
  statements: EvidenceStatement[];
}

export interface PathsResult extends Subgraph {
  /** Each path as its edge ids, from `from` to `to`. */
  paths: string[][];
}

/** Counts per facet value over the whole graph (or over what is loaded, for "shown"). */
export interface Facets {
  /** Relationships passing every filter, and their statements that pass. */
  relationships: number;
  statements: number;
  /** Actors by type, at the ends of relationships passing the other filters. */
  types: Record<string, number>;
  /** Relationships by predicate family, and within each family by lemma. */
  families: Record<string, { n: number; lemmas: Record<string, number> }>;
  polarity: Record<string, number>;
  certainty: Record<string, number>;
  attributed: Record<string, number>;
  /** Relationships by independent sources: "1", "2", "3", "4", "5+". */
  sources: Record<string, number>;
  /** Statements by publication day (the timeline), passing every filter but the date window. */
  dates: Record<string, number>;
  undated: number;
}

/** Two sides of a disagreement between the same two actors on one predicate family. */
export interface Contradiction {
  subject: VizNode;
  /** The first of `objects`. */
  object: VizNode;
  /** The objects compared: one actor, or events nothing tells apart (the same attack told by several articles). */
  objects: VizNode[];
  /** What several compared events share, e.g. "attack on Mustafa al-Kadhimi". */
  about?: string;
  family: string;
  positive: EvidenceStatement[];
  negative: EvidenceStatement[];
  /** The relationships behind each side (their keys). */
  edges: VizEdge[];
}

export interface Stats {
  entities: number;
  articles: number;
  statements: number;
  relationships: number;
  types: Record<string, number>;
  predicates: Record<string, number>;
  polarity: Record<string, number>;
  certainty: Record<string, number>;
  dateRange: { min: string | null; max: string | null };
}

export interface CypherResult extends Subgraph {
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
}

export interface ApiError {
  error: { code: string; message: string; hint?: string };
}
