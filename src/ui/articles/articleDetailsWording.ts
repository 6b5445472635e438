// What the article details step says about the draft: notes under its fields, the text's size,
// the files still waiting, and the reading progress.
import { httpUrl, type ArticleDraft, type ArticleMetadata } from '../../extract/articleDraft';
import type { ExtractionProgress } from '../../store/articleStore';

const PREVIEW_CHARS = 3000;

/** The note under Published: what no date means, or that an inferred date stays marked. */
export function dateNote(draft: Pick<ArticleDraft, 'published'>, meta: Pick<ArticleMetadata, 'published'>): string | null {
  if (!meta.published.trim()) return 'No date: only relations whose sentence gives a year of its own are kept.';
  const inferredKept = draft.published.origin === 'inferred' && meta.published.trim() === draft.published.value;
  return inferredKept ? 'Kept as inferred: the reader marks this date as not stated by the article.' : null;
}

/** The note under URL when the link will be left out. */
export function urlNote(meta: Pick<ArticleMetadata, 'url'>): string | null {
  return meta.url.trim() && !httpUrl(meta.url) ? 'Only http(s) links are kept; this one will be left out.' : null;
}

/** The text's size: characters and paragraphs (a line is a paragraph to the reader: line breaks end sentences). */
export function textSize(body: string): string {
  const paragraphs = body.split('\n').filter((p) => p.trim()).length;
  return `${body.length.toLocaleString('en')} characters, ${paragraphs === 1 ? '1 paragraph' : `${paragraphs} paragraphs`}`;
}

/** The start of the text the preview shows. */
export function previewOf(body: string): string {
  return body.length > PREVIEW_CHARS ? `${body.slice(0, PREVIEW_CHARS)}…` : body;
}

/** Files after this one, if any. */
export function waitingText(waiting: number): string {
  if (waiting <= 0) return '';
  return `${waiting === 1 ? '1 more file waits' : `${waiting} more files wait`} after this one.`;
}

export function progressText(progress: ExtractionProgress): string {
  if (progress.phase === 'model') return 'Loading the language model…';
  if (progress.phase === 'splitting') return 'Splitting the text into sentences…';
  return `Reading sentence ${Math.min(progress.done + 1, progress.total)} of ${progress.total}…`;
}
