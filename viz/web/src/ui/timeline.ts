/**
 * The timeline: statements per publication day over the whole graph (every filter but the date
 * window), as a histogram whose bins adapt to the span shown (histogram.ts), with a brush: drag
 * across bars to set the window, which filters statements (an edge shows while one of its
 * statements falls inside). Date inputs set it exactly; "zoom" re-bins the histogram to the
 * window so a week in a long corpus gets its own bars. Undated statements are counted apart.
 */
import { bins, extent, unitFor, type Bin } from '../histogram.js';
import type { Explorer } from '../explorer.js';
import type { FacetsStore } from '../facets-store.js';
import { el, fill } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const HEIGHT = 56;

function svgEl(tag: string, attrs: Record<string, string | number>): SVGElement {
  const n = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
  return n;
}

export function timeline(root: HTMLElement, ex: Explorer, store: FacetsStore): () => void {
  let zoom: { from: string; to: string } | null = null;
  const chart = el('div', { class: 'chart', 'data-testid': 'timeline-chart' });
  const from = el('input', { type: 'date', 'aria-label': 'window from' });
  const to = el('input', { type: 'date', 'aria-label': 'window to' });
  const info = el('span', { class: 'muted', 'data-testid': 'timeline-info' });
  const setWindow = (a: string | null, b: string | null): void => ex.setFilters({ ...ex.filters, from: a, to: b });
  const apply = (): void => setWindow(from.value || null, to.value || null);
  from.addEventListener('change', apply);
  to.addEventListener('change', apply);
  const zoomBtn = el(
    'button',
    {
      onclick: () => {
        zoom = ex.filters.from && ex.filters.to ? { from: ex.filters.from, to: ex.filters.to } : null;
        render();
      },
    },
    'zoom to window',
  );
  const resetBtn = el(
    'button',
    {
      onclick: () => {
        zoom = null;
        render();
      },
    },
    'whole span',
  );
  fill(
    root,
    el(
      'div',
      { class: 'timeline-head' },
      el('strong', {}, 'Timeline'),
      info,
      el('label', {}, ' from ', from),
      el('label', {}, ' to ', to),
      el('button', { onclick: () => setWindow(null, null) }, 'clear window'),
      zoomBtn,
      resetBtn,
    ),
    chart,
  );

  // The brush lives on the chart, not on one drawing: facets may arrive and redraw the bars
  // mid-drag, and the drag still ends where the pointer is lifted. It starts at a bin's date.
  let shown: { list: Bin[]; w: number } = { list: [], w: 1 };
  let brush: SVGElement | null = null;
  let start: Bin | null = null;
  const binAt = (e: PointerEvent): { bin: Bin; i: number } | null => {
    const { list, w } = shown;
    if (!list.length) return null;
    const x = e.clientX - (chart.querySelector('svg') ?? chart).getBoundingClientRect().left;
    const i = Math.max(0, Math.min(list.length - 1, Math.floor(x / w)));
    return { bin: list[i]!, i };
  };
  chart.addEventListener('pointerdown', (e) => {
    start = binAt(e)?.bin ?? null;
    if (start) chart.setPointerCapture(e.pointerId);
  });
  chart.addEventListener('pointermove', (e) => {
    const end = binAt(e);
    if (!start || !end || !brush) return;
    const found = shown.list.findIndex((b) => b.to >= start!.from);
    const s = found < 0 ? shown.list.length - 1 : found;
    const [a, b] = [Math.min(s, end.i), Math.max(s, end.i)];
    const attrs = { x: a * shown.w, width: (b - a + 1) * shown.w, visibility: 'visible' };
    for (const [k, v] of Object.entries(attrs)) brush.setAttribute(k, String(v));
  });
  chart.addEventListener('pointerup', (e) => {
    const end = binAt(e)?.bin;
    const first = start;
    start = null;
    if (!first || !end) return;
    const [a, b] = first.from <= end.from ? [first, end] : [end, first];
    setWindow(a.from, b.to);
  });

  const draw = (list: Bin[]): void => {
    const width = Math.max(200, chart.clientWidth || 800);
    const max = Math.max(1, ...list.map((b) => b.n));
    const w = width / Math.max(1, list.length);
    const svg = svgEl('svg', { width, height: HEIGHT, class: 'histogram', role: 'img', 'aria-label': 'statements over time' });
    const f = ex.filters;
    list.forEach((b, i) => {
      const h = b.n ? Math.max(2, ((HEIGHT - 14) * b.n) / max) : 0;
      const inside = (!f.from || b.to >= f.from) && (!f.to || b.from <= f.to);
      const r = svgEl('rect', {
        x: i * w + 0.5,
        y: HEIGHT - 12 - h,
        width: Math.max(1, w - 1),
        height: h,
        class: inside ? 'bar in' : 'bar out',
        'data-from': b.from,
        'data-to': b.to,
        'data-n': b.n,
      });
      const t = svgEl('title', {});
      t.textContent = `${b.from === b.to ? b.from : `${b.from} – ${b.to}`}: ${b.n} statement${b.n === 1 ? '' : 's'}`;
      r.appendChild(t);
      svg.appendChild(r);
    });
    for (const [i, b] of [
      [0, list[0]],
      [list.length - 1, list[list.length - 1]],
    ] as const) {
      if (!b) continue;
      const t = svgEl('text', { x: i === 0 ? 2 : width - 2, y: HEIGHT - 1, 'text-anchor': i === 0 ? 'start' : 'end', class: 'axis' });
      t.textContent = i === 0 ? b.from : b.to;
      svg.appendChild(t);
    }
    brush = svgEl('rect', { y: 0, height: HEIGHT - 12, class: 'brush', visibility: 'hidden' });
    svg.appendChild(brush);
    shown = { list, w };
    chart.replaceChildren(svg);
  };

  const render = (): void => {
    const facets = store.facets;
    const f = ex.filters;
    from.value = f.from ?? '';
    to.value = f.to ?? '';
    const span = zoom ?? (facets ? extent(facets.dates) : null);
    const undated = facets?.undated ?? 0;
    if (!facets || !span) {
      info.textContent = facets ? ` no dated statements; ${undated} undated` : ' loading…';
      chart.replaceChildren(el('div', { class: 'muted' }, facets ? 'Nothing here has a publication date (see "undated").' : ''));
      return;
    }
    const list = bins(facets.dates, span.from, span.to);
    const dated = Object.values(facets.dates).reduce((a, b) => a + b, 0);
    info.textContent = ` ${dated} dated statements by ${unitFor(span.from, span.to)}, ${undated} undated${f.from || f.to ? ' (hidden while a window is set)' : ''}`;
    draw(list);
  };
  new ResizeObserver(() => render()).observe(chart);
  return render;
}
