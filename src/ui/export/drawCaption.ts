// Draws caption primitives on a 2D canvas, and measures caption text with it.
import { cssFont, type CaptionBlock, type MeasureText } from './captionLayout';

export function canvasTextMeasurer(): MeasureText {
  const context = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  return (text, style) => {
    const font = cssFont(style);
    const key = `${font}\u0000${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      if (context) {
        context.font = font;
        width = context.measureText(text).width;
      } else width = text.length * style.size * 0.6;
      cache.set(key, width);
    }
    return width;
  };
}

/** Draws `block` with its top-left corner at (0, top), in the context's current (CSS pixel) scale. */
export function drawCaptionBlock(context: CanvasRenderingContext2D, block: CaptionBlock, top: number): void {
  context.save();
  context.translate(0, top);
  for (const p of block.items) {
    switch (p.kind) {
      case 'text':
        context.font = cssFont(p.style);
        context.fillStyle = p.style.color;
        context.textAlign = p.anchor === 'end' ? 'right' : 'left';
        context.textBaseline = 'alphabetic';
        context.fillText(p.text, p.x, p.y);
        break;
      case 'disc':
        context.fillStyle = p.color;
        context.beginPath();
        context.arc(p.cx, p.cy, p.r, 0, Math.PI * 2);
        context.fill();
        break;
      case 'stroke':
        context.strokeStyle = p.color;
        context.lineWidth = p.width;
        context.lineCap = 'round';
        context.beginPath();
        context.moveTo(p.x1, p.y1);
        context.lineTo(p.x2, p.y2);
        context.stroke();
        break;
      case 'rect':
        context.fillStyle = p.color;
        context.fillRect(p.x, p.y, p.width, p.height);
        break;
    }
  }
  context.restore();
}
