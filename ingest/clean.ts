/** Stage: SourceRecord → Article. Drops web boilerplate and settles metadata. */
import { shortId, sha256 } from './hash.js';
import type { Carrier } from './types.js';

const BOILERPLATE = [/^-?\s*advertisement\s*-?$/i, /^related stories$/i, /^recent articles$/i];

export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((line) => !BOILERPLATE.some((re) => re.test(line.trim())))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function clean(c: Carrier): Carrier {
  const { record } = c;
  const text = cleanText(record.text);
  const firstLine = text.split('\n', 1)[0] ?? '';
  return {
    ...c,
    article: {
      id: shortId(record.url ? `url:${record.url}` : `file:${record.source}`),
      source: record.source,
      title: record.title ?? firstLine.slice(0, 200),
      outlet: record.outlet ?? null,
      url: record.url ?? null,
      publishedAt: record.date ?? null,
      contentHash: sha256(text),
      text,
    },
  };
}
