import { describe, expect, it } from 'vitest';
import { frameActors, LABEL_GAP, type DrawnActor, type FrameSpec } from '../../../src/app/stage/frameActors';

const ROOM = { left: 20, right: 20, top: 20, bottom: 20 };
const spec = (over: Partial<FrameSpec> = {}): FrameSpec => ({
  width: 1024,
  height: 500,
  room: ROOM,
  labelSize: 20,
  minScale: 0.01,
  maxScale: 100,
  radiusGrowth: (scale) => Math.sqrt(scale),
  ...over,
});

/** Where each actor's disc and label reach after the frame is applied (the anchor to the stage's middle). */
function drawnBoxes(actors: DrawnActor[], s: FrameSpec) {
  const frame = frameActors(actors, s)!;
  const growth = s.radiusGrowth(frame.scale);
  return actors.map((a) => {
    const x = s.width / 2 + (a.x - frame.anchor.x) * frame.scale;
    const y = s.height / 2 + (a.y - frame.anchor.y) * frame.scale;
    const r = a.radius * growth;
    return { left: x - r, right: x + r + (a.labelWidth ? LABEL_GAP + a.labelWidth : 0), top: y - r, bottom: y + r };
  });
}

describe('frameActors', () => {
  it('keeps every disc and label inside the stage less its room, a long label on the right edge included', () => {
    const actors: DrawnActor[] = [
      { x: 100, y: 100, radius: 20, labelWidth: 60 },
      { x: 300, y: 110, radius: 20, labelWidth: 240 },
      { x: 120, y: 300, radius: 10, labelWidth: 50 },
    ];
    const s = spec();
    for (const box of drawnBoxes(actors, s)) {
      expect(box.left).toBeGreaterThanOrEqual(ROOM.left - 0.5);
      expect(box.right).toBeLessThanOrEqual(s.width - ROOM.right + 0.5);
      expect(box.top).toBeGreaterThanOrEqual(ROOM.top - 0.5);
      expect(box.bottom).toBeLessThanOrEqual(s.height - ROOM.bottom + 0.5);
    }
  });

  it('zooms as far as fits: the height is used up when the actors spread vertically', () => {
    const actors: DrawnActor[] = [
      { x: 0, y: 0, radius: 5, labelWidth: 30 },
      { x: 0, y: 50, radius: 5, labelWidth: 30 },
    ];
    const s = spec();
    const boxes = drawnBoxes(actors, s);
    const top = Math.min(...boxes.map((b) => b.top));
    const bottom = Math.max(...boxes.map((b) => b.bottom));
    // The labels' glyphs below the lower actor reach past its disc; the whole stays within a pixel of the free height.
    expect(bottom - top).toBeGreaterThan(s.height - ROOM.top - ROOM.bottom - 20);
    expect(bottom - top).toBeLessThanOrEqual(s.height - ROOM.top - ROOM.bottom);
  });

  it('keeps to the allowed zoom range, and a single actor sits in the middle of the free box', () => {
    const one: DrawnActor[] = [{ x: 400, y: 40, radius: 8, labelWidth: 0 }];
    const frame = frameActors(one, spec({ maxScale: 3 }))!;
    expect(frame.scale).toBe(3);
    expect(frame.anchor).toEqual({ x: 400, y: 40 });
    expect(frameActors([], spec())).toBeNull();
    const far: DrawnActor[] = [
      { x: 0, y: 0, radius: 5, labelWidth: 0 },
      { x: 100_000, y: 0, radius: 5, labelWidth: 0 },
    ];
    expect(frameActors(far, spec({ minScale: 0.5 }))!.scale).toBe(0.5);
  });
});
