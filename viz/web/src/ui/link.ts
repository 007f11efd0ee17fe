/**
 * A link out of the explorer: only http(s) URLs become links (a `javascript:` or `data:` URL from
 * an article stays text), opened in a new tab with rel="noopener noreferrer".
 */
import { el } from './dom.js';

export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}

export function externalLink(url: string | null | undefined, text?: string): HTMLElement | null {
  const href = safeUrl(url);
  if (!href) return url ? el('span', { class: 'muted' }, url) : null;
  return el('a', { href, target: '_blank', rel: 'noopener noreferrer', class: 'external' }, text ?? href);
}
