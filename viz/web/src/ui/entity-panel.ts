/** The focused actor: type, aliases, mention count, articles; expand its neighbours in place. */
import { api } from '../api.js';
import type { Explorer } from '../explorer.js';
import { curationSection } from './curation.js';
import { badge, el, fill } from './dom.js';

export function entityPanel(root: HTMLElement, ex: Explorer, onEdgeView: () => boolean): () => Promise<void> {
  let seq = 0;
  return async () => {
    if (onEdgeView()) return;
    const id = ex.view.focus;
    if (!id) {
      fill(root, el('h2', {}, 'Details'), el('p', { class: 'muted' }, 'Click an actor to see who it is and where it is mentioned; click a relationship to read its evidence. Double-click an actor to expand its neighbours.'));
      return;
    }
    const mine = ++seq;
    const d = await api.entity(id).catch((e: Error) => e);
    if (mine !== seq) return;
    if (d instanceof Error) return fill(root, el('p', { class: 'error' }, d.message));
    const n = d.node;
    const more = ex.graph.hasNode(id) ? (ex.graph.getNodeAttribute(id, 'more') ?? 0) : 0;
    const aliases = n.aliases.filter((a) => a !== n.label);
    fill(root,
      el('h2', {}, 'Actor'),
      el('h3', { 'data-testid': 'entity-name' }, n.label),
      el('dl', { class: 'kv' },
        el('dt', {}, 'type'), el('dd', {}, badge(n.type)),
        el('dt', {}, 'aliases'), el('dd', {}, aliases.length ? aliases.join(', ') : '—'),
        el('dt', {}, 'mentions'), el('dd', {}, String(n.mentions)),
        el('dt', {}, 'articles'), el('dd', {}, String(n.articles)),
        el('dt', {}, 'relationships'), el('dd', {}, String(n.degree ?? '—'))),
      el('div', { class: 'row' },
        el('button', { class: 'primary', onclick: () => void ex.expand(id, 50) }, 'Expand neighbours'),
        more > 0 ? el('button', { onclick: () => void ex.expand(id, 200) }, `+${more} more`) : null),
      curationSection(d),
      el('h2', {}, `Articles (${d.articles.length})`),
      el('ul', { class: 'list' }, ...d.articles.map((a) =>
        el('li', {}, el('div', {}, a.title || a.source || a.id), el('small', { class: 'muted' }, [a.outlet, a.publishedAt?.slice(0, 10), `${a.count}×`].filter(Boolean).join(' · '))))));
  };
}
