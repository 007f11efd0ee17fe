import { fitRatio } from '../../../viz/web/src/camera.js';
import { bins, extent, unitFor } from '../../../viz/web/src/histogram.js';
import { hops } from '../../../viz/web/src/hops.js';
import { strongestEdges } from '../../../viz/web/src/labels.js';
import { paramNames, parseParams } from '../../../viz/web/src/params.js';
import { backoff } from '../../../viz/web/src/retry.js';
import { sampleGraph } from './graph.js';

describe('path hops', () => {
  const ends: Record<string, [string, string]> = { b1: ['mckenzie', 'attack'], c1: ['qaani', 'attack'], d1: ['qaani', 'iran'] };
  it('names each hop in the direction it is walked and ends at the last actor', () => {
    expect(hops('mckenzie', ['b1', 'c1', 'd1'], (e) => ends[e] ?? null)).toEqual([
      { edge: 'b1', from: 'mckenzie', to: 'attack', reversed: false },
      { edge: 'c1', from: 'attack', to: 'qaani', reversed: true },
      { edge: 'd1', from: 'qaani', to: 'iran', reversed: false },
    ]);
  });
  it('stops at a hop that does not continue the path', () => {
    expect(hops('iran', ['b1'], (e) => ends[e] ?? null)).toEqual([]);
  });
});

describe('Cypher parameters', () => {
  it.each([
    ['', {}],
    ['{"name": "militia", "n": 3}', { name: 'militia', n: 3 }],
    ['name=militia', { name: 'militia' }],
    ['from=iran\nto=frank-mckenzie', { from: 'iran', to: 'frank-mckenzie' }],
    ['$limit = 5, ids=["a","b"]', { limit: 5, ids: ['a', 'b'] }],
    ["name='Kadhimi'", { name: 'Kadhimi' }],
  ])('%s', (text, params) => expect(parseParams(text)).toEqual({ params }));
  it('explains what it cannot read', () => {
    expect(parseParams('{"a": ')).toEqual({ error: expect.stringMatching(/invalid JSON/) });
    expect(parseParams('militia')).toEqual({ error: expect.stringMatching(/name=value/) });
  });
  it('finds the $names a query uses, not those in strings or comments', () => {
    expect(paramNames("MATCH (a {id: $from}) WHERE a.name <> '$x' // $y\nRETURN $to, $from")).toEqual(['from', 'to']);
  });
});

describe('timeline bins', () => {
  it('chooses days, weeks, months or years by span', () => {
    expect(unitFor('2021-11-01', '2021-11-30')).toBe('day');
    expect(unitFor('2021-01-01', '2021-12-31')).toBe('week');
    expect(unitFor('2019-01-01', '2021-12-31')).toBe('month');
    expect(unitFor('2000-01-01', '2021-12-31')).toBe('year');
  });
  it('counts statements into every bin of the span, empty ones included', () => {
    expect(bins({ '2021-11-07': 2, '2021-11-09': 1 }, '2021-11-07', '2021-11-09')).toEqual([
      { from: '2021-11-07', to: '2021-11-07', n: 2 },
      { from: '2021-11-08', to: '2021-11-08', n: 0 },
      { from: '2021-11-09', to: '2021-11-09', n: 1 },
    ]);
    const months = bins({ '2020-01-03': 1, '2021-11-08': 4 }, '2020-01-03', '2021-11-08', 'month');
    expect(months).toHaveLength(23);
    expect(months[0]).toEqual({ from: '2020-01-01', to: '2020-01-31', n: 1 });
    expect(months.at(-1)).toEqual({ from: '2021-11-01', to: '2021-11-30', n: 4 });
  });
  it('starts weeks on Monday; finds the dated extent', () => {
    expect(bins({ '2021-11-07': 1 }, '2021-11-07', '2022-03-01', 'week')[0]).toEqual({ from: '2021-11-01', to: '2021-11-07', n: 1 });
    expect(extent({ '2021-11-09': 1, '2020-01-03': 2 })).toEqual({ from: '2020-01-03', to: '2021-11-09' });
    expect(extent({})).toBeNull();
  });
});

describe('zoom-to-fit arithmetic', () => {
  it('zooms out until the farthest disc and label fit, and never past the limits', () => {
    expect(fitRatio([{ dx: 600, dy: 0, r: 10, label: 0 }], 800, 600, 20)).toBeCloseTo(600 / (400 - 20 - 10));
    expect(fitRatio([{ dx: 100, dy: 0, r: 10, label: 200 }], 800, 600, 20)).toBeCloseTo(100 / (380 - 210));
    expect(fitRatio([{ dx: -100, dy: 0, r: 10, label: 200 }], 800, 600, 20)).toBeCloseTo(Math.max(0.08, 100 / 370));
    expect(fitRatio([{ dx: 0, dy: 0, r: 5, label: 30 }], 800, 600)).toBe(0.08);
  });
});

describe('hub labels', () => {
  it("keeps a hub's strongest relationships (sources, then statements)", () => {
    const g = sampleGraph();
    expect([...strongestEdges(g, 'iran', new Set(['e1', 'e2']), 1)]).toEqual(['e1']);
    expect([...strongestEdges(g, 'iran', new Set(['e2']), 5)]).toEqual(['e2']);
    expect(strongestEdges(g, 'nobody', new Set(['e1'])).size).toBe(0);
  });
});

describe('retry backoff while Neo4j is down', () => {
  it('doubles from 1 s up to 10 s', () => expect([0, 1, 2, 3, 4, 9].map(backoff)).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]));
});
