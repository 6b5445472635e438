import { useMemo } from 'react';
import type { BundleView } from '../../graph/bundleView';
import type { DramatisGraph } from '../../graph/buildGraph';
import { binEventColumns, playSpansOfColumns } from '../../graph/columnHistogram';
import type { FilterState } from '../../graph/filterState';
import { chooseBinSize } from '../../graph/timeHistogram';
import { timePresets } from '../../graph/timeWindow';
import type { TimelineAxis } from './useTimelineAxis';

/**
 * What the timeline draws for the graph and filters: the histogram over the axis, the spans play
 * steps through, and the presets. Events the other filters (relations, actors, documents, …) hide
 * are drawn grey, whatever the time window: read from the filter engine, recomputed when those
 * filters change.
 */
export function useTimelineData(graph: DramatisGraph | null, filters: FilterState, bundles: BundleView | null, axis: TimelineAxis) {
  const otherFilters = JSON.stringify({ ...filters, from: null, to: null, includeDocumentDated: true, path: null, pinned: [] });
  const passing = useMemo(() => {
    if (!bundles) return null;
    const passes = new Uint8Array(bundles.columns.edgeKeys.length);
    for (let i = 0; i < passes.length; i++) passes[i] = bundles.eventPassesAllButTime(i) ? 1 : 0;
    return passes;
    // otherFilters: the engine's state changed under the same bundles.
  }, [bundles, otherFilters]);
  const range = axis.axis;
  const histogram = useMemo(() => {
    if (!bundles || !passing || !range) return null;
    return binEventColumns(bundles.columns, chooseBinSize(range.first, range.last), range, (i) => passing[i] === 1);
  }, [bundles, range, passing]);
  // What play can show: events passing the other filters (and the publication-dated switch).
  const includeDocumentDated = filters.includeDocumentDated;
  const spans = useMemo(() => {
    if (!bundles || !passing) return null;
    const documentDated = bundles.columns.documentDated;
    return playSpansOfColumns(bundles.columns, (i) => passing[i] === 1 && (includeDocumentDated || documentDated[i] === 0));
  }, [bundles, passing, includeDocumentDated]);
  // The axis keeps the graph's extent (computed once per graph).
  const extent = axis.extent;
  const presets = useMemo(() => (graph ? timePresets(graph, extent) : []), [graph, extent]);
  return { histogram, spans, presets };
}
