import type { DramatisGraph } from './buildGraph';
import { buildEventColumns, eventColumnSteps, type EventColumns } from './eventColumns';
import { dayNumber } from './eventTime';
import { buildFacetIndexes, facetIndexSteps, type FacetIndex } from './facetIndex';
import { LIST_FACETS, perFacet } from './facetRegistry';
import { isUnfiltered, type FilterState } from './filterState';
import { TimeIndex, type DayRange } from './timeIndex';
import { SortedIndex } from './sortedIndex';
import { shortestPath, type Visibility } from './visibility';
import { EdgeSetView, NodeSetView } from './visibilityViews';

// One bit per facet an event can fail; an event shows when its mask is 0. The list facets of the
// registry take the bits after these.
const TIME = 1;
const CONFIDENCE = 2;
const FOCUS = 4;
const FIRST_LIST_BIT = 8;

/** What one filter change altered, for a partial redraw. */
export interface VisibilityChange {
  edges: string[];
  nodes: string[];
  /** The changed events as indices into the engine's columns (same order as `edges`). */
  events: number[];
  /** True when every item was re-tested (first run, ego network change): redraw everything. */
  everything: boolean;
}

/**
 * Incremental filtering. Keeps, per event, which facets it fails and, per actor, how many of its
 * events show; a filter change re-tests only the events it can affect (those entering or leaving
 * the date window, those holding a toggled value of a list facet, …) and reports exactly
 * which events and actors changed, so the renderer refreshes only those.
 * Results equal `computeVisibility` (tested).
 */
export class VisibilityEngine {
  readonly columns: EventColumns;
  private readonly time: TimeIndex;
  private readonly byConfidence: SortedIndex;
  /** The registry's list facets, in registry order. */
  private readonly lists: FacetIndex[];
  private readonly documentDatedEvents: Uint32Array;

  private readonly mask: Uint32Array;
  private readonly shownDegree: Uint32Array;
  private shownEdges = 0;
  private shownNodes = 0;
  private filters: FilterState | null = null;
  private window: DayRange = { from: -Infinity, to: Infinity };
  private ego: Uint8Array | null = null;
  private pinned = new Set<number>();
  private everyNode = true;

  // Filter state read by `maskOf` (the list facets keep theirs).
  private minConfidence = 0;
  private includeDocumentDated = true;

  // Per-call scratch: an event or actor is visited once per change (stamps avoid clearing arrays).
  private readonly edgeStamp: Uint32Array;
  private readonly nodeStamp: Uint32Array;
  private readonly nodeWasShown: Uint8Array;
  private epoch = 0;

  /** `built`: the graph's columns, list facet indexes and sorted indexes when built beforehand in steps (see buildSteps). */
  constructor(
    private readonly graph: DramatisGraph,
    built?: { columns: EventColumns; lists: FacetIndex[]; time?: TimeIndex; byConfidence?: SortedIndex },
  ) {
    const c = built?.columns ?? buildEventColumns(graph);
    this.columns = c;
    const m = c.edgeKeys.length;
    this.time = built?.time ?? new TimeIndex(c);
    this.byConfidence = built?.byConfidence ?? new SortedIndex(c.confidence);
    if (FIRST_LIST_BIT << (LIST_FACETS.length - 1) > 2 ** 31) throw new Error('VisibilityEngine: more list facets than mask bits');
    this.lists = built?.lists ?? buildFacetIndexes(graph, LIST_FACETS, FIRST_LIST_BIT);
    this.documentDatedEvents = Uint32Array.from({ length: m }, (_, i) => i).filter((i) => c.documentDated[i] === 1);
    this.mask = new Uint32Array(m);
    this.shownDegree = new Uint32Array(c.nodeKeys.length);
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

  /** The engine of `graph` built in steps: it pauses (yields) while reading the events' columns and facets. */
  static *buildSteps(graph: DramatisGraph): Generator<void, VisibilityEngine> {
    const columns = yield* eventColumnSteps(graph);
    const lists = yield* facetIndexSteps(graph, LIST_FACETS, FIRST_LIST_BIT);
    const time = yield* TimeIndex.buildSteps(columns);
    const byConfidence = yield* SortedIndex.buildSteps(columns.confidence);
    yield;
    return new VisibilityEngine(graph, { columns, lists, time, byConfidence });
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

    const nextWindow: DayRange = { from: f.from ? dayNumber(f.from) : -Infinity, to: f.to ? dayNumber(f.to) : Infinity };
    const nextAllowed = this.lists.map((list) => list.allowedUnder(f, before));
    const egoChanged = !before || before.focus !== f.focus || (f.focus !== null && before.hops !== f.hops);

    if (everything) {
      for (let i = 0; i < c.edgeKeys.length; i++) consider(i);
    } else {
      if (nextWindow.from !== this.window.from || nextWindow.to !== this.window.to) this.time.forEachPossibleChange(this.window, nextWindow, consider);
      if (f.includeDocumentDated !== this.includeDocumentDated) for (const i of this.documentDatedEvents) consider(i);
      this.lists.forEach((list, k) => list.forEachAffected(nextAllowed[k]!, consider));
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
    this.lists.forEach((list, k) => list.commit(nextAllowed[k]!));
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

  /** Whether event i passes every filter but the time window and the publication-dated switch. */
  passesAllButTime(i: number): boolean {
    return (this.mask[i]! & ~TIME) === 0;
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
    for (const list of this.lists) if (list.fails(i)) m |= list.bit;
    if (c.confidence[i]! < this.minConfidence) m |= CONFIDENCE;
    if (this.ego && (this.ego[c.source[i]!] === 0 || this.ego[c.target[i]!] === 0)) m |= FOCUS;
    return m;
  }

  /** Adds `sign` to the facet counts an event with `mask` contributes to ("would show if that facet alone were lifted"). */
  private count(i: number, mask: number, sign: number): void {
    for (const list of this.lists) if ((mask & ~list.bit) === 0) list.count(i, sign);
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
      counts: perFacet<ReadonlyMap<string, number>>((_d, k) => this.lists[k]!.countsView()),
      pathEdges,
      pathNodes,
    };
  }
}
