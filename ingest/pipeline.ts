/**
 * The one place that sets the order of the ingest stages.
 *
 *   read (ingest/read, I/O)  →  LOCAL_STAGES (pure, per article, worker-safe)  →  resolve (cross-article, over the set)
 *
 * Each stage's input type is what the stages before it give (ingest/types.ts), and `stages`
 * checks the chain: a misordered list does not type-check.
 */
import { clean } from './clean.js';
import { analyse } from './extract/analyse.js';
import { coref } from './extract/coref.js';
import { mentions } from './extract/mentions.js';
import { relations } from './extract/relations.js';
import { segment } from './extract/segment.js';
import { store } from './extract/store.js';
import { cluster } from './resolve/local.js';
import { EntityIndex, resolveAll, resolveExtraction } from './resolve/global.js';
import type { Extraction, LocalExtraction, Read, Related, SourceRecord, Stage, World } from './types.js';

type AnyStage = Stage<any, any>;
/** The list when every stage takes what the one before it gives; `never` otherwise. */
export type Chained<S extends readonly AnyStage[]> = S extends readonly [
  infer A extends AnyStage,
  infer B extends AnyStage,
  ...infer R extends AnyStage[],
]
  ? ReturnType<A> extends Parameters<B>[0]
    ? readonly [A, ...Chained<readonly [B, ...R]>]
    : never
  : S;

type First<S> = S extends readonly [infer A extends AnyStage, ...unknown[]] ? Parameters<A>[0] : never;
type Last<S> = S extends readonly [...unknown[], infer Z extends AnyStage] ? ReturnType<Z> : never;

/** Compose stages into one, checking that each takes what the one before it gives. */
export function stages<const S extends readonly AnyStage[]>(...list: S & Chained<S>): Stage<First<S>, Last<S>> {
  return (c, world) => list.reduce((x, stage) => stage(x, world), c) as Last<S>;
}

/** Everything the reader finds in one article, before the graph's storage policy (store.ts). */
export const READ_STAGES: Stage<Read, Related> = stages(clean, segment, analyse, mentions, coref, cluster, relations);
export const LOCAL_STAGES: Stage<Read, Related> = stages(READ_STAGES, store);

const local = (c: Related): LocalExtraction => ({ article: c.article, entities: c.entities, relations: c.relations, messages: c.messages });

/** Run the per-article stages on one record. Pure: no I/O, no shared state; `world` comes from the edge (world.ts). */
export function extractLocal(record: SourceRecord, world: World): LocalExtraction {
  return local(LOCAL_STAGES({ record, messages: [] }, world));
}

/** What the reader finds, stored or not: the extraction tables test the reading with it. */
export function readLocal(record: SourceRecord, world: World): LocalExtraction {
  return local(READ_STAGES({ record, messages: [] }, world));
}

export { EntityIndex, resolveAll };

/** Resolve one article's local extraction against every article the index has seen (see resolveAll for sets). */
export function resolve(local: LocalExtraction, index: EntityIndex): Extraction {
  return resolveExtraction(local, index);
}
