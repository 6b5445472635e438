// Where the caption of an exported picture goes: a header block (title, time window, what is
// shown) and a footer block (legend rows, source credit), as drawing primitives in CSS pixels.
// The PNG and SVG writers draw the same primitives, so both pictures read the same. Pure; text
// widths come from the caller (a canvas in the browser).
import { LABEL_FONT } from '../../graph/appearance';
import { CREDIT, type CaptionLegendEntry, type ExportCaption } from './exportCaption';

export const CAPTION_FONT = LABEL_FONT;
export const CAPTION_BACKGROUND = '#ffffff';
export const CAPTION_RULE = '#e4e7ee';
const INK = '#1f2430';
const INK_SOFT = '#4b5263';
const MUTED = '#7a8190';

export interface TextStyle {
  size: number;
  weight: 400 | 600 | 700;
  color: string;
}

export type CaptionPrimitive =
  | { kind: 'text'; x: number; y: number; text: string; style: TextStyle; anchor: 'start' | 'end' }
  | { kind: 'disc'; cx: number; cy: number; r: number; color: string }
  | { kind: 'stroke'; x1: number; y1: number; x2: number; y2: number; width: number; color: string }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; color: string };

/** A band of the picture: primitives in coordinates relative to its own top-left corner. */
export interface CaptionBlock {
  height: number;
  items: CaptionPrimitive[];
}

export interface CaptionLayout {
  header: CaptionBlock;
  footer: CaptionBlock;
}

export type MeasureText = (text: string, style: TextStyle) => number;

const PAD = 16;
const TITLE: TextStyle = { size: 20, weight: 700, color: INK };
const SUBTITLE: TextStyle = { size: 12.5, weight: 400, color: INK_SOFT };
const HEADING: TextStyle = { size: 11.5, weight: 700, color: INK_SOFT };
const ENTRY: TextStyle = { size: 12, weight: 400, color: INK };
const COUNT: TextStyle = { size: 11.5, weight: 400, color: MUTED };
const CREDIT_STYLE: TextStyle = { size: 11.5, weight: 400, color: MUTED };
const ROW = 20;
const SWATCH = 16;
const SWATCH_GAP = 6;
const ENTRY_GAP = 16;
const ELLIPSIS = '…';

/** `text` cut (with an ellipsis) to fit `maxWidth`. */
export function fitText(text: string, style: TextStyle, maxWidth: number, measure: MeasureText): string {
  if (measure(text, style) <= maxWidth) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(text.slice(0, mid).trimEnd() + ELLIPSIS, style) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : text.slice(0, lo).trimEnd() + ELLIPSIS;
}

function layoutHeader(caption: ExportCaption, width: number, measure: MeasureText): CaptionBlock {
  const inner = Math.max(0, width - 2 * PAD);
  const titleBaseline = PAD + 18;
  const lineBaseline = titleBaseline + 21;
  const line = [caption.timeWindow, caption.shown, caption.filters].filter((s): s is string => Boolean(s)).join(' · ');
  const height = lineBaseline + 13;
  return {
    height,
    items: [
      { kind: 'text', x: PAD, y: titleBaseline, text: fitText(caption.title, TITLE, inner, measure), style: TITLE, anchor: 'start' },
      { kind: 'text', x: PAD, y: lineBaseline, text: fitText(line, SUBTITLE, inner, measure), style: SUBTITLE, anchor: 'start' },
      { kind: 'rect', x: 0, y: height - 1, width, height: 1, color: CAPTION_RULE },
    ],
  };
}

interface LegendGroup {
  heading: string;
  swatch: 'disc' | 'stroke';
  entries: CaptionLegendEntry[];
}

/** One legend entry's primitives with its row top at `top`, starting at `x`. */
function entryItems(group: LegendGroup, entry: CaptionLegendEntry, x: number, top: number, labelWidth: number): CaptionPrimitive[] {
  const middle = top + ROW / 2;
  const swatch: CaptionPrimitive =
    group.swatch === 'disc'
      ? { kind: 'disc', cx: x + SWATCH / 2, cy: middle, r: 5.5, color: entry.color }
      : { kind: 'stroke', x1: x, y1: middle, x2: x + SWATCH, y2: middle, width: 3, color: entry.color };
  const textX = x + SWATCH + SWATCH_GAP;
  const baseline = top + 14;
  return [
    swatch,
    { kind: 'text', x: textX, y: baseline, text: entry.label, style: ENTRY, anchor: 'start' },
    { kind: 'text', x: textX + labelWidth + 4, y: baseline, text: String(entry.count), style: COUNT, anchor: 'start' },
  ];
}

/**
 * Legend rows (a heading column, entries flowing and wrapping beside it) and the credit line.
 * When the rows would make the footer taller than `maxHeight`, the last row ends in "+N more".
 */
function layoutFooter(caption: ExportCaption, width: number, measure: MeasureText, maxHeight: number): CaptionBlock {
  const items: CaptionPrimitive[] = [{ kind: 'rect', x: 0, y: 0, width, height: 1, color: CAPTION_RULE }];
  const groups: LegendGroup[] = [
    { heading: 'Actors', swatch: 'disc' as const, entries: caption.kinds },
    { heading: 'Relations', swatch: 'stroke' as const, entries: caption.relations },
  ].filter((g) => g.entries.length > 0);
  const headingWidth = Math.max(0, ...groups.map((g) => measure(g.heading, HEADING))) + 14;
  const left = PAD + headingWidth;
  const right = width - PAD;
  const creditHeight = 26;
  const maxRows = Math.max(1, Math.floor((maxHeight - 10 - creditHeight) / ROW));

  let top = 9;
  let rows = 0;
  for (const group of groups) {
    if (rows >= maxRows) break;
    items.push({ kind: 'text', x: PAD, y: top + 14, text: group.heading, style: HEADING, anchor: 'start' });
    rows += 1;
    let x = left;
    for (let i = 0; i < group.entries.length; i++) {
      const entry = group.entries[i]!;
      const labelWidth = measure(entry.label, ENTRY);
      const entryWidth = SWATCH + SWATCH_GAP + labelWidth + 4 + measure(String(entry.count), COUNT);
      if (x > left && x + entryWidth > right) {
        if (rows >= maxRows) {
          const more = `+${group.entries.length - i} more`;
          items.push({ kind: 'text', x, y: top + 14, text: more, style: COUNT, anchor: 'start' });
          break;
        }
        rows += 1;
        top += ROW;
        x = left;
      }
      items.push(...entryItems(group, entry, x, top, labelWidth));
      x += entryWidth + ENTRY_GAP;
    }
    top += ROW;
  }

  const creditBaseline = top + 14;
  const creditWidth = measure(CREDIT, CREDIT_STYLE);
  items.push({ kind: 'text', x: right, y: creditBaseline, text: CREDIT, style: CREDIT_STYLE, anchor: 'end' });
  if (caption.sources) {
    const room = right - PAD - creditWidth - 24;
    const sources = fitText(caption.sources, CREDIT_STYLE, room, measure);
    if (sources) items.push({ kind: 'text', x: PAD, y: creditBaseline, text: sources, style: CREDIT_STYLE, anchor: 'start' });
  }
  return { height: Math.ceil(creditBaseline + 10), items };
}

/** Header and footer for a picture `width` CSS pixels wide; the footer stays within `maxFooterHeight`. */
export function layoutCaption(caption: ExportCaption, width: number, measure: MeasureText, maxFooterHeight = Infinity): CaptionLayout {
  return { header: layoutHeader(caption, width, measure), footer: layoutFooter(caption, width, measure, maxFooterHeight) };
}

/** CSS font shorthand for a caption text style. */
export function cssFont(style: TextStyle): string {
  return `${style.weight} ${style.size}px ${CAPTION_FONT}`;
}
