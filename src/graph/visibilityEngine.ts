import type { DramatisGraph } from './buildGraph';
import { bucketBy, buildEventColumns, type Buckets, type EventColumns } from './eventColumns';
import { dayNumber } from './eventTime';
import { isUnfiltered, type FilterState } from './filterState';
import { TimeIndex, type DayRange } from './timeIndex';
import { SortedIndex } from './sortedIndex';
import { shortestPath, type Visibility } from './visibility';
import { CountsView, EdgeSetView, NodeSetView } from './visibilityViews';

// One bit per facet an event can fail; an event shows when its mask is 0.
const TIME = 1;
const RELATION = 2;
const KIND = 4;
const DOC = 8;
const MODALITY = 16;
const CONFIDENCE = 32;
const FOCUS = 64;

/** What one filter change altered, for a partial redraw. */
export interface VisibilityChange {
  edges: string[];
  nodes: string[];
  /** The changed events as indices into the engine's columns (same order as `edges`). */
  events: number[];
  /** True when every item was re-tested (first run, ego network change): redraw everything. */
  everything: boolean;
}

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

/**
 * Incremental filtering. Keeps, per event, which facets it fails and, per actor, how many of its
 * events show; a filter change re-tests only the events it can affect (those entering or leaving
 * the date window, those of a toggled relation, kind, document or modality, …) and reports exactly
 * which events and actors changed, so the renderer refreshes only those.
 * Results equal `computeVisibility` (tested).
 */
export class VisibilityEngine {
  readonly columns: EventColumns;
  private readonly time: TimeIndex;
  private readonly byConfidence: SortedIndex;
  private readonly byRelation: Buckets;
  private readonly byKind: Buckets;
  private readonly byDoc: Buckets;
  private readonly byModality: Buckets;
  private readonly documentDatedEvents: Uint32Array;
  private readonly facetCodes: { relation: ReadonlyMap<string, number>; kind: ReadonlyMap<string, number>; doc: ReadonlyMap<string, number>; modality: ReadonlyMap<string, number> };

  private readonly mask: Uint8Array;
  private readonly shownDegree: Uint32Array;
  private readonly relationCounts: Int32Array;
  private readonly kindCounts: Int32Array;
  private readonly docCounts: Int32Array;
  private readonly modalityCounts: Int32Array;
  private shownEdges = 0;
  private shownNodes = 0;
  private filters: FilterState | null = null;
  private window: DayRange = { from: -Infinity, to: Infinity };
  private ego: Uint8Array | null = null;
  private pinned = new Set<number>();
  private everyNode = true;

  // Filter state as codes, read by `maskOf`.
  private relationOk: Uint8Array;
  private kindOk: Uint8Array;
  private docOk: Uint8Array;
  private modalityOk: Uint8Array;
  private minConfidence = 0;
  private includeDocumentDated = true;

  // Per-call scratch: an event or actor is visited once per change (stamps avoid clearing arrays).
  private readonly edgeStamp: Uint32Array;
  private readonly nodeStamp: Uint32Array;
  private readonly nodeWasShown: Uint8Array;
  private epoch = 0;

  constructor(private readonly graph: DramatisGraph) {
    const c = buildEventColumns(graph);
    this.columns = c;
    const m = c.edgeKeys.length;
    this.time = new TimeIndex(c);
    this.byConfidence = new SortedIndex(c.confidence);
    this.byRelation = bucketBy(m, c.relationIds.length, (i, add) => add(c.relation[i]!));
    this.byDoc = bucketBy(m, c.docIds.length, (i, add) => add(c.doc[i]!));
    this.byModality = bucketBy(m, c.modalityIds.length, (i, add) => add(c.modality[i]!));
    this.byKind = bucketBy(m, c.kindIds.length, (i, add) => {
      const ks = c.kind[c.source[i]!]!;
      const kt = c.kind[c.target[i]!]!;
      add(ks);
      if (kt !== ks) add(kt);
    });
    this.documentDatedEvents = Uint32Array.from({ length: m }, (_, i) => i).filter((i) => c.documentDated[i] === 1);
    this.facetCodes = {
      relation: CountsView.codesOf(c.relationIds),
      kind: CountsView.codesOf(c.kindIds),
      doc: CountsView.codesOf(c.docIds),
      modality: CountsView.codesOf(c.modalityIds),
    };
    this.mask = new Uint8Array(m);
    this.shownDegree = new Uint32Array(c.nodeKeys.length);
    this.relationCounts = new Int32Array(c.relationIds.length);
    this.kindCounts = new Int32Array(c.kindIds.length);
    this.docCounts = new Int32Array(c.docIds.length);
    this.modalityCounts = new Int32Array(c.modalityIds.length);
    this.relationOk = allowedCodes(c.relationIds, null);
    this.kindOk = allowedCodes(c.kindIds, null);
    this.docOk = allowedCodes(c.docIds, null);
    this.modalityOk = allowedCodes(c.modalityIds, null);
    this.edgeStamp = new Uint32Array(m);
    this.nodeStamp = new Uint32Array(c.nodeKeys.length);
    this.nodeWasShown = new Uint8Array(c.nodeKeys.length);
    // Everything shows before any filter: masks 0, every event counted.
    for (let i = 0; i < m; i++) this.count(i, 0, 1);
    for (let i = 0; i < m; i++) {
      this.shownDegree[c.source[i]!]!++;
      if (c.target[i] !== c.source[i]) this.shownDegree[c.target[i]!]!++;
    }
    this.shownEdges = m;
    this.shownNodes = c.nodeKeys.length;
  }

  /** Applies new filters; returns the visibility and what changed since the previous call. */
  apply(f: FilterState): { visibility: Visibility; change: VisibilityChange } {
    const c = this.columns;
    const before = this.filters;
    this.epoch++;
    const changedEdges: number[] = [];
    const touchedNodes: number[] = [];
    let everything = before === null;

    // Nodes whose shown state may change without an event changing: pins and "no filter at all".
    const nextPinned = new Set<number>();
    for (const key of f.pinned) {
      const n = c.nodeIndex.get(key);
      if (n !== undefined) nextPinned.add(n);
    }
    const nextEveryNode = isUnfiltered(f);
    const touchNode = (n: number) => {
      if (this.nodeStamp[n] === this.epoch) return;
      this.nodeStamp[n] = this.epoch;
      this.nodeWasShown[n] = this.nodeShown(n) ? 1 : 0;
      touchedNodes.push(n);
    };
    if (nextEveryNode !== this.everyNode) for (let n = 0; n < c.nodeKeys.length; n++) touchNode(n);
    for (const n of this.pinned) if (!nextPinned.has(n)) touchNode(n);
    for (const n of nextPinned) if (!this.pinned.has(n)) touchNode(n);

    // Which events to re-test.
    const candidates: number[] = [];
    const consider = (i: number) => {
      if (this.edgeStamp[i] === this.epoch) return;
      this.edgeStamp[i] = this.epoch;
      candidates.push(i);
    };
    const considerBuckets = (b: Buckets, ok: Uint8Array, next: Uint8Array) => {
      for (let code = 0; code < next.length; code++) {
        if (ok[code] === next[code]) continue;
        for (let p = b.start[code]!; p < b.start[code + 1]!; p++) consider(b.items[p]!);
      }
    };

    const nextWindow: DayRange = { from: f.from ? dayNumber(f.from) : -Infinity, to: f.to ? dayNumber(f.to) : Infinity };
    const nextRelationOk = before && sameList(before.relations, f.relations) ? this.relationOk : allowedCodes(c.relationIds, f.relations);
    const nextKindOk = before && sameList(before.kinds, f.kinds) ? this.kindOk : allowedCodes(c.kindIds, f.kinds);
    const nextDocOk = before && sameList(before.docs, f.docs) ? this.docOk : allowedCodes(c.docIds, f.docs);
    const nextModalityOk = before && sameList(before.modalities, f.modalities) ? this.modalityOk : allowedCodes(c.modalityIds, f.modalities);
    const egoChanged = !before || before.focus !== f.focus || (f.focus !== null && before.hops !== f.hops);

    if (everything) {
      for (let i = 0; i < c.edgeKeys.length; i++) consider(i);
    } else {
      if (nextWindow.from !== this.window.from || nextWindow.to !== this.window.to) this.time.forEachPossibleChange(this.window, nextWindow, consider);
      if (f.includeDocumentDated !== this.includeDocumentDated) for (const i of this.documentDatedEvents) consider(i);
      considerBuckets(this.byRelation, this.relationOk, nextRelationOk);
      considerBuckets(this.byKind, this.kindOk, nextKindOk);
      considerBuckets(this.byDoc, this.docOk, nextDocOk);
      considerBuckets(this.byModality, this.modalityOk, nextModalityOk);
      if (f.minConfidence !== this.minConfidence) {
        this.byConfidence.forEachInRange(Math.min(f.minConfidence, this.minConfidence), Math.max(f.minConfidence, this.minConfidence), consider);
      }
    }
    let nextEgo = this.ego;
    if (egoChanged) {
      nextEgo = f.focus !== null && c.nodeIndex.has(f.focus) ? this.egoOf(c.nodeIndex.get(f.focus)!, f.hops) : null;
      if (!everything) {
        if (this.ego === null || nextEgo === null) {
          everything = true;
          for (let i = 0; i < c.edgeKeys.length; i++) consider(i);
        } else {
          for (let n = 0; n < c.nodeKeys.length; n++) if (this.ego[n] !== nextEgo[n]) this.considerIncident(n, consider);
        }
      }
    }

    // Commit the new filter state, then re-test the candidates.
    this.window = nextWindow;
    this.includeDocumentDated = f.includeDocumentDated;
    this.relationOk = nextRelationOk;
    this.kindOk = nextKindOk;
    this.docOk = nextDocOk;
    this.modalityOk = nextModalityOk;
    this.minConfidence = f.minConfidence;
    this.ego = nextEgo;

    for (const i of candidates) {
      const old = this.mask[i]!;
      const next = this.maskOf(i);
      if (old === next) continue;
      this.count(i, old, -1);
      this.count(i, next, 1);
      this.mask[i] = next;
      if ((old === 0) !== (next === 0)) {
        const s = c.source[i]!;
        const t = c.target[i]!;
        touchNode(s);
        touchNode(t);
        const d = next === 0 ? 1 : -1;
        this.shownDegree[s]! += d;
        if (t !== s) this.shownDegree[t]! += d;
        this.shownEdges += d;
        changedEdges.push(i);
      }
    }

    this.pinned = nextPinned;
    this.everyNode = nextEveryNode;
    const changedNodes: string[] = [];
    for (const n of touchedNodes) {
      const shown = this.nodeShown(n);
      if (shown === (this.nodeWasShown[n] === 1)) continue;
      this.shownNodes += shown ? 1 : -1;
      changedNodes.push(c.nodeKeys[n]!);
    }
    this.filters = f;
    return {
      visibility: this.snapshot(f),
      change: { edges: changedEdges.map((i) => c.edgeKeys[i]!), nodes: changedNodes, events: changedEdges, everything },
    };
  }

  /** Whether event i (an index into `columns`) passes the filters. */
  eventShown(i: number): boolean {
    return this.mask[i] === 0;
  }

  private nodeShown(n: number): boolean {
    return this.everyNode || this.shownDegree[n]! > 0 || this.pinned.has(n);
  }

  private considerIncident(n: number, consider: (i: number) => void): void {
    const { incidentStart, incidentEdges } = this.columns;
    for (let p = incidentStart[n]!; p < incidentStart[n + 1]!; p++) consider(incidentEdges[p]!);
  }

  /** Actors within `hops` of `focus`, ignoring direction. */
  private egoOf(focus: number, hops: number): Uint8Array {
    const c = this.columns;
    const member = new Uint8Array(c.nodeKeys.length);
    member[focus] = 1;
    let frontier = [focus];
    for (let h = 0; h < hops; h++) {
      const next: number[] = [];
      for (const n of frontier) {
        for (let p = c.incidentStart[n]!; p < c.incidentStart[n + 1]!; p++) {
          const e = c.incidentEdges[p]!;
          const other = c.source[e] === n ? c.target[e]! : c.source[e]!;
          if (member[other] === 0) {
            member[other] = 1;
            next.push(other);
          }
        }
      }
      frontier = next;
    }
    return member;
  }

  private maskOf(i: number): number {
    const c = this.columns;
    let m = 0;
    if (c.documentDated[i] === 1 && !this.includeDocumentDated) m |= TIME;
    else if (this.window.from !== -Infinity || this.window.to !== Infinity) {
      if (c.last[i]! < this.window.from || c.first[i]! > this.window.to) m |= TIME;
    }
    if (this.relationOk[c.relation[i]!] === 0) m |= RELATION;
    if (this.kindOk[c.kind[c.source[i]!]!] === 0 || this.kindOk[c.kind[c.target[i]!]!] === 0) m |= KIND;
    if (this.docOk[c.doc[i]!] === 0) m |= DOC;
    if (this.modalityOk[c.modality[i]!] === 0) m |= MODALITY;
    if (c.confidence[i]! < this.minConfidence) m |= CONFIDENCE;
    if (this.ego && (this.ego[c.source[i]!] === 0 || this.ego[c.target[i]!] === 0)) m |= FOCUS;
    return m;
  }

  /** Adds `sign` to the facet counts an event with `mask` contributes to ("would show if that facet alone were lifted"). */
  private count(i: number, mask: number, sign: number): void {
    const c = this.columns;
    if ((mask & ~RELATION) === 0) this.relationCounts[c.relation[i]!]! += sign;
    if ((mask & ~DOC) === 0) this.docCounts[c.doc[i]!]! += sign;
    if ((mask & ~MODALITY) === 0) this.modalityCounts[c.modality[i]!]! += sign;
    if ((mask & ~KIND) === 0) {
      const ks = c.kind[c.source[i]!]!;
      const kt = c.kind[c.target[i]!]!;
      this.kindCounts[ks]! += sign;
      if (kt !== ks) this.kindCounts[kt]! += sign;
    }
  }

  private snapshot(f: FilterState): Visibility {
    const c = this.columns;
    const edges = new EdgeSetView(c.edgeKeys, c.edgeIndex, this.mask, this.shownEdges);
    const nodes = new NodeSetView(c.nodeKeys, c.nodeIndex, (n) => this.nodeShown(n), this.shownNodes);
    let pathEdges: ReadonlySet<string> = new Set<string>();
    const pathNodes = new Set<string>();
    if (f.path) {
      const found = shortestPath(this.graph, f.path[0], f.path[1], (e) => edges.has(e));
      if (found) {
        pathEdges = new Set(found);
        for (const e of found) for (const n of this.graph.extremities(e)) pathNodes.add(n);
      }
    }
    return {
      edges,
      nodes,
      counts: {
        relation: new CountsView(c.relationIds, this.facetCodes.relation, this.relationCounts),
        kind: new CountsView(c.kindIds, this.facetCodes.kind, this.kindCounts),
        doc: new CountsView(c.docIds, this.facetCodes.doc, this.docCounts),
        modality: new CountsView(c.modalityIds, this.facetCodes.modality, this.modalityCounts),
      },
      pathEdges,
      pathNodes,
    };
  }
}
