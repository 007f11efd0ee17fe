/**
 * Stage: what the graph stores of what was read (relations.ts). A relation between two unnamed
 * things said by no one ("the devices gained new prominence", "massive power generates heat")
 * links nobody an investigator can follow: it is read, and not stored. Said by someone, it is
 * that speaker's claim and stays.
 */
import type { RawRelation, Related } from '../types.js';
import { BARE_THINGS } from './candidates.js';
import { pruneThings } from './relations.js';

export const storable = (r: RawRelation): boolean => !(r.rules.includes(BARE_THINGS) && !r.attribution);

export function store(c: Related): Related {
  const relations = c.relations.filter(storable);
  return relations.length === c.relations.length ? c : { ...c, relations, ...pruneThings(c, relations) };
}
