// The current view as a PNG: sigma's layers redrawn by @sigma/export-image at `scale` device
// pixels per CSS pixel (so 2× and 4× are really drawn with more pixels, labels included), between
// the caption header and footer, on an opaque background. The picture is the stage's size times
// `scale`; the graph is framed into the band between the caption blocks.
import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';
import type { ViewEdgeAttributes, ViewNodeAttributes } from '../../graph/viewTypes';
import { CAPTION_BACKGROUND, layoutCaption } from './captionLayout';
import { canvasTextMeasurer, drawCaptionBlock } from './drawCaption';
import type { ExportCaption } from './exportCaption';
import type { PngScale } from './exportRequest';
import { stageBackground } from './stageBackground';

type DramatisSigma = Sigma<ViewNodeAttributes, ViewEdgeAttributes>;

/** Sigma's drawing layers (the mouse layer holds nothing to draw). */
const GRAPH_LAYERS = ['edges', 'nodes', 'edgeLabels', 'labels', 'hovers', 'hoverNodes'];
/** The footer never takes more than this share of the picture's height. */
const MAX_FOOTER_SHARE = 0.3;

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
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the picture as PNG (it may be too large).'))), 'image/png');
  });
}

export function pngSize(sigma: DramatisSigma, scale: number): { width: number; height: number } {
  const { width, height } = sigma.getDimensions();
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

export async function renderPng(sigma: DramatisSigma, caption: ExportCaption, scale: PngScale): Promise<Blob> {
  const { width, height } = sigma.getDimensions();
  const layout = layoutCaption(caption, width, canvasTextMeasurer(), height * MAX_FOOTER_SHARE);
  const graphHeight = Math.max(1, height - layout.header.height - layout.footer.height);
  // @sigma/export-image types its argument as a Sigma over graphology's generic attributes.
  const renderer = sigma as unknown as Sigma;
  const graphCanvas = await withPixelRatio(scale, () =>
    drawOnCanvas(renderer, { width, height: graphHeight, backgroundColor: stageBackground(sigma), layers: GRAPH_LAYERS }),
  );

  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('The browser gave no 2D canvas to draw the picture on.');
  context.fillStyle = CAPTION_BACKGROUND;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(graphCanvas, 0, Math.round(layout.header.height * scale));
  context.scale(scale, scale);
  drawCaptionBlock(context, layout.header, 0);
  drawCaptionBlock(context, layout.footer, height - layout.footer.height);
  return canvasToBlob(canvas);
}
