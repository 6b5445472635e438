// States browser tests wait for instead of fixed times. Each helper waits until the page says the
// thing is so (a sigma field, the stage's test handle, the address bar, rendered frames), however
// slow the machine.
import type { Page } from 'playwright-core';

/** How often a wait for a slow state (a layout settling) checks the page, in ms. */
const STATE_POLL_MS = 50;

/**
 * Sigma reads a second click within its doubleClickTimeout as a double click (a zoom): wait until
 * its mouse captor has forgotten the last click (it sets its count back to 0 when the timeout ends).
 */
export async function clickWindowClosed(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__dramatis!.sigma.getMouseCaptor().clicks === 0);
}

/** Waits until `count` more frames have been painted (a negative check: nothing changed meanwhile). */
export async function framesPainted(page: Page, count = 2): Promise<void> {
  await page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        let left = n;
        const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    count,
  );
}

/**
 * Waits until the page has run every task queued before now (worker messages, timers due at 0) and
 * painted twice: whatever was already on its way has arrived.
 */
export async function queuedTasksRun(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  await framesPainted(page, 2);
}

/**
 * Waits until the stage has nothing scheduled (a new graph drawn, its size taken and arranged, the
 * label grid rebuilt; see DramatisTestHandle.settling) and its layout has settled, then for two
 * painted frames.
 */
export async function stageAtRest(page: Page, timeout?: number): Promise<void> {
  // Checked every STATE_POLL_MS, not in every animation frame: a layout takes seconds, and a check
  // per frame keeps the page drawing frames for it (about 0.09 s of Chromium's CPU a second, against
  // 0.01 polled by time; measured with a script outside the suite, BENCHMARKS.md).
  await page.waitForFunction(
    () => document.querySelector('[data-testid="graph-stage"]')?.getAttribute('data-layout') === 'settled' && !window.__dramatis!.settling(),
    undefined,
    timeout === undefined ? { polling: STATE_POLL_MS } : { timeout, polling: STATE_POLL_MS },
  );
  await framesPainted(page, 2);
}

/** Waits until the camera has stopped moving and the frame it stopped on has been painted. */
export async function cameraStill(page: Page): Promise<void> {
  await page.waitForFunction(() => !window.__dramatis!.sigma.getCamera().isAnimated());
  await framesPainted(page, 2);
}
