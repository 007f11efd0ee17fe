/**
 * The predicate facet: predicate families (families.json) with counts, searchable by family or
 * lemma; a family expands to its lemmas, each choosable on its own. The 40 largest families show
 * until the user searches or asks for all.
 */
import type { Facets } from '../../../shared/types.js';
import type { Filters } from '../filters.js';
import { el, fill } from './dom.js';
import { counted } from './facet-list.js';

const TOP = 40;

export function predicateFacet(set: (patch: Partial<Filters>) => void): {
  root: HTMLElement;
  render(f: Filters, all: Facets, shown: Facets): void;
} {
  const open = new Set<string>();
  let showAll = false;
  let last: [Filters, Facets, Facets] | null = null;
  const search = el('input', { type: 'search', placeholder: 'search predicates…', 'aria-label': 'search predicates' });
  const list = el('div', { class: 'facet predicates', 'data-filter': 'families' });
  const root = el('div', {}, el('strong', {}, 'Predicates'), search, list);
  const toggle = (s: Set<string>, v: string, on: boolean): Set<string> => {
    const next = new Set(s);
    if (on) next.add(v);
    else next.delete(v);
    return next;
  };
  const render = (f: Filters, all: Facets, shown: Facets): void => {
    last = [f, all, shown];
    const q = search.value.trim().toLowerCase();
    const fams = Object.entries(all.families).filter(
      ([fam, v]) => !q || fam.includes(q) || Object.keys(v.lemmas).some((l) => l.includes(q)),
    );
    for (const fam of f.families) if (!all.families[fam]) fams.push([fam, { n: 0, lemmas: {} }]);
    fams.sort((a, b) => Number(f.families.has(b[0])) - Number(f.families.has(a[0])) || b[1].n - a[1].n || a[0].localeCompare(b[0]));
    const visible = q || showAll ? fams : fams.slice(0, TOP);
    fill(
      list,
      ...visible.map(([fam, v]) => {
        const lemmas = Object.entries(v.lemmas).sort((a, b) => b[1] - a[1]);
        const expandable = lemmas.length > 1 || (lemmas.length === 1 && lemmas[0]![0] !== fam);
        return el(
          'div',
          { class: 'family-row', 'data-value': fam },
          el(
            'label',
            {},
            el('input', {
              type: 'checkbox',
              value: fam,
              checked: f.families.has(fam),
              onchange: (e: Event) => set({ families: toggle(f.families, fam, (e.target as HTMLInputElement).checked) }),
            }),
            ` ${fam}`,
            counted(v.n, shown.families[fam]?.n ?? 0),
          ),
          expandable
            ? el(
                'button',
                {
                  class: 'link',
                  'aria-expanded': String(open.has(fam) || Boolean(q)),
                  onclick: () => {
                    if (open.has(fam)) open.delete(fam);
                    else open.add(fam);
                    if (last) render(...last);
                  },
                },
                open.has(fam) || q ? '▾' : '▸',
              )
            : null,
          expandable && (open.has(fam) || q)
            ? el(
                'div',
                { class: 'lemmas' },
                ...lemmas
                  .filter(([l]) => !q || l.includes(q) || fam.includes(q))
                  .map(([l, n]) =>
                    el(
                      'label',
                      { 'data-value': l },
                      el('input', {
                        type: 'checkbox',
                        value: l,
                        checked: f.predicates.has(l),
                        onchange: (e: Event) => set({ predicates: toggle(f.predicates, l, (e.target as HTMLInputElement).checked) }),
                      }),
                      ` ${l}`,
                      counted(n, shown.families[fam]?.lemmas[l] ?? 0),
                    ),
                  ),
              )
            : null,
        );
      }),
      fams.length > visible.length
        ? el(
            'button',
            {
              class: 'link',
              onclick: () => {
                showAll = true;
                if (last) render(...last);
              },
            },
            `all ${fams.length} families…`,
          )
        : null,
    );
  };
  search.addEventListener('input', () => {
    if (last) render(...last);
  });
  return { root, render };
}
