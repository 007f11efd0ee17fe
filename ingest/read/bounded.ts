/**
 * Size- and time-boxed reads of regular files. The file is opened non-blocking and checked with
 * fstat on the open handle (so a FIFO swapped in after the walk still cannot block), every read
 * call must make progress within KG_READ_TIMEOUT_MS, and no read takes more than the size limit
 * into memory, whatever the file claims its size is.
 */
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { kgError, type KgError } from '../errors.js';
import { notRegular, specialKind } from './walk.js';

/** Largest file read whole, and largest JSONL line (KG_MAX_FILE_MB, default 10). */
export const maxFileBytes = (): number => Number(process.env.KG_MAX_FILE_MB ?? 10) * 1024 * 1024;
export const readTimeoutMs = (): number => Number(process.env.KG_READ_TIMEOUT_MS ?? 30_000);

const CHUNK = 1 << 16;
/** Small enough for Buffer.allocUnsafe to take from Node's shared pool. */
const PROBE = (Buffer.poolSize >>> 1) - 1;
const unreadable = (file: string, e: unknown): KgError =>
  kgError('FILE_UNREADABLE', `${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
export const tooLarge = (what: string, bytes: number): KgError =>
  kgError(
    'FILE_TOO_LARGE',
    `${what}: ${(bytes / 1048576).toFixed(bytes < 10 * 1048576 ? 2 : 1)} MB is larger than the ${maxFileBytes() / 1048576} MB limit for one article`,
    'split it, use .jsonl, or raise KG_MAX_FILE_MB',
  );

/** Reject after `ms` unless `p` settles first (the timer never keeps the process alive). */
export function within<T>(p: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
    timer.unref();
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

export async function openRegular(file: string): Promise<{ fh: FileHandle; size: number } | { error: KgError }> {
  let fh: FileHandle | undefined;
  try {
    fh = await within(open(file, constants.O_RDONLY | constants.O_NONBLOCK), readTimeoutMs(), () => timeout(file));
    const st = await fh.stat();
    const kind = specialKind(st);
    if (kind) {
      await fh.close();
      return { error: notRegular(file, kind) };
    }
    return { fh, size: st.size };
  } catch (e) {
    await fh?.close().catch(() => {});
    return { error: (e as KgError).code === 'FILE_TIMEOUT' ? (e as KgError) : unreadable(file, e) };
  }
}

const timeout = (file: string) =>
  kgError(
    'FILE_TIMEOUT',
    `${file}: reading made no progress for ${readTimeoutMs() / 1000} s`,
    'is it on a stalled network drive? raise KG_READ_TIMEOUT_MS',
  );

/** One read call on `fh`, time-boxed. */
async function readChunk(fh: FileHandle, file: string, buf: Buffer): Promise<number> {
  const { bytesRead } = await within(fh.read(buf, 0, buf.length, null), readTimeoutMs(), () => timeout(file));
  return bytesRead;
}

/** The whole file, or one error: not regular, unreadable, stalled, or over `max` bytes. */
export async function readBounded(file: string, max = maxFileBytes()): Promise<{ data: Uint8Array } | { error: KgError }> {
  const opened = await openRegular(file);
  if ('error' in opened) return opened;
  const { fh, size } = opened;
  if (size > max) {
    await fh.close();
    return { error: tooLarge(file, size) };
  }
  const parts: Buffer[] = [];
  let total = 0;
  // The first read asks for the size fstat gave (plus one byte, to see the end); after a short read,
  // the end is probed with a small buffer from Node's pool; a file larger than it said (or saying 0,
  // as /proc files do) is read in reads doubling up to a megabyte. Buffers sized to the file, not
  // to a megabyte, keep the main thread's garbage collector from running after every few files.
  let want = size + 1;
  try {
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(want, max + 1 - total));
      const n = await readChunk(fh, file, buf);
      if (n === 0) break;
      parts.push(buf.subarray(0, n));
      total += n;
      if (total > max) return { error: tooLarge(file, total) };
      want = n < buf.length ? PROBE : Math.min(buf.length * 2, CHUNK * 16);
    }
    return { data: parts.length === 1 ? parts[0]! : Buffer.concat(parts, total) };
  } catch (e) {
    return { error: (e as KgError).code === 'FILE_TIMEOUT' ? (e as KgError) : unreadable(file, e) };
  } finally {
    await fh.close().catch(() => {});
  }
}

export type Line = { n: number; bytes: Uint8Array } | { n: number; tooLong: number } | { error: KgError };

/** The file's lines as bytes (1-based numbers), streamed; a line over `max` bytes is skipped whole. */
export async function* readLines(file: string, max = maxFileBytes()): AsyncGenerator<Line> {
  const opened = await openRegular(file);
  if ('error' in opened) return void (yield opened);
  const { fh } = opened;
  const buf = Buffer.allocUnsafe(CHUNK);
  let parts: Buffer[] = [];
  let len = 0;
  let skipped = 0; // bytes of a line past `max`, dropped as they come
  let n = 1;
  const take = (piece: Buffer): void => {
    if (!skipped && len + piece.length <= max) {
      parts.push(Buffer.from(piece));
      len += piece.length;
      return;
    }
    skipped = (skipped || len) + piece.length;
    parts = [];
    len = 0;
  };
  const end = (): Line => {
    const line: Line = skipped ? { n, tooLong: skipped } : { n, bytes: Buffer.concat(parts, len) };
    [parts, len, skipped] = [[], 0, 0];
    n++;
    return line;
  };
  try {
    for (let got = await readChunk(fh, file, buf); got > 0; got = await readChunk(fh, file, buf)) {
      const chunk = buf.subarray(0, got);
      let from = 0;
      for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, from)) {
        take(chunk.subarray(from, nl));
        yield end();
        from = nl + 1;
      }
      take(chunk.subarray(from));
    }
    if (len || skipped) yield end();
  } catch (e) {
    yield { error: (e as KgError).code === 'FILE_TIMEOUT' ? (e as KgError) : unreadable(file, e) };
  } finally {
    await fh.close().catch(() => {});
  }
}
