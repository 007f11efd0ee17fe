/** Stage: tokens → per-sentence clause analysis (verb groups, arguments, links between clauses). */
import type { Analysed, Message, Segmented } from '../types.js';
import { analyseSentence, type SentenceAnalysis } from './clauses.js';

const EMPTY: SentenceAnalysis = { clauses: [], appositions: [] };

export function analyse(c: Segmented): Analysed {
  const messages: Message[] = [];
  const analyses = (c.tokens ?? []).map((ts, i) => {
    try {
      return analyseSentence(ts);
    } catch (e) {
      messages.push({
        code: 'CLAUSE_READ_FAILED',
        message: `could not read the clauses of sentence ${i}: ${(e as Error).message}`,
        source: c.record.source,
      });
      return EMPTY;
    }
  });
  return { ...c, analyses, messages: messages.length ? [...c.messages, ...messages] : c.messages };
}
