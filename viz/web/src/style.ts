/**
 * How domain data looks: community palette, node size from degree, edge colour from polarity and
 * certainty. Pure functions used by the reducers; nothing here is written into the graph.
 */
export const PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#59a14f',
  '#b07aa1',
  '#76b7b2',
  '#edc948',
  '#ff9da7',
  '#9c755f',
  '#e15759',
  '#86bcb6',
  '#8cd17d',
  '#a0cbe8',
  '#d4a6c8',
  '#bab0ac',
];
export const NEGATIVE = '#d92d20';
export const EDGE = '#7b8597';
export const MUTED = '#e4e7ec';
export const HIGHLIGHT = '#2f6fde';

export const communityColour = (c: number | undefined): string =>
  c === undefined ? '#98a2b3' : (PALETTE[c % PALETTE.length] ?? '#98a2b3');

/** Node radius in pixels from degree, relative to the largest degree in view. */
export function nodeSize(degree: number, maxDegree: number): number {
  if (maxDegree <= 0) return 5;
  return 4 + 16 * Math.sqrt(Math.max(0, degree) / maxDegree);
}

/** Certainties other than "asserted" are drawn lighter (hedged, alleged, conditional, intended). */
export const isLight = (certainty: string): boolean => certainty !== 'asserted';

function withAlpha(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha})`;
}

export function edgeColour(polarity: string, certainty: string): string {
  const base = polarity === 'negative' ? NEGATIVE : EDGE;
  return withAlpha(base, isLight(certainty) ? 0.35 : 0.85);
}

export const edgeSize = (articles: number): number => Math.min(6, 1 + Math.log2(1 + Math.max(0, articles)));

/**
 * Above this many visible actors + relationships a view is "large": drawn with points and thin
 * lines. Measured in headless chromium (SwiftShader): instanced circles and arrows cost about
 * 50 µs per item per frame, points and lines about 8 µs.
 */
export const LOD_ITEMS = 1500;
