// The few lines `npm run extract` prints on stderr: what was read and skipped, what the graph
// holds, and the warnings grouped by kind; per-document lines only when asked (--verbose).
import type { DramatisGraph } from '../graph/buildGraph';
import type { InputReport } from './collectInputs';

const LISTED = 5;

function listed(items: string[]): string {
  return items.length > LISTED ? `${items.slice(0, LISTED).join(', ')} and ${items.length - LISTED} more` : items.join(', ');
}

/** Warnings grouped by what they say once the document and the numbers are taken out. */
export function warningsByKind(warnings: string[]): { kind: string; documents: string[] }[] {
  const kinds = new Map<string, string[]>();
  for (const w of warnings) {
    const m = /^([^:\s]+): (.*)$/.exec(w);
    const doc = m ? m[1]! : '';
    const kind = (m ? m[2]! : w).replace(/\d[\d,]*/g, 'N');
    kinds.set(kind, [...(kinds.get(kind) ?? []), doc]);
  }
  return [...kinds.entries()].map(([kind, documents]) => ({ kind, documents })).sort((a, b) => b.documents.length - a.documents.length);
}

export function extractSummary(graph: DramatisGraph, inputs: InputReport, warnings: string[], verbose: boolean): string {
  const docs = graph.getAttribute('documents');
  const byRelation = new Map<string, number>();
  graph.forEachEdge((_e, a) => byRelation.set(a.relation, (byRelation.get(a.relation) ?? 0) + 1));
  const relations = [...byRelation.entries()].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', ');
  const lines = [`${docs.length} document${docs.length === 1 ? '' : 's'} read, ${inputs.skipped.length} file${inputs.skipped.length === 1 ? '' : 's'} skipped: ${graph.order} actors, ${graph.size} events${relations ? ` (${relations})` : ''}`];
  if (verbose) for (const d of docs) lines.push(`  ${d.id} (${d.published ?? 'no date'}${d.publishedInferred ? ', inferred' : ''})`);
  const skipped = verbose ? inputs.skipped : inputs.skipped.slice(0, LISTED);
  for (const s of skipped) lines.push(`skipped ${s.path}: ${s.reason}`);
  if (skipped.length < inputs.skipped.length) lines.push(`skipped ${inputs.skipped.length - skipped.length} more (--verbose lists them)`);
  for (const n of inputs.notes) lines.push(`note ${n.path}: ${n.note}`);
  if (verbose) for (const w of warnings) lines.push(`warning: ${w}`);
  else for (const { kind, documents } of warningsByKind(warnings)) lines.push(`warning (${documents.length} document${documents.length === 1 ? '' : 's'}: ${listed(documents)}): ${kind}`);
  return lines.join('\n');
}
