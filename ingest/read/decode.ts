/** Bytes → text, refusing what is not an article: empty, binary, not UTF-8. Pure. */
import { kgError, type KgError } from '../errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decode(file: string, bytes: Uint8Array): { text: string } | { error: KgError } {
  if (bytes.length === 0) return { error: kgError('FILE_EMPTY', `${file}: file is empty`) };
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { error: kgError('FILE_BINARY', `${file}: looks binary (contains NUL bytes), not text`) };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { error: kgError('FILE_NOT_UTF8', `${file}: is not valid UTF-8`, 'convert it, e.g. iconv -f latin1 -t utf-8') };
  }
  text = text.replace(/^\uFEFF/, '');
  if (!text.trim()) return { error: kgError('FILE_EMPTY', `${file}: has no text (only white space)`) };
  return { text };
}
