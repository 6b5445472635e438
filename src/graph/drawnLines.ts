import { DENSE_GRAPH_EDGES, EDGE_SIZE, EDGE_SIZE_DENSE } from './appearance';
import type { BundleCounts, BundleIndex } from './bundles';
import type { EventColumns } from './eventColumns';
import { parallelCurvature } from './curvature';
import { relationStyle } from './relationStyles';
import type { ViewEdgeAttributes, ViewGraph } from './viewTypes';

/** What one sync changed in the drawn graph (line keys). */
export interface LineChanges {
  added: string[];
  dropped: string[];
  /** Lines kept whose look changed (count, width, curve). */
  updated: string[];
}

/** A bundle of n happenings is drawn thicker, growing with the logarithm so hubs stay readable. */
export function bundleLineSize(count: number, dense: boolean): number {
  const base = dense ? EDGE_SIZE_DENSE : EDGE_SIZE;
  return base * (1 + 0.9 * Math.log2(Math.max(1, count)));
}

/** The count drawn on a bundle's line; a single happening draws no label. */
export const bundleLineLabel = (count: number) => (count > 1 ? `×${count}` : undefined);

interface WantedLine {
  key: string;
  source: number;
  target: number;
  attributes: ViewEdgeAttributes;
}

const sameLook = (a: ViewEdgeAttributes, b: ViewEdgeAttributes) =>
  a.size === b.size && a.label === b.label && a.curvature === b.curvature && a.type === b.type && a.color === b.color && a.count === b.count;

/**
 * The lines sigma draws: one per pair of actors and relation with something shown (a bundle), or,
 * for an expanded pair, one per shown event. Holds only what is shown, so drawing costs follow the
 * visible pairs, not the corpus. Nodes are mirrored in by the renderer; this class owns the edges.
 */
export class DrawnLines {
  /** Pairs drawn event by event (the selected pair). */
  private expanded = new Set<number>();
  private readonly drawnOfPair = new Map<number, string[]>();
  private readonly dense: boolean;

  constructor(
    readonly graph: ViewGraph,
    private readonly columns: EventColumns,
    private readonly index: BundleIndex,
    private readonly counts: BundleCounts,
    private readonly eventShown: (event: number) => boolean,
  ) {
    this.dense = columns.edgeKeys.length > DENSE_GRAPH_EDGES;
  }

  /** The pair of a line, for expanding; null for a key that is neither a bundle nor an event. */
  pairOfLine(key: string): number | null {
    const b = this.index.bundleIndex.get(key) ?? this.bundleOfEvent(key);
    return b === null ? null : this.index.pairOf[b]!;
  }

  bundleOfEvent(event: string): number | null {
    const i = this.columns.edgeIndex.get(event);
    return i === undefined ? null : this.index.bundleOf[i]!;
  }

  /** The line an event is drawn in right now (its own when its pair is expanded), or null. */
  lineOfEvent(event: string): string | null {
    const b = this.bundleOfEvent(event);
    if (b === null) return null;
    if (this.graph.hasEdge(event)) return event;
    const key = this.index.bundleKeys[b]!;
    return this.graph.hasEdge(key) ? key : null;
  }

  /** The events a line stands for that are shown, in event order. */
  shownEventsOf(line: string): string[] {
    const b = this.index.bundleIndex.get(line);
    if (b === undefined) return this.columns.edgeIndex.has(line) && this.eventShown(this.columns.edgeIndex.get(line)!) ? [line] : [];
    const { start, items } = this.index.bundleEvents;
    const out: string[] = [];
    for (let p = start[b]!; p < start[b + 1]!; p++) if (this.eventShown(items[p]!)) out.push(this.columns.edgeKeys[items[p]!]!);
    return out;
  }

  /** Draws the given pairs event by event, the others as bundles; returns the pairs to sync. */
  setExpanded(pairs: ReadonlySet<number>): number[] {
    const changed = [...pairs].filter((p) => !this.expanded.has(p)).concat([...this.expanded].filter((p) => !pairs.has(p)));
    this.expanded = new Set(pairs);
    return changed;
  }

  pairsOfBundles(bundles: Iterable<number>): Set<number> {
    const pairs = new Set<number>();
    for (const b of bundles) pairs.add(this.index.pairOf[b]!);
    return pairs;
  }

  /** Every pair (after a full recount). */
  allPairs(): number[] {
    return Array.from({ length: this.index.pairBundles.start.length - 1 }, (_, p) => p);
  }

  /** Brings the drawn lines of `pairs` in line with the counts. */
  sync(pairs: Iterable<number>): LineChanges {
    const changes: LineChanges = { added: [], dropped: [], updated: [] };
    for (const p of pairs) this.syncPair(p, changes);
    return changes;
  }

  private wantedLines(p: number): WantedLine[] {
    const { start, items } = this.index.pairBundles;
    const wanted: WantedLine[] = [];
    for (let q = start[p]!; q < start[p + 1]!; q++) {
      const b = items[q]!;
      const count = this.counts.bundleHappenings[b]!;
      if (count === 0) continue;
      const style = relationStyle(this.index.bundleRelation[b]!);
      const look = { relation: style.id, color: style.color, directed: style.directed, type: style.directed ? 'arrow' : 'line', curvature: 0 } as const;
      if (this.expanded.has(p)) {
        for (const event of this.shownEventsOf(this.index.bundleKeys[b]!)) {
          const i = this.columns.edgeIndex.get(event)!;
          const size = this.dense ? EDGE_SIZE_DENSE : EDGE_SIZE;
          wanted.push({ key: event, source: this.columns.source[i]!, target: this.columns.target[i]!, attributes: { ...look, size, count: 1 } });
        }
      } else {
        const label = bundleLineLabel(count);
        const attributes: ViewEdgeAttributes = { ...look, size: bundleLineSize(count, this.dense), count, ...(label ? { label } : {}) };
        wanted.push({ key: this.index.bundleKeys[b]!, source: this.index.bundleSource[b]!, target: this.index.bundleTarget[b]!, attributes });
      }
    }
    if (!this.dense) this.spread(wanted);
    return wanted;
  }

  /** Several lines between one pair fan out as curves, opposite directions bending apart. */
  private spread(lines: WantedLine[]): void {
    if (lines.length < 2) return;
    const low = Math.min(lines[0]!.source, lines[0]!.target);
    const half = (lines.length - 1) / 2;
    lines.forEach((line, k) => {
      const side = line.source === low ? 1 : -1;
      line.attributes.curvature = parallelCurvature((k - half) * side, half);
      line.attributes.type = line.attributes.directed ? 'curvedArrow' : 'curved';
    });
  }

  private syncPair(p: number, changes: LineChanges): void {
    const g = this.graph;
    const wanted = this.wantedLines(p);
    const wantedKeys = new Set(wanted.map((w) => w.key));
    for (const key of this.drawnOfPair.get(p) ?? []) {
      if (wantedKeys.has(key) || !g.hasEdge(key)) continue;
      g.dropEdge(key);
      changes.dropped.push(key);
    }
    for (const w of wanted) {
      if (!g.hasEdge(w.key)) {
        g.addDirectedEdgeWithKey(w.key, this.columns.nodeKeys[w.source]!, this.columns.nodeKeys[w.target]!, w.attributes);
        changes.added.push(w.key);
      } else if (!sameLook(g.getEdgeAttributes(w.key), w.attributes)) {
        g.replaceEdgeAttributes(w.key, w.attributes);
        changes.updated.push(w.key);
      }
    }
    if (wanted.length > 0) this.drawnOfPair.set(p, [...wantedKeys]);
    else this.drawnOfPair.delete(p);
  }
}
