import { Analyses, analyse } from '../../../ingest/extract/analyse.js';
import { analyseSentence } from '../../../ingest/extract/clauses.js';
import { parseTable, type Token } from '../../../ingest/parse.js';
import type { Segmented } from '../../../ingest/types.js';

const TEXT = 'Iran condemned the attack. Kadhimi has been opposed by militias. The official said it again.';

describe('Analyses', () => {
  it('reads each sentence as analyseSentence does, again when it has left the cache', () => {
    const { tokens } = parseTable(TEXT);
    const small = new Analyses(tokens, 1);
    for (let round = 0; round < 2; round++)
      for (let i = 0; i < tokens.length; i++) expect(small.at(i)).toEqual(analyseSentence(tokens.at(i)!));
    expect(small.at(tokens.length)).toBeUndefined();
  });

  it('gives no clauses for a sentence it cannot read, and one message for it', () => {
    const broken = [{ text: 'x', norm: 'x', root: 'x', tags: null, pre: '', post: '', start: 0, end: 1 } as unknown as Token];
    const { tokens } = parseTable(TEXT);
    const rows = [tokens.at(0)!, broken, tokens.at(1)!];
    const c = { record: { source: 's', text: '', format: 'txt' }, messages: [], tokens: rows } as unknown as Segmented;
    const out = analyse(c);
    expect(out.messages.map((m) => m.code)).toEqual(['CLAUSE_READ_FAILED']);
    expect(out.messages[0]!.message).toMatch(/^could not read the clauses of sentence 1: /);
    expect(out.analyses.at(1)).toEqual({ clauses: [], appositions: [] });
    expect(out.analyses.at(0)!.clauses.length).toBeGreaterThan(0);
  });
});
