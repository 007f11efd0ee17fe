import { relKey, toBatch } from '../../graph/batch.js';
import { relType } from '../../graph/schema.js';
import type { Extraction } from '../../ingest/types.js';

describe('relationship types', () => {
  it.each([
    ['support', 'SUPPORT'],
    ['carry out', 'CARRY_OUT'],
    ['blame on', 'BLAME_ON'],
    ['be successor of', 'BE_SUCCESSOR_OF'],
    ["don't`) DELETE", 'DON_T_DELETE'],
    ['étudier', 'ETUDIER'],
    ['2nd', 'REL_2ND'],
    ['', 'REL_UNKNOWN'],
  ])('%s → %s', (predicate, type) => expect(relType(predicate)).toBe(type));
});

describe('toBatch', () => {
  const ev = (start: number) => ({ source: 's.txt', text: 'x', start, end: start + 1 });
  const x: Extraction = {
    article: { id: 'a1', source: 's.txt', title: 'T', outlet: null, url: null, publishedAt: null, contentHash: 'h', text: 'x' },
    entities: [
      { kind: 'entity', id: 'iran', name: 'Iran', type: 'Place', aliases: [], mentions: 2 },
      { kind: 'entity', id: 'militias', name: 'militias', type: 'Group', aliases: ['militia'], mentions: 1 },
    ],
    relations: [
      {
        kind: 'relation',
        subject: 'iran',
        predicate: 'support',
        object: 'militias',
        polarity: 'positive',
        certainty: 'asserted',
        attribution: null,
        confidence: 0.8,
        evidence: [ev(0), ev(5)],
      },
      {
        kind: 'relation',
        subject: 'iran',
        predicate: 'support',
        object: 'militias',
        polarity: 'positive',
        certainty: 'hedged',
        attribution: 'militias',
        confidence: 0.5,
        evidence: [ev(9)],
      },
      {
        kind: 'relation',
        subject: 'iran',
        predicate: 'support',
        object: 'militias',
        polarity: 'negative',
        certainty: 'asserted',
        attribution: null,
        confidence: 0.7,
        evidence: [ev(12)],
      },
    ],
    messages: [],
  };

  it('makes one relationship per (subject, predicate, object, polarity) and one statement per evidence', () => {
    const b = toBatch([x]);
    expect(b.rels.map((r) => [r.type, r.polarity])).toEqual([
      ['SUPPORT', 'positive'],
      ['SUPPORT', 'negative'],
    ]);
    expect(b.statements).toHaveLength(4);
    expect(new Set(b.statements.map((s) => s.id)).size).toBe(4);
    expect(b.statements.filter((s) => s.relKey === relKey('iran', 'support', 'militias', 'positive'))).toHaveLength(3);
    expect(b.statements.find((s) => s.props.certainty === 'hedged')?.attribution).toBe('militias');
    expect(b.mentions).toEqual([
      { article: 'a1', entity: 'iran', count: 2 },
      { article: 'a1', entity: 'militias', count: 1 },
    ]);
  });

  it("keeps each statement's argument details and complement, null where there are none", () => {
    const detailed: Extraction = {
      ...x,
      relations: [{ ...x.relations[0]!, evidence: [{ ...ev(0), objectDetail: 'militias in Iraq', complement: 'as proxies' }, ev(5)] }],
    };
    const props = toBatch([detailed]).statements.map((s) => [s.props.subjectDetail, s.props.objectDetail, s.props.complement]);
    expect(props).toEqual([
      [null, 'militias in Iraq', 'as proxies'],
      [null, null, null],
    ]);
  });

  it("dates every statement with its article's publication date, and the event's own date when the sentence gives one", () => {
    const dated: Extraction = {
      ...x,
      article: { ...x.article, publishedAt: '2021-11-08', text: 'Drones struck on November 7. Iran denied it.' },
      relations: [
        {
          ...x.relations[0]!,
          evidence: [
            { source: 's.txt', text: 'Drones struck on November 7.', start: 0, end: 28 },
            { source: 's.txt', text: 'Iran denied it.', start: 29, end: 44 },
          ],
        },
      ],
    };
    const b = toBatch([dated]);
    expect(b.statements.map((s) => [s.props.publishedAt, s.props.eventDate])).toEqual([
      ['2021-11-08', '2021-11-07'],
      ['2021-11-08', null],
    ]);
    expect(b.articles[0]!.props.text).toBe(dated.article.text);
    expect(toBatch([x]).statements.every((s) => s.props.publishedAt === null && s.props.eventDate === null)).toBe(true);
  });

  it('gives the same ids for the same input (re-ingest is a no-op)', () => {
    expect(toBatch([x])).toEqual(toBatch([structuredClone(x)]));
  });
});

describe('statement identity', () => {
  const ev = (start: number) => ({ source: 's.txt', text: 'x', start, end: start + 1 });
  const article = { id: 'a1', source: 's.txt', title: 'T', outlet: null, url: null, publishedAt: null, contentHash: 'h', text: 'x' };
  const rel = (subject: string, object: string, evidence = [ev(0)]) => ({
    kind: 'relation' as const,
    subject,
    predicate: 'support',
    object,
    polarity: 'positive' as const,
    certainty: 'asserted' as const,
    attribution: null,
    confidence: 0.8,
    evidence,
  });
  const ids = (relations: ReturnType<typeof rel>[]) =>
    toBatch([{ article, entities: [], relations, messages: [] }]).statements.map((s) => s.id);

  it('comes from the article, the offsets and the claim, not from resolved entity ids', () => {
    expect(ids([rel('iran', 'militias')])).toEqual(ids([rel('islamic-republic-of-iran', 'militia-forces')]));
  });

  it('keeps two claims of one sentence apart, and one piece of evidence listed twice is one statement', () => {
    expect(new Set(ids([rel('iran', 'militias'), rel('iran', 'hezbollah')])).size).toBe(2);
    expect(ids([rel('iran', 'militias', [ev(0), ev(0)])])).toHaveLength(1);
  });
});
