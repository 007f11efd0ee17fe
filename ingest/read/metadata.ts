/**
 * Settles a record's URL and publication date from everything the reader saw, in this order:
 * the page's or record's own metadata (HTML meta tags, JSON `date`), a date line, dateline or
 * byline in the text, a date in the URL's path, a file name that is a date. What none of them
 * gives stays undated (no `date`): never the ingest date. A .txt/.md file whose first lines hold
 * a URL on its own line gets that URL. Pure.
 */
import type { SourceRecord } from '../types.js';
import { fileNameDate, isoDay, urlDate } from './dates.js';
import { textDate, textUrl } from './text-meta.js';

export function withMetadata(record: SourceRecord): SourceRecord {
  const out: SourceRecord = { ...record };
  if (!out.url && (out.format === 'txt' || out.format === 'md')) {
    const url = textUrl(out.text);
    if (url) out.url = url;
  }
  const date = isoDay(record.date) ?? textDate(out.text) ?? urlDate(out.url) ?? fileNameDate(out.source);
  if (date) out.date = date;
  else delete out.date;
  return out;
}
