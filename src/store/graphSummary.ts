import type { DramatisGraph } from '../graph/buildGraph';

export interface DocumentSummary {
  id: string;
  title: string;
  published: string | null;
  source: string | null;
}

export interface GraphSummary {
  actors: number;
  relations: number;
  documents: DocumentSummary[];
}

export function summarizeForHeader(graph: DramatisGraph): GraphSummary {
  return {
    actors: graph.order,
    relations: graph.size,
    documents: graph.getAttribute('documents').map((d) => ({ id: d.id, title: d.title, published: d.published, source: d.source })),
  };
}
