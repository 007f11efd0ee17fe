import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToRecord } from '../../../ingest/read/html.js';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/html', name), 'utf8');

describe('htmlToRecord', () => {
  const rec = htmlToRecord(fixture('article.html'), 'pages/a.html');

  it('extracts the main text, one paragraph per block, separated by blank lines', () => {
    const paras = rec.text.split('\n\n');
    expect(paras.some((p) => p.startsWith('Iraqi Prime Minister Mustafa al-Kadhimi survived'))).toBe(true);
    expect(paras.some((p) => p.startsWith('The United States condemned'))).toBe(true);
    expect(rec.text).not.toMatch(/Celebrity news item|All rights reserved|Sport/);
    expect(rec.text).not.toMatch(/\n{3,}/);
  });

  it('reads title, date, outlet and URL from metadata', () => {
    expect(rec).toMatchObject({
      source: 'pages/a.html',
      format: 'html',
      title: 'Iraqi PM survives drone attack',
      date: '2021-11-07T08:15:00Z',
      outlet: 'Example News',
      url: 'https://news.example.com/world/iraq-pm-drone',
    });
  });

  it('falls back to JSON-LD, <time> and og:url when the preferred tags are missing', () => {
    const html = `<html><head><meta property="og:url" content="https://x.test/p">
      <script type="application/ld+json">[{"@graph":[{"@type":"NewsArticle","datePublished":"2020-01-03","publisher":{"name":"LD Outlet"}}]}]</script>
      <script type="application/ld+json">{ not json</script></head>
      <body><p>Short body text about Qassem Soleimani.</p><time datetime="2019-05-05">May 5</time></body></html>`;
    expect(htmlToRecord(html, 'b.html')).toMatchObject({ date: '2020-01-03', outlet: 'LD Outlet', url: 'https://x.test/p' });
    expect(htmlToRecord('<p>x</p><time datetime="2019-05-05">May</time>', 'c.html').date).toBe('2019-05-05');
  });

  it('keeps short pages readable (paragraph fallback)', () => {
    expect(htmlToRecord('<html><body><p>One line.</p><p>Two line.</p></body></html>', 'd.html').text).toBe('One line.\n\nTwo line.');
  });

  it.each([
    ['empty', ''],
    ['binary junk', '\u0000\u0001\u0002<<<>>>'],
    ['unclosed tags', '<html><body><div><p>Half'],
    ['not html', '{"a":1}'],
    ['script only', '<script>alert(1)</script>'],
  ])('never throws on %s', (_label, html) => {
    const r = htmlToRecord(html, 'junk.html');
    expect(typeof r.text).toBe('string');
    expect(r.text).not.toContain('alert(1)');
  });
});
