/**
 * Entry: build the explorer, wire the panels to it, restore the view from the URL (focused actor,
 * selected relationship, path, filters) or open on the overview of the most connected actors.
 * When Neo4j is down the banner shows the API's error and hint and the start waits for it to
 * come back (retrying), then carries on.
 */
import type { Subgraph } from '../../shared/types.js';
import { api, ApiFailure } from './api.js';
import { Explorer } from './explorer.js';
import { FacetsStore } from './facets-store.js';
import { decode } from './url-state.js';
import { banner } from './ui/banner.js';
import { details } from './ui/details.js';
import { byId, el, fill } from './ui/dom.js';
import { rejectedSwitch } from './ui/curation-edges.js';
import { cypherPanel } from './ui/cypher-panel.js';
import { exportMenu } from './ui/export-menu.js';
import { facetsPanel } from './ui/facets-panel.js';
import { legend } from './ui/legend.js';
import { pathPanel } from './ui/path-panel.js';
import { searchBox } from './ui/search.js';
import { timeline } from './ui/timeline.js';

/** Run `step` until it succeeds; while Neo4j is unavailable, wait for the banner to see it back. */
async function retrying<T>(step: () => Promise<T>, b: { recovered(): Promise<void> }): Promise<T> {
  for (;;) {
    try {
      return await step();
    } catch (e) {
      if (!(e instanceof ApiFailure && e.unavailable)) throw e;
      await b.recovered();
    }
  }
}

async function boot(): Promise<void> {
  performance.mark('kg-boot');
  // The opening view is asked for before the renderer is built (WebGL set-up takes 150-400 ms).
  const url = decode(location.search);
  let asked: Promise<Subgraph> | undefined = url.focus ? undefined : api.overview(150);
  asked?.catch(() => {}); // a failure is seen (and retried) where it is awaited
  const ex = new Explorer(byId('graph'));
  performance.mark('kg-renderer');
  (window as unknown as { kgExplorer: Explorer }).kgExplorer = ex;
  const conn = banner(byId('banner'));
  const store = new FacetsStore();
  const nav = details(byId('details'), ex, store);
  ex.on('contradictions', () => nav.contradictions());
  ex.on('status', () => fill(byId('status'), ex.status));

  const search = searchBox('Search actors (names, aliases)…', (hit) => void ex.focus(hit.id));
  fill(byId('search'), search.root);
  exportMenu(byId('actions'), ex);
  legend(byId('legend'));
  cypherPanel(byId('cypher'), ex);
  const paths = pathPanel(byId('paths'), ex);

  performance.mark('kg-panels');
  ex.filters = url.filters;
  rejectedSwitch(byId('actions'), ex);
  // The first view and the statistics load in parallel: the canvas does not wait for the facets.
  // The first frame is marked as soon as the first view is drawn; its layout goes on in the worker.
  const opening = (): Promise<void> => {
    const answer = asked;
    asked = undefined; // a retry asks again
    return url.focus ? ex.focus(url.focus) : ex.overview(150, answer);
  };
  const first = retrying(opening, conn).then(() => requestAnimationFrame(() => performance.mark('kg-first-frame')));
  const [stats] = await Promise.all([retrying(() => api.stats(), conn), first]);
  fill(byId('stats'), `${stats.entities} actors · ${stats.relationships} relationships · ${stats.articles} articles`);
  const facets = facetsPanel(byId('filters'), ex, store, stats.relationships);
  const renderTimeline = timeline(byId('timeline'), ex, store);
  store.on(() => {
    facets.render();
    renderTimeline();
  });
  ex.on('filters', () => {
    facets.render();
    facets.recount();
    renderTimeline();
    void store.load(ex.filters);
  });
  // After a merge the "shown" counts are recounted once things settle, in slices (loaded.ts),
  // never inside the merge's frame (a 5,000-actor expansion must not pay for them there).
  let pending: ReturnType<typeof setTimeout> | undefined;
  ex.on('data', () => {
    clearTimeout(pending);
    pending = setTimeout(facets.recount, 300);
  });
  facets.render();
  facets.recount();
  await retrying(() => store.load(ex.filters, 0), conn);
  if (url.pathFrom && url.pathTo) await paths.find(url.pathFrom, url.pathTo);
  if (url.edge && ex.graph.hasEdge(url.edge)) ex.selectEdge(url.edge);
  document.body.dataset.ready = 'true';
}

boot().catch((e: Error) => {
  fill(byId('status'), el('span', { class: 'error' }, `explorer: could not start (${e.message})`));
  document.body.dataset.ready = 'error';
});
