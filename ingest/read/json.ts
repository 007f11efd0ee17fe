/**
 * JSON and JSON Lines → SourceRecords. A .json file holds a record, an array of records or
 * {articles: [...]}; a .jsonl file one record per line, streamed (a corpus file never sits in
 * memory; each line is size-boxed and decoded strictly, so a real U+FFFD is text but a broken
 * byte is refused). A record needs `text` and may carry `title`, `url`, `date`, `source` (the
 * outlet). After MAX_BAD_LINES problems in one file, the rest are counted in one more line.
 */
import { kgError, type KgError } from '../errors.js';
import type { SourceRecord } from '../types.js';
import { maxFileBytes, readLines, tooLarge } from './bounded.js';
import { decode } from './decode.js';

export type RecordItem = { record: SourceRecord } | { error: KgError };

const MAX_BAD_LINES = 5;
const MAX_TITLE = 500;

export function* fromJson(file: string, text: string): Generator<RecordItem> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return void (yield { error: kgError('FILE_BAD_JSON', `${file}: invalid JSON (${(e as Error).message.split('\n')[0]})`) });
  }
  const articles = (value as { articles?: unknown } | null)?.articles;
  const list = Array.isArray(value) ? value : Array.isArray(articles) ? articles : [value];
  if (list.length === 0) return void (yield { error: kgError('NO_ARTICLE_TEXT', `${file}: no article text found (an empty list)`) });
  yield* cappedSync(
    file,
    list.map((v, i) => toRecord(list.length === 1 && !Array.isArray(value) ? file : `${file}#${i + 1}`, v)),
  );
}

export async function* readJsonl(file: string): AsyncGenerator<RecordItem> {
  let any = false;
  const items = async function* (): AsyncGenerator<RecordItem> {
    for await (const line of readLines(file)) {
      if ('error' in line) return void (yield line);
      const where = `${file}:${line.n}`;
      if ('tooLong' in line) {
        any = true;
        yield { error: tooLarge(`${where}: record`, line.tooLong) };
        continue;
      }
      if (!line.bytes.some((b) => b > 32)) continue;
      any = true;
      const decoded = decode(where, line.bytes);
      if ('error' in decoded) {
        yield decoded;
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(decoded.text);
      } catch (e) {
        yield { error: kgError('FILE_BAD_JSON', `${where}: invalid JSON (${(e as Error).message.split('\n')[0]})`) };
        continue;
      }
      yield toRecord(`${file}#${line.n}`, value);
    }
    if (!any) yield { error: kgError('FILE_EMPTY', `${file}: file is empty`) };
  };
  yield* capped(file, items());
}

function* cappedSync(file: string, items: RecordItem[]): Generator<RecordItem> {
  const bad = items.filter((x) => 'error' in x).length;
  let shown = 0;
  for (const item of items) if (!('error' in item) || ++shown <= MAX_BAD_LINES) yield item;
  if (bad > MAX_BAD_LINES) yield { error: kgError('FILE_BAD_JSON', `${file}: ${bad - MAX_BAD_LINES} more bad records not listed`) };
}

/** Pass items through, but after MAX_BAD_LINES errors count the rest into one closing line. */
async function* capped(file: string, items: AsyncIterable<RecordItem>): AsyncGenerator<RecordItem> {
  let bad = 0;
  for await (const item of items) {
    if ('error' in item && ++bad > MAX_BAD_LINES) continue;
    yield item;
  }
  if (bad > MAX_BAD_LINES) yield { error: kgError('FILE_BAD_JSON', `${file}: ${bad - MAX_BAD_LINES} more bad records not listed`) };
}

export function toRecord(source: string, v: unknown): RecordItem {
  const o = v as Record<string, unknown> | null;
  if (!o || typeof o !== 'object' || Array.isArray(o) || typeof o.text !== 'string') {
    return {
      error: kgError(
        'FILE_BAD_JSON',
        `${source}: record has no "text" string`,
        'each record needs {"text": …} and may have title, url, date, source',
      ),
    };
  }
  if (!o.text.trim()) return { error: kgError('FILE_EMPTY', `${source}: record has empty text`) };
  if (o.text.length > maxFileBytes()) return { error: tooLarge(`${source}: record`, o.text.length) };
  const str = (k: string) => (typeof o[k] === 'string' && (o[k] as string).trim() ? (o[k] as string).trim() : undefined);
  const record: SourceRecord = { source, text: o.text, format: 'json' };
  const title = str('title'),
    url = str('url'),
    date = str('date') ?? str('publishedAt'),
    outlet = str('source') ?? str('outlet');
  if (title) record.title = title.slice(0, MAX_TITLE);
  if (url) record.url = url;
  if (date) record.date = date;
  if (outlet) record.outlet = outlet.slice(0, MAX_TITLE);
  return { record };
}
