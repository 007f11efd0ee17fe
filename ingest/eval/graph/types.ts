/** The graph-gold format (shared/eval/GOLD.md): one hand-annotated article per file. */
export interface GoldEntity {
  name: string;
  type: string;
  aliases: string[];
}
export interface GoldTriple {
  id: string;
  core?: boolean;
  s: string[];
  p: string[];
  o: string[];
  polarity?: 'positive' | 'negative';
  certainty?: string;
  attribution?: string[];
  /** Forbidden statements only: certainties under which the statement is acceptable. */
  okIf?: string[];
  why?: string;
}
export interface GoldFile {
  file: string;
  note?: string;
  entities: GoldEntity[];
  allowedExtra?: string[];
  clusters?: string[][];
  mustNotMerge?: [string, string][];
  triples: GoldTriple[];
  forbidden?: GoldTriple[];
  junk?: string[];
}

/** What one article's scoring counts; summed over files, then turned into figures. */
export interface GraphCounts {
  triples: number;
  found: number;
  core: number;
  coreFound: number;
  certainty: number;
  certaintyOk: number;
  attribution: number;
  attributionOk: number;
  entities: number;
  entityFound: number;
  named: number;
  namedOk: number;
  clusters: number;
  clustersSeen: number;
  clustersUnified: number;
  wrongMerges: number;
  forbidden: number;
  junk: number;
  relations: number;
  bad: number;
}

export interface GraphDetail {
  missed: string[];
  forbidden: string[];
  split: string[];
  junk: string[];
  certaintyOff: string[];
  attributionOff: string[];
}

export interface GraphFigures {
  tripleRecall: number | null;
  coreRecall: number | null;
  forbidden: number;
  certaintyAgreement: number | null;
  attributionAgreement: number | null;
  entityRecall: number | null;
  entityPrecision: number | null;
  clusters: number | null;
  wrongMerges: number;
  junk: number;
  relations: number;
}
