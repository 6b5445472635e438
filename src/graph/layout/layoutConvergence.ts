/**
 * Watches successive force-layout positions and says when they have stopped moving: the mean
 * displacement per iteration, relative to the layout's extent, averaged over a short window.
 */
export class LayoutConvergence {
  private previous: Float64Array | null = null;
  private readonly window: number[] = [];
  private first: number | null = null;

  constructor(
    private readonly settleDisplacement: number,
    private readonly windowSize = 10,
  ) {}

  /** Relative displacement per iteration over the window, or null before there is one. */
  get movement(): number | null {
    if (this.window.length < this.windowSize) return null;
    return this.window.reduce((s, d) => s + d, 0) / this.window.length;
  }

  get converged(): boolean {
    const m = this.movement;
    return m !== null && m < this.settleDisplacement;
  }

  /** 0 at the first full window, 1 at the settle threshold, on a log scale (movement decays roughly geometrically). */
  get progress(): number {
    const m = this.movement;
    if (m === null || this.first === null) return 0;
    if (m <= this.settleDisplacement || this.first <= this.settleDisplacement) return 1;
    const done = Math.log(this.first / m) / Math.log(this.first / this.settleDisplacement);
    return Math.min(Math.max(done, 0), 1);
  }

  /**
   * `xy` holds x0, y0, x1, y1, … in a stable node order, `iterations` after the last sample. Only a
   * one-iteration step is measured; after a longer one the positions just become the reference.
   */
  sample(xy: Float64Array, iterations = 1): void {
    const prev = this.previous;
    this.previous = xy;
    if (iterations !== 1 || !prev || prev.length !== xy.length || xy.length === 0) return;
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    let moved = 0;
    for (let i = 0; i < xy.length; i += 2) {
      const x = xy[i]!;
      const y = xy[i + 1]!;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      moved += Math.hypot(x - prev[i]!, y - prev[i + 1]!);
    }
    const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
    this.window.push(moved / (xy.length / 2) / extent);
    if (this.window.length > this.windowSize) this.window.shift();
    if (this.first === null && this.window.length === this.windowSize) this.first = this.movement;
  }
}
