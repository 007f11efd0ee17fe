/**
 * The whole current view as a picture: a Scene of everything visible (not just what the camera
 * frames), with a title (what the view is), the date and the filters in effect, and the legend;
 * as SVG text, or as a PNG at 2× (or scaled to a chosen width).
 */
import type { Explorer } from '../explorer.js';
import { isFiltering } from '../filters.js';
import { EDGE, NEGATIVE, PALETTE } from '../style.js';
import { svgToPng } from './png.js';
import { sceneOf } from './scene.js';
import { legendBand, TITLE_BAND, toSvg, type LegendItem } from './svg.js';

export const LEGEND: LegendItem[] = [
  { kind: 'dot', color: PALETTE[0]!, text: 'actor (colour: community; size: relationships)' },
  { kind: 'line', color: EDGE, text: 'asserted (arrow: subject → object)' },
  { kind: 'light', color: EDGE, text: 'hedged, alleged, intended or conditional' },
  { kind: 'dashed', color: NEGATIVE, text: 'negated ("did not …")' },
  { kind: 'text', color: EDGE, text: 'thickness: supporting articles' },
];

function describeFilters(ex: Explorer): string {
  const f = ex.filters;
  if (!isFiltering(f)) return 'no filters';
  const parts = [
    ...[
      ['types', f.types],
      ['families', f.families],
      ['predicates', f.predicates],
      ['polarity', f.polarity],
      ['certainty', f.certainty],
    ]
      .filter(([, s]) => (s as Set<string>).size > 0)
      .map(([k, s]) => `${k as string}: ${[...(s as Set<string>)].join(', ')}`),
    f.attributed ? `attributed: ${f.attributed}` : '',
    f.minSources > 1 ? `≥ ${f.minSources} sources` : '',
    f.from || f.to ? `statements ${f.from ?? '…'} → ${f.to ?? '…'}` : '',
  ];
  return parts.filter(Boolean).join('; ');
}

export function pictureSvg(
  ex: Explorer,
  width = Math.max(900, ex.renderer.getContainer().clientWidth),
  height = Math.max(500, ex.renderer.getContainer().clientHeight),
): { svg: string; width: number; height: number } {
  const scene = sceneOf({
    renderer: ex.renderer,
    nodes: ex.view.visible.nodes,
    edges: ex.view.visible.edges,
    width,
    height,
    title: ex.title(),
    subtitle: `kg explorer · ${new Date().toISOString().slice(0, 10)} · ${ex.view.visible.nodes.size} actors, ${ex.view.visible.edges.size} relationships · ${describeFilters(ex)}`,
    legend: LEGEND,
  });
  return { svg: toSvg(scene), width, height: TITLE_BAND + height + legendBand(LEGEND, width) };
}

/** PNG of the whole view: 2× by default, or scaled so it is `width` pixels wide. */
export async function picturePng(ex: Explorer, width?: number): Promise<Blob> {
  const p = pictureSvg(ex);
  return svgToPng(p.svg, p.width, p.height, width ? width / p.width : 2);
}
