/** An entity's type from all its mentions: the majority, ties broken by the fullest name's type. */
import { ENTITY_TYPES, type EntityType } from '../types.js';

export type TypeCounts = Partial<Record<EntityType, number>>;

export function addVote(counts: TypeCounts, type: EntityType, n = 1): TypeCounts {
  counts[type] = (counts[type] ?? 0) + n;
  return counts;
}

/** Majority type; on a tie, `prefer` (the type of the fullest name) if tied, else ENTITY_TYPES order. */
export function majorityType(counts: TypeCounts, prefer: EntityType): EntityType {
  const max = Math.max(0, ...Object.values(counts));
  const tied = ENTITY_TYPES.filter((t) => (counts[t] ?? 0) === max && max > 0);
  if (!tied.length) return prefer;
  return tied.includes(prefer) ? prefer : tied[0]!;
}
