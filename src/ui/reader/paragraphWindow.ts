// Which paragraphs of a long article the reader renders: all of a short one; of a long one (a
// book-length text has tens of thousands) a window around the evidence sentence, grown as the
// reader scrolls near either end, so opening it never builds hundreds of thousands of elements.
import type { ArticleParagraph } from '../../graph/articleMentions';

/** Articles with up to this many paragraphs are rendered whole. */
export const WHOLE_ARTICLE_MAX_PARAGRAPHS = 400;
/** Paragraphs rendered before and after the evidence sentence's when the reader opens. */
const BEFORE = 60;
const AFTER = 140;
/** Paragraphs added when the reader scrolls near an end of the window. */
export const GROWTH = 150;

/** Paragraphs `from` (inclusive) to `to` (exclusive). */
export interface ParagraphWindow {
  from: number;
  to: number;
}

/** The paragraph holding the evidence of `edge`, or -1. */
export function paragraphOfEdge(paragraphs: readonly ArticleParagraph[], edge: string | null): number {
  if (edge === null) return -1;
  return paragraphs.findIndex((p) => p.children.some((piece) => piece.kind === 'evidence' && piece.edges.includes(edge)));
}

/** The window the reader opens on: everything, or the paragraphs around the evidence (else the start). */
export function openingWindow(paragraphs: readonly ArticleParagraph[], edge: string | null): ParagraphWindow {
  const total = paragraphs.length;
  if (total <= WHOLE_ARTICLE_MAX_PARAGRAPHS) return { from: 0, to: total };
  const at = Math.max(0, paragraphOfEdge(paragraphs, edge));
  return { from: Math.max(0, at - BEFORE), to: Math.min(total, at + AFTER) };
}

/** The window grown by GROWTH paragraphs at one end. */
export function grownWindow(window: ParagraphWindow, end: 'before' | 'after', total: number): ParagraphWindow {
  return end === 'before' ? { from: Math.max(0, window.from - GROWTH), to: window.to } : { from: window.from, to: Math.min(total, window.to + GROWTH) };
}
