// Browser test: an article pasted without a date whose relations are left out says exactly that,
// with how many, instead of "no relation was found"; its relative dates infer no publication date.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchChromium, PROJECT_ROOT, serveDist, type ServedApp } from './harness';

const OUTPUT_DIR = join(PROJECT_ROOT, 'test-output');
const SETTLED = '[data-testid="graph-stage"][data-layout="settled"]';
const DIALOG = '[data-testid="article-dialog"]';

let served: ServedApp | undefined;
let browser: Browser | undefined;
let page: Page;
const pageErrors: string[] = [];

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (served ? served.server.httpServer.close(() => resolve()) : resolve()));
});

describe('an undated article', () => {
  it('says how many relations were left out for want of a date', async () => {
    mkdirSync(OUTPUT_DIR, { recursive: true });
    served = await serveDist();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await page.goto(served.url);
    await page.waitForSelector(SETTLED, { timeout: 30_000 });

    await page.click('[data-testid="add-article-button"]');
    await page.locator(`${DIALOG} [data-testid="article-text"]`).fill('Border row\nKenya accused Somalia last week of arming militias near the border.');
    await page.click('[data-testid="article-continue"]');
    await page.locator('[data-testid="article-preview"]').waitFor();
    // "last week" gives no publication date to infer: the field stays empty.
    expect(await page.locator('[data-testid="article-field-published"] input').inputValue()).toBe('');
    await page.click('[data-testid="article-extract"]');
    await page.locator(DIALOG).waitFor({ state: 'hidden', timeout: 60_000 });
    const notice = page.locator('[data-testid="notices"] .notice span', { hasText: 'Added "Border row"' });
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    // Kenya's accusation, and the arming it reports (Somalia's act, only reported).
    expect(text).toContain('2 relations were left out because the article has no date: add one.');
    expect(text).not.toContain('No relation between actors was found');
    await page.screenshot({ path: join(OUTPUT_DIR, 'article-undated.png') });
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
