/**
 * The shareable part of the view — focused actor, filters, a path query — encoded in the URL's
 * query string and read back on load. Pure: strings in, objects out; bad values are ignored.
 */
import { emptyFilters, type Filters } from './filters.js';

export interface UrlState {
  focus: string | null;
  edge: string | null;
  pathFrom: string | null;
  pathTo: string | null;
  filters: Filters;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const list = (v: string | null): Set<string> => new Set((v ?? '').split(',').map((s) => s.trim()).filter(Boolean));

export function decode(search: string): UrlState {
  const p = new URLSearchParams(search);
  const f = emptyFilters();
  f.types = list(p.get('types'));
  f.predicates = list(p.get('pred'));
  f.polarity = list(p.get('pol'));
  f.certainty = list(p.get('cert'));
  const min = Number(p.get('minArticles'));
  f.minArticles = Number.isInteger(min) && min > 0 ? Math.min(min, 10_000) : 0;
  const from = p.get('from');
  const to = p.get('to');
  f.from = from && DATE.test(from) ? from : null;
  f.to = to && DATE.test(to) ? to : null;
  return { focus: p.get('focus') || null, edge: p.get('edge') || null, pathFrom: p.get('pathFrom') || null, pathTo: p.get('pathTo') || null, filters: f };
}

export function encode(s: UrlState): string {
  const p = new URLSearchParams();
  if (s.focus) p.set('focus', s.focus);
  if (s.edge) p.set('edge', s.edge);
  if (s.pathFrom && s.pathTo) {
    p.set('pathFrom', s.pathFrom);
    p.set('pathTo', s.pathTo);
  }
  const f = s.filters;
  const sets: [string, Set<string>][] = [['types', f.types], ['pred', f.predicates], ['pol', f.polarity], ['cert', f.certainty]];
  for (const [k, v] of sets) if (v.size > 0) p.set(k, [...v].sort().join(','));
  if (f.minArticles > 0) p.set('minArticles', String(f.minArticles));
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  const q = p.toString();
  return q ? `?${q}` : '';
}
