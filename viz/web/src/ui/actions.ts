/**
 * Panel actions, registered rather than written into the panels: the actor panel and the
 * relationship panel each show the buttons registered for them, in order, when their `when`
 * holds. Curation (merge two actors, split an alias, reject a relationship) adds its buttons here
 * with `registerAction`, without touching the panels.
 */
import type { EvidenceResult } from '../../../shared/types.js';
import type { Explorer } from '../explorer.js';
import { el } from './dom.js';

export interface ActorContext {
  ex: Explorer;
  id: string;
  label: string;
  more: number;
}
export interface EdgeContext {
  ex: Explorer;
  key: string;
  evidence: EvidenceResult;
}

interface Action<C> {
  id: string;
  label: string | ((c: C) => string);
  primary?: boolean;
  when?: (c: C) => boolean;
  run: (c: C) => void | Promise<void>;
}

const registry = { actor: [] as Action<ActorContext>[], edge: [] as Action<EdgeContext>[] };

export function registerAction(panel: 'actor', action: Action<ActorContext>): void;
export function registerAction(panel: 'edge', action: Action<EdgeContext>): void;
export function registerAction(panel: 'actor' | 'edge', action: Action<never>): void {
  const list = registry[panel] as Action<never>[];
  const at = list.findIndex((a) => a.id === action.id);
  if (at >= 0) list[at] = action;
  else list.push(action);
}

function buttons<C>(list: Action<C>[], c: C): HTMLElement {
  return el(
    'div',
    { class: 'row actions' },
    ...list
      .filter((a) => a.when?.(c) ?? true)
      .map((a) =>
        el(
          'button',
          { class: a.primary ? 'primary' : undefined, 'data-action': a.id, onclick: () => void a.run(c) },
          typeof a.label === 'function' ? a.label(c) : a.label,
        ),
      ),
  );
}

export const actorButtons = (c: ActorContext): HTMLElement => buttons(registry.actor, c);
export const edgeButtons = (c: EdgeContext): HTMLElement => buttons(registry.edge, c);

registerAction('actor', { id: 'expand', label: 'Expand neighbours', primary: true, run: ({ ex, id }) => ex.expand(id, 50) });
registerAction('actor', {
  id: 'more',
  label: ({ more }) => `+${more} more`,
  when: ({ more }) => more > 0,
  run: ({ ex, id }) => ex.expand(id, 200),
});
registerAction('actor', { id: 'fit-neighbours', label: 'Fit to neighbours', run: ({ ex, id }) => ex.fit(() => ex.around(id)) });
