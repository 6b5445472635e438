// What the canvas draws of an actor's name. Names come from strangers' texts and files: a 300-letter
// "name" drawn whole would cover the stage and make the layout shrink everything to fit it. Panels,
// table and search always show the whole name.

/** Longest label drawn on the canvas, in characters (real names, even long official ones, fit). */
export const MAX_CANVAS_LABEL = 60;

/** The label, or its first characters and "…" when it is longer than MAX_CANVAS_LABEL (never splitting a character). */
export function canvasLabel(label: string): string {
  if (label.length <= MAX_CANVAS_LABEL) return label;
  const chars = Array.from(label);
  return chars.length <= MAX_CANVAS_LABEL ? label : `${chars.slice(0, MAX_CANVAS_LABEL - 1).join('')}…`;
}
