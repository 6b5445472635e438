// Waiting for frames where no frames are drawn: Node runs the layout pipeline (tests, the CLI) and
// a slow batch there must not throw for want of requestAnimationFrame.
import { describe, expect, it } from 'vitest';
import { afterTwoFrames, requestFrame } from '../../../src/app/stage/slicedWork';

describe('frames without a page', () => {
  it('afterTwoFrames settles in Node, well before its fallback', async () => {
    expect(typeof globalThis.requestAnimationFrame).toBe('undefined');
    const started = performance.now();
    await expect(afterTwoFrames(60_000)).resolves.toBeUndefined();
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it('requestFrame calls back once per request', async () => {
    let calls = 0;
    await new Promise<void>((resolve) => requestFrame(() => { calls += 1; resolve(); }));
    expect(calls).toBe(1);
  });
});
