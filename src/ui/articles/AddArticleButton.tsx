import { useArticleStore } from '../../store/articleStore';

/** "Add article…" in the header: opens the dialog to paste or choose a news text. */
export function AddArticleButton() {
  const opened = useArticleStore((s) => s.opened);
  return (
    <button
      type="button"
      className="toolbar-button add-article-button"
      data-testid="add-article-button"
      onClick={opened}
      title="Read an English news article you paste or choose (.txt, .md, .html) and add its relations to the graph"
    >
      Add article…
    </button>
  );
}
