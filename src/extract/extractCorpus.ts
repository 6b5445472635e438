import { planDocuments, type DocumentTask, type InputFile } from './documentIds';
import { extractDocument, type ExtractionResources } from './extractEvents';
import { inferPublication } from './inferPublication';
import { mergeExtractions, type DocumentOutcome } from './mergeExtractions';
import { parseDocument } from './parseDocument';
import type { ExtractionResult, SourceDocument } from './types';

export type { InputFile } from './documentIds';

function withPublication(doc: SourceDocument): SourceDocument {
  if (doc.published) return doc;
  const inferred = inferPublication(doc.body);
  if (!inferred) return doc;
  const precision = inferred.length === 10 ? 'day' : inferred.length === 7 ? 'month' : 'year';
  return { ...doc, published: inferred, publishedPrecision: precision, publishedInferred: true };
}

/**
 * The per-document half of extraction: parses, dates and reads one file under the id its corpus
 * gave it. Needs nothing from other documents, so any worker can do it.
 */
export function extractDocumentTask(task: DocumentTask, res: ExtractionResources): DocumentOutcome {
  const parsed = withPublication(parseDocument(task.name, task.text));
  const doc = parsed.id === task.id ? parsed : { ...parsed, id: task.id };
  return { doc, ...extractDocument(doc, res) };
}

/** Parses, dates and extracts a set of documents; one actor per id across them. */
export function extractCorpus(files: InputFile[], res: ExtractionResources): ExtractionResult {
  const perDoc = planDocuments(files).map((task) => extractDocumentTask(task, res));
  return mergeExtractions(perDoc, res.dictionary);
}
