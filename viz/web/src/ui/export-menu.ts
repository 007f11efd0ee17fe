/**
 * Export what is on screen (the filtered view): PNG through @sigma/export-image, GEXF through
 * graphology-gexf, GraphML through our small writer, JSON through graphology's own serialisation.
 */
import { downloadAsPNG } from '@sigma/export-image';
import type Sigma from 'sigma';
import { write as writeGexf } from 'graphology-gexf/browser';
import { flatten } from '../../../shared/flat.js';
import { writeGraphML } from '../../../shared/graphml.js';
import type { Explorer } from '../explorer.js';
import { el, fill } from './dom.js';

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', { href: url, download: name });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The visible part of the graph, with domain attributes only. */
export function currentView(ex: Explorer) {
  const g = ex.graph.copy();
  g.forEachEdge((e) => { if (!ex.view.visible.edges.has(e)) g.dropEdge(e); });
  g.forEachNode((n) => { if (!ex.view.visible.nodes.has(n)) g.dropNode(n); });
  return g;
}

export function exportMenu(root: HTMLElement, ex: Explorer): void {
  const choose = el('select', { 'aria-label': 'export format' },
    el('option', { value: '' }, 'Export view…'), el('option', { value: 'png' }, 'PNG image'), el('option', { value: 'gexf' }, 'GEXF (Gephi)'),
    el('option', { value: 'graphml' }, 'GraphML'), el('option', { value: 'json' }, 'JSON (graphology)'));
  choose.addEventListener('change', () => {
    const kind = choose.value;
    choose.value = '';
    // A large view being laid out is drawn without relationships: the PNG waits for them.
    if (kind === 'png') void (ex.previewing ? ex.layoutDone : Promise.resolve()).then(() => downloadAsPNG(ex.renderer as unknown as Sigma, { fileName: 'kg-view', backgroundColor: '#ffffff' }));
    else if (kind === 'gexf') download('kg-view.gexf', writeGexf(flatten(currentView(ex)), { version: '1.3' }), 'application/xml');
    else if (kind === 'graphml') download('kg-view.graphml', writeGraphML(flatten(currentView(ex))), 'application/xml');
    else if (kind === 'json') download('kg-view.json', JSON.stringify(currentView(ex).export(), null, 1), 'application/json');
  });
  fill(root, el('button', { onclick: () => void ex.overview() }, 'Overview'), ' ', choose);
}
