/**
 * HTML page → SourceRecord: the main article text via Mozilla Readability (on a linkedom DOM),
 * paragraphs separated by blank lines, and metadata from the page head (html-meta.ts).
 * Never throws on junk: an unreadable page gives text '' and the caller reports "no article text found".
 * The page is only parsed, never run: no script executes and nothing it links to is fetched.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlMeta, type HtmlMeta } from './html-meta.js';
import type { SourceRecord } from '../types.js';

/** Elements whose content is never article text (a page of scripts only has no text). */
const NOT_TEXT = 'script, style, noscript, template, svg, iframe, object, head';
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td';

type El = {
  textContent: string | null;
  querySelectorAll(sel: string): ArrayLike<El>;
  closest?(sel: string): El | null;
  parentElement?: El | null;
};

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** Text of the block elements (innermost only), one paragraph each. */
export function blocksText(root: El): string {
  const blocks = Array.from(root.querySelectorAll(BLOCKS)).filter((el) => !el.querySelectorAll(BLOCKS).length);
  const paras = blocks.map((el) => squash(el.textContent)).filter(Boolean);
  return paras.length ? paras.join('\n\n') : squash(root.textContent);
}

function mainText(html: string): string {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 100 }).parse();
  if (article?.content) {
    const { document: inner } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    const text = blocksText(inner.body as unknown as El);
    if (text) return text;
  }
  const fresh = parseHTML(html).document;
  for (const el of Array.from(fresh.querySelectorAll(NOT_TEXT)) as { remove(): void }[]) el.remove();
  return fresh.body ? blocksText(fresh.body as unknown as El) : '';
}

function metaOf(html: string): HtmlMeta {
  try {
    return htmlMeta(parseHTML(html).document as unknown as Parameters<typeof htmlMeta>[0]);
  } catch {
    return {};
  }
}

/** A fragment (no <html>, no <body>) put in a document, which linkedom needs to find its body. */
const asDocument = (html: string): string => (/<(html|body)[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);

export function htmlToRecord(page: string, source: string): SourceRecord {
  const html = asDocument(page);
  let text = '';
  try {
    text = mainText(html);
  } catch {
    text = '';
  }
  const meta = metaOf(html);
  const record: SourceRecord = { source, text, format: 'html' };
  if (meta.title) record.title = squash(meta.title);
  if (meta.date) record.date = meta.date;
  if (meta.outlet) record.outlet = squash(meta.outlet);
  if (meta.url) record.url = meta.url;
  return record;
}
