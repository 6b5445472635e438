import type { EventColumns } from './eventColumns';
import { SortedIndex } from './sortedIndex';

/** A date window in day numbers; open ends are infinite. */
export interface DayRange {
  from: number;
  to: number;
}

/**
 * Events sorted by their first and by their last day. When the date window moves, an event can
 * change sides only if one of its ends lies between an old and a new edge of the window, so only
 * those events are visited: a step of the window costs what enters or leaves it, not the corpus.
 */
export class TimeIndex {
  private readonly byFirst: SortedIndex;
  private readonly byLast: SortedIndex;

  /** `built`: both orders already sorted (buildSteps). */
  constructor(columns: Pick<EventColumns, 'first' | 'last'>, built?: { byFirst: SortedIndex; byLast: SortedIndex }) {
    this.byFirst = built?.byFirst ?? new SortedIndex(columns.first);
    this.byLast = built?.byLast ?? new SortedIndex(columns.last);
  }

  /** The index built in steps: it pauses (yields) while sorting. */
  static *buildSteps(columns: Pick<EventColumns, 'first' | 'last'>): Generator<void, TimeIndex> {
    const byFirst = yield* SortedIndex.buildSteps(columns.first);
    const byLast = yield* SortedIndex.buildSteps(columns.last);
    return new TimeIndex(columns, { byFirst, byLast });
  }

  /**
   * Visits every event whose time test may differ between the two windows (it may visit an event
   * twice, or one that does not change; callers re-test).
   */
  forEachPossibleChange(before: DayRange, after: DayRange, visit: (event: number) => void): void {
    if (before.from !== after.from) {
      const lo = Math.min(before.from, after.from);
      const hi = Math.max(before.from, after.from);
      // "Touches the window" reads last >= from: only events whose last day lies between the edges.
      this.byLast.forEachInRange(lo - 1, hi, visit);
    }
    if (before.to !== after.to) {
      const lo = Math.min(before.to, after.to);
      const hi = Math.max(before.to, after.to);
      this.byFirst.forEachInRange(lo, hi + 1, visit);
    }
  }
}
