/**
 * kg's shared vocabulary, the one home for it: entity types, polarities and certainties, read by
 * ingest, graph (Cypher) and viz (server and web app) alike. Pure data, no imports.
 */

/** In this order a tied type vote is settled (ingest/resolve/vote.ts). */
export const ENTITY_TYPES = ['Person', 'Organization', 'Place', 'Group', 'Event', 'Concept'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const POLARITIES = ['positive', 'negative'] as const;
export type Polarity = (typeof POLARITIES)[number];

/**
 * Strongest first. asserted: stated as fact; alleged: reportedly/alleged/accused; hedged:
 * likely/may/appears; intended: will/plans to/threatens to; conditional: if/unless. A relationship
 * stated with several certainties carries the strongest (graph/cypher.ts).
 */
export const CERTAINTIES = ['asserted', 'alleged', 'hedged', 'intended', 'conditional'] as const;
export type Certainty = (typeof CERTAINTIES)[number];
