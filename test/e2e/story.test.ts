// Stories through the UI: three steps (two time windows, a focus, a selected edge in the table),
// kept across a reload, opened by URL (?story=…&step=2) with that step's view and caption.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SerializedDramatisGraph } from '../../src/domain/contract';
import { useAppPage } from './appPage';
import { busiestDrawnNode, cameraAtRest, cameraState, clickNode, dragTimeline, drawnEdges, OUTPUT_DIR, servedGraph, settled, STAGE, timelineWindow } from './storyPage';

const app = useAppPage({ timeout: 10_000 });
let page: Page;
let data: SerializedDramatisGraph;

interface Recorded {
  edges: string[];
  shown: string;
  window: { from: string; to: string };
  camera: { x: number; y: number; ratio: number; angle: number };
  caption: string;
  panel: string;
}
const steps: Recorded[] = [];
let storyId = '';

beforeAll(async () => {
  data = servedGraph();
  mkdirSync(OUTPUT_DIR, { recursive: true });
  page = app.page;
});

async function panelHeading(): Promise<string> {
  return (await page.locator('[data-testid="panel"] h2').first().textContent())?.trim() ?? '';
}

async function addStep(caption: string): Promise<void> {
  await cameraAtRest(page);
  const before = await page.locator('[data-testid="story-step"]').count();
  await page.locator('[data-testid="story-add-step"]').click();
  await expect.poll(() => page.locator('[data-testid="story-step"]').count()).toBe(before + 1);
  const item = page.locator('[data-testid="story-step"]').nth(before);
  await item.locator('[data-testid="story-caption-edit"]').click();
  await item.locator('[data-testid="story-caption-input"]').fill(caption);
  await item.locator('[data-testid="story-caption-done"]').click();
  const graphView = (await page.locator('[data-testid="view-switch"] button[data-view="graph"]').getAttribute('aria-pressed')) === 'true';
  steps.push({
    edges: graphView ? await drawnEdges(page) : [],
    shown: (await page.locator('[data-testid="shown-relations"]').textContent()) ?? '',
    window: await timelineWindow(page),
    camera: await cameraState(page),
    caption,
    panel: await panelHeading(),
  });
}

/** The id of the step at `index` in the story panel. */
async function stepIdAt(index: number): Promise<string> {
  return (await page.locator('[data-testid="story-step"]').nth(index).getAttribute('data-step-id')) ?? '';
}

describe('a story built through the UI', () => {
  it('records three steps: a window dragged on the timeline, a document week with a focus, and a relation selected in the table', async () => {
    // The file's page is in a context of its own, so it starts with empty storage: one load.
    await page.goto(app.url);
    await settled(page);

    await page.locator('[data-testid="story-toggle"]').click();
    await page.locator('[data-testid="story-new"]').click();
    await page.locator('[data-testid="story-title"]').fill('From June to January');
    await page.waitForFunction(() => new URLSearchParams(location.search).has('story'));
    storyId = new URL(page.url()).searchParams.get('story')!;

    // Step 1: a window dragged across the timeline around June 2025, zoomed in a little.
    await dragTimeline(page, '2025-05-20', '2025-07-08');
    await expect.poll(async () => (await timelineWindow(page)).from).toMatch(/^2025-05/);
    const box = (await page.locator(STAGE).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -300);
    await addStep('**June 2025**: the strikes\n- who *struck* whom');

    // Step 2: the week of a document (January 2026), focused on its busiest actor.
    const week = (await page.locator('[data-testid="timeline-preset-weeks"] option:not([disabled])').first().getAttribute('value'))!;
    await page.locator('[data-testid="timeline-preset-weeks"]').selectOption(week);
    await settled(page);
    const hub = await busiestDrawnNode(page);
    await clickNode(page, hub);
    await page.locator('[data-testid="network-1"]').click();
    await addStep(`Step two: *${hub}* and its neighbours`);

    // Step 3: every date, no focus, the table with one relation selected.
    await page.locator('[data-testid="timeline-preset-all"]').click();
    await page.locator('[data-testid="network-clear"]').click();
    await page.locator('[data-testid="view-switch"] button[data-view="table"]').click();
    await page.locator('[data-testid="relation-row"]').nth(2).click();
    await addStep('Step three: <script>alert(1)</script> stays text');

    expect(steps).toHaveLength(3);
    expect(steps[0]!.window.from).not.toBe('');
    expect(steps[1]!.window.from).toMatch(/^2026-01/);
    expect(steps[2]!.window).toEqual({ from: '', to: '' });
    expect(steps[1]!.edges.length).toBeGreaterThan(0);
    expect(steps[1]!.edges.length).toBeLessThan(data.edges.length);
    expect(steps[0]!.camera.ratio).toBeLessThan(1);
    expect(steps[1]!.camera).not.toEqual(steps[0]!.camera);
    await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe(await stepIdAt(2));
    await page.screenshot({ path: join(OUTPUT_DIR, 'story-panel-three-steps.png') });
    // The caption shows the script tag as text and runs nothing.
    const third = page.locator('[data-testid="story-step"]').nth(2);
    expect(await third.locator('.caption').textContent()).toContain('<script>alert(1)</script>');
    expect(await third.locator('.caption script').count()).toBe(0);
  });

  it('is kept across a reload, and ?story=…&step=2 opens step 2 as it was recorded', async () => {
    await page.reload();
    await settled(page);
    await expect.poll(() => page.locator('[data-testid="story-step"]').count()).toBe(3);
    expect(await page.locator('[data-testid="story-title"]').inputValue()).toBe('From June to January');

    await page.goto(`${app.url}?story=${storyId}&step=2`);
    await settled(page);
    await cameraAtRest(page);
    const want = steps[1]!;
    expect(await drawnEdges(page)).toEqual(want.edges);
    expect(await page.locator('[data-testid="shown-relations"]').textContent()).toBe(want.shown);
    expect(await timelineWindow(page)).toEqual(want.window);
    expect(await panelHeading()).toBe(want.panel);
    const camera = await cameraState(page);
    expect(camera.x).toBeCloseTo(want.camera.x, 3);
    expect(camera.y).toBeCloseTo(want.camera.y, 3);
    expect(camera.ratio).toBeCloseTo(want.camera.ratio, 3);
    const current = page.locator('[data-testid="story-step"][aria-current="step"]');
    expect(await current.locator('[data-testid="story-step-go"]').textContent()).toBe('Step 2');
    expect(await current.locator('.caption').textContent()).toBe(want.caption.replace(/\*/g, ''));
    // The address bar now names the step by its id, which reordering does not change.
    expect(new URL(page.url()).searchParams.get('step')).toBe(await stepIdAt(1));
    await page.screenshot({ path: join(OUTPUT_DIR, 'story-step-2-from-url.png') });
  });

  it('going to step 3 shows the table with the recorded count and the selected relation', async () => {
    await page.locator('[data-testid="story-step-go"]').nth(2).click();
    await expect.poll(() => page.locator('[data-testid="relations-caption"]').textContent()).toMatch(new RegExp(`^${steps[2]!.shown}\\b`));
    await expect.poll(async () => (await page.locator('[data-testid="relation-row"][aria-current="true"]').count()) > 0).toBe(true);
    await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe(await stepIdAt(2));
    // Going to a step slides the time window to the step's: wait until it has arrived (all dates).
    await expect.poll(() => timelineWindow(page)).toEqual({ from: '', to: '' });
    await page.screenshot({ path: join(OUTPUT_DIR, 'story-step-3-table.png') });
  });

  it('reorders and deletes steps, a link to a step follows it to its new place, and a changed view drops the step from the URL', async () => {
    const captions = () => page.locator('[data-testid="story-step"] .caption').allTextContents();
    const before = await captions();
    const thirdId = await stepIdAt(2);
    await page.locator('[data-testid="story-step"]').nth(2).getByRole('button', { name: 'Move step 3 up' }).click();
    expect(await captions()).toEqual([before[0], before[2], before[1]]);
    // The link written while it was step 3 still opens that step, now second (opened as Back and
    // Forward open an address, without a reload that could outrun saving the new order).
    await page.evaluate((search) => {
      history.pushState(null, '', search);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, `?story=${storyId}&step=${thirdId}`);
    await expect.poll(() => page.locator('[data-testid="story-step"][aria-current="step"] .caption').textContent()).toBe(before[2]);
    expect(await page.locator('[data-testid="story-step"][aria-current="step"]').getAttribute('data-step-id')).toBe(thirdId);
    expect(new URL(page.url()).searchParams.get('step')).toBe(thirdId);
    await page.locator('[data-testid="story-step"]').nth(1).locator('[data-testid="story-step-delete"]').click();
    expect(await captions()).toEqual([before[0], before[1]]);
    await page.locator('[data-testid="story-step-go"]').nth(0).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe(await stepIdAt(0));
    await page.locator('[data-testid="story-next"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe(await stepIdAt(1));
    await page.locator('[data-testid="timeline-preset-last-7"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.has('step')).toBe(false);
    expect(new URL(page.url()).searchParams.get('story')).toBe(storyId);
  });

  it('travels in the story file and in the JSON graph export, and comes back from either', async () => {
    await page.goto(`${app.url}?story=${storyId}`);
    await settled(page);
    const save = async (click: () => Promise<void>) => {
      const [download] = await Promise.all([page.waitForEvent('download'), click()]);
      const path = join(OUTPUT_DIR, `story-${download.suggestedFilename()}`);
      await download.saveAs(path);
      return { path, json: JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown> };
    };
    const storyFile = await save(() => page.locator('[data-testid="story-export"]').click());
    expect(storyFile.json).toMatchObject({ format: 'dramatis-stories', version: 1, stories: [{ id: storyId, title: 'From June to January' }] });
    await page.locator('[data-testid="export-open"]').click();
    await page.locator('[data-testid="export-format-json"]').check();
    const graphFile = await save(() => page.locator('[data-testid="export-download"]').click());
    const attributes = graphFile.json.attributes as { stories?: unknown };
    expect(attributes.stories).toEqual(storyFile.json);
    await page.locator('[data-testid="export-close"]').click();

    page.once('dialog', (d) => void d.accept());
    await page.locator('[data-testid="story-delete"]').click();
    await expect.poll(() => page.locator('[data-testid="story-step"]').count()).toBe(0);
    await page.locator('[data-testid="story-import-file"]').setInputFiles(graphFile.path);
    await expect.poll(() => page.locator('[data-testid="story-step"]').count()).toBe(2);
    expect(await page.locator('[data-testid="story-title"]').inputValue()).toBe('From June to January');
    // The same file again adds nothing: the story is already here.
    await page.locator('[data-testid="story-import-file"]').setInputFiles(storyFile.path);
    await expect.poll(async () => (await page.locator('[data-testid="notices"]').textContent()) ?? '').toMatch(/“From June to January” is already here, unchanged/);
    expect(await page.locator('[data-testid="story-select"] option').count()).toBe(2);
  });

  it('an unknown story or step in the URL gets a notice and the rest of the view opens', async () => {
    // The stories are kept in this browser before the page is left (a reload reads them back).
    await page.waitForSelector('[data-testid="workspace-open"][data-writing="false"]');
    await page.goto(`${app.url}?story=nosuchstory&step=2&rel=force`);
    await settled(page);
    const notices = () => page.locator('[data-testid="notices"]').textContent();
    await expect.poll(notices).toMatch(/story=nosuchstory/);
    // The URL's filter reaches the drawn lines once the stage has taken it.
    const force = data.edges.filter((e) => e.attributes.relation === 'force').map((e) => e.key).sort();
    await expect.poll(() => drawnEdges(page)).toEqual(force);
    await page.goto(`${app.url}?story=${storyId}&step=9`);
    await settled(page);
    await expect.poll(notices).toMatch(/step=9: the story “From June to January” has no step with this id, and 2 steps/);
  });
});
