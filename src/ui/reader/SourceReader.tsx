import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { articleMarkup } from '../../graph/articleMentions';
import { useAppStore } from '../../store/appStore';
import { describeEvent } from '../../store/eventLine';
import { AddFromSelection } from '../curation/AddFromSelection';
import { ArticleBody } from './ArticleBody';
import { actorInfo, mentionedActors, type ActorInfo } from './readerActors';
import { ReaderActorList, ReaderEvent, ReaderFooter, ReaderMeta } from './ReaderHeaderParts';

/** Puts `target` a third of the way down `container` (or at its top when taller than that). */
function scrollIntoReader(container: HTMLElement, target: HTMLElement, behavior: ScrollBehavior): void {
  const c = container.getBoundingClientRect();
  const t = target.getBoundingClientRect();
  const margin = Math.max(16, Math.min((c.height - t.height) / 3, c.height / 3));
  container.scrollTo({ top: container.scrollTop + (t.top - c.top) - margin, behavior });
}

/**
 * Focuses the title for keyboard and screen-reader users and gives focus back to the opener on close.
 * The opener is read while rendering: once the panel beneath turns inert, the browser blurs it.
 */
function useReaderFocus(title: RefObject<HTMLHeadingElement | null>): void {
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(() => {
    title.current?.focus({ preventScroll: true });
    return () => {
      if (opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, [opener, title]);
}

/**
 * The whole article an event comes from: actor mentions marked (click one to select the actor),
 * the event's evidence sentence highlighted and scrolled into view. Text is rendered as text.
 */
export function SourceReader() {
  const reader = useAppStore((s) => s.reader);
  const graph = useAppStore((s) => s.graph);
  const selection = useAppStore((s) => s.selection);
  const selectNode = useAppStore((s) => s.selectNode);
  const closeReader = useAppStore((s) => s.closeReader);

  const docId = reader?.doc ?? null;
  const edge = reader?.edge ?? null;
  const doc = useMemo(() => graph?.getAttribute('documents').find((d) => d.id === docId) ?? null, [graph, docId]);
  const markup = useMemo(() => (graph && docId ? articleMarkup(graph, docId) : null), [graph, docId]);
  const event = useMemo(() => (graph && edge && graph.hasEdge(edge) ? describeEvent(graph, edge) : null), [graph, edge]);
  const actors = useMemo(() => (graph && markup ? mentionedActors(graph, markup) : new Map<string, ActorInfo & { count: number }>()), [graph, markup]);
  const selectedActor = selection?.kind === 'node' ? selection.node : null;

  const scroller = useRef<HTMLDivElement>(null);
  const articleText = useRef<HTMLElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const showSentence = useCallback((behavior: ScrollBehavior) => {
    const container = scroller.current;
    const sentence = container?.querySelector<HTMLElement>('.reader-evidence.current');
    if (container && sentence) scrollIntoReader(container, sentence, behavior);
    else container?.scrollTo({ top: 0 });
  }, []);

  // Open on the evidence sentence, and again whenever the reader switches to another event.
  useEffect(() => showSentence('auto'), [showSentence, docId, edge, markup]);
  useReaderFocus(title);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    // Escape closes the article first; the selection beneath stays.
    e.stopPropagation();
    closeReader();
  };

  if (!graph || !doc || !markup) {
    return (
      <section className="source-reader" data-testid="reader" aria-label="Source article" onKeyDown={onKeyDown}>
        <button type="button" className="panel-close" onClick={closeReader} aria-label="Close article">
          ×
        </button>
        <p className="panel-empty">This article is not in the graph.</p>
      </section>
    );
  }

  const selectedInfo = selectedActor ? (actors.get(selectedActor) ?? { ...actorInfo(graph, selectedActor), count: 0 }) : null;
  const pieceProps = { edge, actors, selectedActor, onMention: selectNode };

  return (
    <section className="source-reader" data-testid="reader" aria-labelledby="reader-title" onKeyDown={onKeyDown}>
      <header className="reader-header">
        <button type="button" className="panel-close" onClick={closeReader} aria-label="Close article" title="Close article (Esc)">
          ×
        </button>
        <p className="kind-line">Source article</p>
        <h2 className="reader-title" id="reader-title" ref={title} tabIndex={-1}>
          {doc.title}
        </h2>
        <ReaderMeta doc={doc} />
        {event && <ReaderEvent event={event} onShowSentence={() => showSentence('smooth')} />}
        <AddFromSelection doc={doc} text={articleText} mentions={markup.mentions} />
        <ReaderActorList actors={actors} selectedActor={selectedActor} onSelect={selectNode} />
      </header>

      <div className="reader-scroll" ref={scroller} data-testid="reader-scroll">
        <ArticleBody paragraphs={markup.paragraphs} scroller={scroller} articleText={articleText} {...pieceProps} />
      </div>

      <ReaderFooter selected={selectedInfo} onShowDetails={closeReader} />
    </section>
  );
}
