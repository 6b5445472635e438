// Edits of one edge: reject it, or change its relation, direction, date or modality; add a new one.
import type { DramatisGraph } from '../buildGraph';
import { MODALITIES, type EdgeAttributes } from '../../domain/contract';
import { dateProblem } from './curatedDate';
import type { AddEdit, EdgeEdit, EditOutcome } from './editTypes';
import { relationCodes } from './relationChoice';
import type { EdgeOrigins } from './signatures';
import { markEdge, moveEdge } from './workingGraph';

const STALE_EDGE: EditOutcome = { status: 'stale', reason: 'The relation is no longer in the extracted data.' };
const APPLIED: EditOutcome = { status: 'applied' };

export function applyEdgeEdit(graph: DramatisGraph, origins: EdgeOrigins, edit: EdgeEdit): EditOutcome {
  const edge = origins.resolve(graph, edit.edge);
  if (edge === null) return STALE_EDGE;
  switch (edit.kind) {
    case 'reject':
      graph.dropEdge(edge);
      return APPLIED;
    case 'relation': {
      const codes = relationCodes(edit.relation);
      if (!codes) return { status: 'stale', reason: `"${edit.relation}" is not a relation of this version.` };
      graph.mergeEdgeAttributes(edge, { relation: edit.relation, ...codes });
      markEdge(graph, edge, 'relation');
      return APPLIED;
    }
    case 'direction':
      moveEdge(graph, edge, graph.target(edge), graph.source(edge));
      markEdge(graph, edge, 'direction');
      return APPLIED;
    case 'date': {
      const problem = dateProblem(edit.date, edit.datePrecision);
      if (problem) return { status: 'stale', reason: problem };
      graph.mergeEdgeAttributes(edge, { date: edit.date, datePrecision: edit.datePrecision });
      graph.removeEdgeAttribute(edge, 'dateEnd');
      markEdge(graph, edge, 'date');
      return APPLIED;
    }
    case 'modality':
      if (!MODALITIES.includes(edit.modality)) return { status: 'stale', reason: `"${String(edit.modality)}" is not a modality.` };
      graph.setEdgeAttribute(edge, 'modality', edit.modality);
      markEdge(graph, edge, 'modality');
      return APPLIED;
  }
}

/** Why an added relation cannot join `graph`; null when it can. */
function addProblem(graph: DramatisGraph, edit: AddEdit): string | null {
  if (graph.hasEdge(edit.key)) return 'Its key is already taken by another relation.';
  if (!graph.hasNode(edit.source)) return `The actor ${edit.source} is no longer in the graph.`;
  if (!graph.hasNode(edit.target)) return `The actor ${edit.target} is no longer in the graph.`;
  if (edit.source === edit.target) return 'An actor cannot relate to itself.';
  const doc = graph.getAttribute('documents').find((d) => d.id === edit.doc);
  if (!doc) return 'Its document is no longer loaded.';
  if (doc.body.slice(edit.evidence.start, edit.evidence.end) !== edit.evidence.text || !edit.evidence.text.trim())
    return 'Its sentence is no longer in the document at the same place.';
  if (!relationCodes(edit.relation)) return `"${edit.relation}" is not a relation of this version.`;
  return dateProblem(edit.date, edit.datePrecision);
}

export function applyAddEdit(graph: DramatisGraph, origins: EdgeOrigins, edit: AddEdit): EditOutcome {
  const problem = addProblem(graph, edit);
  if (problem) return { status: 'stale', reason: problem };
  const attributes: EdgeAttributes = {
    relation: edit.relation,
    ...relationCodes(edit.relation)!,
    date: edit.date,
    datePrecision: edit.datePrecision,
    doc: edit.doc,
    evidence: { ...edit.evidence },
    modality: edit.modality,
    confidence: 1,
    curated: ['added'],
  };
  graph.addDirectedEdgeWithKey(edit.key, edit.source, edit.target, attributes);
  const { start, end } = edit.evidence;
  origins.add(edit.key, { doc: edit.doc, start, end, source: edit.source, target: edit.target, relation: edit.relation });
  return APPLIED;
}
