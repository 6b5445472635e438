// Actors the time window hides are not drawn, and come back drawn in their place, in their colour,
// when the window shows them again; a pin shows and hides one actor without any line changing
// (sigma then rewrites that actor's slot in place, with no re-pack): no stale disc, none missing.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useAppPage } from './appPage';
import { OUTPUT_DIR, settled, STAGE } from './storyPage';

const app = useAppPage({ timeout: 15_000, viewport: { width: 1400, height: 900 } });
let page: Page;

beforeAll(async () => {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  page = app.page;
  await page.goto(`${app.url}?from=2025-06-01&to=2025-06-30`);
  await settled(page);
});

interface ActorPixels {
  /** Shown actors whose disc is not drawn at their place in their colour. */
  shownMissing: string[];
  /** Hidden actors whose disc is drawn anyway. */
  hiddenDrawn: string[];
  shown: number;
  hidden: number;
}

/** Reads the stage's pixels around each actor's centre: a shown actor's colour must be there, a hidden one's not. */
async function actorPixels(name: string): Promise<ActorPixels> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const box = (await page.locator(STAGE).boundingBox())!;
  const png = await page.screenshot({ path: join(OUTPUT_DIR, `hidden-actors-${name}.png`), clip: box });
  return page.evaluate(
    async ({ base64 }) => {
      const { sigma, graph } = window.__dramatis!;
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const scale = image.naturalWidth / sigma.getDimensions().width;
      const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      // Any pixel of the 5×5 square around the centre close to the colour (labels and lines may cross a disc's edge, not its middle).
      const drawnIn = (x: number, y: number, colour: number[]) => {
        const d = ctx.getImageData(Math.round(x * scale) - 2, Math.round(y * scale) - 2, 5, 5).data;
        for (let i = 0; i < d.length; i += 4) if (Math.max(Math.abs(d[i]! - colour[0]!), Math.abs(d[i + 1]! - colour[1]!), Math.abs(d[i + 2]! - colour[2]!)) <= 12) return true;
        return false;
      };
      const out = { shownMissing: [] as string[], hiddenDrawn: [] as string[], shown: 0, hidden: 0 };
      graph.forEachNode((node, attributes) => {
        const data = sigma.getNodeDisplayData(node)!;
        const p = sigma.graphToViewport(attributes);
        const inside = p.x > 4 && p.y > 4 && p.x < sigma.getDimensions().width - 4 && p.y < sigma.getDimensions().height - 4;
        if (data.hidden) {
          out.hidden++;
          if (inside && drawnIn(p.x, p.y, rgb(attributes.color))) out.hiddenDrawn.push(node);
        } else {
          out.shown++;
          if (!inside || !drawnIn(p.x, p.y, rgb(data.color))) out.shownMissing.push(node);
        }
      });
      return out;
    },
    { base64: png.toString('base64') },
  );
}

describe('actors hidden by the time window', () => {
  it('are not drawn, and are drawn in place again when the window shows them, and hidden again going back', async () => {
    const june = await actorPixels('june');
    expect(june.hidden).toBeGreaterThan(0);
    expect(june.shown).toBeGreaterThan(1);
    expect(june).toMatchObject({ shownMissing: [], hiddenDrawn: [] });

    const juneUrl = page.url();
    await page.locator('[data-testid="timeline-preset-all"]').click();
    await expect.poll(async () => (await actorPixels('all')).shown).toBeGreaterThan(june.shown);
    const all = await actorPixels('all');
    expect(all).toMatchObject({ shownMissing: [], hiddenDrawn: [] });

    // The view change becomes a history entry a moment after it is shown: Back before that would leave the app.
    await expect.poll(() => page.url()).not.toBe(juneUrl);
    await page.goBack();
    await expect.poll(async () => (await actorPixels('june-again')).shown).toBe(june.shown);
    expect(await actorPixels('june-again')).toMatchObject({ shownMissing: [], hiddenDrawn: [] });
  });

  it('a pinned actor the window hides disappears when unpinned and comes back when pinned again (no line changes)', async () => {
    // Hezbollah has no event in June 2025: only its pin shows it, so pinning changes an actor and no line.
    await page.goto(`${app.url}?from=2025-06-01&to=2025-06-30&pin=hezbollah&sel=hezbollah`);
    await settled(page);
    const shown = (n: string) => page.evaluate((node) => !window.__dramatis!.sigma.getNodeDisplayData(node)!.hidden, n);
    expect(await shown('hezbollah')).toBe(true);
    const pinned = await actorPixels('pinned');
    expect(pinned).toMatchObject({ shownMissing: [], hiddenDrawn: [] });
    const lines = await page.evaluate(() => window.__dramatis!.lines.graph.size);

    await page.locator('[data-testid="pin"]').click();
    await expect.poll(() => shown('hezbollah')).toBe(false);
    expect(await page.evaluate(() => window.__dramatis!.lines.graph.size)).toBe(lines);
    expect(await actorPixels('unpinned')).toMatchObject({ shownMissing: [], hiddenDrawn: [] });

    await page.locator('[data-testid="pin"]').click();
    await expect.poll(() => shown('hezbollah')).toBe(true);
    expect(await actorPixels('pinned-again')).toMatchObject({ shownMissing: [], hiddenDrawn: [] });
  });
});
