/**
 * Path finder: two actors, their shortest paths through actor-to-actor relationships, each hop
 * named in the direction it is walked (A —blame→ B ←condemn— C), its evidence on click.
 */
import { api } from '../api.js';
import type { Explorer } from '../explorer.js';
import { hops } from '../hops.js';
import { el, fill } from './dom.js';
import { searchBox } from './search.js';

export function pathPanel(root: HTMLElement, ex: Explorer): { find(from: string, to: string): Promise<void> } {
  const from = searchBox('from actor…', () => {});
  const to = searchBox('to actor…', () => {});
  const out = el('div', { 'data-testid': 'paths' });
  const find = async (a: string, b: string): Promise<void> => {
    fill(out, el('p', { class: 'muted' }, 'searching…'));
    const res = await api.paths(a, b).catch((e: Error) => e);
    if (res instanceof Error) return fill(out, el('p', { class: 'error' }, res.message));
    if (res.paths.length === 0) {
      ex.showPaths(a, b, []);
      return fill(out, el('p', { class: 'muted' }, 'No path within 6 steps.'));
    }
    await ex.merge(res);
    ex.showPaths(a, b, res.paths);
    const name = (id: string): string => (ex.graph.hasNode(id) ? ex.graph.getNodeAttribute(id, 'label') : id);
    const ends = (e: string): [string, string] | null => (ex.graph.hasEdge(e) ? ex.graph.extremities(e) : null);
    fill(
      out,
      el('p', { class: 'muted' }, `${res.paths.length} shortest path(s), ${res.paths[0]?.length ?? 0} step(s)`),
      el(
        'ol',
        {},
        ...res.paths.map((p) =>
          el(
            'li',
            { 'data-testid': 'path' },
            name(a),
            ...hops(a, p, ends).flatMap((h) => {
              const attrs = ex.graph.getEdgeAttributes(h.edge);
              const pred = `${attrs.polarity === 'negative' ? 'not ' : ''}${attrs.predicate}`;
              return [
                ' ',
                el(
                  'a',
                  {
                    href: '#',
                    onclick: (ev: Event) => {
                      ev.preventDefault();
                      ex.selectEdge(h.edge);
                    },
                  },
                  h.reversed ? `←${pred}—` : `—${pred}→`,
                ),
                ' ',
                name(h.to),
              ];
            }),
          ),
        ),
      ),
    );
  };
  fill(
    root,
    el('h2', {}, 'Path finder'),
    from.root,
    to.root,
    el(
      'button',
      {
        onclick: () => {
          if (from.value && to.value) void find(from.value.id, to.value.id);
        },
      },
      'Find shortest paths',
    ),
    out,
  );
  return {
    async find(a, b) {
      from.set({ id: a, name: a, type: '', aliases: [], mentions: 0, score: 0 });
      to.set({ id: b, name: b, type: '', aliases: [], mentions: 0, score: 0 });
      await find(a, b);
    },
  };
}
