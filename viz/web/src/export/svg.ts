/**
 * The picture of a view as an SVG document: a title band (title, subtitle with date and filters),
 * the graph (relationships under actors, arrows and dashes as on screen, labels in full), and a
 * legend band. Positions are already laid out (scene.ts); every text is XML-escaped. Pure.
 */
import { escapeXml as x } from '../../../shared/graphml.js';

export interface SceneNode {
  x: number;
  y: number;
  r: number;
  color: string;
  label: string | null;
}
export interface SceneEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  r2: number;
  color: string;
  width: number;
  dashed: boolean;
  label: string | null;
}
export interface LegendItem {
  kind: 'dot' | 'line' | 'dashed' | 'light' | 'text';
  color: string;
  text: string;
}

export interface Scene {
  width: number;
  /** Height of the graph area (the document adds the title and legend bands). */
  height: number;
  title: string;
  subtitle: string;
  nodes: SceneNode[];
  edges: SceneEdge[];
  legend: LegendItem[];
}

export const TITLE_BAND = 64;
const LEGEND_ROW = 22;
/** Height of the legend band: a heading and as many rows as the items need at this width. */
export const legendBand = (items: LegendItem[], width: number): number => 34 + LEGEND_ROW * legendLayout(items, width).rows;
const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"';
const f = (n: number): string => (Math.round(n * 10) / 10).toString();

function edgeSvg(e: SceneEdge): string {
  const len = Math.hypot(e.x2 - e.x1, e.y2 - e.y1) || 1;
  const [ux, uy] = [(e.x2 - e.x1) / len, (e.y2 - e.y1) / len];
  // The arrow head ends at the target's disc; the line stops where the head begins.
  const tip = { x: e.x2 - ux * e.r2, y: e.y2 - uy * e.r2 };
  const head = Math.min(len / 3, 6 + e.width * 2);
  const base = { x: tip.x - ux * head, y: tip.y - uy * head };
  const w = head * 0.55;
  const line = `<line x1="${f(e.x1)}" y1="${f(e.y1)}" x2="${f(base.x)}" y2="${f(base.y)}" stroke="${x(e.color)}" stroke-width="${f(e.width)}"${e.dashed ? ' stroke-dasharray="6 4"' : ''}/>`;
  const arrow = `<polygon points="${f(tip.x)},${f(tip.y)} ${f(base.x - uy * w)},${f(base.y + ux * w)} ${f(base.x + uy * w)},${f(base.y - ux * w)}" fill="${x(e.color)}"/>`;
  const label = e.label
    ? `<text x="${f((e.x1 + e.x2) / 2)}" y="${f((e.y1 + e.y2) / 2 - 3)}" font-size="11" fill="#475467" text-anchor="middle">${x(e.label)}</text>`
    : '';
  return line + arrow + label;
}

/** Where each legend item goes: left to right, wrapping to a new row when the width runs out. */
function legendLayout(items: LegendItem[], width: number): { at: { x: number; row: number }[]; rows: number } {
  let x0 = 16;
  let row = 0;
  const at = items.map((it) => {
    const w = (it.kind === 'text' ? 0 : it.kind === 'dot' ? 18 : 38) + it.text.length * 6.6 + 22;
    if (x0 > 16 && x0 + w > width - 8) [x0, row] = [16, row + 1];
    const place = { x: x0, row };
    x0 += w;
    return place;
  });
  return { at, rows: row + 1 };
}

function legendSvg(items: LegendItem[], width: number, top: number): string {
  const { at } = legendLayout(items, width);
  return items
    .map((it, i) => {
      const { x: x0, row } = at[i]!;
      const y = top + row * LEGEND_ROW;
      const mark =
        it.kind === 'dot'
          ? `<circle cx="${x0 + 6}" cy="${y}" r="6" fill="${x(it.color)}"/>`
          : it.kind === 'text'
            ? ''
            : `<line x1="${x0}" y1="${y}" x2="${x0 + 30}" y2="${y}" stroke="${x(it.color)}" stroke-width="3"${it.kind === 'dashed' ? ' stroke-dasharray="6 4"' : ''}${it.kind === 'light' ? ' stroke-opacity="0.4"' : ''}/>`;
      const start = it.kind === 'text' ? x0 : x0 + (it.kind === 'dot' ? 18 : 38);
      return `${mark}<text x="${start}" y="${y + 4}" font-size="12" fill="#344054">${x(it.text)}</text>`;
    })
    .join('');
}

export function toSvg(s: Scene): string {
  const h = TITLE_BAND + s.height + legendBand(s.legend, s.width);
  const g = `<g transform="translate(0,${TITLE_BAND})">${s.edges.map(edgeSvg).join('')}${s.nodes
    .map(
      (n) =>
        `<circle cx="${f(n.x)}" cy="${f(n.y)}" r="${f(n.r)}" fill="${x(n.color)}" stroke="#ffffff" stroke-width="1"/>` +
        (n.label
          ? `<text x="${f(n.x + n.r + 3)}" y="${f(n.y + 4)}" font-size="13" font-weight="600" fill="#1d2330">${x(n.label)}</text>`
          : ''),
    )
    .join('')}</g>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${s.width}" height="${h}" viewBox="0 0 ${s.width} ${h}" ${FONT}>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="16" y="28" font-size="18" font-weight="700" fill="#1d2330">${x(s.title)}</text>`,
    `<text x="16" y="50" font-size="12" fill="#667085">${x(s.subtitle)}</text>`,
    g,
    `<g transform="translate(0,${TITLE_BAND + s.height})"><line x1="0" y1="0" x2="${s.width}" y2="0" stroke="#e3e6ec"/>`,
    `<text x="16" y="22" font-size="12" font-weight="700" fill="#667085">Legend</text>${legendSvg(s.legend, s.width, 44)}</g>`,
    '</svg>',
  ].join('\n');
}
