/**
 * The current view as a Scene for export: every visible actor and relationship with the looks
 * sigma shows (reducers' colours, sizes, dashes), placed so the whole view fits the picture with
 * discs and labels inside it (camera.ts's fit arithmetic), and which labels to print: actors that
 * sigma labels or that have room (greedy, largest first), relationships the reducers label.
 */
import { fitRatio, LABEL_PX } from '../camera.js';
import type { Renderer } from '../renderer.js';
import type { LegendItem, Scene, SceneNode } from './svg.js';

export interface SceneInput {
  renderer: Renderer;
  nodes: Set<string>;
  edges: Set<string>;
  width: number;
  height: number;
  title: string;
  subtitle: string;
  legend: LegendItem[];
}

const PAD = 20;

export function sceneOf(input: SceneInput): Scene {
  const { renderer, width, height } = input;
  const data = [...input.nodes].map((id) => ({ id, d: renderer.getNodeDisplayData(id) })).filter((n) => n.d && !n.d.hidden);
  const at = new Map<string, SceneNode>();
  if (data.length > 0) {
    const xs = data.map((n) => n.d!.x);
    const ys = data.map((n) => n.d!.y);
    const centre = { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2, angle: 0, ratio: 1 };
    const dims = renderer.getDimensions();
    const placed = data.map(({ id, d }) => {
      const v = renderer.framedGraphToViewport(d!, { cameraState: centre });
      return {
        id,
        d: d!,
        dx: v.x - dims.width / 2,
        dy: v.y - dims.height / 2,
        r: Math.max(3, d!.size),
        label: d!.label ? d!.label.length * LABEL_PX + 6 : 0,
      };
    });
    const ratio = fitRatio(placed, width, height, PAD);
    for (const p of placed)
      at.set(p.id, { x: width / 2 + p.dx / ratio, y: height / 2 + p.dy / ratio, r: p.r, color: p.d.color, label: p.d.label ?? null });
    chooseLabels(
      placed.map((p) => ({ id: p.id, force: Boolean(p.d.forceLabel || p.d.highlighted), size: p.d.size })),
      at,
    );
  }
  const edges = [...input.edges].flatMap((e) => {
    const d = renderer.getEdgeDisplayData(e);
    const [s, t] = renderer.getGraph().hasEdge(e) ? renderer.getGraph().extremities(e) : [];
    const a = s ? at.get(s) : undefined;
    const b = t ? at.get(t) : undefined;
    if (!d || d.hidden || !a || !b) return [];
    return [
      {
        x1: a.x,
        y1: a.y,
        x2: b.x,
        y2: b.y,
        r2: b.r,
        color: d.color,
        width: Math.max(1, d.size),
        dashed: (d as { type?: string }).type === 'dashed',
        label: d.label ?? null,
      },
    ];
  });
  return { width, height, title: input.title, subtitle: input.subtitle, nodes: [...at.values()], edges, legend: input.legend };
}

/** Keep a label when sigma forces it or when its box overlaps no label kept before (largest actors first). */
function chooseLabels(order: { id: string; force: boolean; size: number }[], at: Map<string, SceneNode>): void {
  const kept: { x0: number; x1: number; y0: number; y1: number }[] = [];
  for (const { id } of [...order].sort((a, b) => Number(b.force) - Number(a.force) || b.size - a.size)) {
    const n = at.get(id)!;
    if (!n.label) continue;
    const box = { x0: n.x + n.r, x1: n.x + n.r + n.label.length * LABEL_PX + 6, y0: n.y - 9, y1: n.y + 7 };
    const force = order.find((o) => o.id === id)!.force;
    if (!force && kept.some((k) => k.x0 < box.x1 && box.x0 < k.x1 && k.y0 < box.y1 && box.y0 < k.y1)) n.label = null;
    else kept.push(box);
  }
}
