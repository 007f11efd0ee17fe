/**
 * A time-left estimate that does not jump: the rate (files per second) is an exponential moving
 * average over about TAU_S seconds, and the estimate shown moves only part of the way towards
 * each new figure (counting down between updates). Pure: time is passed in.
 */
const TAU_S = 10;
const FOLLOW = 0.3;

export class Eta {
  private rate: number | null = null;
  private shown: number | null = null;
  private last: { t: number; done: number } | null = null;

  constructor(private readonly start: number) {}

  /** Seconds left after `done` of `total` at time `t` (ms), or null while there is too little to go on. */
  update(done: number, total: number, t: number): number | null {
    if (total <= 0 || done >= total) return done >= total && total > 0 ? 0 : null;
    const prev = this.last ?? { t: this.start, done: 0 };
    const dt = (t - prev.t) / 1000;
    if (dt <= 0) return this.shown;
    const instant = (done - prev.done) / dt;
    const a = 1 - Math.exp(-dt / TAU_S);
    this.rate = this.rate === null ? (done > 0 ? done / ((t - this.start) / 1000) : null) : this.rate + a * (instant - this.rate);
    this.last = { t, done };
    if (!this.rate || this.rate <= 0 || t - this.start < 1500) return this.shown;
    const estimate = (total - done) / this.rate;
    this.shown = this.shown === null ? estimate : Math.max(0, this.shown - dt) + FOLLOW * (estimate - Math.max(0, this.shown - dt));
    return this.shown;
  }
}

/** "about 40 s left", "about 3 min left", "estimating…". */
export function formatLeft(s: number | null): string {
  if (s === null) return 'estimating…';
  if (s === 0) return 'done';
  if (s < 20) return `about ${Math.max(1, Math.round(s))} s left`;
  if (s < 90) return `about ${Math.round(s / 5) * 5} s left`;
  return `about ${Math.round(s / 60)} min left`;
}
