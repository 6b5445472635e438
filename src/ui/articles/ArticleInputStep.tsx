import { useEffect, useRef } from 'react';
import { ARTICLE_ACCEPT } from '../../app/articles/articleFiles';
import { BidiText } from '../BidiText';
import { useArticleStore } from '../../store/articleStore';
import { addArticleFiles, closeArticleDialog, readPastedText, takeNextQueued } from '../../app/articles/articleFlow';

/** First step: paste the text or choose files. */
export function ArticleInputStep() {
  const pasted = useArticleStore((s) => s.pasted);
  const pastedChanged = useArticleStore((s) => s.pastedChanged);
  const message = useArticleStore((s) => s.message);
  const waiting = useArticleStore((s) => s.queue.length);
  const picker = useRef<HTMLInputElement>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);
  useEffect(() => textArea.current?.focus(), []);
  return (
    <form
      className="article-step"
      onSubmit={(e) => {
        e.preventDefault();
        void readPastedText();
      }}
    >
      <h2 id="article-dialog-title">Add an article</h2>
      <p className="article-lead">
        Paste an English news article, or choose a .txt, .md or .html file. Its relations join the graph as a source you can remove again under Loaded data.
      </p>
      <label className="article-field article-paste">
        <span className="article-field-name">Article text</span>
        <textarea
          ref={textArea}
          data-testid="article-text"
          rows={12}
          spellCheck={false}
          value={pasted}
          onChange={(e) => pastedChanged(e.target.value)}
          placeholder="Headline on the first line, then the article…"
        />
      </label>
      {message && (
        <p className="article-problem" role="alert" data-testid="article-message">
          <BidiText text={message} />
        </p>
      )}
      {waiting > 0 && (
        <p className="article-queue" data-testid="article-queue">
          {waiting === 1 ? '1 more file waits.' : `${waiting} more files wait.`}{' '}
          <button type="button" className="link-button" onClick={() => void takeNextQueued()}>
            Read the next one
          </button>
        </p>
      )}
      <div className="article-actions">
        <button type="button" className="toolbar-button" data-testid="article-choose" onClick={() => picker.current?.click()}>
          Choose file…
        </button>
        <input
          ref={picker}
          type="file"
          accept={ARTICLE_ACCEPT}
          multiple
          hidden
          data-testid="article-file-input"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            void addArticleFiles(files);
          }}
        />
        <span className="article-actions-gap" />
        <button type="button" className="toolbar-button" onClick={closeArticleDialog}>
          Cancel
        </button>
        <button type="submit" className="toolbar-button article-primary" data-testid="article-continue">
          Continue
        </button>
      </div>
    </form>
  );
}
