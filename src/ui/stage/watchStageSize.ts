import { notifyArranged } from '../../app/stage/sigmaRegistry';
import { frame } from './stageLayout';
import type { StageRuntime } from './stageRuntime';
import { sizeChange, stageSize } from './stageSize';

const RESIZE_SETTLE_MS = 200;
/** The share by which the stage's width or height must change before the actors are arranged again. */
const REARRANGE_MIN_CHANGE = 0.25;

/**
 * Label spacing is arranged in screen pixels, so it is redone when the stage changes size. Only a
 * real change of the stage (the window, full screen) is arranged again: a notice or a busy note
 * shown or gone changes it by a few rows and must not move actors already placed. Returns the teardown.
 */
export function watchStageSize(rt: StageRuntime): () => void {
  const { sigma, container } = rt;
  sigma.on('resize', () => {
    clearTimeout(rt.resizeTimer);
    rt.resizeTimer = setTimeout(() => {
      rt.resizeTimer = undefined;
      // A graph being drawn gets a layout arranged for the stage as it is then.
      if (rt.drawing) return;
      const now = stageSize(container);
      if (sizeChange(rt.arrangedFor, now) < REARRANGE_MIN_CHANGE) return;
      const bbox = rt.layout.rearrange();
      if (bbox) {
        rt.arrangedFor = now;
        frame(rt, bbox);
        notifyArranged();
      }
    }, RESIZE_SETTLE_MS);
  });
  // Sigma notices a new container size only when it renders; a stage resized by the page around it
  // (a notice shown or dismissed) gets a render, so the arrangement above follows it.
  const stageObserver = typeof ResizeObserver === 'function' ? new ResizeObserver(() => sigma.scheduleRender()) : null;
  stageObserver?.observe(container);
  return () => {
    stageObserver?.disconnect();
    clearTimeout(rt.resizeTimer);
  };
}
