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
  /** Set when a curation reject holds the relationship (hidden unless asked for). */
  rejected?: boolean;
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

/** How one alias joined the actor: the rule and the article (source) that made the merge. */
export interface MergeRecord {
  alias: string;
  rule: string;
  source: string;
}

export interface EntityDetails {
  node: VizNode;
  articles: (ArticleRef & { count: number })[];
  /** The merge audit (graph/entity-props.ts); absent on graphs written before it existed. */
  audit?: MergeRecord[];
}

export interface EvidenceStatement {
  id: string;
  text: string;
  polarity: string;
  certainty: string;
  confidence: number;
  article: ArticleRef;
  attribution: { id: string; name: string } | null;
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
