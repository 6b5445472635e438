// Presentation mode: chrome hidden, larger labels and nodes, keys step through an imported
// three-step story (caption, time window and camera follow), high contrast, Esc leaves; without a
// story the arrows move the time window.
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SerializedDramatisGraph } from '../../src/domain/contract';
import { useAppPage } from './appPage';
import { labelsOnStage } from './labelsOnStage';
import { framesPainted, stageAtRest } from './pageStates';
import { cameraAtRest, drawnEdges, OUTPUT_DIR, servedGraph, settled, timelineWindow } from './storyPage';

const app = useAppPage({ timeout: 10_000 });
let page: Page;
let data: SerializedDramatisGraph;

interface TestStep {
  id: string;
  view: { query: string; camera: { x: number; y: number; ratio: number; angle: number } };
  caption: string;
}
let story: { id: string; title: string; steps: TestStep[] };
let hub = '';
let normalLabel = 0;

/** The two months with the most events, earlier first. */
function busiestMonths(): [string, string] {
  const counts = new Map<string, number>();
  for (const e of data.edges) if (e.attributes.date.length >= 7) counts.set(e.attributes.date.slice(0, 7), (counts.get(e.attributes.date.slice(0, 7)) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([m]) => m).sort();
  return [top[0]!, top[1]!];
}

function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y!, m!, 0)).toISOString().slice(0, 10);
}

beforeAll(async () => {
  data = servedGraph();
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const degree = new Map<string, number>();
  for (const e of data.edges) for (const n of [e.source, e.target]) degree.set(n, (degree.get(n) ?? 0) + 1);
  hub = [...degree].sort((a, b) => b[1] - a[1])[0]![0];
  const [m1, m2] = busiestMonths();
  const edge = data.edges.find((e) => e.attributes.date.startsWith(m2))!;
  story = {
    id: 'present-test',
    title: 'Two months of tension',
    steps: [
      { id: 'one', view: { query: `from=${m1}-01&to=${lastDay(m1)}`, camera: { x: 0.5, y: 0.5, ratio: 1, angle: 0 } }, caption: `**${m1}**: the first month` },
      { id: 'two', view: { query: `from=${m2}-01&to=${lastDay(m2)}&focus=${hub}`, camera: { x: 0.42, y: 0.56, ratio: 0.6, angle: 0 } }, caption: `*${hub}* in ${m2}` },
      { id: 'three', view: { query: `sel=${encodeURIComponent(edge.key)}`, camera: { x: 0.6, y: 0.45, ratio: 0.8, angle: 0 } }, caption: 'Every date, one relation selected' },
    ],
  };
  page = app.page;
  // The file's page is in a context of its own, so it starts with empty storage: one load.
  await page.goto(app.url);
  await settled(page);
});

async function importStory(file: object, name: string): Promise<void> {
  await page.locator('[data-testid="story-import-file"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
}

const stepText = () => page.locator('[data-testid="present-step"]').textContent();
const captionText = () => page.locator('[data-testid="present-caption"]').textContent();
const presenting = () => page.evaluate(() => document.documentElement.classList.contains('presenting'));
const labelSize = () => page.evaluate(() => window.__dramatis!.sigma.getSetting('labelSize'));

/**
 * Where the drawn actors sit on the stage: the share of them inside it (with their labels' start)
 * and how much of the stage's width and height their spread takes.
 */
function actorsOnStage(): Promise<{ count: number; inside: number; spanX: number; spanY: number; outside: string }> {
  return page.evaluate(() => {
    const { sigma, graph } = window.__dramatis!;
    const { width, height } = sigma.getDimensions();
    const shown = graph.filterNodes((n) => !sigma.getNodeDisplayData(n)?.hidden);
    // Converted with a matrix built from the stage's size now (sigma's cached one lags a resize until it draws).
    const now = { cameraState: sigma.getCamera().getState() };
    const points = shown.map((n) => ({ ...sigma.graphToViewport(graph.getNodeAttributes(n), now), n }));
    const isInside = (p: { x: number; y: number }) => p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height;
    const inside = points.filter(isInside).length;
    const cam = sigma.getCamera().getState();
    const outside = points.filter((p) => !isInside(p)).map((p) => `${p.n} (${Math.round(p.x)}, ${Math.round(p.y)}) on ${width}×${height}, camera ${JSON.stringify(cam)}`).join(' ');
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    return { count: points.length, inside, outside, spanX: (Math.max(...xs) - Math.min(...xs)) / width, spanY: (Math.max(...ys) - Math.min(...ys)) / height };
  });
}

/** Every actor the step shows is on screen, and together they fill a good part of it. */
async function expectFitted(where: string): Promise<void> {
  await cameraAtRest(page);
  // After a resize the stage settles (caption and legend rewrap) and the step is fitted again.
  const fitted = async () => {
    const stage = await actorsOnStage();
    return stage.outside === '' && Math.max(stage.spanX, stage.spanY) > 0.45;
  };
  await expect.poll(fitted, { timeout: 3000 }).toBe(true);
  const stage = await actorsOnStage();
  expect(stage.count, where).toBeGreaterThan(1);
  expect(stage.inside, `every actor on the stage (${where}); outside: ${stage.outside}`).toBe(stage.count);
  expect(Math.max(stage.spanX, stage.spanY), `the actors fill the stage (${where})`).toBeGreaterThan(0.45);
  // Their labels too: none runs past the stage's edges (sigma's label boxes, and no label ink in its outermost pixels).
  // Sigma lists the labels of the last frame it drew: wait for a frame with the step's labels (a
  // step whose labels never come fails here), then none may be cut.
  await expect.poll(async () => (await labelsOnStage(page)).drawn, { message: `labels drawn (${where})` }).toBeGreaterThan(1);
  await expect.poll(async () => (await labelsOnStage(page)).cut, { timeout: 3000 }).toEqual([]);
  const labels = await labelsOnStage(page);
  expect(labels.stageInWindow, where).toBe(true);
  expect(labels.edgePixels, `no label ink at the stage's edges (${where})`).toEqual({ left: 0, right: 0, top: 0, bottom: 0 });
}

/** The legend counts what the step shows: its relation counts add up to the drawn relations, its kinds to the drawn actors. */
async function expectLegendCountsShown(): Promise<void> {
  const sum = (selector: string) => page.locator(`[data-testid="legend"] ${selector} .legend-count`).evaluateAll((els) => els.reduce((n, el) => n + Number(el.textContent), 0));
  await expect.poll(() => sum('li[data-relation]')).toBe((await drawnEdges(page)).length);
  const drawnActors = await page.evaluate(() => window.__dramatis!.graph.filterNodes((n) => !window.__dramatis!.sigma.getNodeDisplayData(n)?.hidden).length);
  expect(await sum('li[data-kind]')).toBe(drawnActors);
}

async function expectStep(n: number): Promise<void> {
  await expect.poll(stepText).toBe(`Step ${n} of 3`);
  const want = story.steps[n - 1]!;
  // The time window slides to the step's over several frames, through windows that show other
  // actors or none: the step is on screen once the window has arrived.
  const params = new URLSearchParams(want.view.query);
  await expect.poll(() => timelineWindow(page)).toEqual({ from: params.get('from') ?? '', to: params.get('to') ?? '' });
  // Presenting, the camera is fitted to the step's actors on this screen, not the saved one.
  await expectFitted(`step ${n}`);
  expect(await captionText()).toBe(want.caption.replace(/\*/g, ''));
}

describe('presentation mode', () => {
  it('an imported story whose step names an unknown actor opens with a notice, not a crash', async () => {
    await page.locator('[data-testid="story-toggle"]').click();
    await importStory({ format: 'dramatis-stories', version: 1, stories: [{ id: 'odd', title: 'Odd', steps: [{ id: 's', view: { query: 'focus=atlantis' }, caption: '' }] }] }, 'odd.json');
    await expect.poll(async () => (await page.locator('[data-testid="notices"]').textContent()) ?? '').toMatch(/step 1: Ignored focus=atlantis: no actor has this id/);
    await importStory({ format: 'dramatis-stories', version: 7, stories: [] }, 'future.json');
    await expect.poll(async () => (await page.locator('[data-testid="notices"]').textContent()) ?? '').toMatch(/future\.json: .*newer Dramatis \(version 7\)/);
    await importStory({ format: 'dramatis-stories', version: 1, stories: [story] }, 'tension.json');
    await expect.poll(() => page.locator('[data-testid="story-step"]').count()).toBe(3);
  });

  it('Present hides the chrome, keeps title, legend and caption, and draws larger', async () => {
    normalLabel = await labelSize();
    const normalNode = await page.evaluate((n) => window.__dramatis!.sigma.getNodeDisplayData(n)!.size, hub);
    await page.screenshot({ path: join(OUTPUT_DIR, 'presentation-before.png') });
    await page.locator('[data-testid="story-present"]').click();
    await expect.poll(presenting).toBe(true);
    await expectStep(1);
    for (const hidden of ['filters', 'stage-toolbar', 'panel', 'story-panel', 'header', 'timeline-play']) {
      expect(await page.locator(`[data-testid="${hidden}"]`).isVisible(), hidden).toBe(false);
    }
    for (const shown of ['legend', 'present-bar', 'present-caption', 'graph-stage', 'timeline-range']) {
      expect(await page.locator(`[data-testid="${shown}"]`).isVisible(), shown).toBe(true);
    }
    expect(await page.locator('.present-title').textContent()).toBe('Two months of tension');
    expect(await labelSize()).toBeGreaterThanOrEqual(normalLabel * 1.5);
    await expect.poll(() => page.evaluate((n) => window.__dramatis!.sigma.getNodeDisplayData(n)!.size, hub)).toBeCloseTo(normalNode * 1.5, 3);
    await page.screenshot({ path: join(OUTPUT_DIR, 'presentation-step-1.png') });
  });

  it('arrow keys, PageDown, Home and End step through the story; the window slides between steps', async () => {
    // Every window start the timeline shows until the slide reaches step 2's. The slide goes at
    // least an eighth of the way per frame, so this holds however slowly this machine draws.
    await page.evaluate((target) => {
      const timeline = document.querySelector('[data-testid="timeline"]')!;
      const values = new Set<string>([timeline.getAttribute('data-from') ?? '']);
      const slide = window as unknown as { slideSeen: Promise<string[]> };
      slide.slideSeen = new Promise<string[]>((resolve) => {
        const observer = new MutationObserver(() => {
          const from = timeline.getAttribute('data-from') ?? '';
          values.add(from);
          if (from === target) {
            observer.disconnect();
            resolve([...values]);
          }
        });
        observer.observe(timeline, { attributes: true, attributeFilter: ['data-from'] });
      });
    }, new URLSearchParams(story.steps[1]!.view.query).get('from') ?? '');
    await page.keyboard.press('ArrowRight');
    const seen = page.evaluate(() => (window as unknown as { slideSeen: Promise<string[]> }).slideSeen);
    // Besides the two steps' starts, at least one day in between was shown on the way.
    expect((await seen).length).toBeGreaterThanOrEqual(3);
    await expectStep(2);
    const focused = await drawnEdges(page);
    expect(focused.length).toBeGreaterThan(0);
    // Only the focused actor's network: every drawn relation joins two actors within one hop of it.
    const near = new Set([hub]);
    for (const e of data.edges) if (e.source === hub || e.target === hub) near.add(e.source).add(e.target);
    const ends = new Map(data.edges.map((e) => [e.key, [e.source, e.target]]));
    expect(focused.every((e) => ends.get(e)!.every((n) => near.has(n)))).toBe(true);
    expect(focused.length).toBeLessThan(data.edges.length);
    await page.screenshot({ path: join(OUTPUT_DIR, 'presentation-step-2.png') });
    await page.keyboard.press('PageDown');
    await expectStep(3);
    await page.keyboard.press('ArrowRight'); // already the last step
    await framesPainted(page, 10);
    expect(await stepText()).toBe('Step 3 of 3');
    await page.keyboard.press('ArrowLeft');
    await expectStep(2);
    await page.keyboard.press('Home');
    await expectStep(1);
    await page.keyboard.press('End');
    await expectStep(3);
    // The address bar is written a moment after the step changes: wait for it.
    await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('three');
  });

  it('fits each step to the screen it is shown on (1440×900, 1024×768, 2560×1080), and the legend counts what the step shows', async () => {
    await page.keyboard.press('ArrowLeft');
    await expectStep(2);
    await expectLegendCountsShown();
    for (const size of [
      { width: 1024, height: 768 },
      { width: 2560, height: 1080 },
    ]) {
      await page.setViewportSize(size);
      await expectFitted(`step 2 at ${size.width}×${size.height}`);
      await page.screenshot({ path: join(OUTPUT_DIR, `presentation-step-2-${size.width}x${size.height}.png`) });
      await page.keyboard.press('Home');
      await expectStep(1);
      await expectLegendCountsShown();
      await page.screenshot({ path: join(OUTPUT_DIR, `presentation-step-1-${size.width}x${size.height}.png`) });
      await page.keyboard.press('ArrowRight');
      await expectStep(2);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.keyboard.press('End');
    await expectStep(3);
  });

  it('the high-contrast theme turns text black on white and edges thicker', async () => {
    const edge = decodeURIComponent(new URLSearchParams(story.steps[2]!.view.query).get('sel')!);
    const lineSize = (e: string) => {
      const { sigma, lines } = window.__dramatis!;
      return sigma.getEdgeDisplayData(lines.drawn!.lineOfEvent(e)!)!.size;
    };
    const sizeBefore = await page.evaluate(lineSize, edge);
    await page.locator('[data-testid="present-high-contrast"]').check();
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('high-contrast'))).toBe(true);
    const colours = await page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return {
        title: style('.present-title').color,
        caption: style('[data-testid="present-caption"]').color,
        captionBackground: style('[data-testid="present-caption"]').backgroundColor,
        legend: style('.legend-label').color,
        stage: style('.stage-area').backgroundColor,
      };
    });
    expect(colours).toEqual({ title: 'rgb(0, 0, 0)', caption: 'rgb(0, 0, 0)', captionBackground: 'rgb(255, 255, 255)', legend: 'rgb(0, 0, 0)', stage: 'rgb(255, 255, 255)' });
    await expect.poll(() => page.evaluate(lineSize, edge)).toBeGreaterThan(sizeBefore);
    await page.screenshot({ path: join(OUTPUT_DIR, 'presentation-high-contrast.png') });
  });

  it('Esc leaves: the chrome is back, drawing is as before, the selection stays', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(presenting).toBe(false);
    expect(await page.evaluate(() => document.documentElement.classList.contains('high-contrast'))).toBe(false);
    for (const shown of ['filters', 'stage-toolbar', 'header', 'timeline-play', 'story-panel']) {
      expect(await page.locator(`[data-testid="${shown}"]`).isVisible(), shown).toBe(true);
    }
    expect(await page.locator('[data-testid="present-bar"]').count()).toBe(0);
    expect(await labelSize()).toBe(normalLabel);
    expect(await page.locator('[data-testid="edge-panel"]').count()).toBe(1);
    await page.screenshot({ path: join(OUTPUT_DIR, 'presentation-left.png') });
  });

  it('without a story the arrow keys move the time window like Play, over the axis the timeline shows', async () => {
    await page.locator('[data-testid="story-select"]').selectOption('');
    await page.locator('[data-testid="timeline-preset-all"]').click();
    // The whole year-long axis (the fitted one holds a single day with events).
    if ((await page.locator('[data-testid="timeline-overflow-before"]').count()) > 0) await page.locator('[data-testid="timeline-overflow-before"]').click();
    await page.locator('[data-testid="present"]').click();
    await expect.poll(presenting).toBe(true);
    expect(await stepText()).toBe('Arrow keys move the time window');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await timelineWindow(page)).from).not.toBe('');
    const first = await timelineWindow(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await timelineWindow(page)).from > first.from).toBe(true);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => timelineWindow(page)).toEqual(first);
    await page.keyboard.press('End');
    await expect.poll(async () => (await timelineWindow(page)).to > first.to).toBe(true);
    await stageAtRest(page); // the labels are spaced for their new size after the stage settles
    await page.screenshot({ path: join(OUTPUT_DIR, 'presentation-no-story.png') });
    await page.keyboard.press('Escape');
    await expect.poll(presenting).toBe(false);
  });
});
