/**
 * A web address → its records: the page is fetched (fetch.ts) and read by what it is, from the
 * media type the server declares or, failing that, the first bytes: a PDF, an RSS/Atom feed (each
 * item becomes an article), an HTML page (main text through Readability) or plain text. A page's
 * identity is the address it was fetched from (after redirects), never what the page claims.
 */
import { kgError } from '../errors.js';
import { decodeText, fetchBounded } from './fetch.js';
import { fromBytes, type Kind, type RecordItem } from './records.js';

const FEED = /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*|<\?[^>]*>\s*)*<(rss|feed|rdf:RDF)\b/;

function kindOf(type: string, head: string): Kind | null {
  if (type === 'application/pdf' || head.startsWith('%PDF-')) return 'pdf';
  if (/(rss|atom)\+xml$/.test(type) || FEED.test(head)) return 'feed';
  if (type === 'text/html' || type === 'application/xhtml+xml' || /^\s*<(!doctype html|html)\b/i.test(head)) return 'html';
  if (type === 'text/plain' || type === 'text/markdown' || type === '') return type === 'text/markdown' ? 'md' : 'txt';
  if (type.endsWith('/xml') || type.endsWith('+xml')) return 'feed';
  return null;
}

export async function* readUrl(url: string): AsyncGenerator<RecordItem> {
  const page = await fetchBounded(url);
  if ('error' in page) return void (yield page);
  const head = Buffer.from(page.data.subarray(0, 1024)).toString('latin1');
  const kind = kindOf(page.type, head);
  if (!kind)
    return void (yield {
      error: kgError(
        'URL_UNSUPPORTED',
        `${url}: serves ${page.type}, which kg does not read`,
        'kg reads HTML pages, RSS/Atom feeds, PDF and plain text',
      ),
    });
  const decoded = kind === 'pdf' ? { text: undefined } : decodeText(url, page);
  if ('error' in decoded) return void (yield decoded);
  for await (const item of fromBytes(url, kind, page.data, decoded.text)) {
    if ('record' in item && kind !== 'feed') item.record.url = page.url;
    yield item;
  }
}
