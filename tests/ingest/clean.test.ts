import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { clean, cleanText, fixWhitespace } from '../../ingest/clean.js';
import { sha256 } from '../../ingest/hash.js';
import type { Carrier, SourceRecord } from '../../ingest/types.js';

const run = (record: SourceRecord): Carrier => clean({ record, messages: [] });
const SEEDS = join(process.cwd(), 'seeds');

describe('clean: boilerplate', () => {
  it.each([
    [
      'ad marker',
      'Iran condemned the attack.\n\n- Advertisement -\n\nIt denied any role.',
      'Iran condemned the attack.\n\nIt denied any role.',
      'advertisement',
    ],
    ['related stories', 'Text.\n\nRelated Stories', 'Text.', 'related'],
    ['recent articles', 'Text.\n\nRecent Articles\n', 'Text.', 'related'],
    ['DMCA line', 'Text.\nMail Us For  DMCA / Credit  Notice', 'Text.', 'dmca'],
    ['subscribe line', 'Text.\n\nStay on top - Get the daily news in your inbox', 'Text.', 'subscribe'],
    ['newsletter', 'Text.\n\nSign up for our free newsletter', 'Text.', 'subscribe'],
    ['credit', 'Text.\n\nCredit: www.nbcnews.com /', 'Text.', 'credit'],
    ['photo credit', 'Text.\n\nPhoto credit: Reuters', 'Text.', 'credit'],
    ['share line', 'Text.\n\nShare on Facebook Twitter WhatsApp', 'Text.', 'share'],
    ['follow line', 'Text.\n\nFollow us on Twitter @news', 'Text.', 'share'],
    [
      'video caption with timestamp',
      'Before.\n\nThousands rally in Baghdad\n\nJanuary 3, 202101:17\n\nAfter.',
      'Before.\n\nAfter.',
      'video-caption',
    ],
  ])('drops %s', (_label, input, expected, name) => {
    const out = cleanText(input);
    expect(out.text).toBe(expected);
    expect(Object.keys(out.dropped)).toEqual([name]);
  });

  it.each([
    ['a sentence mentioning advertisements', 'The advertisement campaign cost $2m.'],
    ['a sentence starting with Share', 'Share prices fell on Monday.'],
    ['a date in prose', 'On January 3, 2021 at 01:17 the drones struck.'],
    ['a sentence about credit', 'Credit markets were calm.'],
  ])('keeps %s', (_label, input) => {
    expect(cleanText(input).text).toBe(input);
  });
});

describe('clean: whitespace', () => {
  it('normalises line endings, no-break and zero-width spaces, blank runs and trailing spaces', () => {
    expect(fixWhitespace('A\u00a0 b  \r\n\r\n\r\n\r\nC\u200b.  \n')).toBe('A b\n\nC.');
  });
});

describe('clean stage', () => {
  it('cleans the seed article and reports what it dropped', () => {
    const file = readdirSync(SEEDS).find((f) => f.endsWith('.txt'))!;
    const text = readFileSync(join(SEEDS, file), 'utf8');
    const c = run({ source: `seeds/${file}`, text, format: 'txt' });
    const a = c.article!;
    for (const junk of [
      'Advertisement',
      'Related Stories',
      'Recent Articles',
      'DMCA',
      'Stay on top',
      'Credit:',
      '202101:17',
      '202004:26',
      'Thousands rally in Baghdad',
      'Trump authorized the killing',
    ]) {
      expect(a.text).not.toContain(junk);
    }
    expect(a.text).toContain('Douglas Silliman, who served as the US ambassador');
    expect(a.text.endsWith('responsibility for this attack.”')).toBe(true);
    expect(a.title).toBe('U.S. officials: Iran likely did not order drone attack on Iraqi leader');
    expect(a.contentHash).toBe(sha256(a.text));
    expect(c.messages).toEqual([expect.objectContaining({ code: 'BOILERPLATE_DROPPED', source: `seeds/${file}` })]);
    expect(c.messages[0]!.message).toContain('advertisement ×3, video-caption ×4');
  });

  it('takes id from the URL when known, else from the source; metadata from the record', () => {
    const withUrl = run({
      source: 'a.html',
      text: 'Body.',
      format: 'html',
      url: 'https://x.test/a',
      title: ' Headline ',
      date: '2021-11-08',
      outlet: 'X News',
    }).article!;
    const again = run({ source: 'b.html', text: 'Body.', format: 'html', url: 'https://x.test/a' }).article!;
    expect(withUrl.id).toBe(again.id);
    expect(withUrl).toMatchObject({ title: 'Headline', publishedAt: '2021-11-08', outlet: 'X News', url: 'https://x.test/a' });
    expect(run({ source: 'a.txt', text: 'Body.', format: 'txt' }).article!.id).not.toBe(
      run({ source: 'b.txt', text: 'Body.', format: 'txt' }).article!.id,
    );
  });

  it('never throws on empty or odd text and adds no message when nothing was dropped', () => {
    for (const text of ['', '\n\n\n', '- Advertisement -', '\u0000\u0001'])
      expect(() => run({ source: 'x', text, format: 'txt' })).not.toThrow();
    expect(run({ source: 'x', text: 'Plain.', format: 'txt' }).messages).toEqual([]);
  });
});

describe('clean: character references', () => {
  it('decodes those a plain-text article carries (tech/342, politics/044)', () => {
    expect(cleanText('In a letter, EC President Jos&#233; Manuel Barroso told the President').text).toBe(
      'In a letter, EC President José Manuel Barroso told the President',
    );
    expect(cleanText('costs &#163;40 at AT&amp;T, &#xe9;t&#xE9;').text).toBe('costs £40 at AT&T, été');
  });

  it('decodes once, and leaves a reference to no character as it is', () => {
    expect(cleanText('&amp;#233; &#0; &#x110000; &#xd800; &bogus;').text).toBe('&#233; &#0; &#x110000; &#xd800; &bogus;');
  });

  it('decodes the title too', () => {
    const out = run({ source: 'x.json', text: 'Body text.', title: 'Caf&#233; owner sues', format: 'json' });
    expect((out as { article: { title: string } }).article.title).toBe('Café owner sues');
  });
});
