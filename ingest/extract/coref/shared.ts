/**
 * Coreference (ingest/extract/coref.ts): the keys by which two mentions name one entity, and the
 * reach of a description, which more than one of its modules read. Imports no other module of the
 * stage.
 */
import type { Mention } from '../../types.js';

export const DESCRIPTION_REACH = 300; // mentions back

export const key = (m: Mention): string => m.name.toLowerCase();
export const surname = (m: Mention): string => key(m).split(' ').at(-1)!;
