/**
 * Curation of relationships: a "reject" button in the evidence panel (with confirmation; the
 * relationship stays in the graph, flagged, with its evidence) and a switch that shows rejected
 * relationships, which are hidden by default.
 */
import { api } from '../api.js';
import type { Explorer } from '../explorer.js';
import { el } from './dom.js';

export function rejectButton(ex: Explorer, key: string, rejected: boolean): HTMLElement {
  const status = el('span', { class: 'muted', role: 'status' });
  if (rejected) return el('p', {}, el('span', { class: 'badge negative' }, 'rejected'), ' hidden unless “show rejected” is on');
  const reject = async (): Promise<void> => {
    if (!window.confirm('Reject this relationship? It stays in the graph with its evidence, hidden by default.')) return;
    status.textContent = 'rejecting…';
    try {
      await api.curate({ op: 'reject', key });
      if (ex.graph.hasEdge(key)) ex.graph.setEdgeAttribute(key, 'rejected', true);
      ex.selectEdge(null);
      ex.setFilters(ex.filters);
    } catch (e) {
      status.textContent = (e as Error).message;
    }
  };
  return el('p', {}, el('button', { 'data-testid': 'reject-edge', onclick: () => void reject() }, 'Reject relationship…'), ' ', status);
}

export function rejectedSwitch(root: HTMLElement, ex: Explorer): void {
  const box = el('input', {
    type: 'checkbox',
    'data-testid': 'show-rejected',
    onchange: () => ex.setFilters({ ...ex.filters, rejected: box.checked }),
  });
  box.checked = ex.filters.rejected === true;
  // The switch follows the filters (the page URL's rejected=1, a restored state).
  ex.on('filters', () => {
    box.checked = ex.filters.rejected === true;
  });
  root.append(el('label', { title: 'relationships a curator rejected' }, box, ' show rejected'));
}
