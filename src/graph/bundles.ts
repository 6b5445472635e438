import { bucketBy, type Buckets, type EventColumns } from './eventColumns';
import { pairRelationKey } from './happenings';
import { ITEMS_PER_STEP, runToEnd } from './stepwise';

// Aggregation for the view, derived from the event columns and never stored in the graph: events
// between the same two actors with the same relation form a bundle (drawn as one line), events that
// share a `happening` id are one happening (counted once), and bundles between the same two actors
// form a pair (whose lines share the space between them, and expand together on click).

export interface BundleIndex {
  /** Per event: its bundle and its happening. */
  bundleOf: Uint32Array;
  happeningOf: Uint32Array;
  happeningCount: number;
  /** Per happening: its bundle (a happening never spans two bundles: same actors, same relation). */
  happeningBundle: Uint32Array;
  /** Per bundle: a key unique in the graph, its ends (node indices) and relation id. */
  bundleKeys: string[];
  bundleSource: Uint32Array;
  bundleTarget: Uint32Array;
  bundleRelation: string[];
  bundleIndex: Map<string, number>;
  /** Per bundle: its unordered pair of actors; per pair: its bundles. */
  pairOf: Uint32Array;
  pairBundles: Buckets;
  /** Events of each bundle, in event order. */
  bundleEvents: Buckets;
}

/** The line key of a bundle: never an event key (no event key starts with a NUL character). */
export const bundleKey = (relation: string, source: string, target: string) => `\u0000bundle\u0000${pairRelationKey(source, target, relation)}`;

export const isBundleKey = (key: string) => key.startsWith('\u0000bundle\u0000');

function intern(map: Map<string, number>, key: string): [number, boolean] {
  const known = map.get(key);
  if (known !== undefined) return [known, false];
  map.set(key, map.size);
  return [map.size - 1, true];
}

/** `happeningIdOf(i)` is event i's `happening` attribute (its own key when it has none). */
export function buildBundleIndex(c: EventColumns, happeningIdOf: (event: number) => string): BundleIndex {
  return runToEnd(bundleIndexSteps(c, happeningIdOf));
}

/** buildBundleIndex in steps: it pauses (yields) every ITEMS_PER_STEP events. */
export function* bundleIndexSteps(c: EventColumns, happeningIdOf: (event: number) => string): Generator<void, BundleIndex> {
  const m = c.edgeKeys.length;
  const bundleOf = new Uint32Array(m);
  const happeningOf = new Uint32Array(m);
  const bundleIndex = new Map<string, number>();
  const happenings = new Map<string, number>();
  const pairs = new Map<string, number>();
  const bundleKeys: string[] = [];
  const bundleRelation: string[] = [];
  const sources: number[] = [];
  const targets: number[] = [];
  const pairOfList: number[] = [];
  const happeningBundleList: number[] = [];
  for (let i = 0; i < m; i++) {
    if (i > 0 && i % ITEMS_PER_STEP === 0) yield;
    const relation = c.relationIds[c.relation[i]!]!;
    const s = c.source[i]!;
    const t = c.target[i]!;
    const key = bundleKey(relation, c.nodeKeys[s]!, c.nodeKeys[t]!);
    const [b, isNew] = intern(bundleIndex, key);
    if (isNew) {
      bundleKeys.push(key);
      bundleRelation.push(relation);
      // The bundle's direction is its first event's (the key already folds undirected relations).
      sources.push(s);
      targets.push(t);
      pairOfList.push(intern(pairs, s < t ? `${s} ${t}` : `${t} ${s}`)[0]);
    }
    bundleOf[i] = b;
    // A happening id is scoped to its bundle, so a stale id shared across bundles splits cleanly.
    const [h, newHappening] = intern(happenings, `${b} ${happeningIdOf(i)}`);
    if (newHappening) happeningBundleList.push(b);
    happeningOf[i] = h;
  }
  const pairOf = Uint32Array.from(pairOfList);
  yield;
  return {
    bundleOf,
    happeningOf,
    happeningCount: happenings.size,
    happeningBundle: Uint32Array.from(happeningBundleList),
    bundleKeys,
    bundleSource: Uint32Array.from(sources),
    bundleTarget: Uint32Array.from(targets),
    bundleRelation,
    bundleIndex,
    pairOf,
    pairBundles: bucketBy(bundleKeys.length, pairs.size, (b, add) => add(pairOf[b]!)),
    bundleEvents: bucketBy(m, bundleKeys.length, (i, add) => add(bundleOf[i]!)),
  };
}

/**
 * Shown counts per happening and per bundle, kept in step with the filters from the events whose
 * visibility changed: a filter step costs what it changed, not the corpus.
 */
export class BundleCounts {
  /** Shown events per happening and per bundle; shown happenings per bundle. */
  readonly happeningEvents: Uint32Array;
  readonly bundleEvents: Uint32Array;
  readonly bundleHappenings: Uint32Array;
  shownHappenings = 0;
  private readonly stamp: Uint32Array;
  private epoch = 0;

  constructor(private readonly index: BundleIndex) {
    this.happeningEvents = new Uint32Array(index.happeningCount);
    this.bundleEvents = new Uint32Array(index.bundleKeys.length);
    this.bundleHappenings = new Uint32Array(index.bundleKeys.length);
    this.stamp = new Uint32Array(index.bundleKeys.length);
  }

  get totalHappenings(): number {
    return this.index.happeningCount;
  }

  /**
   * Events `changed` just flipped visibility (`shown(i)` is their new state; each is listed once).
   * Returns the bundles whose counts changed, each once.
   */
  update(changed: Iterable<number>, shown: (event: number) => boolean): number[] {
    this.epoch++;
    const touched: number[] = [];
    for (const i of changed) {
      const h = this.index.happeningOf[i]!;
      const b = this.index.bundleOf[i]!;
      const d = shown(i) ? 1 : -1;
      const before = this.happeningEvents[h]!;
      this.happeningEvents[h] = before + d;
      this.bundleEvents[b]! += d;
      if (before === 0 && d > 0) {
        this.bundleHappenings[b]!++;
        this.shownHappenings++;
      } else if (before === 1 && d < 0) {
        this.bundleHappenings[b]!--;
        this.shownHappenings--;
      }
      if (this.stamp[b] !== this.epoch) {
        this.stamp[b] = this.epoch;
        touched.push(b);
      }
    }
    return touched;
  }

  /** Recounts from scratch (first filter run, or a change that re-tested everything). */
  recount(shown: (event: number) => boolean): number[] {
    this.happeningEvents.fill(0);
    this.bundleEvents.fill(0);
    this.bundleHappenings.fill(0);
    this.shownHappenings = 0;
    const all = Array.from({ length: this.index.bundleOf.length }, (_, i) => i).filter(shown);
    this.update(all, () => true);
    return Array.from({ length: this.index.bundleKeys.length }, (_, b) => b);
  }
}
