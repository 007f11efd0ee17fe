/**
 * Entry: build the explorer, wire the panels to it, restore the view from the URL (focused actor,
 * selected relationship, path, filters) or open on the overview of the most connected actors.
 */
import { api } from './api.js';
import { Explorer } from './explorer.js';
import { decode } from './url-state.js';
import { byId, el, fill } from './ui/dom.js';
import { rejectedSwitch } from './ui/curation-edges.js';
import { cypherPanel } from './ui/cypher-panel.js';
import { entityPanel } from './ui/entity-panel.js';
import { evidencePanel } from './ui/evidence-panel.js';
import { exportMenu } from './ui/export-menu.js';
import { filtersPanel } from './ui/filters-panel.js';
import { legend } from './ui/legend.js';
import { pathPanel } from './ui/path-panel.js';
import { searchBox } from './ui/search.js';

async function boot(): Promise<void> {
  const ex = new Explorer(byId('graph'));
  (window as unknown as { kgExplorer: Explorer }).kgExplorer = ex;
  const details = byId('details');
  const showEvidence = evidencePanel(details, ex);
  const showEntity = entityPanel(details, ex, () => ex.view.selectedEdge !== null);
  ex.on('edge', () => void showEvidence().then((shown) => { if (!shown) void showEntity(); }));
  ex.on('focus', () => void showEntity());
  ex.on('status', () => fill(byId('status'), ex.status));

  const search = searchBox('Search actors (names, aliases)…', (hit) => void ex.focus(hit.id));
  fill(byId('search'), search.root);
  exportMenu(byId('actions'), ex);
  rejectedSwitch(byId('actions'), ex);
  legend(byId('legend'));
  cypherPanel(byId('cypher'), ex);
  const paths = pathPanel(byId('paths'), ex);

  const url = decode(location.search);
  ex.filters = url.filters;
  // The first view and the statistics load in parallel: the canvas does not wait for the facets.
  // The first frame is marked as soon as the first view is drawn; its layout goes on in the worker.
  const first = (url.focus ? ex.focus(url.focus) : ex.overview()).then(() => requestAnimationFrame(() => performance.mark('kg-first-frame')));
  const [stats] = await Promise.all([api.stats(), first]);
  fill(byId('stats'), `${stats.entities} actors · ${stats.relationships} relationships · ${stats.articles} articles`);
  const renderFilters = filtersPanel(byId('filters'), ex, stats);
  ex.on('filters', renderFilters);
  renderFilters();
  if (url.pathFrom && url.pathTo) await paths.find(url.pathFrom, url.pathTo);
  if (url.edge && ex.graph.hasEdge(url.edge)) ex.selectEdge(url.edge);
  document.body.dataset.ready = 'true';
}

boot().catch((e: Error) => {
  fill(byId('status'), el('span', { class: 'error' }, `explorer: could not start (${e.message})`));
  document.body.dataset.ready = 'error';
});
