/**
 * Which files a run leaves out, before anything is opened: dataset files (README, LICENSE,
 * SOURCE… beside the articles; names in ingest/data/dataset-files.json) unless `includeAll`,
 * and the user's `--exclude` globs. A glob without a slash matches the file or folder name
 * anywhere (`*.json`, `drafts`); with a slash it matches the path below the folder given
 * (`sport/**`) or the path as given.
 */
import picomatch from 'picomatch';
import { basename } from 'node:path';
import datasetFiles from '../data/dataset-files.json' with { type: 'json' };

export interface SelectOptions {
  /** Globs to leave out (`--exclude`, repeatable). */
  exclude?: readonly string[];
  /** Read dataset files too (`--include-all`). */
  includeAll?: boolean;
}

export type SkipReason = 'dataset' | 'excluded';

const isDatasetFile = picomatch(datasetFiles.names, { nocase: true, dot: true });

export function selector(opts: SelectOptions = {}): (path: string, rel: string, isDir: boolean) => SkipReason | null {
  const globs = (opts.exclude ?? []).filter((g) => g.trim());
  const excluded = globs.length ? picomatch(globs, { basename: true, dot: true }) : () => false;
  return (path, rel, isDir) => {
    if (excluded(rel) || excluded(path)) return 'excluded';
    if (!isDir && !opts.includeAll && isDatasetFile(basename(path))) return 'dataset';
    return null;
  };
}
