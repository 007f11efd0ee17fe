/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds → one SourceRecord per item, with the item's date and
 * the feed's title as outlet. An item's own full content (content:encoded, Atom content) is the
 * article; otherwise its link is fetched and read like any web page (fetch.ts, html.ts); a
 * summary is the last resort. XML is parsed by fast-xml-parser (nesting bounded by it, no DTD
 * fetched); a feed that declares its own entities (a "billion laughs") is refused outright.
 */
import { XMLParser } from 'fast-xml-parser';
import { kgError } from '../errors.js';
import type { SourceRecord } from '../types.js';
import { checkUrl, decodeText, fetchBounded } from './fetch.js';
import { htmlToRecord } from './html.js';
import type { RecordItem } from './json.js';

export interface FeedItem {
  title?: string;
  link?: string;
  date?: string;
  content?: string;
  summary?: string;
}
export interface Feed {
  title?: string;
  items: FeedItem[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  trimValues: true,
  htmlEntities: true,
  isArray: (name) => ['item', 'entry', 'link'].includes(name),
});

/** Text of an element that may be a string, {#text} or a list of either. */
const text = (v: unknown): string | undefined => {
  const x = Array.isArray(v) ? v[0] : v;
  const s = typeof x === 'string' ? x : x && typeof x === 'object' ? (x as Record<string, unknown>)['#text'] : undefined;
  return typeof s === 'string' && s.trim() ? s.trim() : undefined;
};
/** RSS <link>text</link>, or the Atom <link rel="alternate" href> (the first link without rel too). */
const linkOf = (links: unknown): string | undefined => {
  for (const l of (links as unknown[] | undefined) ?? []) {
    if (typeof l === 'string' && l.trim()) return l.trim();
    const o = l as Record<string, string>;
    if (o?.['@href'] && (!o['@rel'] || o['@rel'] === 'alternate')) return o['@href'];
  }
  return undefined;
};
const isoDate = (d: string | undefined): string | undefined => (d && !Number.isNaN(Date.parse(d)) ? new Date(d).toISOString() : d);

/** The feed in `xml`, or null when it is not RSS or Atom (or not XML at all). */
export function parseFeed(xml: string): Feed | null {
  let doc: Record<string, Record<string, unknown> | undefined>;
  try {
    doc = parser.parse(xml);
  } catch {
    return null;
  }
  const rss = doc.rss?.channel as Record<string, unknown> | undefined;
  const rdf = doc['rdf:RDF'];
  const atom = doc.feed;
  const root = (rss ?? (rdf?.channel as Record<string, unknown> | undefined) ?? atom) as Record<string, unknown> | undefined;
  const items = (rss?.item ?? rdf?.item ?? atom?.entry) as Record<string, unknown>[] | undefined;
  if (!root && !items) return null;
  const title = text(root?.title);
  return {
    ...(title ? { title } : {}),
    items: (items ?? []).map((it) => ({
      title: text(it.title),
      link: linkOf(it.link) ?? (typeof it.guid === 'string' && /^https?:/.test(it.guid) ? it.guid : undefined),
      date: isoDate(text(it.pubDate) ?? text(it.published) ?? text(it['dc:date']) ?? text(it.updated)),
      content: text(it['content:encoded']) ?? text(it.content),
      summary: text(it.description) ?? text(it.summary),
    })),
  };
}

/** Every item of the feed at `source` as a record (or one line saying why not). */
export async function* feedRecords(source: string, xml: string): AsyncGenerator<RecordItem> {
  if (/<!ENTITY/i.test(xml))
    return void (yield { error: kgError('FILE_BAD_FEED', `${source}: declares XML entities, which kg does not expand`) });
  const feed = parseFeed(xml);
  if (!feed) return void (yield { error: kgError('FILE_BAD_FEED', `${source}: is not an RSS or Atom feed`) });
  if (!feed.items.length)
    return void (yield { error: kgError('NO_ARTICLE_TEXT', `${source}: no article text found (the feed has no items)`) });
  for (let i = 0; i < feed.items.length; i++) yield await itemRecord(`${source}#${i + 1}`, feed.items[i]!, feed.title);
}

async function itemRecord(source: string, it: FeedItem, outlet: string | undefined): Promise<RecordItem> {
  const link = it.link ? checkUrl(it.link, `${source}: its link ${it.link}`) : undefined;
  let record: SourceRecord | undefined;
  if (it.content || !(link instanceof URL)) {
    const html = it.content ?? it.summary;
    if (!html)
      return {
        error:
          link instanceof URL || !link
            ? kgError('NO_ARTICLE_TEXT', `${source}: no article text found (the item has no content and no link)`)
            : link,
      };
    record = htmlToRecord(`<!doctype html><html><body>${html}</body></html>`, source);
  } else {
    const page = await fetchBounded(link.href);
    if ('error' in page) return { error: kgError(page.error.code, `${source}: ${page.error.message}`, page.error.hint) };
    const decoded = decodeText(source, page);
    if ('error' in decoded) return decoded;
    record = htmlToRecord(decoded.text, source);
  }
  if (!record.text.trim()) return { error: kgError('NO_ARTICLE_TEXT', `${source}: no article text found`) };
  if (link instanceof URL) record.url = link.href;
  else delete record.url;
  record.format = 'feed';
  if (it.title) record.title = it.title.slice(0, 500);
  if (it.date) record.date = it.date;
  if (outlet) record.outlet = outlet.slice(0, 500);
  return { record };
}
