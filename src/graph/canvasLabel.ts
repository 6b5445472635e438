// What the canvas draws of an actor's name. Names come from strangers' texts and files: a 300-letter
// "name" drawn whole would cover the stage and make the layout shrink everything to fit it. Panels,
// table and search always show the whole name. Bidirectional overrides and unpaired controls are
// taken out (bidiText.ts), so a name cannot draw its letters in a misleading order.
import { canvasBidi } from './bidiText';

/** Longest label drawn on the canvas, in characters (real names, even long official ones, fit). */
export const MAX_CANVAS_LABEL = 60;

/**
 * The label without reordering controls, or its first characters and "…" when it is longer than
 * MAX_CANVAS_LABEL (never splitting a character, nor leaving a control its partner was cut from).
 */
export function canvasLabel(label: string): string {
  const drawn = canvasBidi(label);
  if (drawn.length <= MAX_CANVAS_LABEL) return drawn;
  const chars = Array.from(drawn);
  return chars.length <= MAX_CANVAS_LABEL ? drawn : canvasBidi(`${chars.slice(0, MAX_CANVAS_LABEL - 1).join('')}…`);
}
