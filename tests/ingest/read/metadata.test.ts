import { withMetadata } from '../../../ingest/read/metadata.js';
import type { SourceRecord } from '../../../ingest/types.js';

const txt = (text: string, source = 'a.txt'): SourceRecord => ({ source, text, format: 'txt' });

describe('settling URL and publication date', () => {
  it('prefers the metadata the record came with, normalised to a day', () => {
    expect(
      withMetadata({
        source: 'a.json',
        text: 'x',
        format: 'json',
        date: 'Mon, 08 Nov 2021 10:00:00 GMT',
        url: 'https://x.org/2020/01/02/a',
      }).date,
    ).toBe('2021-11-08');
  });

  it('then a date line in the text, then the URL, then the file name', () => {
    expect(withMetadata(txt('T\nhttps://x.org/2020/01/02/a\nPublished: 5 March 2021\nBody.')).date).toBe('2021-03-05');
    expect(withMetadata(txt('T\nhttps://x.org/2020/01/02/a\nBody.'))).toMatchObject({
      url: 'https://x.org/2020/01/02/a',
      date: '2020-01-02',
    });
    expect(withMetadata(txt('T\nBody.', 'news/2019-04-05.txt')).date).toBe('2019-04-05');
  });

  it('leaves an article without any of them undated, never dated today', () => {
    const r = withMetadata({ ...txt('Iran condemned the attack on November 7.'), date: 'sometime soon' });
    expect(r.date).toBeUndefined();
    expect(r.url).toBeUndefined();
  });

  it('keeps a JSON or HTML URL and does not look for one in the text', () => {
    expect(withMetadata({ source: 'a.json', text: 'T\nhttps://other.org/x\nB', format: 'json', url: 'https://x.org/a' }).url).toBe(
      'https://x.org/a',
    );
  });
});
