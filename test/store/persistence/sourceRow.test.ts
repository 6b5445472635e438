// Schema 3 keeps each source's graph in IndexedDB as a JSON Blob (schema 2 as JSON text): a schema-1
// database (graphs as objects) is upgraded on opening, schema-2 text rows still read, rows read back
// as records, and a graph's handed-over Blob is what gets written (the page does not write it out again).
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace, WORKSPACE_DB_NAME, type WorkspaceDb } from '../../../src/store/persistence/db';
import { forgetStoredGraph, rememberStoredGraph, storedGraphOf } from '../../../src/store/persistence/storedGraph';
import { readSourceRow, recordToRow, toSourceRow } from '../../../src/store/persistence/sourceRow';
import { toSourceRecord } from '../../../src/store/persistence/workspaceRecord';
import type { SessionSource } from '../../../src/store/sourceList';
import { freshIndexedDb, importedGephiGraph } from './persistenceFixtures';

const opened: WorkspaceDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function gephiSource(): SessionSource {
  const { graph, warnings } = importedGephiGraph();
  return { id: 'import-1', keyPrefix: 'import-1:', label: 'gephi-crisis.gexf', format: 'gexf', graph, warnings, actors: graph.order, relations: graph.size, documents: 1 };
}

describe('source rows', () => {
  it('holds the graph as a JSON Blob and reads back the same record', async () => {
    const source = gephiSource();
    const row = toSourceRow(source, 1);
    expect(row.graphJson).toBeInstanceOf(Blob);
    expect(row.graphJson.type).toBe('application/json');
    expect(await row.graphJson.text()).toBe(JSON.stringify(source.graph.export()));
    expect(row).not.toHaveProperty('graph');
    expect(await readSourceRow(row, 'A kept source')).toEqual(toSourceRecord(source, 1));
    const restored = recordToRow(toSourceRecord(source, 1));
    expect({ ...restored, graphJson: await restored.graphJson.text() }).toEqual({ ...row, graphJson: await row.graphJson.text() });
  });

  it('still reads a schema-2 row, the graph as text', async () => {
    const source = gephiSource();
    const { graphJson, ...rest } = toSourceRow(source, 1);
    expect(await readSourceRow({ ...rest, graphText: await graphJson.text() }, 'A kept source')).toEqual(toSourceRecord(source, 1));
  });

  it('writes the Blob handed over for a graph, until it is forgotten', async () => {
    const source = gephiSource();
    const handed = new Blob([JSON.stringify(source.graph.export(), null, 1)]); // same graph, other spacing: tells which was used
    rememberStoredGraph(source.graph, handed);
    expect(toSourceRow(source, 1).graphJson).toBe(handed);
    forgetStoredGraph(source.graph);
    expect(await storedGraphOf(source.graph).text()).toBe(JSON.stringify(source.graph.export()));
  });

  it('says what is wrong with a row whose stored graph is not a graph', async () => {
    const row = toSourceRow(gephiSource(), 1);
    const json = (text: string) => new Blob([text]);
    expect(await readSourceRow({ ...row, graphJson: json('{"nodes": [') }, 'A kept source')).toMatch(/^A kept source \(import-1\) holds a graph that is not JSON/);
    expect(await readSourceRow({ ...row, graphJson: '{"nodes": []}' }, 'A kept source')).toBe('A kept source holds no serialised graph');
    expect(await readSourceRow({ ...row, graphJson: json('{"nodes": []}') }, 'A kept source')).toBe('A kept source (import-1) holds no serialised graph');
    const { graphJson: _dropped, ...text } = row;
    expect(await readSourceRow({ ...text, graphText: '{"nodes": [' }, 'A kept source')).toMatch(/^A kept source \(import-1\) holds a graph that is not JSON/);
    expect(await readSourceRow({ ...text, graphText: 7 }, 'A kept source')).toBe('A kept source holds no serialised graph');
  });
});

describe('schema 1 → 2 in IndexedDB', () => {
  it('turns a schema-1 row into text on opening and reads the same source back', async () => {
    const idb = freshIndexedDb();
    const source = gephiSource();
    const v1 = new Dexie(WORKSPACE_DB_NAME, idb);
    v1.version(1).stores({ sources: 'id', parts: 'key', meta: 'key' });
    await v1.open();
    await v1.table('sources').put(toSourceRecord(source, 1));
    await v1.table('meta').put({ key: 'schema', value: { version: 1, appVersion: '0.9.0' } });
    await v1.table('meta').put({ key: 'importCount', value: 1 });
    v1.close();

    const result = await openWorkspace(idb);
    if (result.kind !== 'open') throw new Error(result.kind);
    opened.push(result.db);
    expect(result.problems).toEqual([]);
    expect(result.content.sources).toEqual([toSourceRecord(source, 1)]);
    const stored = (await result.db.sources.get('import-1')) as unknown as Record<string, unknown>;
    expect(stored).not.toHaveProperty('graph');
    expect(JSON.parse(stored.graphText as string)).toEqual(source.graph.export());
    expect((await result.db.meta.get('schema'))?.value).toMatchObject({ version: 3 });
    expect(result.db.verno).toBe(3);
  });
});

describe('schema 2 → 3 in IndexedDB', () => {
  it('reads a schema-2 database (graphs as text) as it is, and writes the next save as a Blob', async () => {
    const idb = freshIndexedDb();
    const source = gephiSource();
    const v2 = new Dexie(WORKSPACE_DB_NAME, idb);
    v2.version(2).stores({ sources: 'id', parts: 'key', meta: 'key' });
    await v2.open();
    const { graphJson, ...rest } = toSourceRow(source, 1);
    await v2.table('sources').put({ ...rest, graphText: await graphJson.text() });
    await v2.table('meta').put({ key: 'schema', value: { version: 2, appVersion: '1.0.0' } });
    v2.close();

    const result = await openWorkspace(idb);
    if (result.kind !== 'open') throw new Error(result.kind);
    opened.push(result.db);
    expect(result.problems).toEqual([]);
    expect(result.content.sources).toEqual([toSourceRecord(source, 1)]);
    expect(result.db.verno).toBe(3);
    await result.db.sources.put(toSourceRow(source, 1));
    const stored = await result.db.sources.get('import-1');
    expect(stored?.graphJson).toBeInstanceOf(Blob);
    expect(JSON.parse(await stored!.graphJson.text())).toEqual(source.graph.export());
  });
});
