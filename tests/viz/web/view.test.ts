import { emptyFilters } from '../../../viz/web/src/filters.js';
import { extendVisibility, visibility } from '../../../viz/web/src/view.js';
import { edge } from '../shared/claims.js';
import { sampleGraph } from './graph.js';
import { mergeSubgraph } from '../../../viz/shared/graph-build.js';
import { node } from '../shared/claims.js';

describe('what is visible', () => {
  it('shows everything without filters', () => {
    const v = visibility(sampleGraph(), emptyFilters());
    expect([...v.edges].sort()).toEqual(['e1', 'e2', 'e3']);
    expect(v.nodes.size).toBe(4);
  });

  it('hides actors left without a visible relationship when relationships are filtered, unless kept', () => {
    const g = sampleGraph();
    const f = { ...emptyFilters(), polarity: new Set(['negative']) };
    expect([...visibility(g, f).nodes].sort()).toEqual(['attack', 'iran']);
    expect([...visibility(g, f, new Set(['kadhimi'])).nodes].sort()).toEqual(['attack', 'iran', 'kadhimi']);
  });

  it('hides a rejected relationship with no other filter set, and shows it when asked', () => {
    const g = sampleGraph();
    g.setEdgeAttribute('e3', 'rejected', true);
    expect([...visibility(g, emptyFilters()).edges].sort()).toEqual(['e1', 'e2']);
    expect([...visibility(g, { ...emptyFilters(), rejected: true }).edges].sort()).toEqual(['e1', 'e2', 'e3']);
    const v = visibility(g, { ...emptyFilters(), rejected: true });
    extendVisibility(g, v, emptyFilters(), new Set(), { nodes: [], edges: ['e3'] });
    expect(v.edges.has('e3')).toBe(false);
  });

  it('hides a relationship whose end has a filtered-out type', () => {
    const v = visibility(sampleGraph(), { ...emptyFilters(), types: new Set(['Place', 'Group']) });
    expect([...v.edges]).toEqual(['e1']);
  });

  it('updates the sets for what a merge touched, as a full pass would', () => {
    const g = sampleGraph();
    const f = { ...emptyFilters(), from: '2021-01-01' };
    const v = visibility(g, f);
    const added = mergeSubgraph(g, {
      nodes: [node('qaani', 'Person')],
      edges: [
        edge('e4', { source: 'qaani', target: 'iran', predicate: 'visit' }),
        edge('e5', {
          source: 'qaani',
          target: 'attack',
          claims: [{ article: 'z', date: '2021-11-08', event: null, certainty: 'asserted', attributed: false, outlet: null, dup: 'z' }],
        }),
      ],
    });
    extendVisibility(g, v, f, new Set(), added);
    const full = visibility(g, f);
    expect([...v.edges].sort()).toEqual([...full.edges].sort());
    expect([...v.nodes].sort()).toEqual([...full.nodes].sort());
    expect(v.edges.has('e4')).toBe(false);
  });
});
