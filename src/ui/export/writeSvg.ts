// The current view as an SVG document: the caption header, the graph as drawn (hidden items left
// out, parallel edges as the same quadratic curves, arrow heads, the labels the view shows), and
// the caption footer. A pure function over plain data; every string is escaped.
import { CAPTION_BACKGROUND, CAPTION_FONT, type CaptionBlock, type CaptionLayout, type CaptionPrimitive } from './captionLayout';
import { edgeShape, type Point } from './edgeGeometry';
import { escapeXml } from './escapeXml';
import type { GraphScene, SceneEdge, SceneNode } from './graphScene';

const LABEL_GAP = 3;
const HOVER_PADDING = 2;

/** Numbers with at most two decimals and no trailing zeros. */
function num(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

const pt = (p: Point) => `${num(p.x)},${num(p.y)}`;
const attr = (value: string) => `"${escapeXml(value)}"`;

function byZIndex<T extends { zIndex: number }>(items: T[]): T[] {
  return items.map((item, i) => ({ item, i })).sort((a, b) => a.item.zIndex - b.item.zIndex || a.i - b.i).map((x) => x.item);
}

function edgeMarkup(edge: SceneEdge, nodes: ReadonlyMap<string, SceneNode>, scene: GraphScene): string {
  const source = nodes.get(edge.source);
  const target = nodes.get(edge.target);
  if (!source || !target) return '';
  const shape = edgeShape(
    { source, target, targetRadius: target.radius },
    {
      thickness: edge.thickness,
      curvature: edge.curvature,
      arrow: edge.arrow,
      headLength: edge.thickness * scene.arrowHead.length,
      headWidth: edge.thickness * scene.arrowHead.wideness,
    },
  );
  if (!shape) return '';
  const d = shape.control ? `M${pt(shape.start)} Q${pt(shape.control)} ${pt(shape.end)}` : `M${pt(shape.start)} L${pt(shape.end)}`;
  const line = `<path d="${d}" fill="none" stroke=${attr(edge.color)} stroke-width="${num(edge.thickness)}"/>`;
  const head = shape.head ? `<polygon points="${shape.head.map(pt).join(' ')}" fill=${attr(edge.color)}/>` : '';
  return `<g data-edge=${attr(edge.key)}>${line}${head}</g>`;
}

function labelMarkup(node: SceneNode, scene: GraphScene): string {
  if (node.label === null) return '';
  const x = node.x + node.radius + LABEL_GAP;
  const y = node.y + scene.labelFont.size / 3;
  return `<text x="${num(x)}" y="${num(y)}" fill=${attr(node.labelColor)}>${escapeXml(node.label)}</text>`;
}

/** A raised node: the white box with a shadow that sigma draws around a hovered or selected actor and its label. */
function highlightMarkup(node: SceneNode, scene: GraphScene): string {
  const size = scene.labelFont.size;
  const radius = Math.max(node.radius, size / 2) + HOVER_PADDING;
  const disc = `<circle cx="${num(node.x)}" cy="${num(node.y)}" r="${num(node.radius)}" fill=${attr(node.color)}/>`;
  if (node.label === null) {
    return `<g data-node=${attr(node.key)}><circle cx="${num(node.x)}" cy="${num(node.y)}" r="${num(radius)}" fill="#ffffff" filter="url(#raised)"/>${disc}</g>`;
  }
  const boxHeight = Math.round(size + 2 * HOVER_PADDING);
  const boxWidth = Math.round(node.labelWidth + 5);
  const half = boxHeight / 2;
  const dx = Math.sqrt(Math.abs(radius * radius - half * half));
  const right = node.x + radius + boxWidth;
  const box =
    `M${num(node.x + dx)},${num(node.y + half)} L${num(right)},${num(node.y + half)} L${num(right)},${num(node.y - half)} ` +
    `L${num(node.x + dx)},${num(node.y - half)} A${num(radius)},${num(radius)} 0 1 0 ${num(node.x + dx)},${num(node.y + half)} Z`;
  return `<g data-node=${attr(node.key)}><path d="${box}" fill="#ffffff" filter="url(#raised)"/>${disc}${labelMarkup(node, scene)}</g>`;
}

function graphMarkup(scene: GraphScene, top: number): string {
  const drawn = scene.nodes.filter((n) => !n.hidden);
  const nodes = new Map(drawn.map((n) => [n.key, n]));
  const edges = byZIndex(scene.edges.filter((e) => !e.hidden && nodes.has(e.source) && nodes.has(e.target)));
  const ordered = byZIndex(drawn);
  const plain = ordered.filter((n) => !n.highlighted);
  const raised = ordered.filter((n) => n.highlighted);
  const { family, size, weight } = scene.labelFont;
  return [
    `<svg class="graph" x="0" y="${num(top)}" width="${num(scene.width)}" height="${num(scene.height)}" viewBox="0 0 ${num(scene.width)} ${num(scene.height)}" overflow="hidden">`,
    `<rect width="${num(scene.width)}" height="${num(scene.height)}" fill=${attr(scene.background)}/>`,
    `<g class="edges">${edges.map((e) => edgeMarkup(e, nodes, scene)).join('')}</g>`,
    `<g class="nodes">${plain.map((n) => `<circle data-node=${attr(n.key)} cx="${num(n.x)}" cy="${num(n.y)}" r="${num(n.radius)}" fill=${attr(n.color)}/>`).join('')}</g>`,
    `<g class="node-labels" font-family=${attr(family)} font-size="${num(size)}" font-weight=${attr(weight)}>`,
    plain.map((n) => labelMarkup(n, scene)).join(''),
    raised.map((n) => highlightMarkup(n, scene)).join(''),
    '</g>',
    '</svg>',
  ].join('\n');
}

function primitiveMarkup(p: CaptionPrimitive): string {
  switch (p.kind) {
    case 'text':
      return (
        `<text x="${num(p.x)}" y="${num(p.y)}" font-size="${num(p.style.size)}" font-weight="${p.style.weight}" fill=${attr(p.style.color)}` +
        `${p.anchor === 'end' ? ' text-anchor="end"' : ''}>${escapeXml(p.text)}</text>`
      );
    case 'disc':
      return `<circle cx="${num(p.cx)}" cy="${num(p.cy)}" r="${num(p.r)}" fill=${attr(p.color)}/>`;
    case 'stroke':
      return `<line x1="${num(p.x1)}" y1="${num(p.y1)}" x2="${num(p.x2)}" y2="${num(p.y2)}" stroke=${attr(p.color)} stroke-width="${num(p.width)}" stroke-linecap="round"/>`;
    case 'rect':
      return `<rect x="${num(p.x)}" y="${num(p.y)}" width="${num(p.width)}" height="${num(p.height)}" fill=${attr(p.color)}/>`;
  }
}

function blockMarkup(block: CaptionBlock, className: string, top: number): string {
  return `<g class="${className}" transform="translate(0 ${num(top)})">${block.items.map(primitiveMarkup).join('')}</g>`;
}

/**
 * A standalone SVG document: the caption header, the graph scene below it at its on-screen size,
 * then the caption footer. `title` becomes the document's <title>.
 */
export function writeSvg(scene: GraphScene, caption: CaptionLayout, title: string): string {
  const width = scene.width;
  const height = caption.header.height + scene.height + caption.footer.height;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}" font-family=${attr(CAPTION_FONT)}>`,
    `<title>${escapeXml(title)}</title>`,
    '<defs><filter id="raised" x="-50%" y="-50%" width="200%" height="200%"><feDropShadow dx="0" dy="0" stdDeviation="4" flood-color="#000000" flood-opacity="0.35"/></filter></defs>',
    `<rect width="${num(width)}" height="${num(height)}" fill="${CAPTION_BACKGROUND}"/>`,
    blockMarkup(caption.header, 'caption-header', 0),
    graphMarkup(scene, caption.header.height),
    blockMarkup(caption.footer, 'caption-footer', caption.header.height + scene.height),
    '</svg>',
    '',
  ].join('\n');
}
