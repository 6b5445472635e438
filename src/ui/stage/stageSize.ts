/** A stage size in pixels. */
export interface StageSize {
  width: number;
  height: number;
}

/** The stage's size now. */
export function stageSize(container: HTMLElement): StageSize {
  return { width: container.clientWidth, height: container.clientHeight };
}

/** The larger share by which the width or the height changed from `before` to `now`. */
export function sizeChange(before: StageSize, now: StageSize): number {
  return Math.max(Math.abs(now.width - before.width) / Math.max(before.width, 1), Math.abs(now.height - before.height) / Math.max(before.height, 1));
}
