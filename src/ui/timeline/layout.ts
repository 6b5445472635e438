// Where things sit in the timeline's SVG (pixels); shared by the chart and the brush.

export const CHART_HEIGHT = 84;
/** Left margin holds the count scale and bin size; the right margin keeps the last handle grabbable. */
export const PLOT_LEFT = 48;
export const PLOT_RIGHT = 14;
/** The right margin when it holds the marker of events after the axis. */
export const OVERFLOW_ROOM = 40;
/** Stacked bars of dated events. */
export const BAR_TOP = 8;
export const BAR_BOTTOM = 48;
/** The strip of bands for month-, year- and multi-day-dated events. */
export const BAND_TOP = 52;
export const BAND_STRIP = 12;
export const BAND_GAP = 2;
export const MAX_BAND_HEIGHT = 5;
/** Axis line and tick labels. */
export const AXIS_Y = 67;
export const TICK_LABEL_Y = 79;

/** Height and top of a band lane when `lanes` lanes share the strip. */
export function bandLane(lane: number, lanes: number): { y: number; height: number } {
  const height = Math.max(2, Math.min(MAX_BAND_HEIGHT, (BAND_STRIP - BAND_GAP * (lanes - 1)) / Math.max(1, lanes)));
  return { y: BAND_TOP + Math.min(lane, Math.floor(BAND_STRIP / (height + BAND_GAP))) * (height + BAND_GAP), height };
}
