import type { DramatisGraph } from './buildGraph';
import { BundleCounts, bundleIndexSteps, type BundleIndex } from './bundles';
import { runToEnd } from './stepwise';
import type { EventColumns } from './eventColumns';
import type { VisibilityChange, VisibilityEngine } from './visibilityEngine';

function bundleIndexOf(graph: DramatisGraph, columns: EventColumns): Generator<void, BundleIndex> {
  const keys = columns.edgeKeys;
  return bundleIndexSteps(columns, (i) => graph.getEdgeAttribute(keys[i]!, 'happening') ?? keys[i]!);
}

/**
 * The bundles and happenings of one graph under the engine's filters: built with the engine, then
 * told each change the engine reports. What the renderer draws and the toolbar counts.
 */
export class BundleView {
  readonly index: BundleIndex;
  readonly counts: BundleCounts;
  readonly columns: EventColumns;
  /** Bundles whose counts the last change altered (all of them after a full recount). */
  changedBundles: number[] = [];
  /** True when the last change re-tested everything. */
  everything = true;

  /** `index`: the graph's bundle index when built beforehand in steps (see buildSteps). */
  constructor(
    graph: DramatisGraph,
    private readonly engine: VisibilityEngine,
    index?: BundleIndex,
  ) {
    this.columns = engine.columns;
    this.index = index ?? runToEnd(bundleIndexOf(graph, engine.columns));
    this.counts = new BundleCounts(this.index);
  }

  /** The view of `graph` under `engine` built in steps: it pauses (yields) while indexing the bundles. */
  static *buildSteps(graph: DramatisGraph, engine: VisibilityEngine): Generator<void, BundleView> {
    const index = yield* bundleIndexOf(graph, engine.columns);
    return new BundleView(graph, engine, index);
  }

  readonly eventShown = (i: number): boolean => this.engine.eventShown(i);

  /** Whether event i passes every filter but time (the timeline draws the others grey). */
  readonly eventPassesAllButTime = (i: number): boolean => this.engine.passesAllButTime(i);

  /** Follows one filter change of the engine. */
  follow(change: VisibilityChange): void {
    this.everything = change.everything;
    this.changedBundles = change.everything ? this.counts.recount(this.eventShown) : this.counts.update(change.events, this.eventShown);
  }

  /** "N of M events": happenings shown and in the graph. */
  get shownHappenings(): number {
    return this.counts.shownHappenings;
  }

  get totalHappenings(): number {
    return this.counts.totalHappenings;
  }
}
