/** The legend: what colour, size, dashes, lightness and labels mean (all derived, see reducers.ts). */
import { el, fill } from './dom.js';

export function legend(root: HTMLElement): void {
  fill(
    root,
    el('h2', {}, 'Legend'),
    el(
      'div',
      {},
      el('span', { class: 'dot', style: 'background:#4e79a7' }),
      el('span', { class: 'dot', style: 'background:#f28e2b' }),
      el('span', { class: 'dot', style: 'background:#59a14f' }),
      ' colour = community (Louvain)',
    ),
    el('div', {}, 'size = number of relationships (degree)'),
    el('div', {}, el('span', { class: 'legend-line' }), 'asserted relationship (arrow = direction)'),
    el('div', {}, el('span', { class: 'legend-line light' }), 'hedged / alleged / intended / conditional (lighter)'),
    el('div', {}, el('span', { class: 'legend-line negative' }), 'negated ("did not …"): red, dashed'),
    el('div', {}, 'thickness = supporting articles'),
    el('div', { class: 'muted' }, 'Around a busy actor only its strongest relationships are labelled; hover one to see its own.'),
    el(
      'div',
      { class: 'muted' },
      'Large views: points and thin lines; while one is being laid out, relationships are hidden until it settles.',
    ),
    el('div', { class: 'muted' }, 'Double-click an actor to expand it; "(+N)" means N more neighbours.'),
  );
}
