/**
 * Filters: entity types, predicates, polarity, certainty, minimum supporting articles, and a
 * time window (two sliders over days between the graph's first and last relationship dates).
 */
import type { Stats } from '../../../shared/types.js';
import type { Explorer } from '../explorer.js';
import type { Filters } from '../filters.js';
import { el, fill } from './dom.js';

const DAY = 86_400_000;
const toDay = (iso: string): number => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY);
const toIso = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

function checks(name: string, values: string[], chosen: Set<string>, onChange: (s: Set<string>) => void): HTMLElement {
  return el('div', { class: 'chips', 'data-filter': name }, ...values.map((v) =>
    el('label', {}, el('input', { type: 'checkbox', value: v, checked: chosen.has(v), onchange: (e: Event) => {
      const next = new Set(chosen);
      if ((e.target as HTMLInputElement).checked) next.add(v);
      else next.delete(v);
      onChange(next);
    } }), ` ${v}`)));
}

export function filtersPanel(root: HTMLElement, ex: Explorer, stats: Stats): () => void {
  const set = (patch: Partial<Filters>): void => ex.setFilters({ ...ex.filters, ...patch });
  return () => {
    const f = ex.filters;
    const predicates = Object.entries(stats.predicates).sort((a, b) => b[1] - a[1]).map(([p]) => p);
    const predSelect = el('select', { multiple: true, size: 6, 'aria-label': 'predicates', onchange: (e: Event) =>
      set({ predicates: new Set([...(e.target as HTMLSelectElement).selectedOptions].map((o) => o.value)) }) },
      ...predicates.map((p) => { const o = el('option', { value: p }, `${p} (${stats.predicates[p]})`); o.selected = f.predicates.has(p); return o; }));
    const { min, max } = stats.dateRange;
    let dates: HTMLElement | null = null;
    if (min && max && toDay(min) < toDay(max)) {
      const lo = toDay(min);
      const hi = toDay(max);
      const label = el('div', { class: 'muted' }, `${f.from ?? min.slice(0, 10)} → ${f.to ?? max.slice(0, 10)}`);
      const from = el('input', { type: 'range', min: lo, max: hi, value: f.from ? toDay(f.from) : lo, 'aria-label': 'from date' });
      const to = el('input', { type: 'range', min: lo, max: hi, value: f.to ? toDay(f.to) : hi, 'aria-label': 'to date' });
      const apply = (): void => {
        const a = Math.min(Number(from.value), Number(to.value));
        const b = Math.max(Number(from.value), Number(to.value));
        set({ from: a > lo ? toIso(a) : null, to: b < hi ? toIso(b) : null });
      };
      from.addEventListener('change', apply);
      to.addEventListener('change', apply);
      dates = el('div', {}, label, from, to);
    }
    fill(root,
      el('h2', {}, 'Filters'),
      el('div', {}, el('strong', {}, 'Entity types'), checks('types', Object.keys(stats.types).sort(), f.types, (types) => set({ types }))),
      el('div', {}, el('strong', {}, 'Polarity'), checks('polarity', ['positive', 'negative'], f.polarity, (polarity) => set({ polarity }))),
      el('div', {}, el('strong', {}, 'Certainty'), checks('certainty', ['asserted', 'alleged', 'hedged', 'intended', 'conditional'], f.certainty, (certainty) => set({ certainty }))),
      el('label', { class: 'row' }, 'Min. articles', el('input', { type: 'number', min: 0, value: f.minArticles, 'aria-label': 'minimum articles',
        onchange: (e: Event) => set({ minArticles: Math.max(0, Number((e.target as HTMLInputElement).value) || 0) }) })),
      el('div', {}, el('strong', {}, 'Predicates'), predSelect),
      el('div', {}, el('strong', {}, 'Dates seen'), dates ?? el('div', { class: 'muted' }, min ? `all on ${min.slice(0, 10)}` : 'no dates in the graph')),
      el('button', { onclick: () => ex.setFilters({ types: new Set(), predicates: new Set(), polarity: new Set(), certainty: new Set(), minArticles: 0, from: null, to: null }) }, 'Clear filters'));
  };
}
