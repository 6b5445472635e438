import { resourcesWithActors } from '../extract/defaultResources';
import { extractDocument, type SentenceProgress } from '../extract/extractEvents';
import { mergeExtractions } from '../extract/mergeExtractions';
import type { ExtractionResult } from '../extract/types';
import type { ArticleRequest } from './extractionMessages';

/** Reads one article with the session's actors known: the result holds that one document. */
export function readArticle(request: ArticleRequest, onSentence?: SentenceProgress): ExtractionResult {
  const resources = resourcesWithActors(request.actors);
  const outcome = { doc: request.doc, ...extractDocument(request.doc, resources, onSentence) };
  return mergeExtractions([outcome], resources.dictionary);
}
