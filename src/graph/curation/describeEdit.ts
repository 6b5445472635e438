// Edits in words, for the edits list and notices. Labels come from the graph the edits apply to.
import type { DramatisGraph } from '../buildGraph';
import { relationStyle } from '../relationStyles';
import type { CurationEdit, EdgeRef } from './editTypes';

export interface EditDescription {
  /** One line: "Rejected: Iran threaten → Israel". */
  title: string;
  /** The sentence the edit is about, exactly as in its document; null for actor edits. */
  sentence: string | null;
}

function actorName(graph: DramatisGraph, id: string): string {
  return graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id;
}

function edgeLine(graph: DramatisGraph, ref: EdgeRef): string {
  const s = ref.signature;
  return `${actorName(graph, s.source)} ${relationStyle(s.relation).label.toLowerCase()} → ${actorName(graph, s.target)}`;
}

function sentenceOf(graph: DramatisGraph, doc: string, start: number, end: number): string | null {
  const body = graph.getAttribute('documents').find((d) => d.id === doc)?.body;
  return body === undefined ? null : body.slice(start, end) || null;
}

function refSentence(graph: DramatisGraph, ref: EdgeRef): string | null {
  return sentenceOf(graph, ref.signature.doc, ref.signature.start, ref.signature.end);
}

/** `base` is the extracted (unedited) graph, so names are the machine's. */
export function describeEdit(base: DramatisGraph, edit: CurationEdit): EditDescription {
  switch (edit.kind) {
    case 'reject':
      return { title: `Rejected ${edgeLine(base, edit.edge)}`, sentence: refSentence(base, edit.edge) };
    case 'relation':
      return { title: `Relation changed to ${relationStyle(edit.relation).label.toLowerCase()}: ${edgeLine(base, edit.edge)}`, sentence: refSentence(base, edit.edge) };
    case 'direction':
      return { title: `Direction swapped: ${edgeLine(base, edit.edge)}`, sentence: refSentence(base, edit.edge) };
    case 'date':
      return { title: `Date changed to ${edit.date} (${edit.datePrecision}): ${edgeLine(base, edit.edge)}`, sentence: refSentence(base, edit.edge) };
    case 'modality':
      return { title: `Modality changed to ${edit.modality}: ${edgeLine(base, edit.edge)}`, sentence: refSentence(base, edit.edge) };
    case 'add':
      return {
        title: `Added ${actorName(base, edit.source)} ${relationStyle(edit.relation).label.toLowerCase()} → ${actorName(base, edit.target)}`,
        sentence: edit.evidence.text,
      };
    case 'merge':
      return { title: `Merged ${actorName(base, edit.absorb)} into ${actorName(base, edit.keep)}`, sentence: null };
    case 'split':
      return { title: `Split ${edit.label} from ${actorName(base, edit.actor)} (${edit.edges.length} ${edit.edges.length === 1 ? 'relation' : 'relations'})`, sentence: null };
    case 'rename':
      return { title: `Renamed ${actorName(base, edit.actor)} to ${edit.label}`, sentence: null };
    case 'actorKind':
      return { title: `Kind of ${actorName(base, edit.actor)} changed to ${edit.actorKind}`, sentence: null };
  }
}
