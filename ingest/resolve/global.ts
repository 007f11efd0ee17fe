/**
 * Cross-article resolution, as the rest of kg uses it: `resolveAll` resolves a set of articles
 * at once (corpus.ts) and returns each article's extraction; `EntityIndex` collects articles one
 * by one for callers that resolve as they go (each call resolves the whole set seen so far, so
 * an article's ids may still change as later articles arrive; `kg extract` and `kg ingest`
 * resolve the final set).
 */
import { readCuration } from '../curation/file.js';
import type { CurationOp } from '../curation/types.js';
import type { Extraction, LocalExtraction } from '../types.js';
import { loadWorld } from '../world.js';
import type { AliasTable } from './aliases.js';
import { resolveCorpus, type Resolution, type Tables } from './corpus.js';
import { extractionFor } from './output.js';
import { defaultAcronyms, type AcronymTable } from './tables.js';

export { slug } from './slug.js';

/**
 * The tables resolution reads: the alias table (from the world the caller loaded at its edge,
 * else loaded here), the acronym table, the curation log.
 */
export function defaultTables(over: Partial<Tables> = {}): Tables {
  return {
    aliases: over.aliases ?? loadWorld().aliases,
    acronyms: over.acronyms ?? defaultAcronyms(),
    curation: over.curation ?? readCuration(),
  };
}

export function resolveSet(locals: readonly LocalExtraction[], tables: Tables = defaultTables()): Resolution {
  return resolveCorpus(
    locals.map((l) => ({ article: l.article, entities: l.entities })),
    tables,
  );
}

/** Resolve a set of articles together; extractions in input order. */
export function resolveAll(locals: readonly LocalExtraction[], tables: Tables = defaultTables()): Extraction[] {
  const res = resolveSet(locals, tables);
  return locals.map((l) => extractionFor(l, res));
}

export class EntityIndex {
  private readonly locals: LocalExtraction[] = [];
  private readonly tables: Tables;

  constructor(aliases?: AliasTable, opts: { acronyms?: AcronymTable; curation?: CurationOp[] } = {}) {
    this.tables = defaultTables({ aliases, acronyms: opts.acronyms, curation: opts.curation });
  }

  get size(): number {
    return this.locals.length;
  }

  /** Add one article and resolve it against every article added so far. */
  resolve(local: LocalExtraction): Extraction {
    this.locals.push(local);
    return extractionFor(local, resolveSet(this.locals, this.tables));
  }
}

export function resolveExtraction(local: LocalExtraction, index: EntityIndex): Extraction {
  return index.resolve(local);
}
