/**
 * Meaning layer (ingest/extract/meaning.ts): the Meaning of a clause, the ranking of certainties
 * (stronger) and the frame words and tests more than one of its modules read. Imports no other
 * module of the layer.
 */
import type { Certainty, Polarity } from '../../types.js';
import type { Clause } from '../clauses.js';

export interface Meaning {
  polarity: Polarity;
  certainty: Certainty;
  cues: string[];
}
export const RANK: Record<Certainty, number> = { asserted: 0, intended: 1, hedged: 2, alleged: 3, conditional: 4 };
export const HEDGE_FRAMES: ReadonlySet<string> = new Set([
  'appear',
  'seem',
  'believe',
  'think',
  'suspect',
  'suggest',
  'expect',
  'estimate',
  'guess',
  'doubt',
  'predict',
  'forecast',
  'tip',
  'project',
  'feel',
  'reckon',
  'assume',
  'imagine',
  'suppose',
]);
/** The other polarity. */
export const flipped = (p: Polarity): Polarity => (p === 'negative' ? 'positive' : 'negative');
/** Where a clause starts: its subject when that comes first, else its verb group. */
export const clauseStart = (c: Clause): number => (c.subj && c.subj.s < c.vg.s ? c.subj.s : c.vg.s);
export const ALLEGE_FRAMES: ReadonlySet<string> = new Set([
  'allege',
  'claim',
  'accuse',
  'report',
  'rumour',
  'rumor',
  'contend',
  'argue',
  'maintain',
  'speculate',
]);
/** Adjectives of likelihood, true for those that deny ("unlikely", "doubtful"); read by likelihood and own. */
export const LIKELIHOOD: ReadonlyMap<string, boolean> = new Map([
  ['likely', false],
  ['probable', false],
  ['possible', false],
  ['unlikely', true],
  ['improbable', true],
  ['doubtful', true],
]);

/**
 * Verbs of commitment before an infinitive: "has agreed to buy", "offered to pay", "South Korea
 * moved to steady the markets" (the act is not done yet; "moved to the US" is a move).
 */
export const COMMIT_FRAMES: ReadonlySet<string> = new Set([
  'agree',
  'offer',
  'propose',
  'decide',
  'volunteer',
  'undertake',
  'consent',
  'move',
]);
export const NEGATIVE_HEADS = new Set(['nothing', 'nobody', 'none', 'noone']);

/** The stronger of two certainties (conditional > alleged > hedged > intended > asserted). */
export const stronger = (a: Certainty, b: Certainty): Certainty => (RANK[b] > RANK[a] ? b : a);
