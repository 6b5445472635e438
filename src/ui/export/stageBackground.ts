import type Sigma from 'sigma';
import { STAGE_BACKGROUND } from '../../graph/appearance';

const TRANSPARENT = new Set(['transparent', 'rgba(0, 0, 0, 0)']);

/** The colour the stage shows behind the graph (the theme's), found on the canvas container or its ancestors. */
export function stageBackground(sigma: Pick<Sigma, 'getContainer'>): string {
  for (let el: HTMLElement | null = sigma.getContainer(); el; el = el.parentElement) {
    const color = getComputedStyle(el).backgroundColor;
    if (color && !TRANSPARENT.has(color)) return color;
  }
  return STAGE_BACKGROUND;
}
