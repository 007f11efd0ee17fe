import { makeReducers, type ViewState } from '../../../viz/web/src/reducers.js';
import { NEGATIVE, MUTED, HIGHLIGHT } from '../../../viz/web/src/style.js';
import { visibility } from '../../../viz/web/src/view.js';
import { emptyFilters } from '../../../viz/web/src/filters.js';
import { sampleGraph } from './graph.js';

const state = (g: ReturnType<typeof sampleGraph>, over: Partial<ViewState> = {}): ViewState => ({
  visible: visibility(g, emptyFilters()),
  communities: new Map([['iran', 0]]),
  focus: null,
  hovered: null,
  selectedEdge: null,
  pathNodes: new Set(),
  pathEdges: new Set(),
  allEdgeLabels: true,
  lod: false,
  labelled: null,
  ...over,
});

describe('reducers: looks derived from data and view state', () => {
  const g = sampleGraph();
  it('draws a negated relationship red and dashed, a hedged one lighter, never writing to the graph', () => {
    const { edgeReducer } = makeReducers(g, state(g));
    const neg = edgeReducer('e2', g.getEdgeAttributes('e2'));
    expect(neg.type).toBe('dashed');
    expect(neg.color).toMatch(/^rgba\(217,45,32,0\.35\)$/);
    expect(NEGATIVE).toBe('#d92d20');
    expect(edgeReducer('e1', g.getEdgeAttributes('e1'))).toMatchObject({ type: 'arrow', label: 'support' });
    expect(g.getEdgeAttributes('e2')).not.toHaveProperty('color');
  });

  it('mutes what is not around the focus and labels only the chosen relationships around it', () => {
    const view = state(g, { focus: 'iran', labelled: new Set(['e1']) });
    const { nodeReducer, edgeReducer } = makeReducers(g, view);
    expect(nodeReducer('kadhimi', g.getNodeAttributes('kadhimi')).color).toBe(MUTED);
    expect(nodeReducer('iran', g.getNodeAttributes('iran'))).toMatchObject({ highlighted: true, forceLabel: true });
    expect(edgeReducer('e1', g.getEdgeAttributes('e1')).label).toBe('support');
    expect(edgeReducer('e2', g.getEdgeAttributes('e2')).label).toBeNull();
    expect(edgeReducer('e3', g.getEdgeAttributes('e3'))).toMatchObject({ color: MUTED, label: null });
  });

  it('highlights a path and hides what is not visible; large views use points and thin lines', () => {
    const view = state(g, { pathEdges: new Set(['e1']), pathNodes: new Set(['iran', 'militias']), lod: true });
    const { nodeReducer, edgeReducer } = makeReducers(g, view);
    expect(edgeReducer('e1', g.getEdgeAttributes('e1'))).toMatchObject({ color: HIGHLIGHT, zIndex: 2, type: 'arrow' });
    expect(edgeReducer('e3', g.getEdgeAttributes('e3')).type).toBe('thin');
    expect(nodeReducer('iran', g.getNodeAttributes('iran')).type).toBe('point');
    view.visible.edges.delete('e3');
    expect(edgeReducer('e3', g.getEdgeAttributes('e3')).hidden).toBe(true);
  });
});
