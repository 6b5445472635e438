import type { DramatisGraph } from '../graph/buildGraph';
import type { DatePrecision, Modality } from '../domain/contract';
import { relationStyle, type RelationStyle } from '../graph/relationStyles';
import { missingEvidenceNote } from './importedEvidence';

export interface ActorRef {
  id: string;
  label: string;
}

/** One event (edge) prepared for display; every string is plain text. */
export interface EventLine {
  edge: string;
  source: ActorRef;
  target: ActorRef;
  relation: RelationStyle;
  date: string;
  dateEnd: string | null;
  datePrecision: DatePrecision;
  modality: Modality;
  attributedTo: ActorRef | null;
  documentTitle: string;
  evidence: string;
  /** Said instead of the quote when an imported relation has no sentence; null otherwise. */
  missingEvidence: string | null;
  cue: string | null;
  /** How its date was read from the text, when the extractor said ("the day 'Friday' named in sentence 1"). */
  dateNote: string | null;
  /** The happening it reports (the graph's `happening` id; its own key when it has none). */
  happening: string;
  /** The document it comes from (id). */
  doc: string;
}

export function actorRef(graph: DramatisGraph, id: string): ActorRef {
  return { id, label: graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id };
}

export function describeEvent(graph: DramatisGraph, edge: string): EventLine {
  const a = graph.getEdgeAttributes(edge);
  const doc = graph.getAttribute('documents').find((d) => d.id === a.doc);
  return {
    edge,
    source: actorRef(graph, graph.source(edge)),
    target: actorRef(graph, graph.target(edge)),
    relation: relationStyle(a.relation),
    date: a.date,
    dateEnd: a.dateEnd ?? null,
    datePrecision: a.datePrecision,
    modality: a.modality,
    attributedTo: a.attributedTo ? actorRef(graph, a.attributedTo) : null,
    documentTitle: doc?.title ?? a.doc,
    evidence: a.evidence.text,
    missingEvidence: missingEvidenceNote(graph, edge),
    cue: a.cue ?? null,
    dateNote: a.dateNote ?? null,
    happening: a.happening ?? edge,
    doc: a.doc,
  };
}

/** Chronological, then by relation label, then by key for a stable order. */
export function compareEvents(x: EventLine, y: EventLine): number {
  return x.date.localeCompare(y.date) || x.relation.label.localeCompare(y.relation.label) || x.edge.localeCompare(y.edge);
}
