// Browser test: the Export dialog on the built app in headless Chromium. Keyboard use and focus;
// PNG at 1× and 2× (downloaded, decoded, sized, not blank, legend in the footer, really drawn at
// 2×); SVG after a filter (well-formed, the shown actors' labels and not the hidden ones, opens as
// an image); JSON of what is visible under a time window (as many relations as the table lists).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SerializedDramatisGraph } from '../../src/domain/contract';
import { relationStyle } from '../../src/graph/relationStyles';
import { PROJECT_ROOT, TEST_DIST } from './harness';
import { useAppPage } from './appPage';

const OUTPUT_DIR = join(PROJECT_ROOT, 'test-output');
const STAGE = '[data-testid="graph-stage"]';
const DIALOG = '[data-testid="export-dialog"]';
const VIEWPORT = { width: 1440, height: 900 };
/** Caption rules (header bottom, footer top) and the graph band's background, as drawn. */
const RULE: RGB = [0xe4, 0xe7, 0xee];
const STAGE_BACKGROUND: RGB = [0xfb, 0xfb, 0xfd];

type RGB = [number, number, number];

const app = useAppPage({ timeout: 10_000, viewport: VIEWPORT, acceptDownloads: true });
let page: Page;
let data: SerializedDramatisGraph;

beforeAll(async () => {
  // The app is built once by test/e2e/globalSetup.ts.
  data = JSON.parse(readFileSync(join(PROJECT_ROOT, TEST_DIST, 'graph/default-graph.json'), 'utf8')) as SerializedDramatisGraph;
  mkdirSync(OUTPUT_DIR, { recursive: true });
  page = app.page;
  await load('');
});

async function load(query: string): Promise<void> {
  await page.goto(`${app.url}${query}`);
  await page.waitForSelector(`${STAGE}[data-layout="settled"]`, { timeout: 20_000 });
  await nextFrames();
}

function nextFrames(): Promise<unknown> {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

function focusedTestId(): Promise<string | null> {
  return page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid ?? null);
}

function focusInDialog(): Promise<boolean> {
  return page.evaluate((dialog) => !!document.querySelector(dialog)?.contains(document.activeElement), DIALOG);
}

/** Waits until the dialog is up and has taken focus. */
async function dialogReady(): Promise<void> {
  await page.locator(DIALOG).waitFor();
  await page.waitForFunction((dialog) => !!document.querySelector(dialog)?.contains(document.activeElement), DIALOG);
}

async function openDialog(): Promise<void> {
  await page.locator('[data-testid="export-open"]').click();
  await dialogReady();
}

async function closeDialog(): Promise<void> {
  await page.keyboard.press('Escape');
  await page.locator(DIALOG).waitFor({ state: 'detached' });
}

/** Clicks Download and saves what the page downloads into test-output/. */
async function download(count = 1): Promise<{ name: string; body: Buffer }[]> {
  const downloads: Download[] = [];
  const collected = new Promise<void>((resolve) => {
    const onDownload = (d: Download) => {
      downloads.push(d);
      if (downloads.length === count) {
        page.off('download', onDownload);
        resolve();
      }
    };
    page.on('download', onDownload);
  });
  await page.locator('[data-testid="export-download"]').click();
  await collected;
  await page.locator('[data-testid="export-status"].done').waitFor();
  const files = [];
  for (const d of downloads) {
    const path = join(OUTPUT_DIR, `export-${d.suggestedFilename()}`);
    await d.saveAs(path);
    files.push({ name: d.suggestedFilename(), body: readFileSync(path) });
  }
  return files;
}

function stageSize(): Promise<{ width: number; height: number }> {
  return page.evaluate(() => window.__dramatis!.sigma.getDimensions());
}

interface PngStats {
  width: number;
  height: number;
  distinctColors: number;
  /** The graph band between the caption rules: the last row of the header's rule, the first of the footer's. */
  headerRuleEnd: number;
  footerRuleStart: number;
  headerInk: number;
  graphInk: number;
  /** Pixels of each given colour below the footer rule. */
  footerColors: number[];
}

/** Decodes a PNG in the page and measures it: the browser is the PNG decoder. */
function pngStats(png: Buffer, colors: RGB[]): Promise<PngStats> {
  return page.evaluate(
    async ({ base64, colors, rule, background }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const { width, height } = bitmap;
      const canvas = new OffscreenCanvas(width, height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const px = ctx.getImageData(0, 0, width, height).data;
      const near = (i: number, c: number[], tol: number) => Math.abs(px[i]! - c[0]!) <= tol && Math.abs(px[i + 1]! - c[1]!) <= tol && Math.abs(px[i + 2]! - c[2]!) <= tol;
      const ruleRows: number[] = [];
      for (let y = 0; y < height; y++) {
        let on = 0;
        for (let x = 0; x < width; x++) if (near((y * width + x) * 4, rule, 2)) on++;
        if (on > width * 0.9) ruleRows.push(y);
      }
      // Rules are runs of rows (one per device pixel of their CSS pixel): the first run ends the header, the last starts the footer.
      let headerRuleEnd = ruleRows.length ? ruleRows[0]! : -1;
      while (ruleRows.includes(headerRuleEnd + 1)) headerRuleEnd++;
      let footerRuleStart = ruleRows.length ? ruleRows[ruleRows.length - 1]! : -1;
      while (ruleRows.includes(footerRuleStart - 1)) footerRuleStart--;
      const ink = (y0: number, y1: number, bg: number[]) => {
        let n = 0;
        for (let y = y0; y < y1; y++) for (let x = 0; x < width; x++) if (!near((y * width + x) * 4, bg, 24)) n++;
        return n / Math.max(1, (y1 - y0) * width);
      };
      const seen = new Set<number>();
      for (let i = 0; i < px.length; i += 4) seen.add((px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!);
      const footerColors = colors.map((c) => {
        let n = 0;
        for (let y = footerRuleStart; y < height; y++) for (let x = 0; x < width; x++) if (near((y * width + x) * 4, c, 6)) n++;
        return n;
      });
      return {
        width,
        height,
        distinctColors: seen.size,
        headerRuleEnd,
        footerRuleStart,
        headerInk: ink(0, Math.max(0, headerRuleEnd - 4), [255, 255, 255]),
        graphInk: ink(headerRuleEnd + 1, footerRuleStart, background),
        footerColors,
      };
    },
    { base64: png.toString('base64'), colors, rule: RULE, background: STAGE_BACKGROUND },
  );
}

/**
 * Fine detail in the graph band: mean deviation of each pixel from its 2×2 block's mean, over
 * blocks with ink. A picture drawn at 2× has sharper edges than the 1× one scaled up; `upscale`
 * measures the 1× picture after the browser scales it up to the 2× one's size.
 */
function detail(png: Buffer, band: [number, number], upscaleTo?: { width: number; height: number }): Promise<number> {
  return page.evaluate(
    async ({ base64, band, upscaleTo }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const width = upscaleTo?.width ?? bitmap.width;
      const height = upscaleTo?.height ?? bitmap.height;
      const canvas = new OffscreenCanvas(width, height);
      const ctx = canvas.getContext('2d')!;
      ctx.imageSmoothingEnabled = true;
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(bitmap, 0, 0, width, height);
      const px = ctx.getImageData(0, 0, width, height).data;
      let sum = 0;
      let blocks = 0;
      for (let y = band[0] - (band[0] % 2); y + 1 < band[1]; y += 2) {
        for (let x = 0; x + 1 < width; x += 2) {
          const idx = [(y * width + x) * 4, (y * width + x + 1) * 4, ((y + 1) * width + x) * 4, ((y + 1) * width + x + 1) * 4];
          const lum = idx.map((i) => 0.3 * px[i]! + 0.59 * px[i + 1]! + 0.11 * px[i + 2]!);
          const mean = lum.reduce((a, b) => a + b, 0) / 4;
          if (mean > 245) continue;
          sum += lum.reduce((a, b) => a + Math.abs(b - mean), 0) / 4;
          blocks++;
        }
      }
      return blocks ? sum / blocks : 0;
    },
    { base64: png.toString('base64'), band, upscaleTo },
  );
}

const hex = (color: string): RGB => [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as RGB;

describe('export dialog', () => {
  it('opens from the keyboard, keeps focus inside, closes on Escape and gives focus back', async () => {
    await page.locator('[data-testid="export-open"]').focus();
    await page.keyboard.press('Enter');
    await dialogReady();
    expect(await focusedTestId()).toBe('export-format-png');
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      expect(await focusInDialog(), `focus inside after ${i + 1} Tab`).toBe(true);
    }
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await focusInDialog(), `focus inside after ${i + 1} Shift+Tab`).toBe(true);
    }
    // Every control has a name a screen reader can read.
    const unnamed = await page.locator(`${DIALOG} input, ${DIALOG} button`).evaluateAll((els) =>
      els.filter((el) => !(el as HTMLInputElement).labels?.length && !el.textContent?.trim()).map((el) => el.outerHTML),
    );
    expect(unnamed).toEqual([]);
    await page.screenshot({ path: join(OUTPUT_DIR, 'export-dialog.png') });
    await closeDialog();
    expect(await focusedTestId()).toBe('export-open');
  });

  it('exports the view as PNG at 1× and 2×: the stage times the scale plus caption, drawn, legend colours in the footer, really drawn at 2×', async () => {
    const stage = await stageSize();
    const relations = [...new Set(data.edges.map((e) => e.attributes.relation))];
    const colors = relations.map((r) => hex(relationStyle(r).color));
    await openDialog();
    const sizes = await page.evaluate(() => [...document.querySelectorAll('[data-testid^="export-scale-"]')].map((el) => el.closest('label')?.textContent ?? ''));
    console.log('size choices', sizes);
    // 2× is the default: sharp on slides and print.
    await expect(page.locator('[data-testid="export-scale-2"]').isChecked()).resolves.toBe(true);
    await expect(page.locator('[data-testid="export-filename"]').textContent()).resolves.toBe('dramatis@2x.png');
    await page.locator('[data-testid="export-scale-1"]').check();
    await expect(page.locator('[data-testid="export-filename"]').textContent()).resolves.toBe('dramatis.png');
    const [one] = await download();
    expect(one!.name).toBe('dramatis.png');
    await page.locator('[data-testid="export-scale-2"]').check();
    const [two] = await download();
    expect(two!.name).toBe('dramatis@2x.png');
    await closeDialog();

    const stats1 = await pngStats(one!.body, colors);
    const stats2 = await pngStats(two!.body, colors);
    console.log('PNG 1x', stats1, 'PNG 2x', stats2);
    for (const [stats, scale] of [
      [stats1, 1],
      [stats2, 2],
    ] as const) {
      // As wide as the stage times the scale; the graph band between the caption rules as high as the stage times the scale.
      expect(stats.width).toBe(stage.width * scale);
      expect(stats.footerRuleStart - stats.headerRuleEnd - 1).toBe(stage.height * scale);
      expect(stats.headerRuleEnd).toBeGreaterThan(40 * scale);
      expect(stats.height - stats.footerRuleStart).toBeGreaterThan(40 * scale);
      expect(stats.distinctColors).toBeGreaterThan(200);
      expect(stats.headerInk, 'title and subtitle in the header').toBeGreaterThan(0.01);
      expect(stats.graphInk, 'edges and actors in the graph band').toBeGreaterThan(0.01);
      for (const [i, relation] of relations.entries()) expect(stats.footerColors[i], `legend swatch of ${relation}`).toBeGreaterThan(15 * scale * scale);
    }
    // The caption bands scale with the picture, and the dialog said how big the files would be.
    expect(stats2.height).toBe(2 * stats1.height);
    expect(sizes[0]).toContain(`${stats1.width} × ${stats1.height} px`);
    expect(sizes[1]).toContain(`${stats2.width} × ${stats2.height} px`);

    const band: [number, number] = [stats2.headerRuleEnd + 4, stats2.footerRuleStart - 4];
    const real = await detail(two!.body, band);
    const upscaled = await detail(one!.body, band, { width: stats2.width, height: stats2.height });
    console.log('detail at 2x: drawn', real, 'upscaled 1x', upscaled);
    expect(real).toBeGreaterThan(upscaled * 1.15);
  });

  it('exports SVG after a filter: well-formed, labels of the shown actors only, opens as an image', async () => {
    const row = page.locator('[data-testid="facet-relations-communication"]');
    await row.hover();
    await row.locator('.facet-only').click();
    await page.waitForFunction(() => {
      const { sigma, graph } = window.__dramatis!;
      return graph.someNode((n) => sigma.getNodeDisplayData(n)?.hidden === true);
    });
    await nextFrames();
    const screen = await page.evaluate(() => {
      const { sigma, graph } = window.__dramatis!;
      const label = (n: string) => graph.getNodeAttribute(n, 'label');
      return {
        shown: [...sigma.getNodeDisplayedLabels()].map(label).sort(),
        hidden: graph.filterNodes((n) => sigma.getNodeDisplayData(n)?.hidden === true).map(label),
      };
    });
    expect(screen.hidden.length).toBeGreaterThan(0);
    expect(screen.shown.length).toBeGreaterThan(0);

    // Keyboard only: open, move to SVG with the arrow key, Tab to Download.
    await page.locator('[data-testid="export-open"]').focus();
    await page.keyboard.press('Enter');
    await dialogReady();
    await page.keyboard.press('ArrowRight');
    expect(await focusedTestId()).toBe('export-format-svg');
    await expect(page.locator('[data-testid="export-filename"]').textContent()).resolves.toBe('dramatis.svg');
    const saved = page.waitForEvent('download');
    for (let i = 0; i < 10 && (await focusedTestId()) !== 'export-download'; i++) await page.keyboard.press('Tab');
    expect(await focusedTestId()).toBe('export-download');
    await page.keyboard.press('Enter');
    const svgDownload = await saved;
    const svgPath = join(OUTPUT_DIR, 'export-filtered.svg');
    await svgDownload.saveAs(svgPath);
    const svg = readFileSync(svgPath, 'utf8');
    await closeDialog();

    const stage = await stageSize();
    const parsed = await page.evaluate(async (text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const error = doc.querySelector('parsererror')?.textContent ?? null;
      const labels = [...doc.querySelectorAll('svg.graph .node-labels text')].map((t) => t.textContent ?? '');
      const graph = doc.querySelector('svg.graph');
      const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let ink = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i]! < 200 || px[i + 1]! < 200 || px[i + 2]! < 200) ink++;
      URL.revokeObjectURL(url);
      return {
        error,
        labels,
        graphSize: [graph?.getAttribute('width'), graph?.getAttribute('height')],
        image: [image.naturalWidth, image.naturalHeight],
        ink: ink / (canvas.width * canvas.height),
        png: canvas.toDataURL('image/png'),
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.labels.sort()).toEqual(screen.shown);
    for (const hidden of screen.hidden) expect(parsed.labels).not.toContain(hidden);
    expect(parsed.graphSize).toEqual([String(stage.width), String(stage.height)]);
    expect(parsed.image[0]).toBe(stage.width);
    expect(parsed.image[1]).toBeGreaterThan(stage.height);
    expect(parsed.ink).toBeGreaterThan(0.005);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(OUTPUT_DIR, 'export-filtered-svg-rendered.png'), Buffer.from(parsed.png.split(',')[1]!, 'base64'));
    await page.locator('[data-testid="reset-filters"]').click();
  });

  it('exports JSON of what is visible under a time window: as many relations as the table lists', async () => {
    await load('?from=2026-01-10&to=2026-01-12');
    await page.locator('[data-testid="view-switch"] button[data-view="table"]').first().click();
    const caption = (await page.locator('[data-testid="relations-caption"]').textContent()) ?? '';
    const listed = Number(/^(\d+) relations?$/.exec(caption)?.[1]);
    expect(listed).toBeGreaterThan(0);
    expect(listed).toBeLessThan(data.edges.length);

    await openDialog();
    await page.locator('[data-testid="export-format-json"]').check();
    await expect(page.locator('[data-testid="export-scope-visible"]').isChecked()).resolves.toBe(true);
    const [visible] = await download();
    expect(visible!.name).toMatch(/^dramatis_2026-01-10_to_2026-01-12.*\.json$/);
    const exported = JSON.parse(visible!.body.toString('utf8')) as SerializedDramatisGraph;
    expect(exported.edges).toHaveLength(listed);
    const nodes = new Set(exported.nodes.map((n) => n.key));
    for (const e of exported.edges) expect(nodes.has(e.source) && nodes.has(e.target)).toBe(true);

    await page.locator('[data-testid="export-scope-all"]').check();
    // Everything is not named after the time window it ignores.
    await expect(page.locator('[data-testid="export-filename"]').textContent()).resolves.toBe('dramatis.json');
    const [everything] = await download();
    expect(everything!.name).toBe('dramatis.json');
    expect((JSON.parse(everything!.body.toString('utf8')) as SerializedDramatisGraph).edges).toHaveLength(data.edges.length);
    await expect(page.locator('[data-testid="export-status"]').textContent()).resolves.toMatch(/^Saved dramatis\.json/);
    await closeDialog();
  });

  it('Escape after an export closes only the dialog: the selected actor stays selected', async () => {
    await load('?sel=iran');
    await expect(page.locator('[data-testid="node-panel"]').count()).resolves.toBe(1);
    await openDialog();
    await download();
    await closeDialog();
    expect(await focusedTestId()).toBe('export-open');
    await expect(page.locator('[data-testid="node-panel"]').count()).resolves.toBe(1);
    expect(page.url()).toContain('sel=iran');
  });

  it('a picture the browser cannot encode gives a message, and the next export works', async () => {
    await openDialog();
    // Browsers hand back no blob for canvases over their size limit; make this one do that once.
    await page.evaluate(() => {
      const original = HTMLCanvasElement.prototype.toBlob;
      HTMLCanvasElement.prototype.toBlob = function (callback) {
        HTMLCanvasElement.prototype.toBlob = original;
        callback(null);
      };
    });
    await page.locator('[data-testid="export-download"]').click();
    await expect(page.locator('[data-testid="export-error"]').textContent()).resolves.toMatch(/^The export failed: the browser could not encode the picture as PNG/);
    const [file] = await download();
    expect(file!.name).toMatch(/\.png$/);
    await expect(page.locator('[data-testid="export-error"]').count()).resolves.toBe(0);
    await closeDialog();
    await expect(page.locator(`${STAGE}[data-layout="settled"]`).count()).resolves.toBe(1);
  });

  it('CSV gives two files', async () => {
    await openDialog();
    await page.locator('[data-testid="export-format-csv"]').check();
    const files = await download(2);
    expect(files.map((f) => f.name).sort()).toEqual((await page.locator('[data-testid="export-filename"]').textContent())!.split(', ').sort());
    for (const f of files) expect(f.body.toString('utf8').split('\n').length).toBeGreaterThan(1);
    await closeDialog();
  });
});
