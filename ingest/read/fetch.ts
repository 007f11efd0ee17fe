/**
 * One web resource, bounded: http and https only, at most MAX_REDIRECTS redirects (each target
 * checked again), the whole exchange within KG_FETCH_TIMEOUT_MS, and the body cut off past
 * KG_MAX_FILE_MB. The body is returned as bytes with its media type; nothing in it is run.
 */
import { kgError, type KgError } from '../errors.js';
import { maxFileBytes } from './bounded.js';
import { decode } from './decode.js';

export const MAX_REDIRECTS = 5;
export const fetchTimeoutMs = (): number => Number(process.env.KG_FETCH_TIMEOUT_MS ?? 30_000);
const ACCEPT =
  'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,application/pdf,text/plain;q=0.8,*/*;q=0.5';

export interface Fetched {
  /** The URL the body came from, after redirects. */
  url: string;
  /** Media type without parameters, lowercased ('' when the server sent none). */
  type: string;
  charset?: string;
  data: Uint8Array;
}

export const isUrl = (s: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(s);

/** The URL, or why kg will not fetch it (only http and https). */
export function checkUrl(raw: string, from = raw): URL | KgError {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return kgError('URL_UNSUPPORTED', `${from}: is not a valid URL`);
  }
  return u.protocol === 'http:' || u.protocol === 'https:'
    ? u
    : kgError('URL_UNSUPPORTED', `${from}: ${u.protocol} URLs are not fetched`, 'kg fetches http and https only');
}

export async function fetchBounded(raw: string): Promise<Fetched | { error: KgError }> {
  const checked = checkUrl(raw);
  if (!(checked instanceof URL)) return { error: checked };
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), fetchTimeoutMs());
  let url = checked;
  try {
    for (let hop = 0; ; hop++) {
      const res = await fetch(url, {
        redirect: 'manual',
        signal: ctl.signal,
        headers: { accept: ACCEPT, 'user-agent': 'kg/0.1 (news ingest)' },
      });
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        await res.body?.cancel();
        if (hop >= MAX_REDIRECTS) return { error: kgError('URL_TOO_MANY_REDIRECTS', `${raw}: more than ${MAX_REDIRECTS} redirects`) };
        const next = checkUrl(new URL(location, url).href, `${raw}: redirected to ${location}, which`);
        if (!(next instanceof URL)) return { error: next };
        url = next;
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        return {
          error: kgError('URL_FETCH_FAILED', `${raw}: the server answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`),
        };
      }
      const [type = '', ...params] = (res.headers.get('content-type') ?? '').split(';').map((s) => s.trim());
      const charset = params
        .find((p) => /^charset=/i.test(p))
        ?.slice(8)
        .replace(/"/g, '');
      const body = await readBody(res, raw);
      return 'error' in body ? body : { url: url.href, type: type.toLowerCase(), ...(charset ? { charset } : {}), data: body.data };
    }
  } catch (e) {
    if (ctl.signal.aborted)
      return {
        error: kgError(
          'URL_TIMEOUT',
          `${raw}: no complete answer within ${fetchTimeoutMs() / 1000} s`,
          'raise KG_FETCH_TIMEOUT_MS for a slow server',
        ),
      };
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    return { error: kgError('URL_FETCH_FAILED', `${raw}: cannot be fetched (${cause?.code ?? cause?.message ?? (e as Error).message})`) };
  } finally {
    clearTimeout(timer);
  }
}

async function readBody(res: Response, raw: string): Promise<{ data: Uint8Array } | { error: KgError }> {
  const max = maxFileBytes();
  const tooLarge = () => ({
    error: kgError(
      'URL_TOO_LARGE',
      `${raw}: the answer is larger than the ${max / 1048576} MB limit for one article`,
      'raise KG_MAX_FILE_MB',
    ),
  });
  if (Number(res.headers.get('content-length') ?? 0) > max) {
    await res.body?.cancel();
    return tooLarge();
  }
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of (res.body ?? []) as AsyncIterable<Uint8Array>) {
    total += chunk.length;
    if (total > max) {
      await res.body?.cancel().catch(() => {});
      return tooLarge();
    }
    parts.push(chunk);
  }
  return { data: Buffer.concat(parts, total) };
}

/** Bytes → text by the declared charset (or a <meta charset> in an HTML head); UTF-8 is checked strictly. */
export function decodeText(source: string, f: Pick<Fetched, 'data' | 'charset'>): { text: string } | { error: KgError } {
  const head = Buffer.from(f.data.subarray(0, 2048)).toString('latin1');
  const label = (f.charset ?? /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8').toLowerCase();
  if (label === 'utf-8' || label === 'utf8') return decode(source, f.data);
  try {
    return { text: new TextDecoder(label).decode(f.data) };
  } catch {
    return { error: kgError('FILE_NOT_UTF8', `${source}: declares an unknown character set "${label}"`) };
  }
}
