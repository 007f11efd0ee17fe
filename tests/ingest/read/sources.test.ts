import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs, type ReadItem } from '../../../ingest/read/index.js';
import type { SourceRecord } from '../../../ingest/types.js';
import { serve, send, type TestServer } from '../../utils/http.js';
import { tempArticles } from '../../utils/neo4j.js';

const fixture = (f: string) => join('tests', 'fixtures', 'sources', f);
const page = readFileSync(fixture('page.html'), 'utf8');

async function all(inputs: string[]): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const x of readInputs(inputs)) out.push(x);
  return out;
}
const records = (xs: ReadItem[]) => xs.flatMap((x) => ('record' in x ? [x.record] : []));
const codes = (xs: ReadItem[]) => xs.flatMap((x) => ('error' in x ? [x.error.code] : []));
const meta = ({ text, key, ...r }: SourceRecord) => r;

describe('web pages, feeds and PDFs (a local HTTP server)', () => {
  let srv: TestServer;
  const env = { ...process.env };
  beforeAll(async () => {
    srv = await serve({
      '/page': send('text/html; charset=utf-8', page),
      '/moved': (_q, res) => res.writeHead(301, { location: '/page' }).end(),
      '/loop': (_q, res) => res.writeHead(302, { location: '/loop' }).end(),
      '/to-file': (_q, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
      '/slow': (_q, res) => setTimeout(() => res.writeHead(200, { 'content-type': 'text/plain' }).end('late'), 3000).unref(),
      '/big': send('text/plain', 'word '.repeat(5000)),
      '/image': send('image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47])),
      '/feed': (_q, res, base) =>
        res
          .writeHead(200, { 'content-type': 'application/rss+xml' })
          .end(readFileSync(fixture('rss.xml'), 'utf8').replaceAll('{{base}}', base)),
      '/report': send('application/pdf', readFileSync(fixture('article.pdf'))),
      '/latin1': send('text/plain; charset=iso-8859-1', Buffer.from('Caf\xe9 owners in Tehran condemned the attack.', 'latin1')),
    });
  });
  afterAll(() => srv.close());
  afterEach(() => {
    process.env = { ...env };
  });

  it('reads a page through Readability; its identity is the address fetched, after redirects', async () => {
    const xs = await all([`${srv.base}/moved`]);
    expect(codes(xs)).toEqual([]);
    const [r] = records(xs);
    expect(meta(r!)).toEqual({
      source: `${srv.base}/moved`,
      format: 'html',
      title: 'Iran condemns embassy attack',
      date: '2020-01-05',
      outlet: 'Example Wire',
      url: `${srv.base}/page`,
    });
    expect(r!.text.split('\n\n')).toHaveLength(3);
    expect(r!.text).not.toMatch(/script|Home|rights reserved/);
  });

  it('decodes by the declared character set', async () => {
    expect(records(await all([`${srv.base}/latin1`]))[0]!.text).toBe('Café owners in Tehran condemned the attack.');
  });

  it('refuses other schemes, redirect loops and redirects off http, slow and oversized answers', async () => {
    process.env.KG_FETCH_TIMEOUT_MS = '500';
    process.env.KG_MAX_FILE_MB = '0.01';
    const xs = await all([
      'ftp://127.0.0.1/x',
      'file:///etc/passwd',
      `${srv.base}/loop`,
      `${srv.base}/to-file`,
      `${srv.base}/slow`,
      `${srv.base}/big`,
      `${srv.base}/nope`,
      `${srv.base}/image`,
      'http://127.0.0.1:1/',
    ]);
    expect(codes(xs)).toEqual([
      'URL_UNSUPPORTED',
      'URL_UNSUPPORTED',
      'URL_TOO_MANY_REDIRECTS',
      'URL_UNSUPPORTED',
      'URL_TIMEOUT',
      'URL_TOO_LARGE',
      'URL_FETCH_FAILED',
      'URL_UNSUPPORTED',
      'URL_FETCH_FAILED',
    ]);
    for (const x of xs) if ('error' in x) expect(x.error.toLine()).toMatch(/^(ftp|file|http):\/\//);
  });

  it('reads each feed item: its own content, else its linked page, with date and outlet', async () => {
    const xs = await all([`${srv.base}/feed`]);
    const rs = records(xs);
    expect(rs.map(meta)).toEqual([
      {
        source: `${srv.base}/feed#1`,
        format: 'feed',
        title: 'Militias deny role in strike',
        date: '2020-01-07',
        outlet: 'Example Wire: World',
        url: `${srv.base}/articles/militias`,
      },
      {
        source: `${srv.base}/feed#2`,
        format: 'feed',
        title: 'Iran condemns embassy attack',
        date: '2020-01-05',
        outlet: 'Example Wire: World',
        url: `${srv.base}/page`,
      },
    ]);
    expect(rs[0]!.text).toBe(
      'Kataib Hezbollah denied any role in the strike on the embassy, a spokesman said on Tuesday.\n\nThe group accused the United States of spreading lies.',
    );
    expect(rs[1]!.text).toMatch(/^Iran condemned the attack on the embassy in Baghdad/);
    expect(codes(xs)).toEqual(['URL_FETCH_FAILED', 'URL_UNSUPPORTED']);
    expect(xs.flatMap((x) => ('error' in x ? [x.error.message] : []))[0]).toMatch(/feed#3: .*\/gone: the server answered HTTP 404/);
  });

  it('reads an Atom file from disk, and refuses XML that is not a feed', async () => {
    const xs = await all([fixture('atom.atom'), fixture('not-a-feed.xml')]);
    expect(records(xs).map((r) => [r.title, r.url ?? null, r.date, r.outlet, r.text])).toEqual([
      [
        'Parliament votes on troops',
        'https://news.example/parliament-vote',
        '2020-01-05',
        'Example Atom Desk',
        'The Iraqi parliament voted to expel foreign troops from the country on Sunday.',
      ],
      ['Kadhimi meets envoy', null, '2020-01-08', 'Example Atom Desk', 'Mustafa al-Kadhimi met the United Nations envoy in Baghdad.'],
    ]);
    expect(codes(xs)).toEqual(['FILE_BAD_FEED']);
  });

  it('reads a PDF (file or URL) in paragraphs, and says when one has no text layer or is broken', async () => {
    const broken = join(tempArticles({ 'broken.pdf': '%PDF-1.4\n1 0 obj << /Type /Catalog' }), 'broken.pdf');
    const xs = await all([fixture('article.pdf'), `${srv.base}/report`, fixture('scan.pdf'), broken]);
    const [file, web] = records(xs);
    expect(file!.text).toBe(
      'Iran condemned the attack on the embassy in Baghdad, officials said on Monday. The United States blamed militias for the strike.\n\nThe prime minister, Mustafa al-Kadhimi, ordered an international inquiry into the attack.',
    );
    expect([file!.title, file!.date, web!.url, web!.text]).toEqual(['Embassy attack', '2020-01-05', `${srv.base}/report`, file!.text]);
    expect(codes(xs)).toEqual(['NO_ARTICLE_TEXT', 'FILE_BAD_PDF']);
  });
});
