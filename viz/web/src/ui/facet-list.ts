/**
 * One facet as a list of checkboxes, each value with its count over the whole graph and how many
 * of those are on the canvas ("deny 8 — 1 shown"). Pure DOM building; the caller owns the state.
 */
import { el } from './dom.js';

export interface FacetValue {
  value: string;
  label?: string;
  n: number;
  shown: number;
}

export function counted(n: number, shown: number): HTMLElement {
  return el(
    'span',
    { class: 'count' },
    ` ${n.toLocaleString('en')}`,
    el('span', { class: 'muted' }, ` — ${shown.toLocaleString('en')} shown`),
  );
}

export function facetChecks(name: string, values: FacetValue[], chosen: Set<string>, onChange: (next: Set<string>) => void): HTMLElement {
  return el(
    'div',
    { class: 'facet', 'data-filter': name },
    ...values.map((v) =>
      el(
        'label',
        { class: 'facet-value', 'data-value': v.value },
        el('input', {
          type: 'checkbox',
          value: v.value,
          checked: chosen.has(v.value),
          onchange: (e: Event) => {
            const next = new Set(chosen);
            if ((e.target as HTMLInputElement).checked) next.add(v.value);
            else next.delete(v.value);
            onChange(next);
          },
        }),
        ` ${v.label ?? v.value}`,
        counted(v.n, v.shown),
      ),
    ),
  );
}

/** Values of a count map (whole graph) with their shown counts, chosen ones kept even at zero. */
export function valuesOf(
  all: Record<string, number>,
  shown: Record<string, number>,
  chosen: Set<string>,
  order?: readonly string[],
): FacetValue[] {
  const keys = [...new Set([...(order ?? []), ...Object.keys(all), ...chosen])].filter((k) => (all[k] ?? 0) > 0 || chosen.has(k));
  const sorted = order ? keys : keys.sort((a, b) => (all[b] ?? 0) - (all[a] ?? 0) || a.localeCompare(b));
  return sorted.map((value) => ({ value, n: all[value] ?? 0, shown: shown[value] ?? 0 }));
}
