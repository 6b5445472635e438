import { isBundleKey } from '../../graph/bundles';
import { useAppStore } from '../../store/appStore';
import { drawnLineShapes, LINE_HIT_TOLERANCE_PX, nearestLine } from './lineHitTest';
import type { StageState } from './stageRuntime';

/**
 * Wires the pointer on the stage to the store: hovering and clicking actors and lines, a click on
 * nothing clearing the selection. Returns the teardown of the container's listeners.
 */
export function wireStagePointer({ container, sigma, stage }: Pick<StageState, 'container' | 'sigma' | 'stage'>): () => void {
  const store = useAppStore;
  const { hoverNode, hoverEdge, selectNode, selectEdge, clearSelection } = store.getState();
  const setCursor = (pointer: boolean) => {
    container.style.cursor = pointer ? 'pointer' : '';
  };
  sigma.on('enterNode', ({ node }) => {
    hoverNode(node);
    setCursor(true);
  });
  sigma.on('leaveNode', () => {
    hoverNode(null);
    setCursor(false);
  });
  // Lines are thin: a line is hovered and clicked within LINE_HIT_TOLERANCE_PX of its drawn width,
  // faded ones included (sigma's own edge picking only knows the drawn pixels).
  const lineAt = (x: number, y: number) =>
    sigma.getSetting('enableEdgeEvents') ? nearestLine(drawnLineShapes(sigma), { x, y }, LINE_HIT_TOLERANCE_PX) : null;
  const selectLine = (line: string) => selectEdge(isBundleKey(line) ? (stage.drawn?.shownEventsOf(line)[0] ?? line) : line);
  const onPointerMove = (e: PointerEvent) => {
    const state = store.getState();
    if (state.hoveredNode !== null) return;
    const rect = container.getBoundingClientRect();
    const line = lineAt(e.clientX - rect.left, e.clientY - rect.top);
    if (line === state.hoveredEdge) return;
    hoverEdge(line);
    setCursor(line !== null);
  };
  const onPointerLeave = () => {
    if (store.getState().hoveredEdge !== null) hoverEdge(null);
  };
  container.addEventListener('pointermove', onPointerMove);
  container.addEventListener('pointerleave', onPointerLeave);
  sigma.on('clickNode', ({ node }) => selectNode(node));
  // A bundle stands for its shown events: clicking it selects the first (the panel lists them all)
  // and expands the pair into one line per event.
  sigma.on('clickEdge', ({ edge }) => selectLine(edge));
  sigma.on('clickStage', ({ event }) => {
    const line = lineAt(event.x, event.y);
    if (line) selectLine(line);
    else clearSelection();
  });
  return () => {
    container.removeEventListener('pointermove', onPointerMove);
    container.removeEventListener('pointerleave', onPointerLeave);
  };
}
