/**
 * The shared filters (viz/shared/filters.ts) over the web app's graph attributes: an actor passes
 * on its type (non-entity nodes always do), a relationship on everything else. Pure predicates;
 * the view applies them, nothing is removed from the graph.
 */
import type { EdgeAttrs, NodeAttrs } from '../../shared/graph-build.js';
import { edgePasses as sharedEdgePasses, rejectedHidden, typePasses, type Filters } from '../../shared/filters.js';

export { emptyFilters, filtersEdges, isFiltering, type Filters } from '../../shared/filters.js';

export const nodePasses = (a: NodeAttrs, f: Filters): boolean => a.kind !== 'Entity' || typePasses(a.type, f);

export const edgePasses = (a: EdgeAttrs, f: Filters, id?: string): boolean => sharedEdgePasses({ ...a, id }, f);

/**
 * Whether the view shows a relationship, its ends aside: `edgeFilters` (filtersEdges) says whether
 * any relationship filter is set; without one only a curator's reject can hide it.
 */
export const edgeShown = (a: EdgeAttrs, f: Filters, edgeFilters: boolean, id?: string): boolean =>
  edgeFilters ? edgePasses(a, f, id) : !rejectedHidden(a, f);
