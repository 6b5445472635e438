// How much to zoom and where to look so that every given actor, its disc and its label, is drawn
// inside a box on screen. Pure arithmetic on where the actors are drawn now; fitCamera.ts turns the
// answer into a camera.

/** One actor as drawn now: its centre on screen (px), its disc's radius (px) and its label's width (px, 0 without a label). */
export interface DrawnActor {
  x: number;
  y: number;
  radius: number;
  labelWidth: number;
}

/** Pixels kept free on each side of the stage. */
export interface FitRoom {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface FrameSpec {
  /** The stage's size in px. */
  width: number;
  height: number;
  room: FitRoom;
  /** Label font size (px); labels start `LABEL_GAP` px right of the disc, baseline a third of the size below the centre. */
  labelSize: number;
  /** The zoom factors allowed (distances on screen multiplied by this), from the camera's ratio bounds. */
  minScale: number;
  maxScale: number;
  /** How a disc's radius grows when distances grow by `scale` (sigma grows sizes slower than distances). */
  radiusGrowth(scale: number): number;
}

export interface Frame {
  /** Distances on screen are multiplied by this. */
  scale: number;
  /** The point, in today's screen coordinates, to put in the middle of the stage (where the camera looks). */
  anchor: { x: number; y: number };
}

/** Sigma draws a node label this many px right of the disc. */
export const LABEL_GAP = 3;
/** Above and below the centre line, the share of the font size the glyphs take (ascent, descent). */
const LABEL_ABOVE = 0.5;
const LABEL_BELOW = 0.6;
const SEARCH_STEPS = 40;

interface Extent {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

function extentAt(actors: readonly DrawnActor[], spec: FrameSpec, scale: number): Extent {
  const growth = spec.radiusGrowth(scale);
  const above = spec.labelSize * LABEL_ABOVE;
  const below = spec.labelSize * LABEL_BELOW;
  const e: Extent = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  for (const a of actors) {
    const r = a.radius * growth;
    const x = a.x * scale;
    const y = a.y * scale;
    const labelled = a.labelWidth > 0;
    e.minX = Math.min(e.minX, x - r);
    e.maxX = Math.max(e.maxX, x + r + (labelled ? LABEL_GAP + a.labelWidth : 0));
    e.minY = Math.min(e.minY, y - Math.max(r, labelled ? above : 0));
    e.maxY = Math.max(e.maxY, y + Math.max(r, labelled ? below : 0));
  }
  return e;
}

/**
 * The largest zoom (within the allowed range) at which every actor, disc and label, lies in the
 * stage less its room, and the point to centre; null without actors. When even the smallest zoom
 * does not fit, the smallest zoom.
 */
export function frameActors(actors: readonly DrawnActor[], spec: FrameSpec): Frame | null {
  if (actors.length === 0) return null;
  const freeWidth = Math.max(1, spec.width - spec.room.left - spec.room.right);
  const freeHeight = Math.max(1, spec.height - spec.room.top - spec.room.bottom);
  const fits = (scale: number) => {
    const e = extentAt(actors, spec, scale);
    return e.maxX - e.minX <= freeWidth && e.maxY - e.minY <= freeHeight;
  };
  let scale: number;
  if (fits(spec.maxScale)) scale = spec.maxScale;
  else if (!fits(spec.minScale)) scale = spec.minScale;
  else {
    // Bisection on the logarithm: fits at lo, not at hi.
    let lo = Math.log(spec.minScale);
    let hi = Math.log(spec.maxScale);
    for (let i = 0; i < SEARCH_STEPS; i++) {
      const mid = (lo + hi) / 2;
      if (fits(Math.exp(mid))) lo = mid;
      else hi = mid;
    }
    scale = Math.exp(lo);
  }
  const e = extentAt(actors, spec, scale);
  const middle = { x: (e.minX + e.maxX) / 2, y: (e.minY + e.maxY) / 2 };
  const box = { x: spec.room.left + freeWidth / 2, y: spec.room.top + freeHeight / 2 };
  const stageMiddle = { x: spec.width / 2, y: spec.height / 2 };
  // The extent's middle (scaled coordinates) goes to the box's centre; the stage's middle is what the camera looks at.
  return {
    scale,
    anchor: { x: (middle.x - (box.x - stageMiddle.x)) / scale, y: (middle.y - (box.y - stageMiddle.y)) / scale },
  };
}
