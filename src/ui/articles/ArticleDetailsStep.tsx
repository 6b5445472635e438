import { useEffect, useRef, useState } from 'react';
import type { ArticleDraft, ArticleMetadata } from '../../extract/articleDraft';
import { languageWarning } from '../../extract/articleInput';
import { BidiText } from '../BidiText';
import { useArticleStore } from '../../store/articleStore';
import { extractDraft } from '../../app/articles/articleFlow';
import { dateNote, previewOf, textSize, urlNote, waitingText } from './articleDetailsWording';
import { ArticleField } from './ArticleField';
import { ArticleProgressLine } from './ArticleProgressLine';
import { ArticleDetailsActions } from './ArticleDetailsActions';

/** Second step: the defaults with where they came from, checks, then reading in the worker. */
export function ArticleDetailsStep({ draft }: { draft: ArticleDraft }) {
  const duplicateOf = useArticleStore((s) => s.duplicateOf);
  const message = useArticleStore((s) => s.message);
  const progress = useArticleStore((s) => s.progress);
  const waiting = useArticleStore((s) => s.queue.length);
  const [meta, setMeta] = useState<ArticleMetadata>({ title: draft.title.value, published: draft.published.value, source: draft.source.value, url: draft.url.value });
  const [confirmed, setConfirmed] = useState(false);
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  const busy = progress !== null;
  const set = (key: keyof ArticleMetadata) => (value: string) => setMeta((m) => ({ ...m, [key]: value }));
  return (
    <form
      className="article-step"
      onSubmit={(e) => {
        e.preventDefault();
        void extractDraft(meta, confirmed);
      }}
    >
      <h2 id="article-dialog-title" tabIndex={-1} ref={title}>
        Check the article’s details
      </h2>
      <p className="article-lead">
        {draft.fileName ? (
          <>
            From <bdi>{draft.fileName}</bdi>.{' '}
          </>
        ) : (
          'From the pasted text. '
        )}
        {waitingText(waiting)}
      </p>
      {duplicateOf && (
        <p className="article-problem" role="alert" data-testid="article-duplicate">
          This text is already loaded as {duplicateOf}; it is not added a second time.
        </p>
      )}
      {draft.language && (
        <div className="article-warning" role="alert" data-testid="article-language">
          <p>{languageWarning(draft.language)}</p>
          <label>
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} disabled={busy} data-testid="article-language-confirm" /> Read it anyway
          </label>
        </div>
      )}
      <div className="article-fields">
        <ArticleField id="title" name="Title" field={draft.title} value={meta.title} onChange={set('title')} disabled={busy} />
        <ArticleField id="published" name="Published" field={draft.published} value={meta.published} onChange={set('published')} placeholder="YYYY-MM-DD" note={dateNote(draft, meta)} disabled={busy} />
        <ArticleField id="source" name="Source (outlet or author)" field={draft.source} value={meta.source} onChange={set('source')} disabled={busy} />
        <ArticleField id="url" name="URL" field={draft.url} value={meta.url} onChange={set('url')} placeholder="https://…" note={urlNote(meta)} disabled={busy} />
      </div>
      <div className="article-preview-head">
        Text to read: {textSize(draft.body)}
      </div>
      <div className="article-preview" data-testid="article-preview" tabIndex={0} aria-label="Text to read">
        {previewOf(draft.body)}
      </div>
      {message && (
        <p className="article-problem" role="alert" data-testid="article-message">
          <BidiText text={message} />
        </p>
      )}
      {progress && <ArticleProgressLine progress={progress} />}
      <ArticleDetailsActions busy={busy} waiting={waiting} canAdd={duplicateOf === null && (draft.language === null || confirmed)} />
    </form>
  );
}
