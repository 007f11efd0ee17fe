/**
 * The focused actor: type, aliases, mentions, the buttons registered for actors (actions.ts), its
 * relationships grouped by predicate family — each with direction, the other actor, polarity and
 * certainty chips, sources and statements, and a click that opens its evidence — and the articles
 * that mention it (each opens in the reader).
 */
import { familyOf } from '../../../shared/families.js';
import type { EntityDetails, Relation } from '../../../shared/types.js';
import { api } from '../api.js';
import type { Explorer } from '../explorer.js';
import { actorButtons } from './actions.js';
import type { Nav, Slot } from './details.js';
import { curationSection } from './curation.js';
import { badge, el } from './dom.js';

export function groupByFamily(relations: Relation[]): [string, Relation[]][] {
  const groups = new Map<string, Relation[]>();
  for (const r of relations) {
    const f = r.edge.family ?? familyOf(r.edge.predicate);
    groups.get(f)?.push(r) ?? groups.set(f, [r]);
  }
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}

export function chips(e: {
  polarity: string;
  certainty: string;
  sources?: number;
  count: number;
  rejected?: boolean;
}): (HTMLElement | null)[] {
  return [
    e.rejected ? badge('rejected', 'negative') : null,
    e.polarity === 'negative' ? badge('negated', 'negative') : null,
    e.certainty !== 'asserted' ? badge(e.certainty, e.certainty) : null,
    badge(`${e.sources ?? 1} source${(e.sources ?? 1) === 1 ? '' : 's'}`, 'sources'),
    e.count > 1 ? badge(`${e.count}×`) : null,
  ];
}

function relationItem(ex: Explorer, d: EntityDetails, r: Relation): HTMLElement {
  const open = (): void => void ex.openEdge({ nodes: [d.node, r.other], edges: [r.edge] }, r.edge.id);
  const arrow =
    r.direction === 'out'
      ? `→ ${r.edge.polarity === 'negative' ? 'not ' : ''}${r.edge.predicate} →`
      : `← ${r.edge.polarity === 'negative' ? 'not ' : ''}${r.edge.predicate} ←`;
  return el(
    'li',
    { 'data-testid': 'relation', 'data-key': r.edge.id },
    el(
      'a',
      {
        href: '#',
        onclick: (ev: Event) => {
          ev.preventDefault();
          open();
        },
      },
      el('span', { class: 'muted' }, arrow),
      ' ',
      r.other.label,
    ),
    el('div', { class: 'chips-line' }, ...chips(r.edge)),
  );
}

export async function entityView(slot: Slot, ex: Explorer, nav: Nav, id: string): Promise<void> {
  const view = slot.claim();
  const d = await api.entity(id).catch((e: Error) => e);
  if (!view.live()) return;
  if (d instanceof Error) return view.fill(el('p', { class: 'error' }, d.message));
  const n = d.node;
  const more = ex.graph.hasNode(id) ? (ex.graph.getNodeAttribute(id, 'more') ?? 0) : 0;
  const aliases = n.aliases.filter((a) => a !== n.label);
  const families = groupByFamily(d.relations);
  view.fill(
    el('h2', {}, 'Actor'),
    el('h3', { 'data-testid': 'entity-name' }, n.label),
    el(
      'dl',
      { class: 'kv' },
      el('dt', {}, 'type'),
      el('dd', {}, badge(n.type)),
      el('dt', {}, 'aliases'),
      el('dd', {}, aliases.length ? aliases.join(', ') : '—'),
      el('dt', {}, 'mentions'),
      el('dd', {}, String(n.mentions)),
      el('dt', {}, 'articles'),
      el('dd', {}, String(n.articles)),
    ),
    actorButtons({ ex, id, label: n.label, more }),
    curationSection(d),
    el(
      'h2',
      {},
      `Relationships (${d.relationsTotal}${d.relationsTotal > d.relations.length ? `, strongest ${d.relations.length} listed` : ''})`,
    ),
    el(
      'div',
      { 'data-testid': 'relations' },
      ...families.map(([family, rs], i) =>
        el(
          'details',
          { class: 'family', open: i < 4 || families.length <= 6, 'data-family': family },
          el('summary', {}, el('strong', {}, family), ` · ${rs.length}`),
          el('ul', { class: 'list' }, ...rs.map((r) => relationItem(ex, d, r))),
        ),
      ),
    ),
    el('h2', {}, `Articles (${d.articles.length})`),
    el(
      'ul',
      { class: 'list' },
      ...d.articles.map((a) =>
        el(
          'li',
          {},
          el(
            'a',
            {
              href: '#',
              onclick: (ev: Event) => {
                ev.preventDefault();
                nav.article(a.id);
              },
            },
            a.title || a.source || a.id,
          ),
          el(
            'div',
            {},
            el(
              'small',
              { class: 'muted' },
              [a.outlet, a.publishedAt?.slice(0, 10) ?? 'undated', `${a.count}×`].filter(Boolean).join(' · '),
            ),
          ),
        ),
      ),
    ),
  );
}
