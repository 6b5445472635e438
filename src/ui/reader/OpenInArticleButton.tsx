import { useAppStore } from '../../store/appStore';
import { hasReadableEvidence } from '../../store/importedEvidence';

/**
 * Opens the source reader on the article an event comes from, with its evidence sentence
 * highlighted. Place it next to the event's evidence quote; renders nothing for an unknown edge,
 * nor for an imported relation without a sentence (there is nothing to read).
 */
export function OpenInArticleButton({ edge }: { edge: string }) {
  const doc = useAppStore((s) => (s.graph && hasReadableEvidence(s.graph, edge) ? s.graph.getEdgeAttribute(edge, 'doc') : null));
  const openReader = useAppStore((s) => s.openReader);
  if (!doc) return null;
  return (
    <button type="button" className="open-in-article" data-testid="open-in-article" data-edge={edge} onClick={() => openReader(doc, edge)}>
      <svg viewBox="0 0 16 16" width="13" height="13" aria-hidden="true" focusable="false">
        <path d="M2.5 2.5h4.2c.7 0 1.3.6 1.3 1.3v9.7c0-.7-.6-1.2-1.3-1.2H2.5zM13.5 2.5H9.3c-.7 0-1.3.6-1.3 1.3v9.7c0-.7.6-1.2 1.3-1.2h4.2z" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinejoin="round" />
      </svg>
      Open in article
    </button>
  );
}
