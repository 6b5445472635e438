// Narrow windows (1024, 800 and 600 px wide): the graph still draws, and every control of the
// header and the timeline is whole: inside the window, its text not cut, not overlapping another;
// the publication-dated switch keeps a readable label, and the "Week of…" menu too once a week is chosen.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useAppPage } from './appPage';
import { OUTPUT_DIR, settled, STAGE } from './storyPage';

const app = useAppPage({ timeout: 15_000, viewport: { width: 1024, height: 768 } });
let page: Page;

beforeAll(async () => {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  page = app.page;
  await page.goto(app.url);
  await settled(page);
});

interface ControlReport {
  count: number;
  /** Controls reaching outside the window, or whose text does not fit, or hidden behind a zero size. */
  cut: string[];
  /** Pairs of controls drawn over each other. */
  overlapping: string[];
  /** The publication-dated switch's label as shown. */
  documentDatedLabel: string;
}

/** Every control of the header's actions and the timeline's toolbar, measured where the browser laid it out. */
function controls(): Promise<ControlReport> {
  return page.evaluate(() => {
    const scope = ['[data-testid="header"] .header-actions', '[data-testid="timeline"] .timeline-toolbar'];
    const items = scope.flatMap((s) => [...document.querySelectorAll<HTMLElement>(`${s} button, ${s} select, ${s} label, ${s} .timeline-range`)]);
    const visible = items.filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden');
    const name = (el: HTMLElement) => el.getAttribute('data-testid') ?? el.getAttribute('aria-label') ?? el.className ?? el.textContent?.trim() ?? el.tagName;
    const measure = document.createElement('canvas').getContext('2d')!;
    const cut: string[] = [];
    for (const el of visible) {
      const r = el.getBoundingClientRect();
      if (r.width < 1 || r.height < 1 || r.left < -0.5 || r.right > window.innerWidth + 0.5) cut.push(`${name(el)} at ${Math.round(r.left)}..${Math.round(r.right)} of ${window.innerWidth}`);
      else if (el instanceof HTMLSelectElement) {
        // The chosen option's text against the room left of the arrow.
        const style = getComputedStyle(el);
        measure.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text = el.selectedOptions[0]?.textContent ?? '';
        const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 14;
        if (measure.measureText(text).width > room + 0.5) cut.push(`${name(el)}: "${text}" in ${Math.round(room)} px`);
      } else if (el.scrollWidth > el.clientWidth + 1) cut.push(`${name(el)}: text ${el.scrollWidth} px in ${el.clientWidth} px`);
    }
    const overlapping: string[] = [];
    for (let i = 0; i < visible.length; i++) {
      for (let j = i + 1; j < visible.length; j++) {
        const a = visible[i]!;
        const b = visible[j]!;
        if (a.contains(b) || b.contains(a)) continue;
        const p = a.getBoundingClientRect();
        const q = b.getBoundingClientRect();
        const w = Math.min(p.right, q.right) - Math.max(p.left, q.left);
        const h = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
        if (w > 1 && h > 1) overlapping.push(`${name(a)} × ${name(b)}`);
      }
    }
    const label = document.querySelector<HTMLElement>('[data-testid="timeline-document-dated-label"]');
    return { count: visible.length, cut, overlapping, documentDatedLabel: label?.innerText.trim() ?? '' };
  });
}

async function expectWhole(where: string): Promise<void> {
  const report = await controls();
  expect(report.count, where).toBeGreaterThan(8);
  expect(report.cut, `controls cut (${where})`).toEqual([]);
  expect(report.overlapping, `controls overlapping (${where})`).toEqual([]);
  expect(report.documentDatedLabel, where).toMatch(/^(Publication-dated|Pub\.-dated)$/);
}

describe('narrow windows', () => {
  it('draws the graph and keeps every header and timeline control whole at 1024, 800 and 600 px', async () => {
    for (const width of [1024, 800, 600]) {
      await page.setViewportSize({ width, height: 768 });
      await expect.poll(() => page.locator(STAGE).getAttribute('data-layout')).toBe('settled');
      await expect.poll(() => page.evaluate(() => window.__dramatis?.sigma.getDimensions().height ?? 0)).toBeGreaterThan(150);
      await expect.poll(async () => (await controls()).cut).toEqual([]);
      await expectWhole(`${width} px`);
      await page.screenshot({ path: join(OUTPUT_DIR, `narrow-${width}.png`), fullPage: true });

      // A chosen week shows its document's (shortened) title, whole.
      const weeks = page.locator('[data-testid="timeline-preset-weeks"]');
      const first = await weeks.locator('option:not([disabled])').first().getAttribute('value');
      await weeks.selectOption(first!);
      await expectWhole(`${width} px, a week chosen`);
      await page.locator('[data-testid="timeline"]').screenshot({ path: join(OUTPUT_DIR, `narrow-${width}-timeline.png`) });
      await page.locator('[data-testid="timeline-preset-all"]').click();
    }
    expect(await page.locator('[data-testid="graph-error"], .graph-error').count()).toBe(0);
  });
});
