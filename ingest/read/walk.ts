/**
 * Paths → the files to read: files as given, folders recursively (sorted, so runs are
 * deterministic), keeping the extensions kg reads. Only regular files are read: a FIFO, device
 * or socket (or a link to one) is refused by name, so nothing can block a run; links are followed
 * only to regular files (a linked folder inside a folder is not entered). Dataset files and
 * `--exclude` globs are left out (select.ts) and reported as skipped. Problems come back as errors.
 */
import type { Dirent, Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { kgError, type KgError } from '../errors.js';
import { selector, type SelectOptions, type SkipReason } from './select.js';

export const EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.json', '.jsonl', '.pdf', '.xml', '.rss', '.atom'] as const;

export type WalkItem = { file: string } | { error: KgError } | { skipped: string; reason: SkipReason | 'link' };

const supported = (file: string) => (EXTENSIONS as readonly string[]).includes(extname(file).toLowerCase());

/** What a non-regular file is, in words, or null for a regular file. */
export function specialKind(st: Stats): string | null {
  if (st.isFile()) return null;
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

export const notRegular = (path: string, kind: string): KgError =>
  kgError('FILE_NOT_REGULAR', `${path}: is ${kind}, not a regular file; not read`, 'kg reads regular files only');

function statError(path: string, e: unknown): KgError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return kgError('FILE_NOT_FOUND', `${path}: no such file or folder`);
  if (code === 'ELOOP') return kgError('FILE_UNREADABLE', `${path}: is a loop of symbolic links`);
  return kgError('FILE_UNREADABLE', `${path}: cannot be read (${code ?? 'error'})`);
}

export async function* walk(paths: readonly string[], opts: SelectOptions = {}): AsyncGenerator<WalkItem> {
  const skip = selector(opts);
  for (const path of paths) {
    let st: Stats;
    try {
      st = await stat(path);
    } catch (e) {
      yield { error: statError(path, e) };
      continue;
    }
    const reason = skip(path, path, st.isDirectory());
    if (reason) yield { skipped: path, reason };
    else if (st.isDirectory()) yield* walkDir(path, path, skip);
    else if (!supported(path))
      yield { error: kgError('FILE_UNSUPPORTED', `${path}: unsupported file type`, `kg reads ${EXTENSIONS.join(' ')}`) };
    else if (specialKind(st)) yield { error: notRegular(path, specialKind(st)!) };
    else yield { file: path };
  }
}

async function* walkDir(dir: string, root: string, skip: ReturnType<typeof selector>): AsyncGenerator<WalkItem> {
  let entries: Dirent[];
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
    let st: Stats | null = null;
    if (e.isSymbolicLink()) {
      try {
        st = await stat(p);
      } catch (err) {
        if (supported(p)) yield { error: statError(p, err) };
        continue;
      }
    }
    const isDir = st ? st.isDirectory() : e.isDirectory();
    if (!isDir && !supported(p)) continue;
    const reason = skip(p, relative(root, p), isDir);
    if (reason) yield { skipped: p, reason };
    else if (isDir && st) yield { skipped: p, reason: 'link' };
    else if (isDir) yield* walkDir(p, root, skip);
    else if (st ? specialKind(st) : !e.isFile()) yield { error: notRegular(p, st ? specialKind(st)! : direntKind(e)) };
    else yield { file: p };
  }
}

const direntKind = (e: Dirent): string =>
  e.isFIFO()
    ? 'a named pipe (FIFO)'
    : e.isCharacterDevice() || e.isBlockDevice()
      ? 'a device'
      : e.isSocket()
        ? 'a socket'
        : 'not a regular file';
