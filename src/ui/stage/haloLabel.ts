import type { Attributes } from 'graphology-types';
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import { STAGE_BACKGROUND } from '../../graph/appearance';

/** Width of the stage-coloured outline behind each letter (px), so a line running under a label does not hide it. */
const HALO_WIDTH = 4;

/**
 * Sigma's node label (right of the disc, a third of the font size below its centre), with a halo of
 * the stage's colour under the letters: lines reaching an actor often pass through its label.
 */
export function drawHaloedNodeLabel<N extends Attributes, E extends Attributes, G extends Attributes>(
  ...[context, data, settings]: Parameters<NodeLabelDrawingFunction<N, E, G>>
): void {
  if (!data.label) return;
  const size = settings.labelSize;
  const { attribute, color } = settings.labelColor;
  const fromData = attribute ? (data as Record<string, unknown>)[attribute] : undefined;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const x = data.x + data.size + 3;
  const y = data.y + size / 3;
  context.lineJoin = 'round';
  context.lineWidth = HALO_WIDTH;
  context.strokeStyle = STAGE_BACKGROUND;
  context.strokeText(data.label, x, y);
  context.fillStyle = typeof fromData === 'string' ? fromData : (color ?? '#000');
  context.fillText(data.label, x, y);
}
