/** The sigma renderer: programs (arrows, dashed arrows for negation), label settings, reducers. */
import Sigma from 'sigma';
import { EdgeArrowProgram, NodeCircleProgram, type EdgeProgramType, type NodeProgramType } from 'sigma/rendering';
import { EdgeLineProgram, NodePointProgram } from 'sigma/rendering';
import type { EdgeAttrs, KgGraph, NodeAttrs } from '../../shared/graph-build.js';
import { makeReducers, type ViewState } from './reducers.js';
import { EdgeDashedArrowProgram } from './render/edge-dashed.js';

export type Renderer = Sigma<NodeAttrs, EdgeAttrs>;

export function createRenderer(container: HTMLElement, graph: KgGraph, view: ViewState): Renderer {
  const { nodeReducer, edgeReducer } = makeReducers(graph, view);
  return new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    nodeReducer,
    edgeReducer,
    defaultEdgeType: 'arrow',
    nodeProgramClasses: {
      circle: NodeCircleProgram as NodeProgramType<NodeAttrs, EdgeAttrs>,
      point: NodePointProgram as NodeProgramType<NodeAttrs, EdgeAttrs>,
    },
    edgeProgramClasses: {
      arrow: EdgeArrowProgram as EdgeProgramType<NodeAttrs, EdgeAttrs>,
      dashed: EdgeDashedArrowProgram as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>,
      thin: EdgeLineProgram as EdgeProgramType<NodeAttrs, EdgeAttrs>,
    },
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    zIndex: true,
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    labelSize: 13,
    labelWeight: '600',
    labelColor: { color: '#1d2330' },
    edgeLabelSize: 11,
    edgeLabelColor: { color: '#475467' },
    labelDensity: 0.8,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: 7,
    minEdgeThickness: 1,
    stagePadding: 40,
    allowInvalidContainer: true,
  });
}
