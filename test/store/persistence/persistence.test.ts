// The workspace kept in IndexedDB (fake-indexeddb): sources and parts survive a reload exactly,
// the start-up shows them in one go, a newer or missing database is reported and left alone, and a
// failing write is retried, then reported, and the report goes with the next good save.
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startWorkspaceGraph } from '../../../src/app/workspaceGraph';
import { useAppStore } from '../../../src/store/appStore';
import { openWorkspace, readStoredWorkspace, WORKSPACE_DB_NAME, writeWorkspace, type WorkspaceDb } from '../../../src/store/persistence/db';
import { fetchGraph } from '../../../src/store/loadGraph';
import { loadWorkspaceIntoStore } from '../../../src/store/persistence/loadWorkspace';
import { registerCorpusPart } from '../../../src/store/persistence/corpusPart';
import { registerCurationPart } from '../../../src/store/persistence/curationPart';
import { registerPersistedPart } from '../../../src/store/persistence/persistedParts';
import { registerStoriesPart } from '../../../src/store/persistence/storiesPart';
import { fromSourceRecord, WORKSPACE_SCHEMA_VERSION } from '../../../src/store/persistence/workspaceRecord';
import { toSourceRow } from '../../../src/store/persistence/sourceRow';
import { rememberStoredGraph, storedGraphOf } from '../../../src/store/persistence/storedGraph';
import { CONFLICT_MESSAGE, startWorkspaceSaver, type WorkspaceSaver } from '../../../src/store/persistence/workspaceSaver';
import { useWorkspaceStore, INITIAL_WORKSPACE_STATE } from '../../../src/store/persistence/workspaceStore';
import { useSourcesStore } from '../../../src/store/sourcesStore';
import { useStoryStore } from '../../../src/store/storyStore';
import { corpusGraph, freshIndexedDb, graphUrl, importedGephiGraph } from './persistenceFixtures';

/** A workspace schema newer than this app's. */
const NEWER = WORKSPACE_SCHEMA_VERSION + 1;

// The app's wiring this test needs (src/app/startApp.ts): the sources' merge shown, the stores' parts kept.
registerCurationPart();
registerCorpusPart();
startWorkspaceGraph();

// A part of the test's own, so the parts round trip does not depend on another store.
let noteValue: { notes: string[] } = { notes: [] };
const noteListeners = new Set<() => void>();
function setNotes(notes: string[]): void {
  noteValue = { notes };
  for (const l of noteListeners) l();
}
registerPersistedPart<{ notes: string[] }>({
  key: 'test-notes',
  snapshot: () => noteValue,
  restore: (v) => {
    noteValue = v;
  },
  subscribe: (changed) => {
    noteListeners.add(changed);
    return () => noteListeners.delete(changed);
  },
});
registerStoriesPart();

const opened: WorkspaceDb[] = [];
const savers: WorkspaceSaver[] = [];

async function open(options: ReturnType<typeof freshIndexedDb>) {
  const result = await openWorkspace(options);
  if (result.kind === 'open') opened.push(result.db);
  return result;
}

function showCorpus(): void {
  useSourcesStore.getState().sourcesRestored({ label: 'Seed corpus', graph: corpusGraph() }, { sources: [], importCount: 0 });
}

function addGephi(label = 'gephi-crisis.gexf') {
  const { graph, warnings } = importedGephiGraph();
  const added = useSourcesStore.getState().addImported({ label, format: 'gexf', graph, warnings });
  if (typeof added === 'string') throw new Error(added);
  return added.source;
}

beforeEach(() => {
  useSourcesStore.setState({ sources: [], importCount: 0 });
  useAppStore.setState({ ...useAppStore.getInitialState() });
  useWorkspaceStore.setState(INITIAL_WORKSPACE_STATE);
  useStoryStore.getState().setStories([]);
  noteValue = { notes: [] };
});

afterEach(() => {
  for (const s of savers.splice(0)) s.stop();
  for (const db of opened.splice(0)) db.close();
});

describe('sources and parts across a reload', () => {
  it('brings an imported graph back byte for byte, with its label, warnings, id, prefix and the import counter', async () => {
    const idb = freshIndexedDb();
    const first = await open(idb);
    if (first.kind !== 'open') throw new Error(first.kind);
    showCorpus();
    const source = addGephi();
    savers.push(startWorkspaceSaver(first.db, { sources: [], importCount: 0, parts: {}, revision: first.revision }));
    setNotes(['look at Baku']);
    await savers[0]!.flush();
    first.db.close();

    const again = await open(idb);
    if (again.kind !== 'open') throw new Error(again.kind);
    expect(again.problems).toEqual([]);
    expect(again.content.importCount).toBe(1);
    expect(again.content.parts['test-notes']).toEqual({ notes: ['look at Baku'] });
    const [kept] = again.content.sources;
    expect(kept).toMatchObject({ id: 'import-1', keyPrefix: 'import-1:', label: 'gephi-crisis.gexf', format: 'gexf', warnings: source.warnings, position: 1 });
    expect(JSON.stringify(kept!.graph)).toBe(JSON.stringify(source.graph.export()));
    expect(JSON.stringify(fromSourceRecord(kept!).graph.export())).toBe(JSON.stringify(source.graph.export()));
  });

  it('stores the Blob the import worker wrote for a graph, and lets it go once stored', async () => {
    const idb = freshIndexedDb();
    const first = await open(idb);
    if (first.kind !== 'open') throw new Error(first.kind);
    showCorpus();
    const source = addGephi();
    const workerText = JSON.stringify(source.graph.export(), null, 1); // the same graph; its spacing tells which was stored
    rememberStoredGraph(source.graph, new Blob([workerText]));
    savers.push(startWorkspaceSaver(first.db, { sources: [], importCount: 0, parts: {}, revision: first.revision }));
    await savers[0]!.flush();
    expect(await (await first.db.sources.get('import-1'))?.graphJson.text()).toBe(workerText);
    expect(await storedGraphOf(source.graph).text()).toBe(JSON.stringify(source.graph.export()));
  });

  it('brings an article back with its article details and counts', async () => {
    const idb = freshIndexedDb();
    const first = await open(idb);
    if (first.kind !== 'open') throw new Error(first.kind);
    showCorpus();
    const article = { fileName: 'talks.md', input: 'md' as const, textHash: 'f00d', addedAt: '2026-11-29T09:30:00.000Z' };
    const added = useSourcesStore.getState().addArticle({ label: 'Talks in Baku', graph: corpusGraph(), warnings: ['One sentence had no date.'], article });
    if (typeof added === 'string') throw new Error(added);
    savers.push(startWorkspaceSaver(first.db, { sources: [], importCount: 0, parts: {}, revision: first.revision }));
    await savers[0]!.flush();
    first.db.close();

    const again = await open(idb);
    if (again.kind !== 'open') throw new Error(again.kind);
    const back = fromSourceRecord(again.content.sources[0]!);
    expect(back).toMatchObject({ id: 'article-1', keyPrefix: 'article-1:', format: 'article', label: 'Talks in Baku', article, warnings: ['One sentence had no date.'] });
    expect([back.actors, back.relations, back.documents]).toEqual([added.source.actors, added.source.relations, added.source.documents]);
    expect(JSON.stringify(back.graph.export())).toBe(JSON.stringify(added.source.graph.export()));
  });

  it('deletes the row of a removed source but never reuses its number', async () => {
    const idb = freshIndexedDb();
    const first = await open(idb);
    if (first.kind !== 'open') throw new Error(first.kind);
    showCorpus();
    savers.push(startWorkspaceSaver(first.db, { sources: [], importCount: 0, parts: {}, revision: first.revision }));
    addGephi('one.gexf');
    addGephi('two.gexf');
    await savers[0]!.flush();
    useSourcesStore.getState().removeSource('import-1');
    await savers[0]!.flush();
    first.db.close();

    const again = await open(idb);
    if (again.kind !== 'open') throw new Error(again.kind);
    expect(again.content.sources.map((s) => s.id)).toEqual(['import-2']);
    expect(again.content.importCount).toBe(2);

    // Start-up from it: the next import is number 3, not 2 again.
    const loaded = await loadWorkspaceIntoStore(fetchGraph(graphUrl(corpusGraph())), idb);
    if (loaded.db) opened.push(loaded.db);
    expect(useSourcesStore.getState().sources.map((s) => s.id)).toEqual(['corpus', 'import-2']);
    expect(addGephi('three.gexf').id).toBe('import-3');
  });

  it('writes one change once: an unchanged source is not rewritten when a part changes', async () => {
    const idb = freshIndexedDb();
    const first = await open(idb);
    if (first.kind !== 'open') throw new Error(first.kind);
    showCorpus();
    savers.push(startWorkspaceSaver(first.db, { sources: [], importCount: 0, parts: {}, revision: first.revision }));
    addGephi();
    await savers[0]!.flush();
    const put = vi.spyOn(first.db.sources, 'bulkPut');
    setNotes(['again']);
    await savers[0]!.flush();
    expect(put).not.toHaveBeenCalled();
  });
});

describe('two tabs', () => {
  /** The other tab: writes over the revision it read, as its own saver would. */
  async function otherTabSaves(db: WorkspaceDb, revision: number, write: Partial<Parameters<typeof writeWorkspace>[1]>): Promise<number> {
    return writeWorkspace(db, { putSources: [], deleteSources: [], importCount: null, parts: [], ...write }, revision);
  }

  it('keep both tabs’ articles, files and stories: a save takes in what the other tab stored first', async () => {
    const idb = freshIndexedDb();
    const mine = await open(idb);
    const other = await open(idb);
    if (mine.kind !== 'open' || other.kind !== 'open') throw new Error('not open');
    showCorpus();
    const saver = startWorkspaceSaver(mine.db, { sources: [], importCount: 0, parts: {}, revision: mine.revision }, { delayMs: 1, retryDelays: [1, 1] });
    savers.push(saver);
    useStoryStore.getState().newStory('Base story');
    await saver.flush();
    const base = (await readStoredWorkspace(mine.db)).content.parts.stories as { stories: { id: string }[] };

    // The other tab read the same state, then added an article (its first source: article-1) and a story.
    const article = { fileName: null, input: 'paste' as const, textHash: 'beef', addedAt: '2026-12-01T08:00:00.000Z' };
    const otherSource = { id: 'article-1', keyPrefix: 'article-1:', label: 'From the other tab', format: 'article' as const, graph: corpusGraph(), warnings: [], actors: 2, relations: 1, documents: 1, article };
    const otherStories = { format: 'dramatis-stories', version: 1, stories: [...base.stories, { id: 'other-tab', title: 'From the other tab', steps: [] }] };
    await otherTabSaves(other.db, saver.revision(), { putSources: [toSourceRow(otherSource, 1)], importCount: 1, parts: [{ key: 'stories', value: otherStories }] });

    // This tab, unaware, adds an article of its own (also numbered 1 here) and writes a story.
    const mineArticle = { ...article, textHash: 'cafe' };
    const added = useSourcesStore.getState().addArticle({ label: 'From this tab', graph: importedGephiGraph().graph, warnings: [], article: mineArticle });
    if (typeof added === 'string') throw new Error(added);
    expect(added.source.id).toBe('article-1');
    useStoryStore.getState().newStory('From this tab');
    await saver.flush();

    expect(useAppStore.getState().notices).toEqual([]);
    expect(useWorkspaceStore.getState().mode).not.toBe('memory');
    const stored = await readStoredWorkspace(mine.db);
    expect(stored.content.sources.map((r) => [r.id, r.label])).toEqual([
      ['article-1', 'From the other tab'],
      ['article-2', 'From this tab'],
    ]);
    expect(stored.content.importCount).toBe(2);
    const titles = (stored.content.parts.stories as { stories: { title: string }[] }).stories.map((x) => x.title);
    expect(titles.sort()).toEqual(['Base story', 'From the other tab', 'From this tab']);
    // This tab shows the other tab's article too, and its own under its new number.
    expect(useSourcesStore.getState().sources.map((x) => x.id)).toEqual(['corpus', 'article-2', 'article-1']);
    expect(useStoryStore.getState().stories.map((x) => x.title).sort()).toEqual(['Base story', 'From the other tab', 'From this tab']);
    // Its relations are shown under the new key prefix (the other tab's article repeats the corpus, so it adds none).
    expect(useAppStore.getState().graph!.edges().some((e) => e.startsWith('article-2:'))).toBe(true);
    expect(useSourcesStore.getState().importCount).toBe(2);
  });

  it('a view-only change in one tab never blocks the other tab’s save, and neither tab takes the other’s view', async () => {
    const idb = freshIndexedDb();
    const mine = await open(idb);
    const other = await open(idb);
    if (mine.kind !== 'open' || other.kind !== 'open') throw new Error('not open');
    showCorpus();
    const saver = startWorkspaceSaver(mine.db, { sources: [], importCount: 0, parts: {}, revision: mine.revision }, { delayMs: 1, retryDelays: [1, 1] });
    savers.push(saver);
    setNotes(['mine']);
    await saver.flush();
    // The other tab only switched to the table view: it saved its settings.
    await otherTabSaves(other.db, saver.revision(), { parts: [{ key: 'settings', value: { lastView: '?view=table', highContrast: false } }] });
    // This tab adds a file: it is saved, the other tab's view stays stored.
    addGephi();
    await saver.flush();
    const stored = await readStoredWorkspace(mine.db);
    expect(stored.content.sources.map((r) => r.id)).toEqual(['import-1']);
    expect(stored.content.parts.settings).toEqual({ lastView: '?view=table', highContrast: false });
    expect(stored.content.parts['test-notes']).toEqual({ notes: ['mine'] });
    expect(useAppStore.getState().notices).toEqual([]);
  });

  it('a source the other tab removed goes here too, and one this tab removed stays removed', async () => {
    const idb = freshIndexedDb();
    const mine = await open(idb);
    if (mine.kind !== 'open') throw new Error('not open');
    showCorpus();
    const saver = startWorkspaceSaver(mine.db, { sources: [], importCount: 0, parts: {}, revision: mine.revision }, { delayMs: 1, retryDelays: [1, 1] });
    savers.push(saver);
    addGephi('one.gexf');
    addGephi('two.gexf');
    await saver.flush();
    await otherTabSaves(mine.db, saver.revision(), { deleteSources: ['import-1'] });
    useSourcesStore.getState().removeSource('import-2');
    await saver.flush();
    expect((await readStoredWorkspace(mine.db)).content.sources).toEqual([]);
    expect(useSourcesStore.getState().sources.map((x) => x.id)).toEqual(['corpus']);
  });

  it('stops saving and says so only when the other tab keeps saving in between, round after round', async () => {
    const idb = freshIndexedDb();
    const mine = await open(idb);
    if (mine.kind !== 'open') throw new Error('not open');
    showCorpus();
    const saver = startWorkspaceSaver(mine.db, { sources: [], importCount: 0, parts: {}, revision: mine.revision }, { delayMs: 1, retryDelays: [1, 1] });
    savers.push(saver);
    await saver.flush();
    // A busy other tab: it saves again before each of this tab's reads and writes.
    const other = await open(idb);
    if (other.kind !== 'open') throw new Error('not open');
    let otherRevision = 1000;
    const transaction = mine.db.transaction.bind(mine.db) as (...args: unknown[]) => Promise<unknown>;
    const spy = vi.spyOn(mine.db, 'transaction').mockImplementation(((...args: unknown[]) =>
      other.db.meta.put({ key: 'revision', value: (otherRevision += 1) }).then(() => transaction(...args))) as never);
    useStoryStore.getState().newStory('From this tab');
    await saver.flush();
    spy.mockRestore();
    expect(useWorkspaceStore.getState().mode).toBe('memory');
    expect(useAppStore.getState().notices).toEqual([CONFLICT_MESSAGE]);
  });
});

describe('start-up', () => {
  it('writes nothing when a tab only opens: restored parts set again and the same sources are not saves', async () => {
    const idb = freshIndexedDb();
    const first = await open(idb);
    if (first.kind !== 'open') throw new Error(first.kind);
    showCorpus();
    const saver = startWorkspaceSaver(first.db, { sources: [], importCount: 0, parts: {}, revision: first.revision });
    savers.push(saver);
    addGephi();
    useStoryStore.getState().newStory('Kept story');
    await saver.flush();
    saver.stop();
    const before = await readStoredWorkspace(first.db);
    useWorkspaceStore.setState(INITIAL_WORKSPACE_STATE);

    const loaded = await loadWorkspaceIntoStore(fetchGraph(graphUrl(corpusGraph())), idb);
    if (loaded.db) opened.push(loaded.db);
    const second = startWorkspaceSaver(loaded.db!, loaded, { delayMs: 1 });
    savers.push(second);
    useStoryStore.getState().setStories([...useStoryStore.getState().stories]); // the same stories, a new array
    await second.flush();
    expect((await readStoredWorkspace(first.db)).revision).toBe(before.revision);
    expect(useWorkspaceStore.getState().lastSavedAt).toBeNull();
  });

  it('shows the corpus with the kept sources in one graph, with the parts restored before it', async () => {
    const idb = freshIndexedDb();
    const first = await open(idb);
    if (first.kind !== 'open') throw new Error(first.kind);
    showCorpus();
    savers.push(startWorkspaceSaver(first.db, { sources: [], importCount: 0, parts: {}, revision: first.revision }));
    const source = addGephi();
    useStoryStore.getState().newStory('Kept story');
    setNotes(['kept']);
    await savers[0]!.flush();
    savers.pop()!.stop();
    first.db.close();

    // A fresh page: nothing in memory.
    useAppStore.setState({ ...useAppStore.getInitialState() });
    useStoryStore.getState().setStories([]);
    noteValue = { notes: [] };
    const shown: number[] = [];
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (s.graph !== prev.graph && s.graph) shown.push(s.graph.order);
    });
    const storiesWhenShown: number[] = [];
    const unsubscribeStories = useAppStore.subscribe((s, prev) => {
      if (s.graph !== prev.graph) storiesWhenShown.push(useStoryStore.getState().stories.length);
    });
    const loaded = await loadWorkspaceIntoStore(fetchGraph(graphUrl(corpusGraph())), idb);
    unsubscribe();
    unsubscribeStories();
    if (loaded.db) opened.push(loaded.db);

    expect(useWorkspaceStore.getState().mode).toBe('saved');
    expect(shown).toEqual([corpusGraph().order + source.graph.order - sharedActors(source.graph)]);
    expect(storiesWhenShown).toEqual([1]);
    expect(useStoryStore.getState().stories.map((s) => s.title)).toEqual(['Kept story']);
    expect(noteValue).toEqual({ notes: ['kept'] });
    expect(useSourcesStore.getState().importCount).toBe(1);
    expect(useAppStore.getState().notices).toEqual([]);
  });

  it('keeps a removed seed corpus removed after a reload, and brings it back on request', async () => {
    const idb = freshIndexedDb();
    const first = await open(idb);
    if (first.kind !== 'open') throw new Error(first.kind);
    showCorpus();
    savers.push(startWorkspaceSaver(first.db, { sources: [], importCount: 0, parts: {}, revision: first.revision }));
    addGephi();
    expect(useSourcesStore.getState().removeSource('corpus')).toBe(true);
    await savers[0]!.flush();
    savers.pop()!.stop();
    first.db.close();

    // A fresh page.
    useSourcesStore.setState({ sources: [], importCount: 0, corpusRemoved: false, corpus: null });
    useAppStore.setState({ ...useAppStore.getInitialState() });
    const loaded = await loadWorkspaceIntoStore(fetchGraph(graphUrl(corpusGraph())), idb);
    if (loaded.db) opened.push(loaded.db);
    expect(useSourcesStore.getState().sources.map((x) => x.id)).toEqual(['import-1']);
    expect(useAppStore.getState().graph!.hasNode('turkey')).toBe(false);

    const saver = startWorkspaceSaver(loaded.db!, loaded, { delayMs: 1 });
    savers.push(saver);
    expect(useSourcesStore.getState().restoreCorpus()).toBe(true);
    expect(useSourcesStore.getState().sources.map((x) => x.id)).toEqual(['corpus', 'import-1']);
    expect(useAppStore.getState().graph!.hasNode('turkey')).toBe(true);
    await saver.flush();
    expect((await readStoredWorkspace(loaded.db!)).content.parts.corpus).toEqual({ removed: false });
  });

  it('shows the corpus and one message when IndexedDB refuses to open, and keeps working in memory', async () => {
    const broken = { open: () => { throw new DOMException('The user denied permission to access the database.', 'SecurityError'); } };
    const loaded = await loadWorkspaceIntoStore(fetchGraph(graphUrl(corpusGraph())), { indexedDB: broken, IDBKeyRange: freshIndexedDb().IDBKeyRange });
    expect(loaded.db).toBeNull();
    expect(useAppStore.getState().status).toBe('ready');
    expect(useWorkspaceStore.getState().mode).toBe('memory');
    const notices = useAppStore.getState().notices;
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/cannot be saved in this browser .*denied permission.*Save backup/);
    // The session goes on: an import still lands.
    expect(addGephi().id).toBe('import-1');
  });

  it('reports a corpus that failed to load, as before, and leaves the kept workspace alone', async () => {
    const idb = freshIndexedDb();
    const loaded = await loadWorkspaceIntoStore(Promise.reject(new Error('Could not load the graph (graph/default-graph.json answered HTTP 404).')), idb);
    expect(loaded.db).toBeNull();
    expect(useAppStore.getState()).toMatchObject({ status: 'error', error: 'Could not load the graph (graph/default-graph.json answered HTTP 404).' });
  });

  it('goes on in memory when the database does not answer (another tab holding it)', async () => {
    const silent = { open: () => ({}) }; // a request that never succeeds, fails or is blocked
    // It gives up after the 300 ms given (a database that never answers would hold the test until its timeout).
    const loaded = await loadWorkspaceIntoStore(fetchGraph(graphUrl(corpusGraph())), { indexedDB: silent, IDBKeyRange: freshIndexedDb().IDBKeyRange }, 300);
    expect(loaded.db).toBeNull();
    expect(useAppStore.getState().status).toBe('ready');
    expect(useAppStore.getState().notices).toEqual([expect.stringMatching(/did not answer within 0.3 seconds; another Dramatis tab/)]);
  });

  it('reports a database written by a newer version, leaves it untouched and works in memory', async () => {
    const idb = freshIndexedDb();
    const newer = new Dexie(WORKSPACE_DB_NAME, idb);
    newer.version(NEWER).stores({ sources: 'id', parts: 'key', meta: 'key', snapshots: 'id' });
    await newer.open();
    await newer.table('parts').put({ key: 'stories', value: { shape: 'from the future' } });
    await newer.table('meta').put({ key: 'schema', value: { version: NEWER, appVersion: '2.0.0' } });
    newer.close();

    const loaded = await loadWorkspaceIntoStore(fetchGraph(graphUrl(corpusGraph())), idb);
    expect(loaded.db).toBeNull();
    expect(useWorkspaceStore.getState().mode).toBe('memory');
    expect(useAppStore.getState().notices).toEqual([expect.stringMatching(new RegExp(`newer version of Dramatis \\(Dramatis 2\\.0\\.0\\), with workspace schema ${NEWER}.*left untouched`))]);
    expect(useAppStore.getState().status).toBe('ready');

    const check = new Dexie(WORKSPACE_DB_NAME, idb);
    check.version(NEWER).stores({ sources: 'id', parts: 'key', meta: 'key', snapshots: 'id' });
    await check.open();
    expect(check.verno).toBe(NEWER);
    expect(await check.table('parts').get('stories')).toEqual({ key: 'stories', value: { shape: 'from the future' } });
    check.close();
  });

  it('treats a schema row from a newer app as newer even when the database version is the same', async () => {
    const idb = freshIndexedDb();
    const first = await open(idb);
    if (first.kind !== 'open') throw new Error(first.kind);
    await first.db.meta.put({ key: 'schema', value: { version: NEWER, appVersion: '1.4.0' } });
    first.db.close();
    expect(await openWorkspace(idb)).toEqual({ kind: 'newer', version: NEWER, appVersion: '1.4.0' });
  });
});

describe('a failing write', () => {
  it('is reported when a part cannot give its value, and nothing half-written lands', async () => {
    const idb = freshIndexedDb();
    const first = await open(idb);
    if (first.kind !== 'open') throw new Error(first.kind);
    showCorpus();
    const saver = startWorkspaceSaver(first.db, { sources: [], importCount: 0, parts: {}, revision: first.revision }, { delayMs: 1, retryDelays: [1, 1] });
    savers.push(saver);
    await saver.flush();
    let poke: () => void = () => undefined;
    registerPersistedPart({
      key: 'broken-part',
      snapshot: () => {
        throw new Error('the part lost its state');
      },
      restore: () => undefined,
      subscribe: (changed) => {
        poke = changed;
        return () => undefined;
      },
    });
    // Parts registered after the start are not followed; a fresh saver takes them.
    saver.stop();
    const second = startWorkspaceSaver(first.db, { sources: useSourcesStore.getState().sources.slice(1), importCount: 0, parts: {}, revision: saver.revision() }, { delayMs: 1, retryDelays: [1, 1] });
    savers.push(second);
    addGephi();
    poke();
    await second.flush();
    expect(useWorkspaceStore.getState().writeFailure).toMatch(/could not be saved in this browser \(the part lost its state; 1 try\)/);
    expect((await first.db.sources.toArray()).map((r) => r.id)).toEqual([]);
    registerPersistedPart({ key: 'broken-part', snapshot: () => null, restore: () => undefined, subscribe: () => () => undefined });
  });

  async function savingWith(failures: number) {
    const idb = freshIndexedDb();
    const first = await open(idb);
    if (first.kind !== 'open') throw new Error(first.kind);
    showCorpus();
    const saver = startWorkspaceSaver(first.db, { sources: [], importCount: 0, parts: {}, revision: first.revision }, { delayMs: 1, retryDelays: [1, 1] });
    savers.push(saver);
    let left = failures;
    const attempts = vi.fn();
    const real = first.db.parts.bulkPut.bind(first.db.parts);
    vi.spyOn(first.db.parts, 'bulkPut').mockImplementation(((...args: Parameters<typeof real>) => {
      attempts();
      if (left > 0) {
        left--;
        return Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError'));
      }
      return real(...args);
    }) as typeof real);
    return { db: first.db, saver, attempts, idb };
  }

  it('is retried and lands without a message when a retry succeeds', async () => {
    const { saver, attempts, idb, db } = await savingWith(2);
    setNotes(['third time']);
    await saver.flush();
    expect(attempts).toHaveBeenCalledTimes(3);
    expect(useAppStore.getState().notices).toEqual([]);
    db.close();
    const again = await open(idb);
    expect(again.kind === 'open' && again.content.parts['test-notes']).toEqual({ notes: ['third time'] });
  });

  it('is reported after three tries; the next good save takes the message away and writes what was missed', async () => {
    const { saver, attempts, idb, db } = await savingWith(3);
    setNotes(['lost?']);
    await saver.flush();
    expect(attempts).toHaveBeenCalledTimes(3);
    const failure = useWorkspaceStore.getState().writeFailure;
    expect(failure).toMatch(/could not be saved in this browser \(the browser’s storage for this site is full; 3 tries\).*Save backup/);
    expect(useAppStore.getState().notices).toEqual([failure]);

    useStoryStore.getState().newStory('Later');
    await saver.flush();
    expect(useWorkspaceStore.getState().writeFailure).toBeNull();
    expect(useAppStore.getState().notices).toEqual([]);
    db.close();
    const again = await open(idb);
    if (again.kind !== 'open') throw new Error(again.kind);
    expect(again.content.parts['test-notes']).toEqual({ notes: ['lost?'] });
    expect(again.content.parts['stories']).toMatchObject({ stories: [{ title: 'Later' }] });
  });
});

function sharedActors(graph: import('../../../src/graph/buildGraph').DramatisGraph): number {
  const corpus = corpusGraph();
  return graph.nodes().filter((n) => corpus.hasNode(n)).length;
}
