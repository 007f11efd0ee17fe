/**
 * Filters with counts over the whole graph (the server's facets) and, next to each, how many are
 * on the canvas: entity types, polarity, certainty, attribution, independent sources and the
 * predicate families. "Show matches" draws the strongest relationships of the whole graph that
 * pass. The date window is the timeline's (timeline.ts). The "shown" figures are recounted in
 * slices (loaded.ts) after the filters or the loaded graph change.
 */
import { CERTAINTIES, POLARITIES } from '../../../shared/certainty.js';
import { emptyFacets } from '../../../shared/facets.js';
import { api } from '../api.js';
import type { Explorer } from '../explorer.js';
import type { FacetsStore } from '../facets-store.js';
import { emptyFilters, isFiltering, type Filters } from '../filters.js';
import { countLoaded } from '../loaded.js';
import { el, fill } from './dom.js';
import { facetChecks, valuesOf } from './facet-list.js';
import { predicateFacet } from './predicate-facet.js';

const SOURCES = ['1', '2', '3', '4', '5+'];

export interface FacetsPanel {
  render(): void;
  /** Recount what is on the canvas, then render. */
  recount(): void;
}

export function facetsPanel(root: HTMLElement, ex: Explorer, store: FacetsStore, totalRelationships: number): FacetsPanel {
  const set = (patch: Partial<Filters>): void => ex.setFilters({ ...ex.filters, ...patch });
  const preds = predicateFacet(set);
  const head = el('div', { 'data-testid': 'facets-summary' });
  const body = el('div', {});
  fill(root, el('h2', {}, 'Filters'), head, body, preds.root);
  const showMatches = async (): Promise<void> => {
    ex.setStatus('loading the matching relationships…');
    const res = await api.match(ex.filters, 300).catch((e: Error) => e);
    if (res instanceof Error) return ex.setStatus(res.message);
    await ex.show(res, `${res.edges.length < res.total ? `the strongest ${res.edges.length} of ` : ''}${res.total} matching relationships`);
  };
  let shown = emptyFacets();
  let seq = 0;
  const render = (): void => {
    const f = ex.filters;
    const all = store.facets ?? emptyFacets();
    const atLeast = (k: string): number => SOURCES.slice(SOURCES.indexOf(k)).reduce((n, s) => n + (all.sources[s] ?? 0), 0);
    fill(
      head,
      store.error ? el('p', { class: 'error' }, store.error.message) : null,
      el(
        'p',
        {},
        el('strong', { 'data-testid': 'match-count' }, all.relationships.toLocaleString('en')),
        ` of ${totalRelationships.toLocaleString('en')} relationships match`,
        el('span', { class: 'muted' }, ` — ${shown.relationships.toLocaleString('en')} shown`),
      ),
      el(
        'div',
        { class: 'row' },
        isFiltering(f)
          ? el('button', { class: 'primary', 'data-action': 'show-matches', onclick: () => void showMatches() }, 'Show matches')
          : null,
        isFiltering(f) ? el('button', { onclick: () => ex.setFilters(emptyFilters()) }, 'Clear filters') : null,
      ),
    );
    fill(
      body,
      el('strong', {}, 'Entity types'),
      facetChecks('types', valuesOf(all.types, shown.types, f.types), f.types, (types) => set({ types })),
      el('strong', {}, 'Polarity'),
      facetChecks('polarity', valuesOf(all.polarity, shown.polarity, f.polarity, POLARITIES), f.polarity, (polarity) => set({ polarity })),
      el('strong', {}, 'Certainty'),
      facetChecks('certainty', valuesOf(all.certainty, shown.certainty, f.certainty, CERTAINTIES), f.certainty, (certainty) =>
        set({ certainty }),
      ),
      el('strong', {}, 'Said by someone'),
      facetChecks(
        'attributed',
        valuesOf(all.attributed, shown.attributed, new Set(f.attributed ? [f.attributed] : []), ['yes', 'no']).map((v) => ({
          ...v,
          label: v.value === 'yes' ? 'attributed ("according to …")' : 'not attributed',
        })),
        new Set(f.attributed ? [f.attributed] : []),
        (s) => set({ attributed: s.size === 1 ? ([...s][0] as 'yes' | 'no') : null }),
      ),
      el(
        'label',
        {},
        el('strong', {}, 'Independent sources at least '),
        el(
          'select',
          {
            'aria-label': 'minimum independent sources',
            'data-filter': 'minSources',
            onchange: (e: Event) => set({ minSources: Number((e.target as HTMLSelectElement).value) }),
          },
          ...SOURCES.map((k, i) => {
            const o = el('option', { value: String(i + 1) }, `${i + 1}${i === 4 ? '' : ''} (${atLeast(k).toLocaleString('en')})`);
            o.selected = Math.max(1, f.minSources) === i + 1;
            return o;
          }),
        ),
      ),
    );
    preds.render(f, all, shown);
  };
  const recount = (): void => {
    const mine = ++seq;
    void countLoaded(ex.graph, ex.filters, () => mine === seq).then((c) => {
      if (!c) return;
      shown = c;
      render();
    });
  };
  return { render, recount };
}
