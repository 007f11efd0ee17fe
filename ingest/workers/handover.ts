/**
 * What crosses from a worker to the main thread. A relation's evidence is a slice of the article
 * text (its sentence: ~700 characters each on a 5 MB single sentence), so the worker sends the
 * offsets only and the main thread takes the slices again from the one copy of the text it
 * receives: the handover copies a fifth of the bytes, and the slices share the article's text
 * instead of each holding its own (a 5 MB single sentence: 31.6 MB serialized, 15 MB of it
 * evidence). Evidence that is not exactly its slice (or from another source) is sent whole.
 */
import type { Evidence, LocalExtraction } from '../types.js';

/** Evidence as it crosses: text and source may have been dropped. */
type Packed = Partial<Evidence> & Pick<Evidence, 'start' | 'end'>;

/** In the worker, just before posting: drops evidence text (and source) the receiver can rebuild. Mutates `local`. */
export function pack(local: LocalExtraction): LocalExtraction {
  const { text, source } = local.article;
  for (const r of local.relations) {
    const e: Packed = r.evidence;
    if (e.source === source && e.text === text.slice(e.start, e.end)) {
      delete e.text;
      delete e.source;
    }
  }
  return local;
}

/** In the main thread, on receipt: puts back what `pack` dropped, keys in their original order. */
export function unpack(local: LocalExtraction): LocalExtraction {
  const { text, source } = local.article;
  for (const r of local.relations) {
    const e: Packed = r.evidence;
    if (e.text === undefined) {
      const { start, end, ...details } = e;
      r.evidence = { source, text: text.slice(start, end), start, end, ...details };
    }
  }
  return local;
}
