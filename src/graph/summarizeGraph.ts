import type { DramatisGraph } from './buildGraph';

/** A few lines for humans: documents, actors, events by relation. */
export function summarizeGraph(graph: DramatisGraph): string {
  const docs = graph.getAttribute('documents');
  const byRelation = new Map<string, number>();
  graph.forEachEdge((_e, a) => byRelation.set(a.relation, (byRelation.get(a.relation) ?? 0) + 1));
  const lines = [
    `${docs.length} document${docs.length === 1 ? '' : 's'}:`,
    ...docs.map((d) => `  ${d.id} (${d.published ?? 'no date'}${d.publishedInferred ? ', inferred' : ''})`),
    `${graph.order} actors, ${graph.size} events`,
    ...[...byRelation.entries()].sort((a, b) => b[1] - a[1]).map(([r, n]) => `  ${r}: ${n}`),
  ];
  return lines.join('\n');
}
