// Test hook, read once per layout run: whether the stage shows a layout's positions while it runs.

declare global {
  interface Window {
    /**
     * Test hook only: true makes layouts show their positions only when they end, as a large graph's
     * layout already does, instead of copying them to the stage in every frame while they run. The
     * forces, the iterations and the settled arrangement are the same; only the frames drawn during
     * the run are left out (in a browser test each is WebGL drawn in software, for nothing that the
     * test reads). Set it before the app loads (addInitScript).
     */
    __dramatisLayoutUnseen?: boolean;
  }
}

/** False only where a test asked for layouts without live frames (window.__dramatisLayoutUnseen). */
export function liveLayoutShown(): boolean {
  return typeof window === 'undefined' || window.__dramatisLayoutUnseen !== true;
}
