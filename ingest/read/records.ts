/**
 * Bytes of one source → its SourceRecords, by kind: text and Markdown whole, HTML through the
 * readability extractor, JSON and JSON Lines (json.ts), PDF (pdf.ts), RSS/Atom feeds (feed.ts).
 * Files are picked by extension and read size- and time-boxed (bounded.ts); web sources come
 * through url.ts. Problems are yielded as one-line errors, never thrown. URL and date are settled by
 * metadata.ts, in readInputs. The HTML and feed parsers load on first use: a run over text files
 * never pays for them.
 */
import { extname, resolve } from 'node:path';
import { kgError } from '../errors.js';
import type { SourceRecord } from '../types.js';
import { readBounded } from './bounded.js';
import { decode } from './decode.js';
import { fromJson, readJsonl, type RecordItem } from './json.js';
import { pdfToRecord } from './pdf.js';

export type { RecordItem };
export type Kind = 'txt' | 'md' | 'html' | 'json' | 'pdf' | 'feed';

const BY_EXTENSION: Record<string, Kind> = {
  '.txt': 'txt',
  '.md': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.pdf': 'pdf',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

/** Every record of `file`, keyed by its absolute path so `a.txt` and `./dir/../a.txt` are one article. */
export async function* readRecords(file: string): AsyncGenerator<RecordItem> {
  const abs = resolve(file);
  for await (const item of readFile(file)) {
    if ('record' in item && !item.record.url) item.record.key = abs + item.record.source.slice(file.length);
    yield item;
  }
}

async function* readFile(file: string): AsyncGenerator<RecordItem> {
  const ext = extname(file).toLowerCase();
  if (ext === '.jsonl') return yield* readJsonl(file);
  const bytes = await readBounded(file);
  if ('error' in bytes) return void (yield bytes);
  yield* fromBytes(file, BY_EXTENSION[ext] ?? 'txt', bytes.data);
}

/** The records in `data`, read as `kind`; `text` when the caller has decoded it already. */
export async function* fromBytes(source: string, kind: Kind, data: Uint8Array, text?: string): AsyncGenerator<RecordItem> {
  if (kind === 'pdf') return void (yield await pdfToRecord(source, data));
  if (text === undefined) {
    const decoded = decode(source, data);
    if ('error' in decoded) return void (yield decoded);
    text = decoded.text;
  }
  if (kind === 'feed') return yield* (await import('./feed.js')).feedRecords(source, text);
  if (kind === 'json') return yield* fromJson(source, text);
  const record: SourceRecord = kind === 'html' ? (await import('./html.js')).htmlToRecord(text, source) : { source, text, format: kind };
  yield record.text.trim()
    ? { record }
    : {
        error: kgError(
          'NO_ARTICLE_TEXT',
          `${source}: no article text found`,
          kind === 'html' ? 'the page holds no paragraphs of text' : undefined,
        ),
      };
}
