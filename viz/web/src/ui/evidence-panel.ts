/**
 * The evidence behind a relationship: every sentence, with subject and object highlighted, its
 * article (title, source), polarity, certainty and attribution. All text goes in as text nodes.
 * Parallel relationships between the same two actors are offered as tabs.
 */
import type { EvidenceResult } from '../../../shared/types.js';
import { api } from '../api.js';
import type { Explorer } from '../explorer.js';
import { findRanges, pieces } from '../highlight.js';
import { rejectButton } from './curation-edges.js';
import { badge, el, fill } from './dom.js';

function sentence(text: string, ev: EvidenceResult): HTMLElement {
  const ranges = findRanges(text, [ev.subject.label, ...ev.subject.aliases], [ev.object.label, ...ev.object.aliases]);
  return el('span', {}, ...pieces(text, ranges).map((p) => (p.role ? el('mark', { class: p.role }, p.text) : p.text)));
}

function parallels(ex: Explorer, key: string): HTMLElement | null {
  if (!ex.graph.hasEdge(key)) return null;
  const [s, t] = ex.graph.extremities(key);
  const keys = [...new Set([...ex.graph.edges(s, t), ...ex.graph.edges(t, s)])];
  if (keys.length < 2) return null;
  return el('div', { class: 'tabs' }, ...keys.map((k) => {
    const a = ex.graph.getEdgeAttributes(k);
    return el('button', { 'aria-pressed': String(k === key), onclick: () => ex.selectEdge(k) }, `${a.polarity === 'negative' ? 'not ' : ''}${a.predicate}`);
  }));
}

export function evidencePanel(root: HTMLElement, ex: Explorer): () => Promise<boolean> {
  let seq = 0;
  return async () => {
    const key = ex.view.selectedEdge;
    if (!key) return false;
    const mine = ++seq;
    fill(root, el('p', { class: 'muted' }, 'loading evidence…'));
    const ev = await api.evidence(key).catch((e: Error) => e);
    if (mine !== seq) return true;
    if (ev instanceof Error) {
      fill(root, el('p', { class: 'error' }, ev.message));
      return true;
    }
    const e = ev.edge;
    fill(root,
      el('h2', {}, 'Relationship'),
      el('h3', { class: 'evidence-title' }, ev.subject.label, ' ', el('em', {}, `${e.polarity === 'negative' ? 'NOT ' : ''}${e.predicate}`), ' ', ev.object.label),
      el('div', {}, badge(e.polarity, e.polarity), badge(e.certainty, e.certainty), badge(`${e.articles} article${e.articles === 1 ? '' : 's'}`), badge(`seen ${e.firstSeen?.slice(0, 10) ?? '?'} → ${e.lastSeen?.slice(0, 10) ?? '?'}`)),
      parallels(ex, key),
      rejectButton(ex, key, e.rejected === true),
      el('h2', {}, `Evidence (${ev.statements.length})`),
      el('ul', { class: 'list evidence', 'data-testid': 'evidence' }, ...ev.statements.map((s) =>
        el('li', {},
          el('blockquote', { class: s.polarity }, sentence(s.text, ev)),
          el('div', {}, badge(s.polarity, s.polarity), badge(s.certainty, s.certainty), s.attribution ? badge(`according to ${s.attribution.name}`) : null),
          el('div', { class: 'article-title' }, s.article.title || s.article.id),
          el('small', { class: 'muted' }, [s.article.outlet, s.article.publishedAt?.slice(0, 10), s.article.url ?? s.article.source].filter(Boolean).join(' · '))))));
    return true;
  };
}
