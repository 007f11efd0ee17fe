/**
 * Export what is on screen (the filtered view): a picture of the whole view with title, legend
 * and date (PNG at 2× or a chosen width, or SVG), or the data — GEXF (Gephi), GraphML, JSON —
 * with each relationship's evidence and attribution fetched as `kg export` writes them.
 */
import { write as writeGexf } from 'graphology-gexf/browser';
import { flatten } from '../../../shared/flat.js';
import { writeGraphML } from '../../../shared/graphml.js';
import { api } from '../api.js';
import type { Explorer } from '../explorer.js';
import { picturePng, pictureSvg } from '../export/picture.js';
import { download } from './download.js';
import { el, fill } from './dom.js';

/** The visible part of the graph, with domain attributes only. */
export function currentView(ex: Explorer) {
  const g = ex.graph.copy();
  g.forEachEdge((e) => {
    if (!ex.view.visible.edges.has(e)) g.dropEdge(e);
  });
  g.forEachNode((n) => {
    if (!ex.view.visible.nodes.has(n)) g.dropNode(n);
  });
  g.forEachEdge((e) => g.removeEdgeAttribute(e, 'claims'));
  return g;
}

/** The visible view with `evidence` and `attribution` on every relationship (from the API). */
export async function viewWithEvidence(ex: Explorer) {
  const g = currentView(ex);
  const { evidence } = await api.evidenceBulk(g.edges().slice(0, 20_000));
  for (const [key, attrs] of Object.entries(evidence)) if (g.hasEdge(key)) g.mergeEdgeAttributes(key, attrs);
  return g;
}

export function exportMenu(root: HTMLElement, ex: Explorer): void {
  const width = el('input', {
    type: 'number',
    min: 300,
    max: 12000,
    step: 100,
    placeholder: 'width px',
    'aria-label': 'PNG width in pixels',
    class: 'px',
  });
  const choose = el(
    'select',
    { 'aria-label': 'export format' },
    el('option', { value: '' }, 'Export view…'),
    el('option', { value: 'png' }, 'PNG image (2×, or the width given)'),
    el('option', { value: 'svg' }, 'SVG image'),
    el('option', { value: 'gexf' }, 'GEXF (Gephi), with evidence'),
    el('option', { value: 'graphml' }, 'GraphML, with evidence'),
    el('option', { value: 'json' }, 'JSON (graphology)'),
  );
  const run = async (kind: string): Promise<void> => {
    // A large view being laid out is drawn without relationships: pictures wait for them.
    if (kind === 'png' || kind === 'svg') await (ex.previewing ? ex.layoutDone : Promise.resolve());
    if (kind === 'png') download('kg-view.png', await picturePng(ex, Number(width.value) || undefined));
    else if (kind === 'svg') download('kg-view.svg', pictureSvg(ex).svg, 'image/svg+xml');
    else if (kind === 'gexf')
      download('kg-view.gexf', writeGexf(flatten(await viewWithEvidence(ex)), { version: '1.3' }), 'application/xml');
    else if (kind === 'graphml') download('kg-view.graphml', writeGraphML(flatten(await viewWithEvidence(ex))), 'application/xml');
    else if (kind === 'json') download('kg-view.json', JSON.stringify(currentView(ex).export(), null, 1), 'application/json');
  };
  choose.addEventListener('change', () => {
    const kind = choose.value;
    choose.value = '';
    void run(kind).catch((e: Error) => ex.setStatus(`export failed: ${e.message}`));
  });
  fill(
    root,
    el('button', { onclick: () => void ex.overview() }, 'Overview'),
    el('button', { 'data-action': 'fit', title: 'fit the view to the screen', onclick: () => ex.fit() }, 'Fit'),
    el('button', { 'data-action': 'contradictions', onclick: () => ex.requestContradictions() }, 'Contradictions'),
    choose,
    width,
  );
}
