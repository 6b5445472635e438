import { LABEL_FONT, LABEL_SIZE } from '../../graph/appearance';
import { SIGMA_SETTINGS } from './sigmaSettings';

/** The most room the layout keeps beside an actor for its label, at the normal label size; a longer label may overlap its neighbours. */
export const MAX_LABEL_ROOM_PX = 360;

/** Measures labels with the font sigma draws them in. */
export function createLabelMeasurer(): (label: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  const font = `${SIGMA_SETTINGS.labelWeight ?? 'normal'} ${SIGMA_SETTINGS.labelSize ?? LABEL_SIZE}px ${SIGMA_SETTINGS.labelFont ?? LABEL_FONT}`;
  const cache = new Map<string, number>();
  return (label) => {
    let width = cache.get(label);
    if (width === undefined) {
      if (context) {
        context.font = font;
        width = context.measureText(label).width;
      } else width = label.length * LABEL_SIZE * 0.6;
      cache.set(label, width);
    }
    return width;
  };
}
