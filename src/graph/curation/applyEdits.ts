import type { DramatisGraph } from '../buildGraph';
import { applyActorKind, applyMerge, applyRename, applySplit } from './actorEdits';
import { applyAddEdit, applyEdgeEdit } from './edgeEdits';
import type { CurationEdit, EditOutcome } from './editTypes';
import { EdgeOrigins } from './signatures';

export interface CurationResult {
  /** The graph shown: `base` itself when there is no edit, else a copy with the edits applied. */
  graph: DramatisGraph;
  /** One per edit, in order. */
  outcomes: EditOutcome[];
  /** The machine's signature of every edge of `graph` (for new edits that name them). */
  origins: EdgeOrigins;
}

function applyOne(graph: DramatisGraph, origins: EdgeOrigins, edit: CurationEdit): EditOutcome {
  switch (edit.kind) {
    case 'add':
      return applyAddEdit(graph, origins, edit);
    case 'merge':
      return applyMerge(graph, edit);
    case 'split':
      return applySplit(graph, origins, edit);
    case 'rename':
      return applyRename(graph, edit);
    case 'actorKind':
      return applyActorKind(graph, edit);
    default:
      return applyEdgeEdit(graph, origins, edit);
  }
}

/**
 * The extracted graph with the analyst's edits applied in order. `base` is never changed (sources'
 * graphs are shared). An edit that names something no longer there is reported stale, not dropped.
 */
export function applyEdits(base: DramatisGraph, edits: readonly CurationEdit[]): CurationResult {
  const origins = EdgeOrigins.of(base);
  if (edits.length === 0) return { graph: base, outcomes: [], origins };
  const graph = base.copy();
  const outcomes = edits.map((edit) => {
    try {
      return applyOne(graph, origins, edit);
    } catch (err) {
      return { status: 'stale', reason: `It could not be applied (${err instanceof Error ? err.message : String(err)}).` } satisfies EditOutcome;
    }
  });
  return { graph, outcomes, origins };
}
