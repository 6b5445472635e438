// Finding the edge an edit names, even after re-extraction gave it another key.
import type { DramatisGraph } from '../buildGraph';
import type { EdgeRef, EdgeSignature } from './editTypes';

export function edgeSignature(graph: DramatisGraph, edge: string): EdgeSignature {
  const a = graph.getEdgeAttributes(edge);
  return { doc: a.doc, start: a.evidence.start, end: a.evidence.end, source: graph.source(edge), target: graph.target(edge), relation: a.relation };
}

export function signatureText(s: EdgeSignature): string {
  return JSON.stringify([s.doc, s.start, s.end, s.source, s.target, s.relation]);
}

/**
 * The machine's identity of every edge of a working graph: each edge keeps the signature it had in
 * the base graph, whatever edits later did to it (a swapped direction, a merged endpoint…).
 */
export class EdgeOrigins {
  private readonly byKey = new Map<string, EdgeSignature>();
  private readonly bySignature = new Map<string, string[]>();

  static of(base: DramatisGraph): EdgeOrigins {
    const origins = new EdgeOrigins();
    base.forEachEdge((edge) => origins.add(edge, edgeSignature(base, edge)));
    return origins;
  }

  add(key: string, signature: EdgeSignature): void {
    this.byKey.set(key, signature);
    const text = signatureText(signature);
    const keys = this.bySignature.get(text);
    if (keys) keys.push(key);
    else this.bySignature.set(text, [key]);
  }

  signature(key: string): EdgeSignature | undefined {
    return this.byKey.get(key);
  }

  /** A reference to `key` for a new edit. */
  ref(key: string): EdgeRef | null {
    const signature = this.byKey.get(key);
    return signature ? { key, signature } : null;
  }

  /** The edge of `graph` that `ref` names: its key when that still is the same event, else the event with its signature. */
  resolve(graph: DramatisGraph, ref: EdgeRef): string | null {
    const wanted = signatureText(ref.signature);
    const own = this.byKey.get(ref.key);
    if (own && graph.hasEdge(ref.key) && signatureText(own) === wanted) return ref.key;
    for (const key of this.bySignature.get(wanted) ?? []) if (graph.hasEdge(key)) return key;
    return null;
  }
}
