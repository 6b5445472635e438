import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { ArticleParagraph } from '../../graph/articleMentions';
import { ArticlePieceView } from './ArticleText';
import type { ActorInfo } from './readerActors';
import { grownWindow, openingWindow, type ParagraphWindow } from './paragraphWindow';

/** How near an end of the rendered text (in pixels) the reader must scroll before more is rendered. */
const GROW_MARGIN_PX = 600;

interface ArticleBodyProps {
  paragraphs: readonly ArticleParagraph[];
  edge: string | null;
  actors: ReadonlyMap<string, ActorInfo>;
  selectedActor: string | null;
  onMention: (actor: string) => void;
  scroller: RefObject<HTMLDivElement | null>;
  articleText: RefObject<HTMLElement | null>;
}

/** A marker at one end of the rendered window; rendering more when it comes near the view. */
function useGrowWhenNear(scroller: RefObject<HTMLDivElement | null>, marker: RefObject<HTMLDivElement | null>, grow: () => void, active: boolean): void {
  const latest = useRef(grow);
  latest.current = grow;
  useEffect(() => {
    const root = scroller.current;
    const target = marker.current;
    if (!active || !root || !target || typeof IntersectionObserver !== 'function') return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && latest.current(), { root, rootMargin: `${GROW_MARGIN_PX}px 0px` });
    observer.observe(target);
    return () => observer.disconnect();
  }, [scroller, marker, active]);
}

/**
 * The article's paragraphs. A long article renders a window of them around the evidence sentence
 * and more as the reader scrolls near either end; text added above keeps what is on screen in place.
 */
export function ArticleBody({ paragraphs, edge, scroller, articleText, ...pieceProps }: ArticleBodyProps) {
  const opening = useMemo(() => openingWindow(paragraphs, edge), [paragraphs, edge]);
  const [grown, setGrown] = useState<{ opening: ParagraphWindow; window: ParagraphWindow } | null>(null);
  const shown = grown && grown.opening === opening ? grown.window : opening;
  const before = useRef<HTMLDivElement>(null);
  const after = useRef<HTMLDivElement>(null);
  // Height of the text before paragraphs were added above, to keep the view where it was.
  const heightBeforeGrowth = useRef<number | null>(null);
  const grow = (end: 'before' | 'after') => {
    if (end === 'before') heightBeforeGrowth.current = scroller.current?.scrollHeight ?? null;
    setGrown({ opening, window: grownWindow(shown, end, paragraphs.length) });
  };
  useGrowWhenNear(scroller, before, () => grow('before'), shown.from > 0);
  useGrowWhenNear(scroller, after, () => grow('after'), shown.to < paragraphs.length);
  useLayoutEffect(() => {
    const container = scroller.current;
    const previous = heightBeforeGrowth.current;
    heightBeforeGrowth.current = null;
    if (container && previous !== null) container.scrollTop += container.scrollHeight - previous;
  }, [shown.from, scroller]);

  return (
    <article className="reader-text" ref={articleText} data-testid="reader-text" data-from={shown.from} data-to={shown.to} data-paragraphs={paragraphs.length}>
      {shown.from > 0 && <div ref={before} className="reader-more" aria-hidden="true" data-testid="reader-more-before" />}
      {paragraphs.slice(shown.from, shown.to).map((p) => (
        <p key={p.start}>
          {p.children.map((piece) => (
            <ArticlePieceView key={piece.start} piece={piece} edge={edge} {...pieceProps} />
          ))}
        </p>
      ))}
      {shown.to < paragraphs.length && <div ref={after} className="reader-more" aria-hidden="true" data-testid="reader-more-after" />}
    </article>
  );
}
