// Bringing an article into the session: read the pasted text or the file, check it, let the user
// settle its metadata, read it in a worker, add the result as a removable source. The edge of the
// app: text handling is in src/extract, the merge in the sources store.
import { isolate } from '../../graph/bidiText';
import { MultiDirectedGraph } from 'graphology';
import type { ArticleMetadata } from '../../extract/articleDraft';
import type { KnownActor } from '../../extract/sessionActors';
import type { DramatisGraph } from '../../graph/buildGraph';
import type { DocumentMeta } from '../../domain/contract';
import { useAppStore } from '../../store/appStore';
import { useArticleStore, type ArticleInput } from '../../store/articleStore';
import { fileTooBig, pastedTooLong } from '../../store/fileLimits';
import { rememberStoredGraph } from '../../store/persistence/storedGraph';
import { articleMergeSteps, notCombined, showPrepared, useSourcesStore, type PreparedSources } from '../../store/sourcesStore';
import { CancelledExtraction, extractArticle, type RunningArticle } from '../../workers/articleExtraction';
import type { ExtractedGraph } from '../../workers/extractionPool';
import { articleKindOf } from './articleFiles';
import { cancelled, nextTask, runInSlices, WORK_MEASURES } from '../stage/slicedWork';


/** The text-reading code (htmlparser2, franc, chrono) loads with the first article, not with the app. */
const loadTextCode = () => import('./articleTextCode');
type TextCode = Awaited<ReturnType<typeof loadTextCode>>;

/** Actors or relations of an article's graph added between two pauses while rebuilding it. */
const IMPORT_STEP_ITEMS = 250;

/** Rebuilds the worker's serialized graph into `graph` a few hundred items at a time (yielding in between). */
function* importSteps(graph: DramatisGraph, data: ExtractedGraph['graph']): Generator<void, void> {
  graph.import({ attributes: data.attributes });
  const { nodes = [], edges = [] } = data;
  for (let i = 0; i < nodes.length; i += IMPORT_STEP_ITEMS) {
    graph.import({ nodes: nodes.slice(i, i + IMPORT_STEP_ITEMS) });
    yield;
  }
  for (let i = 0; i < edges.length; i += IMPORT_STEP_ITEMS) {
    graph.import({ edges: edges.slice(i, i + IMPORT_STEP_ITEMS) });
    yield;
  }
}

let running: RunningArticle | null = null;
const fingerprints = new WeakMap<DocumentMeta, string>();

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function fingerprintOf(code: TextCode, doc: DocumentMeta): string {
  let hash = fingerprints.get(doc);
  if (hash === undefined) {
    hash = code.articleFingerprint(doc.body);
    fingerprints.set(doc, hash);
  }
  return hash;
}

/** What in the session already holds this text: an earlier article, or a document of the corpus or an imported graph. */
function loadedDuplicate(code: TextCode, textHash: string): string | null {
  for (const source of useSourcesStore.getState().sources) {
    if (source.article?.textHash === textHash) return `"${source.label}"`;
    for (const doc of source.graph.getAttribute('documents')) {
      if (!doc.importedFrom && fingerprintOf(code, doc) === textHash) return `"${doc.title}" (${source.format === 'corpus' ? source.label : `from ${source.label}`})`;
    }
  }
  return null;
}

async function textCode(): Promise<TextCode | null> {
  try {
    return await loadTextCode();
  } catch (err) {
    useArticleStore.getState().backToInput(`The article reader could not be loaded (${err instanceof Error ? err.message : String(err)}). Reload the page and try again.`);
    return null;
  }
}

async function draftInput(input: ArticleInput): Promise<void> {
  const code = await textCode();
  if (!code) return;
  const store = useArticleStore.getState();
  const outcome = code.readArticleDraft(input);
  if (!outcome.ok) {
    store.backToInput(outcome.message);
    return;
  }
  store.drafted(outcome.draft, loadedDuplicate(code, outcome.draft.textHash));
}

/** Reads the next queued file into the dialog; false when none waits. */
export async function takeNextQueued(): Promise<boolean> {
  const next = useArticleStore.getState().dequeued();
  if (!next) return false;
  await draftInput(next);
  return true;
}

/** The textarea's text becomes the draft. */
export async function readPastedText(): Promise<void> {
  const { pasted, backToInput } = useArticleStore.getState();
  const tooLong = pastedTooLong(pasted);
  if (tooLong) {
    backToInput(tooLong);
    return;
  }
  await draftInput({ kind: 'paste', fileName: null, text: pasted });
}

/** Files dropped on the page or chosen in the dialog: read, queued, and the first shown unless a draft is open. */
export async function addArticleFiles(files: readonly File[]): Promise<void> {
  const inputs: ArticleInput[] = [];
  const refused: string[] = [];
  for (const file of files) {
    const kind = articleKindOf(file.name);
    // The size is checked before the file is read.
    const tooBig = fileTooBig('article', isolate(file.name), file.size);
    if (!kind) refused.push(`${isolate(file.name)} is not a .txt, .md or .html file.`);
    else if (tooBig) refused.push(tooBig);
    else {
      try {
        inputs.push({ kind, fileName: file.name, text: await file.text() });
      } catch (err) {
        refused.push(`${isolate(file.name)} could not be read (${err instanceof Error ? err.message : String(err)}).`);
      }
    }
  }
  for (const r of refused) useAppStore.getState().pushNotice(`Not added: ${r}`);
  if (inputs.length === 0) return;
  const store = useArticleStore.getState();
  const busy = store.draft !== null || store.progress !== null;
  store.queued(inputs);
  if (!busy) await takeNextQueued();
}

function sessionActors(): KnownActor[] {
  const graph = useAppStore.getState().graph;
  const out: KnownActor[] = [];
  graph?.forEachNode((id, a) => out.push({ id, label: a.label, kind: a.kind, aliases: a.aliases }));
  return out;
}

/**
 * The result message; `leftOut` is the sentence saying how many relations were left out for want of a
 * date, if any were, and replaces "no relation found" (the relations were there, the date was not).
 */
export function addedNotice(title: string, graph: DramatisGraph, before: ReadonlySet<string>, leftOut: string | null): string {
  const fresh = graph.nodes().filter((n) => !before.has(n)).length;
  const actors = `${plural(graph.order, 'actor', 'actors')} (${fresh} new)`;
  const undated = leftOut ? ` ${leftOut}.` : '';
  if (graph.size === 0) return `Added "${isolate(title)}": ${actors}.${undated || ' No relation between actors was found in it, so the graph gains no edges.'}`;
  return `Added "${isolate(title)}": ${actors}, ${plural(graph.size, 'relation', 'relations')}.${undated}`;
}

/**
 * Reads the draft with the user's metadata in the worker and adds it to the session. Non-English
 * text needs `languageConfirmed`. The graph on screen changes only when the article is added.
 */
export async function extractDraft(meta: ArticleMetadata, languageConfirmed: boolean): Promise<void> {
  const store = useArticleStore.getState();
  const { draft } = store;
  if (!draft || running) return;
  if (draft.language && !languageConfirmed) {
    store.failed(`Confirm that you want to read a text in ${draft.language.name} first.`);
    return;
  }
  const code = await textCode();
  if (!code) return;
  const duplicate = loadedDuplicate(code, draft.textHash);
  if (duplicate) {
    store.drafted(draft, duplicate);
    return;
  }
  const built = code.articleDocument(draft, meta);
  if (!built.ok) {
    store.failed(built.message);
    return;
  }
  const doc = built.doc;
  const job = extractArticle(doc, code.actorRecordsOf(sessionActors()), (p) => useArticleStore.getState().progressed(p));
  running = job;
  let extracted: Awaited<RunningArticle['result']>;
  try {
    extracted = await job.result;
  } catch (err) {
    if (!(err instanceof CancelledExtraction)) useArticleStore.getState().failed(err instanceof Error ? err.message : String(err));
    return;
  } finally {
    if (running === job) running = null;
  }
  let graph: DramatisGraph;
  try {
    graph = new MultiDirectedGraph({ allowSelfLoops: extracted.graph.options.allowSelfLoops });
    // Rebuilt in slices; merging and showing it are separate tasks, so the page answers in between.
    await runInSlices(WORK_MEASURES.addArticle, importSteps(graph, extracted.graph), () => false);
    // The worker wrote the graph as text: the workspace stores it without writing it out here.
    if (extracted.graphJson !== undefined) rememberStoredGraph(graph, extracted.graphJson);
  } catch (err) {
    useArticleStore.getState().failed(`The article's relations could not be turned into a graph (${err instanceof Error ? err.message : String(err)}).`);
    return;
  }
  await nextTask();
  const input = {
    label: doc.title,
    graph,
    warnings: extracted.warnings,
    article: { fileName: draft.fileName, input: draft.kind, textHash: draft.textHash, addedAt: new Date().toISOString() },
  };
  const prepared = await mergeInSlices(input);
  if (typeof prepared === 'string') {
    useArticleStore.getState().failed(prepared);
    return;
  }
  const before = new Set(useAppStore.getState().graph?.nodes() ?? []);
  const added = showPrepared(prepared);
  const warned = added.source.warnings.length > 0 ? ` ${plural(added.source.warnings.length, 'warning', 'warnings')} under Loaded data.` : '';
  const undated = code.undatedCount(extracted.warnings);
  useAppStore.getState().pushNotice(`${addedNotice(doc.title, graph, before, undated > 0 ? code.undatedLeftOut(undated) : null)}${warned}`);
  const after = useArticleStore.getState();
  after.progressed(null);
  if (!(await takeNextQueued())) after.closed();
}

/** Stops the extraction in progress; nothing is added. */
export function cancelExtraction(): void {
  if (!running) return;
  running.cancel();
  running = null;
  useArticleStore.getState().progressed(null);
}

/** Closes the dialog, stopping any extraction; files still waiting are named in a notice. */
export function closeArticleDialog(): void {
  cancelExtraction();
  const { queue, closed } = useArticleStore.getState();
  if (queue.length > 0) useAppStore.getState().pushNotice(`Not added (the dialog was closed): ${queue.map((q) => (q.fileName ? isolate(q.fileName) : 'pasted text')).join(', ')}.`);
  closed();
}

/** Skips the draft on screen: the next queued file, or back to pasting. */
export async function skipDraft(): Promise<void> {
  if (running) return;
  if (!(await takeNextQueued())) useArticleStore.getState().backToInput(null);
}

/**
 * The article's graph merged with the other sources in slices, then shown in a task of its own; merged
 * again if the sources changed meanwhile. A message naming the article when the merge failed.
 */
async function mergeInSlices(input: Parameters<typeof articleMergeSteps>[0]): Promise<PreparedSources | string> {
  for (;;) {
    const { steps, finish } = articleMergeSteps(input);
    let prepared: PreparedSources;
    try {
      const merged = await runInSlices(WORK_MEASURES.mergeSources, steps, () => false);
      if (merged === cancelled) continue;
      prepared = finish(merged);
    } catch (err) {
      return notCombined(input.label, err);
    }
    await nextTask();
    if (prepared.base === useSourcesStore.getState().sources) return prepared;
  }
}
