import { useEffect, useState } from 'react';
import { useAppStore } from '../store/appStore';
import { stopLayout } from './stage/layoutControl';

/** Layouts that settle sooner than this never show the overlay (the seed graph takes a blink). */
const SHOW_AFTER_MS = 500;

/** Over the stage while the layout runs for a while: what is being arranged, how far along, and Stop. */
export function LayoutProgress() {
  const layout = useAppStore((s) => s.layout);
  const fraction = useAppStore((s) => s.layoutProgress);
  const actors = useAppStore((s) => s.graph?.order ?? 0);
  const [shown, setShown] = useState(false);

  useEffect(() => {
    if (layout !== 'running') {
      setShown(false);
      return undefined;
    }
    const timer = setTimeout(() => setShown(true), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, [layout]);

  if (layout !== 'running' || !shown) return null;
  const percent = Math.floor(fraction * 100);
  return (
    <div className="layout-progress" role="status" data-testid="layout-progress">
      <span className="layout-progress-text">
        Arranging {actors.toLocaleString('en')} {actors === 1 ? 'actor' : 'actors'}
        {/* The bar carries the value for assistive technology; reading every step aloud would be noise. */}
        <span aria-hidden="true"> · {percent}%</span>
      </span>
      <progress className="layout-progress-bar" max={100} value={percent} aria-label="Layout progress" />
      <button type="button" className="layout-progress-stop" onClick={stopLayout} title="Stop the layout and keep the actors where they are now">
        Stop arranging
      </button>
    </div>
  );
}
