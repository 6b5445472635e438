import { useAppStore } from '../../store/appStore';
import type { StepView } from '../../store/story';
import { stepViewOf } from '../../store/storyViews';
import { currentSigma } from '../../app/stage/sigmaRegistry';

/** The view on screen now, as a story step saves it (filters, time window, focus, selection, camera). */
export function currentStepView(): StepView {
  const s = useAppStore.getState();
  const camera = currentSigma()?.getCamera().getState();
  return stepViewOf(
    { filters: s.filters, searchQuery: s.searchQuery, selection: s.selection, mainView: s.mainView },
    camera ? { x: camera.x, y: camera.y, ratio: camera.ratio, angle: camera.angle } : null,
  );
}
