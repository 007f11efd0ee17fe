/**
 * The shareable part of the view — focused actor, selected relationship, a path query, filters —
 * encoded in the URL's query string and read back on load (filters in the same encoding the API
 * takes, shared/filter-params.ts). Pure: strings in, objects out; bad values are ignored.
 */
import { decodeFilters, encodeFilters } from '../../shared/filter-params.js';
import type { Filters } from './filters.js';

export interface UrlState {
  focus: string | null;
  edge: string | null;
  pathFrom: string | null;
  pathTo: string | null;
  filters: Filters;
}

export function decode(search: string): UrlState {
  const p = new URLSearchParams(search);
  return {
    focus: p.get('focus') || null,
    edge: p.get('edge') || null,
    pathFrom: p.get('pathFrom') || null,
    pathTo: p.get('pathTo') || null,
    filters: decodeFilters(p),
  };
}

export function encode(s: UrlState): string {
  const p = new URLSearchParams();
  if (s.focus) p.set('focus', s.focus);
  if (s.edge) p.set('edge', s.edge);
  if (s.pathFrom && s.pathTo) {
    p.set('pathFrom', s.pathFrom);
    p.set('pathTo', s.pathTo);
  }
  const q = encodeFilters(s.filters, p).toString();
  return q ? `?${q}` : '';
}
