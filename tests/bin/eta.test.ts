import { Eta, formatLeft } from '../../bin/eta.js';

describe('a smoothed time-left estimate', () => {
  it('says nothing in the first moments, then settles on the steady rate', () => {
    const eta = new Eta(0);
    expect(eta.update(1, 100, 500)).toBeNull();
    let left: number | null = null;
    for (let i = 2; i <= 50; i++) left = eta.update(i, 100, i * 1000);
    expect(left).toBeGreaterThan(40);
    expect(left).toBeLessThan(60);
  });

  it('does not jump when files arrive in bursts (a batch written at once, then a pause)', () => {
    const eta = new Eta(0);
    const shown: number[] = [];
    let done = 0;
    for (let t = 1000; t <= 60_000; t += 1000) {
      done += t % 10_000 === 0 ? 20 : 0; // 20 files every 10 s, nothing between
      const s = eta.update(done, 200, t);
      if (s !== null) shown.push(s);
    }
    const jumps = shown.slice(1).map((s, i) => Math.abs(s - shown[i]!));
    expect(Math.max(...jumps)).toBeLessThan(40);
    expect(shown.at(-1)).toBeGreaterThan(40);
  });

  it('reads like a person would say it', () => {
    expect([null, 0, 3.2, 33, 200].map(formatLeft)).toEqual([
      'estimating…',
      'done',
      'about 3 s left',
      'about 35 s left',
      'about 3 min left',
    ]);
  });
});
