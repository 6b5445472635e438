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
 * the base graph, whatever edits later did to it (a swapped direction, a merged endpoint…). Edits
 * never re-key an edge, so that is the base graph's edge of the same key, or the added relation's.
 * The index by signature is built only when a key no longer names its event (after re-extraction).
 */
export class EdgeOrigins {
  private readonly added = new Map<string, EdgeSignature>();
  private bySignature: Map<string, string[]> | null = null;

  private constructor(private readonly base: DramatisGraph) {}

  static of(base: DramatisGraph): EdgeOrigins {
    return new EdgeOrigins(base);
  }

  /** An edge an edit added (its signature is the added relation's). */
  add(key: string, signature: EdgeSignature): void {
    this.added.set(key, signature);
    if (this.bySignature) this.index(key, signature);
  }

  signature(key: string): EdgeSignature | undefined {
    return this.added.get(key) ?? (this.base.hasEdge(key) ? edgeSignature(this.base, key) : undefined);
  }

  /** A reference to `key` for a new edit. */
  ref(key: string): EdgeRef | null {
    const signature = this.signature(key);
    return signature ? { key, signature } : null;
  }

  /** The edge of `graph` that `ref` names: its key when that still is the same event, else the event with its signature. */
  resolve(graph: DramatisGraph, ref: EdgeRef): string | null {
    const wanted = signatureText(ref.signature);
    const own = this.signature(ref.key);
    if (own && graph.hasEdge(ref.key) && signatureText(own) === wanted) return ref.key;
    for (const key of this.keysWith(wanted)) if (graph.hasEdge(key)) return key;
    return null;
  }

  private keysWith(text: string): readonly string[] {
    if (!this.bySignature) {
      this.bySignature = new Map();
      this.base.forEachEdge((edge) => this.index(edge, edgeSignature(this.base, edge)));
      for (const [key, signature] of this.added) this.index(key, signature);
    }
    return this.bySignature.get(text) ?? [];
  }

  private index(key: string, signature: EdgeSignature): void {
    const text = signatureText(signature);
    const keys = this.bySignature!.get(text);
    if (keys) keys.push(key);
    else this.bySignature!.set(text, [key]);
  }
}
