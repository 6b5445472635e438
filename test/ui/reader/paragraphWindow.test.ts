import { describe, expect, it } from 'vitest';
import type { ArticleParagraph } from '../../../src/graph/articleMentions';
import { GROWTH, grownWindow, openingWindow, paragraphOfEdge, WHOLE_ARTICLE_MAX_PARAGRAPHS } from '../../../src/ui/reader/paragraphWindow';

/** `count` paragraphs of one sentence each; paragraph i's sentence is the evidence of edge `e<i>`. */
function paragraphs(count: number): ArticleParagraph[] {
  return Array.from({ length: count }, (_, i) => ({
    start: i * 100,
    end: i * 100 + 90,
    children: [{ kind: 'evidence' as const, start: i * 100, end: i * 100 + 90, edges: [`e${i}`], children: [{ kind: 'text' as const, start: i * 100, end: i * 100 + 90, text: 'x' }] }],
  }));
}

describe('the reader window of a long article', () => {
  it('renders a short article whole', () => {
    expect(openingWindow(paragraphs(WHOLE_ARTICLE_MAX_PARAGRAPHS), 'e399')).toEqual({ from: 0, to: WHOLE_ARTICLE_MAX_PARAGRAPHS });
  });

  it('opens a long one on the evidence paragraph, with text before and after it, far fewer than all', () => {
    const long = paragraphs(20_000);
    expect(paragraphOfEdge(long, 'e12345')).toBe(12345);
    const w = openingWindow(long, 'e12345');
    expect(w.from).toBeLessThan(12345);
    expect(w.to).toBeGreaterThan(12345);
    expect(w.to - w.from).toBeLessThanOrEqual(WHOLE_ARTICLE_MAX_PARAGRAPHS);
    // Without an event, or with one not in the article, it opens at the start.
    expect(openingWindow(long, null).from).toBe(0);
    expect(openingWindow(long, 'elsewhere').from).toBe(0);
  });

  it('grows by a step at either end, never past the article', () => {
    expect(grownWindow({ from: 500, to: 700 }, 'before', 20_000)).toEqual({ from: 500 - GROWTH, to: 700 });
    expect(grownWindow({ from: 500, to: 700 }, 'after', 20_000)).toEqual({ from: 500, to: 700 + GROWTH });
    expect(grownWindow({ from: 10, to: 700 }, 'before', 20_000).from).toBe(0);
    expect(grownWindow({ from: 500, to: 19_990 }, 'after', 20_000).to).toBe(20_000);
  });
});
