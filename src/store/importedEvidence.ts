import type { DramatisGraph } from '../graph/buildGraph';

/**
 * For a relation imported from a file that gave no sentence for it (empty evidence in the
 * document standing for the file), what to show instead of an empty quote; null for every
 * relation that has its sentence.
 */
export function missingEvidenceNote(graph: DramatisGraph, edge: string): string | null {
  const a = graph.getEdgeAttributes(edge);
  if (a.evidence.text !== '') return null;
  const doc = graph.getAttribute('documents').find((d) => d.id === a.doc);
  const file = doc?.importedFrom ?? doc?.title ?? a.doc;
  return `No sentence: imported from ${file}, which gives none for this relation.`;
}

/** Whether "Open in article" has something to show for this relation: its sentence in a non-empty document. */
export function hasReadableEvidence(graph: DramatisGraph, edge: string): boolean {
  if (!graph.hasEdge(edge)) return false;
  const a = graph.getEdgeAttributes(edge);
  if (a.evidence.text === '') return false;
  const doc = graph.getAttribute('documents').find((d) => d.id === a.doc);
  return doc !== undefined && doc.body.trim() !== '';
}
