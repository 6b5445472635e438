import { resourcesWithActors } from '../extract/defaultResources';
import { extractDocument } from '../extract/extractEvents';
import { mergeExtractions } from '../extract/mergeExtractions';
import { tokenize } from '../extract/tokenize';
import type { ExtractionResult } from '../extract/types';
import type { ArticleRequest } from './extractionMessages';

/** Where reading an article is: the model is loaded and the text is being split, or sentences are read. */
export type ArticleStep = { phase: 'splitting' } | { phase: 'reading'; done: number; total: number };

/** Reads one article with the session's actors known: the result holds that one document. */
export function readArticle(request: ArticleRequest, onStep?: (step: ArticleStep) => void): ExtractionResult {
  const resources = resourcesWithActors(request.actors);
  // Loads the language model (once per worker) before the text is split.
  tokenize('Ready.');
  onStep?.({ phase: 'splitting' });
  const outcome = { doc: request.doc, ...extractDocument(request.doc, resources, (done, total) => onStep?.({ phase: 'reading', done, total })) };
  return mergeExtractions([outcome], resources.dictionary);
}
