// Are the actor labels sigma draws whole on screen? Measured twice: from sigma's own label
// positions (the labels it says it drew, placed and measured as its label drawer does) and from the
// rendered pixels (nothing drawn in the label layer's outermost pixels, where a cut label would be).
import type { Page } from 'playwright-core';

export interface LabelsOnStage {
  /** How many labels sigma drew. */
  drawn: number;
  /** The drawn labels that reach past the stage's edges, with their box. */
  cut: string[];
  /** Label pixels in the outermost 2 px of the label layer, per edge. */
  edgePixels: { left: number; right: number; top: number; bottom: number };
  /** The stage inside the browser's window. */
  stageInWindow: boolean;
}

export function labelsOnStage(page: Page): Promise<LabelsOnStage> {
  return page.evaluate(() => {
    const { sigma } = window.__dramatis!;
    const { width, height } = sigma.getDimensions();
    const size = sigma.getSetting('labelSize');
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${sigma.getSetting('labelWeight')} ${size}px ${sigma.getSetting('labelFont')}`;
    const cut: string[] = [];
    const labels = sigma.getNodeDisplayedLabels();
    for (const node of labels) {
      const data = sigma.getNodeDisplayData(node);
      if (!data?.label) continue;
      const p = sigma.framedGraphToViewport(data);
      const radius = sigma.scaleSize(data.size);
      const metrics = context.measureText(data.label);
      const box = {
        left: p.x + radius + 3,
        right: p.x + radius + 3 + metrics.width,
        top: p.y + size / 3 - metrics.actualBoundingBoxAscent,
        bottom: p.y + size / 3 + metrics.actualBoundingBoxDescent,
      };
      if (box.left < 0 || box.right > width || box.top < 0 || box.bottom > height) {
        cut.push(`${data.label} [${Math.round(box.left)}..${Math.round(box.right)}] × [${Math.round(box.top)}..${Math.round(box.bottom)}] on ${width}×${height}`);
      }
    }
    const canvas = sigma.getCanvases().labels!;
    const pixels = canvas.getContext('2d')!;
    const strip = 2 * (canvas.width / width);
    const inked = (x: number, y: number, w: number, h: number) => {
      const d = pixels.getImageData(x, y, w, h).data;
      let n = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
      return n;
    };
    const edgePixels = {
      left: inked(0, 0, strip, canvas.height),
      right: inked(canvas.width - strip, 0, strip, canvas.height),
      top: inked(0, 0, canvas.width, strip),
      bottom: inked(0, canvas.height - strip, canvas.width, strip),
    };
    const rect = sigma.getContainer().getBoundingClientRect();
    const stageInWindow = rect.left >= 0 && rect.top >= 0 && rect.right <= window.innerWidth + 0.5 && rect.bottom <= window.innerHeight + 0.5;
    return { drawn: labels.size, cut, edgePixels, stageInWindow };
  });
}
