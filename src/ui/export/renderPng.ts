// The current view as a PNG: the caption header, sigma's layers redrawn by @sigma/export-image at
// the stage's size and camera (so the graph looks as on screen), then the caption footer, on an
// opaque background. `scale` device pixels per CSS pixel: 2× and 4× are really drawn with more
// pixels, labels included, not scaled up.
import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';
import type { ViewEdgeAttributes, ViewNodeAttributes } from '../../graph/viewTypes';
import { CAPTION_BACKGROUND, layoutCaption, type CaptionLayout } from './captionLayout';
import { canvasTextMeasurer, drawCaptionBlock } from './drawCaption';
import type { ExportCaption } from './exportCaption';
import type { PngScale } from './exportRequest';
import { stageBackground } from './stageBackground';

type DramatisSigma = Sigma<ViewNodeAttributes, ViewEdgeAttributes>;

/** Sigma's drawing layers (the mouse layer holds nothing to draw). */
const GRAPH_LAYERS = ['edges', 'nodes', 'edgeLabels', 'labels', 'hovers', 'hoverNodes'];

/** Where things go in the picture, in CSS pixels: header, the stage-sized graph band, footer. */
export interface PngPlan {
  caption: CaptionLayout;
  stage: { width: number; height: number };
  width: number;
  height: number;
}

export function planPng(sigma: DramatisSigma, caption: ExportCaption): PngPlan {
  const stage = sigma.getDimensions();
  const layout = layoutCaption(caption, stage.width, canvasTextMeasurer());
  return { caption: layout, stage, width: stage.width, height: layout.header.height + stage.height + layout.footer.height };
}

/**
 * Runs `draw` with `window.devicePixelRatio` reading `ratio`. Sigma sizes its canvases, and
 * scales node, edge and label drawing, by that ratio: it is how it draws for high-density screens.
 */
async function withPixelRatio<T>(ratio: number, draw: () => Promise<T>): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
  Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => ratio });
  try {
    return await draw();
  } finally {
    if (own) Object.defineProperty(window, 'devicePixelRatio', own);
    else Reflect.deleteProperty(window, 'devicePixelRatio');
  }
}

function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the picture as PNG (it may be too large for this browser).'))), 'image/png');
  });
}

export async function renderPng(sigma: DramatisSigma, plan: PngPlan, scale: PngScale): Promise<Blob> {
  // @sigma/export-image types its argument as a Sigma over graphology's generic attributes.
  const renderer = sigma as unknown as Sigma;
  const { stage, caption } = plan;
  const graphCanvas = await withPixelRatio(scale, () =>
    drawOnCanvas(renderer, { width: stage.width, height: stage.height, backgroundColor: stageBackground(sigma), layers: GRAPH_LAYERS }),
  );

  const canvas = document.createElement('canvas');
  canvas.width = Math.round(plan.width * scale);
  canvas.height = Math.round(plan.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('the browser gave no 2D canvas to draw the picture on.');
  context.fillStyle = CAPTION_BACKGROUND;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(graphCanvas, 0, Math.round(caption.header.height * scale));
  context.scale(scale, scale);
  drawCaptionBlock(context, caption.header, 0);
  drawCaptionBlock(context, caption.footer, caption.header.height + stage.height);
  return canvasToBlob(canvas);
}
