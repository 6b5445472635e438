import { isolate } from '../../graph/bidiText';
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { KIND_COLORS } from '../../graph/appearance';
import { articleMarkup, type ArticleInline, type ArticlePiece } from '../../graph/articleMentions';
import type { DramatisGraph } from '../../graph/buildGraph';
import { useAppStore } from '../../store/appStore';
import { describeEvent } from '../../store/eventLine';
import { AddFromSelection } from '../curation/AddFromSelection';
import { EventDate, RelationTag } from '../EventBits';
import { formatPublished, safeHttpUrl } from './formatPublished';

interface ActorInfo {
  label: string;
  color: string;
}

function actorInfo(graph: DramatisGraph, id: string): ActorInfo {
  if (!graph.hasNode(id)) return { label: id, color: KIND_COLORS.other };
  const a = graph.getNodeAttributes(id);
  return { label: a.label, color: KIND_COLORS[a.kind] ?? KIND_COLORS.other };
}

/** Puts `target` a third of the way down `container` (or at its top when taller than that). */
function scrollIntoReader(container: HTMLElement, target: HTMLElement, behavior: ScrollBehavior): void {
  const c = container.getBoundingClientRect();
  const t = target.getBoundingClientRect();
  const margin = Math.max(16, Math.min((c.height - t.height) / 3, c.height / 3));
  container.scrollTo({ top: container.scrollTop + (t.top - c.top) - margin, behavior });
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
  const actors = useMemo(() => {
    const info = new Map<string, ActorInfo & { count: number }>();
    if (!graph || !markup) return info;
    for (const m of markup.mentions) {
      const known = info.get(m.actor);
      if (known) known.count += 1;
      else info.set(m.actor, { ...actorInfo(graph, m.actor), count: 1 });
    }
    return info;
  }, [graph, markup]);
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

  // Focus the title for keyboard and screen-reader users; give focus back to the opener on close.
  // The opener is read while rendering: once the panel beneath turns inert, the browser blurs it.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(() => {
    title.current?.focus({ preventScroll: true });
    return () => {
      if (opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, [opener]);

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

  const published = formatPublished(doc.published, doc.publishedPrecision);
  const url = safeHttpUrl(doc.url);
  const mentionClick = (actor: string) => selectNode(actor);

  const renderInline = (piece: ArticleInline) => {
    if (piece.kind === 'text')
      return (
        <span key={piece.start} data-offset={piece.start}>
          {piece.text}
        </span>
      );
    const info = actors.get(piece.actor);
    const selected = piece.actor === selectedActor;
    return (
      <span
        key={piece.start}
        data-offset={piece.start}
        role="button"
        tabIndex={-1}
        className={selected ? 'mention selected' : 'mention'}
        style={{ '--kind': info?.color ?? KIND_COLORS.other } as CSSProperties}
        data-actor={piece.actor}
        title={`${isolate(info?.label ?? piece.actor)}: select in the graph`}
        onClick={() => mentionClick(piece.actor)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            mentionClick(piece.actor);
          }
        }}
      >
        {piece.text}
      </span>
    );
  };

  const renderPiece = (piece: ArticlePiece) => {
    if (piece.kind !== 'evidence') return renderInline(piece);
    const current = edge !== null && piece.edges.includes(edge);
    const label = `Evidence for ${piece.edges.length} ${piece.edges.length === 1 ? 'relation' : 'relations'}`;
    return current ? (
      <mark key={piece.start} className="reader-evidence current" data-testid="reader-evidence" data-edges={piece.edges.join(' ')}>
        {piece.children.map(renderInline)}
      </mark>
    ) : (
      <span key={piece.start} className="reader-evidence" data-edges={piece.edges.join(' ')} title={label}>
        {piece.children.map(renderInline)}
      </span>
    );
  };

  const selectedInfo = selectedActor ? (actors.get(selectedActor) ?? { ...actorInfo(graph, selectedActor), count: 0 }) : null;

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
        <p className="reader-meta" data-testid="reader-meta">
          <span className="reader-source">{doc.source ?? 'Unknown outlet'}</span>
          <span aria-hidden="true">·</span>
          {published ? <time dateTime={doc.published ?? undefined}>{published}</time> : <span className="muted">No publication date</span>}
          {doc.publishedInferred && published && (
            <span className="inferred-tag" title="Inferred from the dates the article mentions">
              inferred
            </span>
          )}
          {url && (
            <a className="reader-link" href={url} target="_blank" rel="noopener noreferrer">
              Original ↗
            </a>
          )}
        </p>
        {event && (
          <div className="reader-event" data-testid="reader-event">
            <p className="reader-event-line">
              <bdi>{event.source.label}</bdi>
              <RelationTag relation={event.relation} />
              <span className="direction" aria-label="to">
                →
              </span>
              <bdi>{event.target.label}</bdi>
            </p>
            <p className="reader-event-line secondary">
              <EventDate date={event.date} dateEnd={event.dateEnd} precision={event.datePrecision} />
              <button type="button" className="reader-jump" onClick={() => showSentence('smooth')}>
                Show sentence
              </button>
            </p>
          </div>
        )}
        <AddFromSelection doc={doc} text={articleText} mentions={markup.mentions} />
        {actors.size > 0 && (
          <details className="reader-actors">
            <summary>
              {actors.size} {actors.size === 1 ? 'actor' : 'actors'} mentioned
            </summary>
            <ul>
              {[...actors.entries()]
                .sort((a, b) => b[1].count - a[1].count || a[1].label.localeCompare(b[1].label))
                .map(([id, info]) => (
                  <li key={id}>
                    <button
                      type="button"
                      className={id === selectedActor ? 'actor-chip selected' : 'actor-chip'}
                      style={{ '--kind': info.color } as CSSProperties}
                      aria-pressed={id === selectedActor}
                      onClick={() => selectNode(id)}
                    >
                      <bdi>{info.label}</bdi>
                      <span className="chip-count">{info.count}</span>
                    </button>
                  </li>
                ))}
            </ul>
          </details>
        )}
      </header>

      <div className="reader-scroll" ref={scroller} data-testid="reader-scroll">
        <article className="reader-text" ref={articleText}>
          {markup.paragraphs.map((p) => (
            <p key={p.start}>{p.children.map(renderPiece)}</p>
          ))}
        </article>
      </div>

      <footer className="reader-footer" aria-live="polite">
        {selectedInfo ? (
          <p data-testid="reader-selected">
            <span className="reader-swatch" style={{ backgroundColor: selectedInfo.color }} aria-hidden="true" />
            <strong>{selectedInfo.label}</strong> is selected in the graph
            {selectedInfo.count === 0 ? ' (not named in this article).' : ` (${selectedInfo.count} ${selectedInfo.count === 1 ? 'mention' : 'mentions'} here).`}{' '}
            <button type="button" className="reader-jump" onClick={closeReader}>
              Show details
            </button>
          </p>
        ) : (
          <p className="muted reader-legend">
            <span className="legend-item">
              <span className="legend-evidence">Highlighted</span>: the relation’s sentence.
            </span>
            <span className="legend-item">
              <span className="legend-mention">Underlined</span>: actors; click one to select it.
            </span>
          </p>
        )}
      </footer>
    </section>
  );
}
