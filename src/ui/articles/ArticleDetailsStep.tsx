import { useEffect, useRef, useState, type ReactNode } from 'react';
import { httpUrl, originText, type ArticleDraft, type ArticleMetadata, type DraftField } from '../../extract/articleDraft';
import { languageWarning } from '../../extract/articleInput';
import { BidiText } from '../BidiText';
import { useArticleStore, type ExtractionProgress } from '../../store/articleStore';
import { cancelExtraction, closeArticleDialog, extractDraft, skipDraft } from '../../app/articles/articleFlow';

const PREVIEW_CHARS = 3000;

function Field(props: { name: string; id: string; field: DraftField; value: string; onChange: (v: string) => void; placeholder?: string; note?: ReactNode; disabled: boolean }) {
  const origin = props.field.origin && props.value === props.field.value ? originText(props.field.origin) : props.value ? 'as you entered it' : '';
  return (
    <label className="article-field" data-testid={`article-field-${props.id}`}>
      <span className="article-field-name">
        {props.name}
        {origin && <span className="article-origin" data-testid="article-origin"> — {origin}</span>}
      </span>
      <input type="text" value={props.value} placeholder={props.placeholder} onChange={(e) => props.onChange(e.target.value)} disabled={props.disabled} />
      {props.note && <span className="article-note">{props.note}</span>}
    </label>
  );
}

function ProgressLine({ progress }: { progress: ExtractionProgress }) {
  const text =
    progress.phase === 'model'
      ? 'Loading the language model…'
      : progress.phase === 'splitting'
        ? 'Splitting the text into sentences…'
        : `Reading sentence ${Math.min(progress.done + 1, progress.total)} of ${progress.total}…`;
  return (
    <div className="article-progress" role="status" data-testid="article-progress" data-phase={progress.phase}>
      <span>{text}</span>
      {progress.phase === 'reading' ? <progress max={Math.max(progress.total, 1)} value={progress.done} aria-label="Sentences read" /> : <progress aria-label={text} />}
    </div>
  );
}

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
  const inferredKept = draft.published.origin === 'inferred' && meta.published.trim() === draft.published.value;
  const dateNote = !meta.published.trim()
    ? 'No date: only relations whose sentence gives a year of its own are kept.'
    : inferredKept
      ? 'Kept as inferred: the reader marks this date as not stated by the article.'
      : null;
  const urlNote = meta.url.trim() && !httpUrl(meta.url) ? 'Only http(s) links are kept; this one will be left out.' : null;
  // A line is a paragraph to the reader (line breaks end sentences).
  const paragraphs = draft.body.split('\n').filter((p) => p.trim()).length;
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
        {waiting > 0 && `${waiting === 1 ? '1 more file waits' : `${waiting} more files wait`} after this one.`}
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
        <Field id="title" name="Title" field={draft.title} value={meta.title} onChange={set('title')} disabled={busy} />
        <Field id="published" name="Published" field={draft.published} value={meta.published} onChange={set('published')} placeholder="YYYY-MM-DD" note={dateNote} disabled={busy} />
        <Field id="source" name="Source (outlet or author)" field={draft.source} value={meta.source} onChange={set('source')} disabled={busy} />
        <Field id="url" name="URL" field={draft.url} value={meta.url} onChange={set('url')} placeholder="https://…" note={urlNote} disabled={busy} />
      </div>
      <div className="article-preview-head">
        Text to read: {draft.body.length.toLocaleString('en')} characters, {paragraphs === 1 ? '1 paragraph' : `${paragraphs} paragraphs`}
      </div>
      <div className="article-preview" data-testid="article-preview" tabIndex={0} aria-label="Text to read">
        {draft.body.length > PREVIEW_CHARS ? `${draft.body.slice(0, PREVIEW_CHARS)}…` : draft.body}
      </div>
      {message && (
        <p className="article-problem" role="alert" data-testid="article-message">
          <BidiText text={message} />
        </p>
      )}
      {progress && <ProgressLine progress={progress} />}
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
        <button type="submit" className="toolbar-button article-primary" data-testid="article-extract" disabled={busy || duplicateOf !== null || (draft.language !== null && !confirmed)}>
          Add to graph
        </button>
      </div>
    </form>
  );
}
