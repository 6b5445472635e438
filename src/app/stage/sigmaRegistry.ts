import type Sigma from 'sigma';
import type { ViewEdgeAttributes, ViewNodeAttributes } from '../../graph/viewTypes';

type DramatisSigma = Sigma<ViewNodeAttributes, ViewEdgeAttributes>;

let current: DramatisSigma | null = null;
const listeners = new Set<(s: DramatisSigma | null) => void>();

/** The live sigma renderer, for effects at the edge of the app (camera in the URL, fly-to). */
export function currentSigma(): DramatisSigma | null {
  return current;
}

export function setCurrentSigma(s: DramatisSigma | null): void {
  current = s;
  for (const l of listeners) l(s);
}

/** Called with the renderer whenever it is created or destroyed; returns an unsubscribe. */
export function onSigmaChange(listener: (s: DramatisSigma | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Calls `onUpdate` whenever the live renderer's camera moves, following the renderer as it is
 * created and destroyed; `onRenderer` runs once each new renderer is followed. Returns the stop.
 */
export function onCameraUpdated(onUpdate: () => void, onRenderer?: () => void): () => void {
  let detach: (() => void) | null = null;
  const unsubscribe = onSigmaChange((s) => {
    detach?.();
    detach = null;
    if (!s) return;
    const camera = s.getCamera();
    camera.on('updated', onUpdate);
    detach = () => camera.off('updated', onUpdate);
    onRenderer?.();
  });
  return () => {
    detach?.();
    unsubscribe();
  };
}

/** Animates the camera to an actor (graph coordinates come from the view graph). */
export function flyToNode(node: string, ratio = 0.5): void {
  const s = current;
  if (!s || !s.getGraph().hasNode(node)) return;
  const display = s.getNodeDisplayData(node);
  if (!display) return;
  void s.getCamera().animate({ x: display.x, y: display.y, ratio }, { duration: 600 });
}

const arrangedListeners = new Set<() => void>();

/** Called after the actors were arranged anew for another stage size (positions and framing moved). */
export function onArranged(listener: () => void): () => void {
  arrangedListeners.add(listener);
  return () => arrangedListeners.delete(listener);
}

export function notifyArranged(): void {
  for (const l of arrangedListeners) l();
}
