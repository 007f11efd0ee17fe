/**
 * Zoom-to-fit: the camera state that puts every given actor on screen with its disc and label,
 * padded, whatever the panels around the canvas. Centre on the actors' bounding box (sigma's
 * framed coordinates); an actor's distance from the centre shrinks as 1/ratio on screen while
 * its radius and label do not, so the smallest ratio that fits is, over actors and sides,
 * distance / (room − disc − label). `fitRatio` is that arithmetic, pure; `fitState` reads sigma.
 */
import type { CameraState, Coordinates, NodeDisplayData } from 'sigma/types';

/** What the fit reads from sigma (a structural type, so this file needs no DOM). */
export interface Framing {
  getNodeDisplayData(node: string): NodeDisplayData | undefined;
  getDimensions(): { width: number; height: number };
  framedGraphToViewport(c: Coordinates, o?: { cameraState?: CameraState }): Coordinates;
}

/** An actor on screen at ratio 1: offset from the viewport centre, radius, label width. */
export interface Placed {
  dx: number;
  dy: number;
  r: number;
  label: number;
}

/** Pixels per character of a 13 px semi-bold label (measured in chromium, rounded up). */
export const LABEL_PX = 7.6;

export function fitRatio(items: Placed[], width: number, height: number, padding = 24): number {
  const roomX = width / 2 - padding;
  const roomY = height / 2 - padding;
  let ratio = 0;
  for (const { dx, dy, r, label } of items) {
    const need = (d: number, extra: number, room: number): number => (d === 0 ? 0 : d / Math.max(room * 0.25, room - extra));
    ratio = Math.max(ratio, need(Math.max(0, dx), r + label, roomX), need(Math.max(0, -dx), r, roomX), need(Math.abs(dy), r + 8, roomY));
  }
  return Math.min(20, Math.max(0.08, ratio));
}

export function fitState(renderer: Framing, nodes: Iterable<string>, padding = 24): CameraState | null {
  const shown = [...nodes].map((n) => renderer.getNodeDisplayData(n)).filter((d): d is NonNullable<typeof d> => Boolean(d && !d.hidden));
  if (shown.length === 0) return null;
  const xs = shown.map((d) => d.x);
  const ys = shown.map((d) => d.y);
  const centre = { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2, angle: 0, ratio: 1 };
  const { width, height } = renderer.getDimensions();
  const items = shown.map((d) => {
    const v = renderer.framedGraphToViewport(d, { cameraState: centre });
    return { dx: v.x - width / 2, dy: v.y - height / 2, r: d.size + 2, label: d.label ? d.label.length * LABEL_PX + 6 : 0 };
  });
  // Sigma draws discs size / sqrt(ratio) wide (zoomToSizeRatioFunction): fit once, then again with those radii.
  const first = fitRatio(items, width, height, padding);
  const grown = items.map((i) => ({ ...i, r: i.r / Math.sqrt(Math.min(1, first)) }));
  return { ...centre, ratio: fitRatio(grown, width, height, padding) };
}
