/**
 * Which outlet an article comes from, as a key for counting independent sources: its outlet name
 * (lower-cased, "The" and punctuation dropped: "The New Arab" → "new arab"), else its URL's host
 * without "www." ("www.latimes.com" → "latimes.com"), else null (unknown: the article stands alone).
 */
export function outletKey(outlet: string | null | undefined, url: string | null | undefined): string | null {
  const name = (outlet ?? '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (name) return name;
  if (!url) return null;
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
    return host || null;
  } catch {
    return null;
  }
}
