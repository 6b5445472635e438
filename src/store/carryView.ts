import type { DramatisGraph } from '../graph/buildGraph';
import { carryFiltersOver, facetUniverse } from '../graph/carryFilters';
import type { FilterState } from '../graph/filterState';
import type { FocusTarget } from '../graph/focus';

/** The parts of the app state that refer to graph items and must be checked when the graph changes. */
export interface CarriedView {
  filters: FilterState;
  selection: FocusTarget | null;
  hoveredNode: string | null;
  hoveredEdge: string | null;
  reader: { doc: string; edge: string | null } | null;
}

/**
 * The view after the data graph was replaced by `next` (a source imported or removed): filters,
 * selection, hover and the open article keep whatever still exists in `next`.
 */
export function carryViewOver(state: CarriedView, previous: DramatisGraph, next: DramatisGraph): CarriedView {
  const filters = carryFiltersOver(state.filters, facetUniverse(previous), facetUniverse(next), (id) => next.hasNode(id));
  const sel = state.selection;
  const selection = sel === null ? null : sel.kind === 'node' ? (next.hasNode(sel.node) ? sel : null) : next.hasEdge(sel.edge) ? sel : null;
  const docs = new Set(next.getAttribute('documents').map((d) => d.id));
  const reader = state.reader && docs.has(state.reader.doc) ? { doc: state.reader.doc, edge: state.reader.edge !== null && next.hasEdge(state.reader.edge) ? state.reader.edge : null } : null;
  return {
    filters,
    selection,
    hoveredNode: state.hoveredNode !== null && next.hasNode(state.hoveredNode) ? state.hoveredNode : null,
    hoveredEdge: state.hoveredEdge !== null && next.hasEdge(state.hoveredEdge) ? state.hoveredEdge : null,
    reader: reader && state.reader && reader.edge === state.reader.edge ? state.reader : reader,
  };
}
