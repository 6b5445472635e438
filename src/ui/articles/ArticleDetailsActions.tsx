import { cancelExtraction, closeArticleDialog, skipDraft } from '../../app/articles/articleFlow';

/** Back (or skip to the next file), Cancel while reading or Close, and Add to graph. */
export function ArticleDetailsActions({ busy, waiting, canAdd }: { busy: boolean; waiting: number; canAdd: boolean }) {
  return (
    <div className="article-actions">
      <button type="button" className="toolbar-button" onClick={() => void skipDraft()} disabled={busy} data-testid="article-back">
        {waiting > 0 ? 'Skip this one' : 'Back'}
      </button>
      <span className="article-actions-gap" />
      {busy ? (
        <button type="button" className="toolbar-button" onClick={cancelExtraction} data-testid="article-cancel">
          Cancel
        </button>
      ) : (
        <button type="button" className="toolbar-button" onClick={closeArticleDialog} data-testid="article-close">
          Close
        </button>
      )}
      <button type="submit" className="toolbar-button article-primary" data-testid="article-extract" disabled={busy || !canAdd}>
        Add to graph
      </button>
    </div>
  );
}
