/**
 * Paths → the files to read: files as given, folders recursively (sorted, so runs are
 * deterministic), keeping the extensions kg reads. Problems come back as errors, one per path.
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { kgError, type KgError } from '../errors.js';

export const EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.json', '.jsonl'] as const;

export type WalkItem = { file: string } | { error: KgError };

const supported = (file: string) => (EXTENSIONS as readonly string[]).includes(extname(file).toLowerCase());

export async function* walk(paths: readonly string[]): AsyncGenerator<WalkItem> {
  for (const path of paths) {
    let st;
    try {
      st = await stat(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      yield { error: code === 'ENOENT' || code === 'ENOTDIR' ? kgError('FILE_NOT_FOUND', `${path}: no such file or folder`) : kgError('FILE_UNREADABLE', `${path}: cannot be read (${code ?? 'error'})`) };
      continue;
    }
    if (st.isDirectory()) yield* walkDir(path);
    else if (supported(path)) yield { file: path };
    else yield { error: kgError('FILE_UNSUPPORTED', `${path}: unsupported file type`, `kg reads ${EXTENSIONS.join(' ')}`) };
  }
}

async function* walkDir(dir: string): AsyncGenerator<WalkItem> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    yield { error: kgError('FILE_UNREADABLE', `${dir}: folder cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walkDir(p);
    else if (supported(p)) yield { file: p };
  }
}
