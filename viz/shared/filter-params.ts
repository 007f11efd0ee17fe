/**
 * Filters as query-string parameters, one encoding for the page URL and the API:
 * types, fam, pred, pol, cert (comma lists), attr (yes|no), minSources, from, to (yyyy-mm-dd),
 * rejected=1 (show relationships a curator rejected).
 * Pure; bad values are ignored, never thrown.
 */
import { emptyFilters, type Filters } from './filters.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const list = (v: string | null): Set<string> =>
  new Set(
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .slice(0, 500),
  );

export function decodeFilters(p: URLSearchParams): Filters {
  const f = emptyFilters();
  f.types = list(p.get('types'));
  f.families = list(p.get('fam'));
  f.predicates = list(p.get('pred'));
  f.polarity = list(p.get('pol'));
  f.certainty = list(p.get('cert'));
  const attr = p.get('attr');
  f.attributed = attr === 'yes' || attr === 'no' ? attr : null;
  const min = Number(p.get('minSources'));
  f.minSources = Number.isInteger(min) && min > 1 ? Math.min(min, 1000) : 0;
  const from = p.get('from');
  const to = p.get('to');
  f.from = from && DATE.test(from) ? from : null;
  f.to = to && DATE.test(to) ? to : null;
  if (p.get('rejected') === '1') f.rejected = true;
  return f;
}

export function encodeFilters(f: Filters, p: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const sets: [string, Set<string>][] = [
    ['types', f.types],
    ['fam', f.families],
    ['pred', f.predicates],
    ['pol', f.polarity],
    ['cert', f.certainty],
  ];
  for (const [k, v] of sets) if (v.size > 0) p.set(k, [...v].sort().join(','));
  if (f.attributed) p.set('attr', f.attributed);
  if (f.minSources > 1) p.set('minSources', String(f.minSources));
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (f.rejected) p.set('rejected', '1');
  return p;
}

/** A fastify query object (string values) as URLSearchParams. */
export const paramsOf = (q: Record<string, unknown>): URLSearchParams =>
  new URLSearchParams(Object.entries(q).filter(([, v]) => typeof v === 'string') as [string, string][]);
