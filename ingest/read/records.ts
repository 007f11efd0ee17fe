/**
 * One file → its SourceRecords, by format: .txt/.md whole, .html through the readability
 * extractor, .json (a record, an array of records, or {articles: [...]}) and .jsonl streamed
 * line by line (so a large corpus file never sits in memory). A JSON record needs `text` and may
 * carry `title`, `url`, `date`, `source` (the outlet). URL and date are settled by metadata.ts.
 * Problems are yielded, never thrown.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { kgError, type KgError } from '../errors.js';
import type { SourceRecord } from '../types.js';
import { decode } from './decode.js';
import { htmlToRecord } from './html.js';
import { withMetadata } from './metadata.js';

export type RecordItem = { record: SourceRecord } | { error: KgError };

/** Largest file read whole (JSONL is streamed and limited per line instead). */
export const maxFileBytes = (): number => Number(process.env.KG_MAX_FILE_MB ?? 10) * 1024 * 1024;

/** Every record of `file`, keyed by its absolute path so `a.txt` and `./dir/../a.txt` are one article. */
export async function* readRecords(file: string): AsyncGenerator<RecordItem> {
  const abs = resolve(file);
  for await (const item of readFormat(file)) {
    if ('record' in item) yield { record: withMetadata({ ...item.record, key: abs + item.record.source.slice(file.length) }) };
    else yield item;
  }
}

async function* readFormat(file: string): AsyncGenerator<RecordItem> {
  const ext = extname(file).toLowerCase();
  if (ext === '.jsonl') {
    yield* readJsonl(file);
    return;
  }
  const bytes = await readBounded(file);
  if ('error' in bytes) return void (yield bytes);
  const decoded = decode(file, bytes.data);
  if ('error' in decoded) return void (yield decoded);
  const { text } = decoded;
  if (ext === '.html' || ext === '.htm') {
    const record = htmlToRecord(text, file);
    yield record.text.trim() ? { record } : { error: kgError('FILE_EMPTY', `${file}: HTML holds no article text`) };
  } else if (ext === '.json') {
    yield* fromJson(file, text);
  } else {
    yield { record: { source: file, text, format: ext === '.md' ? 'md' : 'txt' } };
  }
}

async function readBounded(file: string): Promise<{ data: Uint8Array } | { error: KgError }> {
  let fh;
  try {
    fh = await open(file, 'r');
    const { size } = await fh.stat();
    if (size > maxFileBytes()) {
      return { error: kgError('FILE_TOO_LARGE', `${file}: ${(size / 1048576).toFixed(1)} MB is larger than the ${maxFileBytes() / 1048576} MB limit for one article`, 'split it, use .jsonl, or raise KG_MAX_FILE_MB') };
    }
    return { data: await fh.readFile() };
  } catch (e) {
    return { error: kgError('FILE_UNREADABLE', `${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`) };
  } finally {
    await fh?.close();
  }
}

function* fromJson(file: string, text: string): Generator<RecordItem> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return void (yield { error: kgError('FILE_BAD_JSON', `${file}: invalid JSON (${(e as Error).message.split('\n')[0]})`) });
  }
  const list = Array.isArray(value) ? value : Array.isArray((value as { articles?: unknown })?.articles) ? (value as { articles: unknown[] }).articles : [value];
  for (let i = 0; i < list.length; i++) yield toRecord(list.length === 1 && !Array.isArray(value) ? file : `${file}#${i + 1}`, list[i]);
}

async function* readJsonl(file: string): AsyncGenerator<RecordItem> {
  const stream = createReadStream(file, { encoding: 'utf8' });
  const failed = new Promise<KgError>((resolve) => stream.once('error', (e: NodeJS.ErrnoException) => resolve(kgError('FILE_UNREADABLE', `${file}: cannot be read (${e.code ?? 'error'})`))));
  let n = 0;
  let any = false;
  try {
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
      n++;
      if (!line.trim()) continue;
      any = true;
      if (line.length > maxFileBytes()) {
        yield { error: kgError('FILE_TOO_LARGE', `${file}:${n}: record is larger than ${maxFileBytes() / 1048576} MB`) };
        continue;
      }
      if (line.includes('\u0000') || line.includes('\uFFFD')) {
        yield { error: kgError('FILE_NOT_UTF8', `${file}:${n}: is binary or not valid UTF-8`) };
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (e) {
        yield { error: kgError('FILE_BAD_JSON', `${file}:${n}: invalid JSON (${(e as Error).message.split('\n')[0]})`) };
        continue;
      }
      yield toRecord(`${file}#${n}`, value);
    }
  } catch {
    yield { error: await failed };
    return;
  }
  if (!any) yield { error: kgError('FILE_EMPTY', `${file}: file is empty`) };
}

function toRecord(source: string, v: unknown): RecordItem {
  const o = v as Record<string, unknown> | null;
  if (!o || typeof o !== 'object' || typeof o.text !== 'string') {
    return { error: kgError('FILE_BAD_JSON', `${source}: record has no "text" string`, 'each record needs {"text": …} and may have title, url, date, source') };
  }
  if (!o.text.trim()) return { error: kgError('FILE_EMPTY', `${source}: record has empty text`) };
  const str = (k: string) => (typeof o[k] === 'string' && (o[k] as string).trim() ? (o[k] as string).trim() : undefined);
  const record: SourceRecord = { source, text: o.text, format: 'json' };
  const title = str('title'), url = str('url'), date = str('date') ?? str('publishedAt'), outlet = str('source') ?? str('outlet');
  if (title) record.title = title;
  if (url) record.url = url;
  if (date) record.date = date;
  if (outlet) record.outlet = outlet;
  return { record };
}
