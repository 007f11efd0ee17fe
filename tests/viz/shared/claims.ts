/** Builders for unit tests of the explorer's pure modules: edges with claims, as the API sends them. */
import type { Claim, VizEdge, VizNode } from '../../../viz/shared/types.js';

export const claim = (over: Partial<Claim> = {}): Claim => ({
  article: 'a1',
  date: null,
  event: null,
  certainty: 'asserted',
  attributed: false,
  outlet: null,
  dup: over.article ?? 'a1',
  ...over,
});

export const edge = (id: string, over: Partial<VizEdge> = {}): VizEdge => ({
  id,
  source: 's',
  target: 't',
  type: 'SUPPORT',
  predicate: 'support',
  polarity: 'positive',
  certainty: 'asserted',
  confidence: 0.8,
  count: 1,
  articles: 1,
  firstSeen: null,
  lastSeen: null,
  claims: [claim()],
  ...over,
});

export const node = (id: string, type = 'Person'): VizNode => ({
  id,
  label: id,
  kind: 'Entity',
  type,
  aliases: [],
  mentions: 1,
  articles: 1,
});
