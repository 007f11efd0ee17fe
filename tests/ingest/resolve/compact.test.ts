/**
 * One name written two ways is one entity (rules.ts compactName, wholeNameRule; corpus.ts
 * compactJoins): spaced otherwise in one article ("TimeWarner" in the body of business/001, "Time
 * Warner" in its headline) or across articles ("SonyBMG", "Sony BMG"), capitalised otherwise across
 * articles. Found on the full BBC extract, where such pairs made 41 entities twice.
 */
import { compactName, wholeNameRule } from '../../../ingest/resolve/rules.js';
import { parseName } from '../../../ingest/resolve/normalize.js';
import type { EntityRecord } from '../../../ingest/types.js';
import { resolveTexts } from './texts.js';

const n = (s: string) => parseName(s);
/** The ids of the entities holding a name (resolveTexts gives each article's records). */
const holding = (es: EntityRecord[], name: string) => [
  ...new Set(es.filter((e) => e.name === name || e.aliases.includes(name)).map((e) => e.id)),
];

describe('one name spaced or capitalised two ways', () => {
  it('has the same letters, six or more, and no short form', () => {
    expect(wholeNameRule(n('TimeWarner'), n('Time Warner'))).toBe('compact');
    expect(wholeNameRule(n('Plus.net'), n('Plusnet'))).toBe('compact');
    expect(wholeNameRule(n('Time Warner'), n('Warner Time'))).toBe(null);
    expect(compactName(n('X-Box'))).toBe('');
    expect(compactName(n('U.S.A.'))).toBe('');
  });

  it('is one entity in one article (business/001)', () => {
    const es = resolveTexts({
      'news/business/001.txt': [
        'Ad sales boost Time Warner profit',
        '',
        'Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three months to December, from $639m year-earlier.',
        '',
        'TimeWarner said fourth quarter sales rose 2% to $11.1bn from $10.9bn.',
      ].join('\n'),
    });
    expect(holding(es, 'TimeWarner')).toHaveLength(1);
    expect(holding(es, 'TimeWarner')).toEqual(holding(es, 'Time Warner'));
  });

  it('is one entity across articles (entertainment/233, entertainment/240)', () => {
    const es = resolveTexts({
      'news/entertainment/233.txt':
        "Record company SonyBMG are releasing Elvis' 18 number one singles at the rate of one a week in Britain, complete with original artwork and a collector's box.",
      'news/entertainment/240.txt':
        'Record company Sony BMG is now manufacturing 5,000 more copies of each single than originally planned to meet demand.',
    });
    expect(holding(es, 'Sony BMG')).toHaveLength(1);
    expect(holding(es, 'Sony BMG')).toEqual(holding(es, 'SonyBMG'));
  });
});
