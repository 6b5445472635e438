// Reads short texts as dated articles (2024-03-15) and lists what came out, for extraction tests.
import { defaultResources } from '../../src/extract/defaultResources';
import { extractCorpus } from '../../src/extract/extractCorpus';
import { extractDocument } from '../../src/extract/extractEvents';
import type { ExtractionResult, SourceDocument } from '../../src/extract/types';

/** Each body as one article, in order, through the whole corpus extraction. */
export function extractArticles(...bodies: string[]): ExtractionResult {
  return extractCorpus(
    bodies.map((b, i) => ({ name: `d${i}.md`, text: `---\ntitle: T${i}\npublished: 2024-03-15\n---\n${b}` })),
    defaultResources(),
  );
}

/**
 * An id without the document a group named by its role is scoped to ("protesters--d0" →
 * "protesters", src/extract/actors/documentScope.ts): tests of other rules read the group, not its scope.
 */
export const unscoped = (id: string): string => id.replace(/--.*$/, '');

/** "source -relation-> target" for every event but affiliation, sorted (ids unscoped). */
export const relationTriples = (r: ExtractionResult): string[] =>
  r.events
    .filter((e) => e.relation !== 'affiliation')
    .map((e) => `${unscoped(e.source)} -${e.relation}-> ${unscoped(e.target)}`)
    .sort();

export const actorOf = (r: ExtractionResult, id: string) => r.actors.find((a) => a.id === id) ?? r.actors.find((a) => unscoped(a.id) === id);

/**
 * One body as one document dated 2024-03-15, read by extractDocument alone (no merge across
 * documents): "source -relation-> target" for every event but affiliation, sorted; with
 * `modality`, a mark such as " [planned]" after every event that is not asserted.
 */
export function documentTriples(body: string, options: { modality?: boolean } = {}): string[] {
  const doc: SourceDocument = { id: 'd', title: 'T', published: '2024-03-15', publishedPrecision: 'day', publishedInferred: false, source: null, body };
  return extractDocument(doc, defaultResources())
    .events.filter((e) => e.relation !== 'affiliation')
    .map((e) => `${e.source} -${e.relation}-> ${e.target}${options.modality && e.modality !== 'asserted' ? ` [${e.modality}]` : ''}`)
    .sort();
}
