/**
 * The one place that sets the order of the ingest stages.
 *
 *   read (ingest/read, I/O)  →  LOCAL_STAGES (pure, per article, worker-safe)  →  resolve (cross-article, over the set)
 */
import { clean } from './clean.js';
import { analyse } from './extract/analyse.js';
import { coref } from './extract/coref.js';
import { mentions } from './extract/mentions.js';
import { relations } from './extract/relations.js';
import { segment } from './extract/segment.js';
import { cluster } from './resolve/local.js';
import { EntityIndex, resolveAll, resolveExtraction } from './resolve/global.js';
import type { Carrier, Extraction, LocalExtraction, SourceRecord, Stage } from './types.js';

export const LOCAL_STAGES: readonly Stage[] = [clean, segment, analyse, mentions, coref, cluster, relations];

/** Run the per-article stages on one record. Pure: no I/O, no shared state. */
export function extractLocal(record: SourceRecord): LocalExtraction {
  let c: Carrier = { record, messages: [] };
  for (const stage of LOCAL_STAGES) c = stage(c);
  if (!c.article) throw new Error('pipeline: the clean stage did not produce an article');
  return { article: c.article, entities: c.entities ?? [], relations: c.relations ?? [], messages: c.messages };
}

export { EntityIndex, resolveAll };

/** Resolve one article's local extraction against every article the index has seen (see resolveAll for sets). */
export function resolve(local: LocalExtraction, index: EntityIndex): Extraction {
  return resolveExtraction(local, index);
}
