/**
 * The read edge of the pipeline: paths and web addresses → SourceRecords, one-line errors and
 * skipped files, streamed. Files come through the walk (regular files only, exclusions applied).
 */
import { isUrl } from './fetch.js';
import { withMetadata } from './metadata.js';
import { readRecords, type RecordItem } from './records.js';
import type { SelectOptions, SkipReason } from './select.js';
import { readUrl } from './url.js';
import { walk } from './walk.js';

export type ReadItem = RecordItem | { skipped: string; reason: SkipReason | 'link' };
export type ReadOptions = SelectOptions;
export type { RecordItem };

/** Every record with its URL and publication date settled (metadata.ts). */
export async function* readInputs(inputs: readonly string[], opts: ReadOptions = {}): AsyncGenerator<ReadItem> {
  for await (const item of rawInputs(inputs, opts)) yield 'record' in item ? { record: withMetadata(item.record) } : item;
}

async function* rawInputs(inputs: readonly string[], opts: ReadOptions): AsyncGenerator<ReadItem> {
  for (const input of inputs) {
    if (isUrl(input)) yield* readUrl(input);
    else
      for await (const item of walk([input], opts)) {
        if ('file' in item) yield* readRecords(item.file);
        else yield item;
      }
  }
}
