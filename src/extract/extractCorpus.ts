import { planDocuments, type DocumentTask, type InputFile } from './documentIds';
import { attachSyntax, attachTaggedSyntax, tagSyntax, withTrees, type TreedText } from './documentSyntax';
import { extractDocument, type ExtractionResources } from './extractEvents';
import type { TaggedSentence } from './syntax/sentenceTrees';
import { tokenize } from './tokenize';
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

/** A document ready to be read: parsed, dated and tokenised (with its trees). */
interface PreparedDocument {
  doc: SourceDocument;
  syntax: TreedText;
}

/** Parsed, dated and tokenised, without trees yet (see attachSyntax). */
function prepareDocument(task: DocumentTask): PreparedDocument {
  const parsed = withPublication(parseDocument(task.name, task.text));
  const doc = parsed.id === task.id ? parsed : { ...parsed, id: task.id };
  return { doc, syntax: tokenize(doc.body) };
}

/**
 * The per-document half of extraction: parses, dates and reads one file under the id its corpus
 * gave it. Needs nothing from other documents, so any worker can do it.
 */
export function extractDocumentTask(task: DocumentTask, res: ExtractionResources): DocumentOutcome {
  const { doc, syntax } = prepareDocument(task);
  return { doc, ...extractDocument(doc, res, undefined, attachSyntax(syntax, res)) };
}

/**
 * Documents tokenised, then tagged, then parsed, together before any of them is read for relations:
 * the tagger's and then the parser's weight tables and caches stay warm from one sentence and document
 * to the next instead of being pushed out by the other stages after every document (tag + parse then
 * costs about a quarter less).
 * A batch ends after this many documents or characters, which bounds the tokens held at once.
 */
const BATCH_DOCUMENTS = 32;
const BATCH_CHARACTERS = 200_000;

type Failure = { task: DocumentTask; error: unknown };

/**
 * A batch's documents tagged, then parsed, then their trees built, each step for all of them before
 * the next, up to the first document that fails: how many were parsed, and that failure. Trees that
 * fail to build are left to extractDocument, which fails on them in the document's turn, as it did
 * when it built them.
 */
function parseBatch(batch: readonly { task: DocumentTask; prepared: PreparedDocument }[], res: ExtractionResources): { parsed: number; failed?: Failure } {
  const tagged: (TaggedSentence[] | null)[] = [];
  let failed: Failure | undefined;
  while (tagged.length < batch.length) {
    try {
      tagged.push(tagSyntax(batch[tagged.length]!.prepared.syntax, res));
    } catch (error) {
      failed = { task: batch[tagged.length]!.task, error };
      break;
    }
  }
  let parsed = 0;
  while (parsed < tagged.length) {
    try {
      attachTaggedSyntax(batch[parsed]!.prepared.syntax, tagged[parsed]!, res);
      parsed++;
    } catch (error) {
      failed = { task: batch[parsed]!.task, error };
      break;
    }
  }
  for (let i = 0; res.syntax && i < parsed; i++) {
    const prepared = batch[i]!.prepared;
    try {
      prepared.syntax = withTrees(prepared.syntax);
    } catch {
      // Left without trees: extractDocument builds them and fails in the document's turn.
    }
  }
  return failed ? { parsed, failed } : { parsed };
}

/**
 * The outcomes of `tasks` in order, as `extractDocumentTask` gives them one by one: same outcomes,
 * and the first task in order that fails throws its own error (`failedOn` hears which task it was).
 */
export function extractDocumentTasks(tasks: readonly DocumentTask[], res: ExtractionResources, failedOn?: (task: DocumentTask) => void): DocumentOutcome[] {
  const out: DocumentOutcome[] = [];
  for (let next = 0; next < tasks.length; ) {
    const batch: { task: DocumentTask; prepared: PreparedDocument }[] = [];
    let failure: Failure | undefined;
    let characters = 0;
    while (!failure && next < tasks.length && batch.length < BATCH_DOCUMENTS && characters < BATCH_CHARACTERS) {
      const task = tasks[next++]!;
      try {
        batch.push({ task, prepared: prepareDocument(task) });
        characters += task.text.length;
      } catch (error) {
        failure = { task, error };
      }
    }
    const { parsed, failed } = parseBatch(batch, res);
    if (failed) failure = failed;
    for (let i = 0; i < parsed; i++) {
      const { task, prepared } = batch[i]!;
      try {
        out.push({ doc: prepared.doc, ...extractDocument(prepared.doc, res, undefined, prepared.syntax) });
      } catch (error) {
        failedOn?.(task);
        throw error;
      }
    }
    if (failure) {
      failedOn?.(failure.task);
      throw failure.error;
    }
  }
  return out;
}

/** Parses, dates and extracts a set of documents; one actor per id across them. */
export function extractCorpus(files: InputFile[], res: ExtractionResources): ExtractionResult {
  return mergeExtractions(extractDocumentTasks(planDocuments(files), res), res.dictionary);
}
