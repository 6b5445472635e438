// Schema 2 keeps each source's graph in IndexedDB as JSON text: a schema-1 database (graphs as
// objects) is upgraded on opening, rows read back as records, and a graph's handed-over text is
// what gets written (the page does not write the graph out again).
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace, WORKSPACE_DB_NAME, type WorkspaceDb } from '../../../src/store/persistence/db';
import { forgetGraphText, graphTextOf, rememberGraphText } from '../../../src/store/persistence/graphText';
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
  it('holds the graph as text and reads back the same record', () => {
    const source = gephiSource();
    const row = toSourceRow(source, 1);
    expect(typeof row.graphText).toBe('string');
    expect(row).not.toHaveProperty('graph');
    expect(readSourceRow(row, 'A kept source')).toEqual(toSourceRecord(source, 1));
    expect(recordToRow(toSourceRecord(source, 1))).toEqual(row);
  });

  it('writes the text handed over for a graph, until it is forgotten', () => {
    const source = gephiSource();
    const handed = JSON.stringify(source.graph.export(), null, 1); // same graph, other spacing: tells which text was used
    rememberGraphText(source.graph, handed);
    expect(toSourceRow(source, 1).graphText).toBe(handed);
    forgetGraphText(source.graph);
    expect(graphTextOf(source.graph)).toBe(JSON.stringify(source.graph.export()));
  });

  it('says what is wrong with a row whose text is not a graph', () => {
    const row = toSourceRow(gephiSource(), 1);
    expect(readSourceRow({ ...row, graphText: '{"nodes": [' }, 'A kept source')).toMatch(/^A kept source \(import-1\) holds a graph that is not JSON/);
    expect(readSourceRow({ ...row, graphText: 7 }, 'A kept source')).toBe('A kept source holds no serialised graph');
    expect(readSourceRow({ ...row, graphText: '{"nodes": []}' }, 'A kept source')).toBe('A kept source (import-1) holds no serialised graph');
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
    expect((await result.db.meta.get('schema'))?.value).toMatchObject({ version: 2 });
    expect(result.db.verno).toBe(2);
  });
});
