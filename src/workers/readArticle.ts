import { resourcesWithActors } from '../extract/defaultResources';
import { extractDocument } from '../extract/extractEvents';
import { mergeExtractions } from '../extract/mergeExtractions';
import { tokenize } from '../extract/tokenize';
import type { ExtractionResult } from '../extract/types';
import type { ArticleRequest } from './extractionMessages';

/** Where reading an article is: the model is loaded and the text is being split, or sentences are read. */
export type ArticleStep = { phase: 'splitting' } | { phase: 'reading'; done: number; total: number };

/** Reading progress goes out at most this often (and at the last sentence): one message per sentence swamped the page. */
export const PROGRESS_INTERVAL_MS = 100;

/**
 * Reads one article with the session's actors known: the result holds that one document. Reading
 * progress is reported at most every PROGRESS_INTERVAL_MS, and once when the last sentence is read.
 */
export function readArticle(request: ArticleRequest, onStep?: (step: ArticleStep) => void): ExtractionResult {
  const resources = resourcesWithActors(request.actors);
  // Loads the language model (once per worker) before the text is split.
  tokenize('Ready.');
  onStep?.({ phase: 'splitting' });
  let reportedAt = -Infinity;
  const reading = (done: number, total: number) => {
    const now = performance.now();
    if (done < total && now - reportedAt < PROGRESS_INTERVAL_MS) return;
    reportedAt = now;
    onStep?.({ phase: 'reading', done, total });
  };
  const outcome = { doc: request.doc, ...extractDocument(request.doc, resources, reading) };
  return mergeExtractions([outcome], resources.dictionary);
}
