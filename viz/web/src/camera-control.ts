/**
 * The camera as the explorer moves it: `fit` animates to the state that puts the given actors on
 * screen (camera.ts), and does so again when the layout stops moving them — unless the user has
 * zoomed or dragged in between, which leaves the camera to the user.
 */
import { fitState } from './camera.js';
import type { Renderer } from './renderer.js';

export class CameraControl {
  /** Resolves when the last camera move ends. */
  done: Promise<void> = Promise.resolve();
  private target: (() => Iterable<string>) | null = null;

  /**
   * `current` brings sigma's display data up to date before a fit reads it: the layout's last
   * positions may not have been drawn yet, and sigma's framing depends on them.
   */
  constructor(
    private readonly renderer: Renderer,
    private readonly layoutDone: () => Promise<void>,
    private readonly current: () => void,
  ) {
    const captor = renderer.getMouseCaptor();
    for (const ev of ['wheel', 'mousedown'] as const)
      captor.on(ev, () => {
        this.target = null;
      });
  }

  /** `jump`: set the camera at once (a new view, whose first frame should not wait for an animation). */
  fit(nodes: () => Iterable<string>, jump = false): void {
    const target = nodes;
    this.target = target;
    this.move(nodes(), false, jump);
    void this.layoutDone().then(() => {
      if (this.target === target) this.move(nodes(), true);
    });
  }

  /** `redraw`: after the layout (a change just drawn by a batch needs no second draw). */
  private move(nodes: Iterable<string>, redraw: boolean, jump = false): void {
    if (redraw) this.current();
    const state = fitState(this.renderer, nodes);
    if (!state) return;
    if (jump) {
      this.renderer.getCamera().setState(state);
      this.done = Promise.resolve();
    } else this.done = this.renderer.getCamera().animate(state, { duration: 300 });
  }

  /** Where each of the actors is on screen now, and the canvas size (a test and bench hook). */
  positions(visible: Iterable<string>): { width: number; height: number; nodes: Record<string, { x: number; y: number; r: number }> } {
    const { width, height } = this.renderer.getDimensions();
    const nodes: Record<string, { x: number; y: number; r: number }> = {};
    for (const n of visible) {
      const d = this.renderer.getNodeDisplayData(n);
      if (!d || d.hidden) continue;
      const v = this.renderer.framedGraphToViewport(d);
      nodes[n] = { x: v.x, y: v.y, r: d.size };
    }
    return { width, height, nodes };
  }
}
