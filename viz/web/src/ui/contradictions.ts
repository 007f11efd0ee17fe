/**
 * The contradictions view: pairs of actors with statements of both polarities on the same
 * predicate family (under the current filters), each side's statements next to each other with
 * outlet, date and certainty; a statement opens in the reader, a pair can be drawn on the canvas.
 * Events the articles name differently but nothing tells apart are one object (the server says so).
 */
import type { Contradiction, EvidenceStatement } from '../../../shared/types.js';
import { api } from '../api.js';
import type { Explorer } from '../explorer.js';
import type { FacetsStore } from '../facets-store.js';
import type { Nav, Slot } from './details.js';
import { badge, el } from './dom.js';
import { provenance } from './evidence-panel.js';

function side(title: string, cls: string, list: EvidenceStatement[], nav: Nav): HTMLElement {
  return el(
    'div',
    { class: `side ${cls}`, 'data-testid': `side-${cls}` },
    el('strong', {}, `${title} (${list.length})`),
    el(
      'ul',
      { class: 'list' },
      ...list.map((s) =>
        el(
          'li',
          {},
          el(
            'a',
            {
              href: '#',
              onclick: (e: Event) => {
                e.preventDefault();
                nav.article(s.article.id, s.id);
              },
            },
            s.text.length > 220 ? `${s.text.slice(0, 220)}…` : s.text,
          ),
          el('div', {}, badge(s.certainty, s.certainty), s.attribution ? badge(`according to ${s.attribution.name}`) : null),
          provenance(s),
        ),
      ),
    ),
  );
}

function pair(ex: Explorer, c: Contradiction, nav: Nav): HTMLElement {
  const objects = c.objects ?? [c.object];
  const draw = (): void => void ex.openEdge({ nodes: [c.subject, ...objects], edges: c.edges }, c.edges[0]!.id);
  return el(
    'li',
    {
      'data-testid': 'contradiction',
      'data-subject': c.subject.id,
      'data-object': c.object.id,
      'data-objects': objects.map((o) => o.id).join(' '),
      'data-family': c.family,
    },
    el('h3', {}, c.subject.label, ' → ', el('em', {}, c.family), ' → ', objects.map((o) => o.label).join(' / ')),
    c.about
      ? el('p', { class: 'muted', 'data-testid': 'about' }, `compared as one event (${c.about}): the articles name it differently`)
      : null,
    el('div', { class: 'sides' }, side('says so', 'positive', c.positive, nav), side('says not', 'negative', c.negative, nav)),
    el('button', { onclick: draw }, 'Show on the canvas'),
  );
}

export async function contradictionsView(slot: Slot, ex: Explorer, nav: Nav, _facets: FacetsStore): Promise<void> {
  const view = slot.claim();
  view.fill(el('p', { class: 'muted' }, 'looking for contradictions…'));
  const res = await api.contradictions(ex.filters).catch((e: Error) => e);
  if (!view.live()) return;
  const back = el('button', { onclick: () => nav.back() }, '← back');
  if (res instanceof Error) return view.fill(back, el('p', { class: 'error' }, res.message));
  view.fill(
    back,
    el('h2', {}, `Contradictions (${res.total})`),
    el(
      'p',
      { class: 'muted' },
      'The same two actors, the same kind of relationship, said and denied (or hedged the other way), under the current filters.',
    ),
    res.pairs.length
      ? el('ul', { class: 'list contradictions', 'data-testid': 'contradictions' }, ...res.pairs.map((c) => pair(ex, c, nav)))
      : el('p', { class: 'muted' }, 'None under these filters.'),
  );
}
