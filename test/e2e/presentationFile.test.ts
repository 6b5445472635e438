// "Save as presentation file": the Export dialog saves one HTML file that opens from disk
// (file://) presenting the story's first step, asks nothing of the network, and steps with the keys.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveDist, type ServedApp } from './harness';
import { labelsOnStage } from './labelsOnStage';
import { cameraAtRest, OUTPUT_DIR, settled } from './storyPage';

let served: ServedApp | undefined;
let browser: Browser | undefined;
let page: Page;
const pageErrors: string[] = [];

const STORY = {
  format: 'dramatis-stories',
  version: 1,
  stories: [
    {
      id: 'room',
      title: 'Force, then talk',
      steps: [
        { id: 'force', view: { query: 'rel=force', camera: null }, caption: '**Strikes** first' },
        { id: 'talk', view: { query: 'rel=communication', camera: null }, caption: 'Then *calls* & </script> talks' },
      ],
    },
  ],
};

beforeAll(async () => {
  served = await serveDist();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (err) => pageErrors.push(err.message));
  await page.goto(served.url);
  await settled(page);
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (served ? served.server.httpServer.close(() => resolve()) : resolve()));
});

/** Every actor label the step draws is whole on the 1024×768 screen: by sigma's label positions and by the pixels at the stage's edges. */
async function expectLabelsWhole(viewer: Page, where: string): Promise<void> {
  await cameraAtRest(viewer);
  // The step is fitted again once the stage settles (caption and legend wrap, labels are spaced): wait for that.
  await expect.poll(async () => (await labelsOnStage(viewer)).cut, { timeout: 3000 }).toEqual([]);
  const labels = await labelsOnStage(viewer);
  expect(labels.drawn, where).toBeGreaterThan(1);
  expect(labels.stageInWindow, where).toBe(true);
  expect(labels.edgePixels, `no label ink at the stage's edges (${where})`).toEqual({ left: 0, right: 0, top: 0, bottom: 0 });
}

/** Imports the story, saves the presentation file from the Export dialog; returns its path. */
async function savePresentation(): Promise<string> {
  await page.locator('[data-testid="story-toggle"]').click();
  await page.locator('[data-testid="story-import-file"]').setInputFiles({ name: 'room.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(STORY)) });
  await expect.poll(() => page.locator('[data-testid="story-step"]').count()).toBe(2);
  await page.locator('[data-testid="export-open"]').click();
  await page.locator('[data-testid="export-format-presentation"]').check();
  await page.locator('[data-testid="export-title"]').fill('Force then talk');
  const download = page.waitForEvent('download');
  await page.locator('[data-testid="export-download"]').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('force-then-talk.html');
  const path = join(OUTPUT_DIR, 'presentation-file.html');
  await file.saveAs(path);
  return path;
}

describe('presentation file', () => {
  it('opens from disk presenting the first step, with no network request, and the arrows move steps', async () => {
    const path = await savePresentation();
    const html = readFileSync(path, 'utf8');
    // One file: no script or stylesheet is loaded from elsewhere.
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+stylesheet/);
    // The article reader and its language models are left out (the file cannot add articles): about 1 MB, not 5.
    expect(html.length).toBeLessThan(2_000_000);

    const viewer = await browser!.newPage({ viewport: { width: 1024, height: 768 } });
    const requests: string[] = [];
    const errors: string[] = [];
    viewer.on('request', (r) => requests.push(r.url()));
    viewer.on('pageerror', (e) => errors.push(e.message));
    viewer.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const url = pathToFileURL(path).href;
    await viewer.goto(url);
    await settled(viewer);
    await expect.poll(() => viewer.evaluate(() => document.documentElement.classList.contains('presenting'))).toBe(true);
    await expect.poll(() => viewer.locator('[data-testid="present-step"]').textContent()).toBe('Step 1 of 2');
    expect(await viewer.locator('[data-testid="present-caption"]').textContent()).toBe('Strikes first');
    const relationsDrawn = () =>
      viewer.evaluate(() => {
        const { graph, drawnEvents } = window.__dramatis!;
        return [...new Set(drawnEvents().map((e) => graph.getEdgeAttribute(e, 'relation')))];
      });
    await expect.poll(relationsDrawn).toEqual(['force']);
    await expectLabelsWhole(viewer, 'step 1');
    await viewer.screenshot({ path: join(OUTPUT_DIR, 'presentation-file-step1.png') });

    await viewer.keyboard.press('ArrowRight');
    await expect.poll(() => viewer.locator('[data-testid="present-step"]').textContent()).toBe('Step 2 of 2');
    expect(await viewer.locator('[data-testid="present-caption"]').textContent()).toBe('Then calls & </script> talks');
    await expect.poll(relationsDrawn).toEqual(['communication']);
    await expectLabelsWhole(viewer, 'step 2');
    await viewer.screenshot({ path: join(OUTPUT_DIR, 'presentation-file-step2.png') });
    await viewer.keyboard.press('ArrowLeft');
    await expect.poll(() => viewer.locator('[data-testid="present-step"]').textContent()).toBe('Step 1 of 2');

    // Only the file itself was read: no server, no network (data: and blob: URLs are made on the page).
    expect(requests.filter((r) => r !== url && !r.startsWith('data:') && !r.startsWith('blob:'))).toEqual([]);
    expect(errors).toEqual([]);
    expect(pageErrors).toEqual([]);
    await viewer.close();
  });
});
