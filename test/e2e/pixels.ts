import type { Page } from 'playwright-core';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Fraction of pixels inside `area` (page coordinates, CSS pixels) whose colour differs from
 * `background` by more than `tolerance` on any channel. The PNG is decoded by the browser
 * itself, so the test needs no image library.
 */
export async function inkFraction(page: Page, png: Buffer, area: Rect, background: [number, number, number], tolerance = 24): Promise<number> {
  return page.evaluate(
    async ({ base64, area, background, tolerance }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const scale = image.naturalWidth / window.innerWidth;
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(image, 0, 0);
      const x = Math.round(area.x * scale);
      const y = Math.round(area.y * scale);
      const w = Math.round(area.width * scale);
      const h = Math.round(area.height * scale);
      const data = ctx.getImageData(x, y, w, h).data;
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) {
        const d = Math.max(Math.abs(data[i]! - background[0]), Math.abs(data[i + 1]! - background[1]), Math.abs(data[i + 2]! - background[2]));
        if (d > tolerance) ink += 1;
      }
      return ink / (w * h);
    },
    { base64: png.toString('base64'), area, background, tolerance },
  );
}

/** Number of pixels that differ between two same-sized screenshots, within `area`. */
export async function changedPixels(page: Page, before: Buffer, after: Buffer, area: Rect): Promise<number> {
  return page.evaluate(
    async ({ a, b, area }) => {
      const decode = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('no 2d context');
        ctx.drawImage(image, 0, 0);
        const scale = image.naturalWidth / window.innerWidth;
        return ctx.getImageData(Math.round(area.x * scale), Math.round(area.y * scale), Math.round(area.width * scale), Math.round(area.height * scale)).data;
      };
      const [da, db] = await Promise.all([decode(a), decode(b)]);
      let changed = 0;
      for (let i = 0; i < da.length; i += 4) {
        if (da[i] !== db[i] || da[i + 1] !== db[i + 1] || da[i + 2] !== db[i + 2]) changed += 1;
      }
      return changed;
    },
    { a: before.toString('base64'), b: after.toString('base64'), area },
  );
}
