import { edgePasses, emptyFilters, nodePasses, type Filters } from '../../../viz/web/src/filters.js';
import { sampleGraph } from './graph.js';

const f = (over: Partial<Filters>): Filters => ({ ...emptyFilters(), ...over });

describe('web filters over graph attributes', () => {
  const g = sampleGraph();
  it('judges actors on their type; nodes that are not entities always pass', () => {
    expect(nodePasses(g.getNodeAttributes('iran'), f({ types: new Set(['Person']) }))).toBe(false);
    expect(nodePasses({ ...g.getNodeAttributes('iran'), kind: 'Article' }, f({ types: new Set(['Person']) }))).toBe(true);
  });

  it('judges relationships on their statements: window, certainty, attribution, sources', () => {
    const e1 = g.getEdgeAttributes('e1');
    const e2 = g.getEdgeAttributes('e2');
    expect(edgePasses(e1, f({ from: '2021-01-01' }), 'e1')).toBe(true);
    expect(edgePasses(e2, f({ from: '2021-01-01' }), 'e2')).toBe(false);
    expect(edgePasses(e2, f({ attributed: 'yes' }), 'e2')).toBe(true);
    expect(edgePasses(e1, f({ minSources: 2 }), 'e1')).toBe(true);
    expect(edgePasses(e2, f({ minSources: 2 }), 'e2')).toBe(false);
    expect(edgePasses(e2, f({ families: new Set(['order or authorise']) }), 'e2')).toBe(true);
  });
});
