/**
 * The right-hand panel: by default the selected relationship's evidence, else the focused actor;
 * on demand an article (the reader), the contradictions view or the selective-expand question,
 * until the next selection. Each view claims the panel with a token so a slow answer for a view
 * the user has left is dropped.
 */
import type { Explorer } from '../explorer.js';
import type { FacetsStore } from '../facets-store.js';
import { contradictionsView } from './contradictions.js';
import { el, fill } from './dom.js';
import { entityView } from './entity-panel.js';
import { evidenceView } from './evidence-panel.js';
import { expandView } from './expand-dialog.js';
import { readerView } from './reader.js';

export interface Nav {
  /** Open an article, scrolled to one of its statements. */
  article(id: string, statement?: string): void;
  contradictions(): void;
  /** Back to the selection's own view. */
  back(): void;
}

export interface Slot {
  root: HTMLElement;
  /** A new view takes the panel; `live()` stays true while no newer view has. */
  claim(): { live(): boolean; fill(...nodes: (Node | string | null)[]): void };
}

export function details(root: HTMLElement, ex: Explorer, facets: FacetsStore): Nav {
  let token = 0;
  const slot: Slot = {
    root,
    claim() {
      const mine = ++token;
      const live = (): boolean => mine === token;
      return { live, fill: (...nodes) => void (live() && fill(root, ...nodes)) };
    },
  };
  const nav: Nav = {
    article: (id, statement) => void readerView(slot, nav, id, statement),
    contradictions: () => void contradictionsView(slot, ex, nav, facets),
    back: () => auto(),
  };
  const auto = (): void => {
    if (ex.view.selectedEdge) void evidenceView(slot, ex, nav, ex.view.selectedEdge);
    else if (ex.view.focus) void entityView(slot, ex, nav, ex.view.focus);
    else
      slot
        .claim()
        .fill(
          el('h2', {}, 'Details'),
          el(
            'p',
            { class: 'muted' },
            "Click an actor to see its relationships and where it is mentioned; click a relationship, or one in an actor's list, to read its evidence. Double-click an actor to expand its neighbours.",
          ),
        );
  };
  ex.on('edge', auto);
  ex.on('focus', auto);
  ex.on('ask-expand', () => {
    if (ex.asking) void expandView(slot, ex, ex.asking);
  });
  auto();
  return nav;
}
