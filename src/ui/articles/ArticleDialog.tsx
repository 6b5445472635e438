import { lazy, Suspense, useEffect, useRef } from 'react';
import { useArticleStore } from '../../store/articleStore';
import { ArticleInputStep } from './ArticleInputStep';
import { closeArticleDialog } from '../../app/articles/articleFlow';
import './articles.css';

// The details step shows text-reading results; its code comes with the first article.
const ArticleDetailsStep = lazy(() => import('./ArticleDetailsStep').then((m) => ({ default: m.ArticleDetailsStep })));

/**
 * The "Add article" dialog, modal: paste or choose a text, check its details, read it. Escape
 * closes it (stopping an extraction in progress) and focus returns to where it was.
 */
export function ArticleDialog() {
  const open = useArticleStore((s) => s.open);
  const draft = useArticleStore((s) => s.draft);
  const dialog = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      d.showModal();
    }
    if (!open && d.open) {
      d.close();
      const back = returnFocus.current;
      returnFocus.current = null;
      if (back?.isConnected) back.focus();
    }
  }, [open]);
  return (
    <dialog
      ref={dialog}
      className="article-dialog"
      data-testid="article-dialog"
      aria-labelledby="article-dialog-title"
      onCancel={(e) => {
        e.preventDefault();
        closeArticleDialog();
      }}
    >
      {open &&
        (draft ? (
          <Suspense fallback={<p className="article-step">Loading…</p>}>
            <ArticleDetailsStep key={draft.textHash + (draft.fileName ?? '')} draft={draft} />
          </Suspense>
        ) : (
          <ArticleInputStep />
        ))}
    </dialog>
  );
}
