/** Stage: tokens → per-sentence clause analysis (verb groups, arguments, links between clauses). */
import { Lru } from '../lru.js';
import type { Token } from '../parse.js';
import { cacheFor } from '../token-table.js';
import type { Analysed, Message, PerSentence, Segmented } from '../types.js';
import { analyseSentence, type SentenceAnalysis } from './clauses.js';

const EMPTY: SentenceAnalysis = { clauses: [], appositions: [] };

/**
 * Per sentence, its clause analysis, read from its tokens when asked and kept (cacheFor in
 * token-table.ts): an article of ordinary length is read once, a huge one holds only the
 * sentences in use (the analyses of all its sentences took more memory than its tokens) and
 * reads again those asked for later. A sentence whose clauses cannot be read has none (see
 * `failures`).
 */
export class Analyses implements PerSentence<SentenceAnalysis> {
  private readonly cache: Lru<number, SentenceAnalysis>;
  /** The sentences whose clauses could not be read, in the order first asked for, with the error. */
  readonly failures = new Map<number, string>();

  constructor(
    private readonly tokens: PerSentence<readonly Token[]>,
    cached = cacheFor(tokens.length),
  ) {
    this.cache = new Lru(cached);
  }

  get length(): number {
    return this.tokens.length;
  }

  at(i: number): SentenceAnalysis | undefined {
    const k = i < 0 ? i + this.length : i;
    const ts = this.tokens.at(k);
    if (!ts) return undefined;
    const hit = this.cache.get(k);
    if (hit) return hit;
    if (this.failures.has(k)) return EMPTY;
    try {
      return this.cache.set(k, analyseSentence(ts));
    } catch (e) {
      this.failures.set(k, (e as Error).message);
      return EMPTY;
    }
  }
}

export function analyse(c: Segmented): Analysed {
  const analyses = new Analyses(c.tokens);
  for (let i = 0; i < analyses.length; i++) analyses.at(i);
  const messages: Message[] = [...analyses.failures].map(([i, why]) => ({
    code: 'CLAUSE_READ_FAILED',
    message: `could not read the clauses of sentence ${i}: ${why}`,
    source: c.record.source,
  }));
  return { ...c, analyses, messages: messages.length ? [...c.messages, ...messages] : c.messages };
}
