// The page's half of the import worker's answer: a graph built chunk by chunk as the worker's
// messages arrive, each chunk in its own task (a message event), so no step holds the page long.
import { MultiDirectedGraph } from 'graphology';
import type { DocumentMeta } from '../domain/contract';
import type { DramatisGraph } from '../graph/buildGraph';
import type { GraphFormat } from '../graph/formats/types';
import type { GraphChunkMessage, GraphHeadMessage } from './importMessages';

/** A file's graph as the worker fitted it, ready to join the session's sources. */
export interface ImportedGraph {
  format: GraphFormat;
  graph: DramatisGraph;
  warnings: string[];
  extraGraphAttributes: Record<string, unknown>;
  /** The same graph as a JSON Blob (the worker's), for the workspace to store. */
  graphJson: Blob;
}

/** Builds the graph of one answer: a head, then chunks of documents, actors and relations, then finish(). */
export class ImportedGraphBuilder {
  private readonly graph: DramatisGraph;
  private readonly documents: DocumentMeta[] = [];
  /** Documents, actors and relations added so far, and how many the file holds. */
  done = 0;
  readonly total: number;

  constructor(private readonly head: GraphHeadMessage) {
    this.graph = new MultiDirectedGraph({ allowSelfLoops: head.options.allowSelfLoops });
    this.total = head.counts.documents + head.counts.nodes + head.counts.edges;
  }

  /** Adds one chunk; throws (graphology's message) when its actors or relations do not fit the graph. */
  add(chunk: GraphChunkMessage): void {
    if (chunk.kind === 'documents') this.documents.push(...chunk.items);
    else if (chunk.kind === 'nodes') this.graph.import({ nodes: chunk.items });
    else this.graph.import({ edges: chunk.items });
    this.done += chunk.items.length;
  }

  /** The whole graph, with the worker's Blob of it; throws when a chunk is missing (the worker stopped half-way). */
  finish(graphJson: Blob): ImportedGraph {
    const { counts, format, warnings, extraGraphAttributes, attributes } = this.head;
    if (this.documents.length !== counts.documents || this.graph.order !== counts.nodes || this.graph.size !== counts.edges) {
      throw new Error(`${this.done} of ${this.total} parts arrived`);
    }
    this.graph.replaceAttributes({ ...attributes, documents: this.documents });
    return { format, graph: this.graph, warnings, extraGraphAttributes, graphJson };
  }
}
