import { createHash } from 'node:crypto';

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
/** Short stable ids for nodes (16 hex chars of sha256). */
export const shortId = (...parts: string[]): string => sha256(parts.join('\u0000')).slice(0, 16);

/** Key of one relationship: (subject id, predicate, object id, polarity). graph/batch.ts re-exports it as relKey. */
export const relationKey = (subject: string, predicate: string, object: string, polarity: string): string =>
  shortId(subject, predicate, object, polarity);
