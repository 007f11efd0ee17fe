/** The relations `readLocal` builds from one text, with entity names beside their ids (extraction tests). */
import { readLocal } from '../../ingest/pipeline.js';
import type { RawRelation } from '../../ingest/types.js';
import { loadWorld } from '../../ingest/world.js';

const world = loadWorld();

export function read(text: string): (RawRelation & { s: string; o: string })[] {
  const x = readLocal({ source: 'case.txt', text, format: 'txt' }, world);
  const name = new Map(x.entities.map((e) => [e.localId, e.name]));
  return x.relations.map((r) => ({ ...r, s: name.get(r.subject) ?? '', o: name.get(r.object) ?? '' }));
}

/** The relation with predicate `p` and object named `o`, if any. */
export const find = (text: string, p: string, o: string) => read(text).find((r) => r.predicate === p && r.o === o);
