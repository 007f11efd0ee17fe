/**
 * Selective expand (as Linkurious's): an actor with many relationships is not expanded at once;
 * the panel lists its predicate families with counts and expands through the ones chosen, or
 * through its strongest 50 relationships of any kind.
 */
import { api } from '../api.js';
import type { Explorer } from '../explorer.js';
import type { Slot } from './details.js';
import { el } from './dom.js';
import { groupByFamily } from './entity-panel.js';

export async function expandView(slot: Slot, ex: Explorer, id: string): Promise<void> {
  const view = slot.claim();
  view.fill(el('p', { class: 'muted' }, 'counting relationships…'));
  const d = await api.entity(id).catch((e: Error) => e);
  if (!view.live()) return;
  if (d instanceof Error) return view.fill(el('p', { class: 'error' }, d.message));
  const groups = groupByFamily(d.relations);
  const boxes = groups.map(([family, _rs], i) => el('input', { type: 'checkbox', value: family, checked: i < 3 }));
  const chosen = (): string[] => boxes.filter((b) => b.checked).map((b) => b.value);
  view.fill(
    el('h2', {}, 'Expand selectively'),
    el('p', {}, `${d.node.label} has ${d.relationsTotal} relationships. Expand through which kinds?`),
    el(
      'ul',
      { class: 'list', 'data-testid': 'expand-families' },
      ...groups.map(([family, rs], i) =>
        el('li', {}, el('label', {}, boxes[i]!, ` ${family} `, el('span', { class: 'muted' }, `(${rs.length})`))),
      ),
    ),
    el(
      'div',
      { class: 'row' },
      el(
        'button',
        {
          class: 'primary',
          'data-action': 'expand-chosen',
          onclick: () => {
            if (chosen().length) void ex.expand(id, 50, chosen());
          },
        },
        'Expand the chosen kinds',
      ),
      el('button', { 'data-action': 'expand-strongest', onclick: () => void ex.expand(id, 50, []) }, 'The strongest 50 of any kind'),
    ),
  );
}
