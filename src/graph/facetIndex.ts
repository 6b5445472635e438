// One list facet inside the visibility engine: each event's values as small integer codes, the
// events grouped by code (so ticking a value re-tests only its events), which codes the filters
// allow, and the live count per code. Built from the facet's descriptor, for any list facet.
import { ITEMS_PER_STEP, runToEnd } from './stepwise';
import type { DramatisGraph } from './buildGraph';
import { bucketBy, type Buckets } from './eventColumns';
import type { ListFacetDescriptor } from './facetDescriptor';
import { listOf, type FilterState } from './filterState';
import type { ListFacet } from './facetRegistry';
import { CountsView } from './visibilityViews';

/** Allowed codes of a list facet: 1 = allowed. */
function allowedCodes(ids: readonly string[], allowed: readonly string[] | null): Uint8Array {
  const out = new Uint8Array(ids.length).fill(allowed ? 0 : 1);
  if (allowed) {
    const set = new Set(allowed);
    ids.forEach((id, c) => (out[c] = set.has(id) ? 1 : 0));
  }
  return out;
}

const sameList = (a: readonly string[] | null, b: readonly string[] | null) => a === b || (a !== null && b !== null && a.length === b.length && a.every((v, i) => v === b[i]));

/** Codes one facet's values while the engine walks the events once for every facet. */
class FacetCoder {
  readonly codeOf = new Map<string, number>();
  readonly ids: string[] = [];
  readonly start: Uint32Array;
  private codes: Uint32Array;
  private n = 0;
  private event = 0;

  constructor(
    readonly descriptor: ListFacetDescriptor<ListFacet, string, string>,
    graph: DramatisGraph,
  ) {
    // Codes in first-seen order; a value no event has needs none (its count reads as absent, 0).
    this.start = new Uint32Array(graph.size + 1);
    this.codes = new Uint32Array(graph.size);
  }

  private code(v: string): number {
    let c = this.codeOf.get(v);
    if (c === undefined) (c = this.ids.length), this.ids.push(v), this.codeOf.set(v, c);
    return c;
  }

  readonly add = (v: string): void => {
    if (this.n === this.codes.length) {
      const grown = new Uint32Array(this.codes.length * 2 + 1);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[this.n++] = this.code(v);
  };

  endEvent(): void {
    this.start[++this.event] = this.n;
  }

  /** The codes, exactly as many as were added. */
  finished(): Uint32Array {
    return this.codes.length === this.n ? this.codes : this.codes.slice(0, this.n);
  }
}

/** The engine's index of every given facet, built in one pass over the events; facet k gets bit `firstBit << k`. */
export function buildFacetIndexes(graph: DramatisGraph, descriptors: readonly ListFacetDescriptor<ListFacet, string, string>[], firstBit: number): FacetIndex[] {
  return runToEnd(facetIndexSteps(graph, descriptors, firstBit));
}

/** buildFacetIndexes in steps: it pauses (yields) every ITEMS_PER_STEP events and after each facet's index. */
export function* facetIndexSteps(graph: DramatisGraph, descriptors: readonly ListFacetDescriptor<ListFacet, string, string>[], firstBit: number): Generator<void, FacetIndex[]> {
  const coders = descriptors.map((d) => new FacetCoder(d, graph));
  let i = 0;
  for (const { attributes: a, sourceAttributes: s, targetAttributes: t } of graph.edgeEntries()) {
    if (++i % ITEMS_PER_STEP === 0) yield;
    for (const coder of coders) {
      coder.descriptor.values(a, s, t, coder.add);
      coder.endEvent();
    }
  }
  const indexes: FacetIndex[] = [];
  for (const [k, coder] of coders.entries()) {
    yield;
    indexes.push(new FacetIndex(coder, graph.size, firstBit << k));
  }
  return indexes;
}

export class FacetIndex {
  readonly ids: string[];
  private readonly codeOf: ReadonlyMap<string, number>;
  /** Event i's codes are `codes[start[i] .. start[i+1])`; without `start`, its one code is `codes[i]`. */
  private readonly start: Uint32Array | null;
  private readonly codes: Uint32Array;
  private readonly byCode: Buckets;
  private readonly counts: Int32Array;
  private readonly descriptor: ListFacetDescriptor<ListFacet, string, string>;
  private ok: Uint8Array;

  /** `bit` is this facet's bit in the engine's per-event mask of failed facets. */
  constructor(coder: FacetCoder, events: number, readonly bit: number) {
    this.descriptor = coder.descriptor;
    const codes = coder.finished();
    // One value per event (most facets): the codes alone say it, event i's code is codes[i].
    const single = codes.length === events && coder.start.every((p, e) => p === e);
    this.start = single ? null : coder.start;
    this.codes = codes;
    this.ids = coder.ids;
    this.codeOf = coder.codeOf;
    this.byCode = bucketBy(events, this.ids.length, (e, add) => this.forEachCode(e, add));
    this.counts = new Int32Array(this.ids.length);
    this.ok = allowedCodes(this.ids, null);
  }

  private forEachCode(i: number, visit: (code: number) => void): void {
    if (this.start === null) visit(this.codes[i]!);
    else for (let p = this.start[i]!; p < this.start[i + 1]!; p++) visit(this.codes[p]!);
  }

  /** The allowed codes under `f`, reusing the current ones when the facet's list did not change. */
  allowedUnder(f: FilterState, before: FilterState | null): Uint8Array {
    const key = this.descriptor.key;
    return before && sameList(listOf(before, key), listOf(f, key)) ? this.ok : allowedCodes(this.ids, listOf(f, key));
  }

  /** Calls `consider` for every event holding a value whose allowed state differs in `next`. */
  forEachAffected(next: Uint8Array, consider: (event: number) => void): void {
    const { start, items } = this.byCode;
    for (let code = 0; code < next.length; code++) {
      if (this.ok[code] === next[code]) continue;
      for (let p = start[code]!; p < start[code + 1]!; p++) consider(items[p]!);
    }
  }

  commit(next: Uint8Array): void {
    this.ok = next;
  }

  /** True when one of event i's values is not allowed. */
  fails(i: number): boolean {
    if (this.start === null) return this.ok[this.codes[i]!] === 0;
    for (let p = this.start[i]!; p < this.start[i + 1]!; p++) if (this.ok[this.codes[p]!] === 0) return true;
    return false;
  }

  /** Adds `sign` to the count of each of event i's values. */
  count(i: number, sign: number): void {
    if (this.start === null) this.counts[this.codes[i]!]! += sign;
    else for (let p = this.start[i]!; p < this.start[i + 1]!; p++) this.counts[this.codes[p]!]! += sign;
  }

  countsView(): CountsView {
    return new CountsView(this.ids, this.codeOf, this.counts);
  }
}
