// Wheel and pinch on the timeline zoom its axis around the pointer; a sideways wheel (or Shift +
// wheel) pans it. Native listeners, since React's wheel listener is passive and cannot stop the
// page from scrolling.
import { useEffect, useRef } from 'react';
import type { TimeScale } from '../../graph/timeWindow';

interface Gestures {
  scale: TimeScale | null;
  zoom(anchor: number, factor: number): void;
  pan(days: number): void;
}

/** Wheel pixels per doubling of the axis. */
const WHEEL_PER_DOUBLING = 400;

export function useAxisGestures(el: HTMLElement | null, gestures: Gestures): void {
  const latest = useRef(gestures);
  latest.current = gestures;

  useEffect(() => {
    if (!el) return undefined;
    const localX = (clientX: number) => clientX - el.getBoundingClientRect().left;
    const onWheel = (e: WheelEvent) => {
      const { scale, zoom, pan } = latest.current;
      if (!scale) return;
      e.preventDefault();
      const sideways = e.shiftKey ? e.deltaY || e.deltaX : e.deltaX;
      if (Math.abs(sideways) > Math.abs(e.deltaY) || e.shiftKey) pan(sideways / scale.pixelsPerDay);
      else zoom(scale.dayAt(localX(e.clientX)), 2 ** (e.deltaY / WHEEL_PER_DOUBLING));
    };
    // Two touching fingers: the axis follows their distance.
    const touches = new Map<number, number>();
    let spread = 0;
    const onDown = (e: PointerEvent) => {
      if (e.pointerType !== 'touch') return;
      touches.set(e.pointerId, e.clientX);
      if (touches.size === 2) spread = Math.abs([...touches.values()].reduce((a, b) => a - b));
    };
    const onMove = (e: PointerEvent) => {
      if (!touches.has(e.pointerId) || touches.size !== 2) return;
      touches.set(e.pointerId, e.clientX);
      const xs = [...touches.values()];
      const now = Math.abs(xs[0]! - xs[1]!);
      const { scale, zoom } = latest.current;
      if (!scale || spread < 10 || now < 10) return;
      zoom(scale.dayAt(localX((xs[0]! + xs[1]!) / 2)), spread / now);
      spread = now;
    };
    const onUp = (e: PointerEvent) => void touches.delete(e.pointerId);
    el.addEventListener('wheel', onWheel, { passive: false });
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerup', onUp);
    el.addEventListener('pointercancel', onUp);
    return () => {
      el.removeEventListener('wheel', onWheel);
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerup', onUp);
      el.removeEventListener('pointercancel', onUp);
    };
  }, [el]);
}
