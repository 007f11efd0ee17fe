/** The read edge of the pipeline: paths → SourceRecords or one-line errors, streamed. */
import type { KgError } from '../errors.js';
import { readRecords, type RecordItem } from './records.js';
import { walk } from './walk.js';

export type { RecordItem };

export async function* readInputs(paths: readonly string[]): AsyncGenerator<RecordItem> {
  for await (const item of walk(paths)) {
    if ('error' in item) yield { error: item.error as KgError };
    else yield* readRecords(item.file);
  }
}
