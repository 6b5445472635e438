/** The running layout's stop, for the Stop button over the stage (the layout lives in mountGraphView). */
let stopCurrent: (() => void) | null = null;

export function setLayoutStopper(stop: () => void): void {
  stopCurrent = stop;
}

/** Forgets `stop` if it is still the current one (a newer layout may have replaced it). */
export function clearLayoutStopper(stop: () => void): void {
  if (stopCurrent === stop) stopCurrent = null;
}

/** Ends the force layout now; the actors keep the positions it has reached. */
export function stopLayout(): void {
  stopCurrent?.();
}
