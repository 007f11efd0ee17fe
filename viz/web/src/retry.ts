/** How long to wait before the n-th retry while Neo4j is down: 1 s, doubling, at most 10 s. Pure. */
export const backoff = (attempt: number): number => Math.min(10_000, 1000 * 2 ** attempt);
