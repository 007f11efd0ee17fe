/**
 * Stage: what the graph stores of what was read (relations.ts). A relation whose subject and
 * object have no name ("massive power generates heat", "the company may have to pay regulators")
 * links nobody an investigator can follow: it is read, and not stored, whoever said it (judged by
 * hand, 8 of 109 such relations were fully right, 15 wrong). A subject the story supplies (the
 * government, security forces, drones, "two men") stays: see candidates.ts thingRules.
 */
import type { RawRelation, Related } from '../types.js';
import { UNNAMED_PAIR } from './candidates.js';
import { pruneThings } from './relations.js';

export const storable = (r: RawRelation): boolean => !r.rules.includes(UNNAMED_PAIR);

export function store(c: Related): Related {
  const relations = c.relations.filter(storable);
  return relations.length === c.relations.length ? c : { ...c, relations, ...pruneThings(c, relations) };
}
