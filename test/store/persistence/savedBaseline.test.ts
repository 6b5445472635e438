// A save writes only what differs from what this tab knows to be stored: sources added, changed or
// removed, the counter, and parts whose value changed; a landed save becomes the new baseline.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { DramatisGraph } from '../../../src/graph/buildGraph';
import { baselineFrom, collectWrite, recordLanded, writesNothing } from '../../../src/store/persistence/savedBaseline';
import type { PersistedPart } from '../../../src/store/persistence/persistedParts';
import { CORPUS_SOURCE_ID, type SessionSource } from '../../../src/store/sourceList';

function source(id: string, label = `${id}.csv`): SessionSource {
  const graph: DramatisGraph = new MultiDirectedGraph();
  graph.replaceAttributes({ documents: [] });
  return { id, keyPrefix: `${id}:`, label, format: 'csv', graph, warnings: [], actors: 0, relations: 0, documents: 1 };
}

function part(key: string, value: unknown): PersistedPart {
  return { key, snapshot: () => value, restore: () => {}, subscribe: () => () => {} };
}

const harbour = source('import-1');
const ferry = source('import-2');

describe('collectWrite', () => {
  it('writes nothing when the sources, counter and parts are as stored', () => {
    const saved = baselineFrom({ sources: [harbour], importCount: 1, parts: { notes: { text: 'dock strike' } }, revision: 3 });
    const write = collectWrite(saved, { sources: [harbour], importCount: 1 }, [part('notes', { text: 'dock strike' })], true, new Set(['notes']));
    expect(writesNothing(write)).toBe(true);
  });

  it('puts added and changed sources in list order, deletes removed ones and leaves the corpus out', () => {
    const saved = baselineFrom({ sources: [harbour], importCount: 1, parts: {}, revision: 0 });
    const corpus = { ...source(CORPUS_SOURCE_ID), format: 'corpus' as const };
    const write = collectWrite(saved, { sources: [corpus, ferry], importCount: 2 }, [], true, new Set());
    expect(write.putSources.map((r) => [r.id, r.position])).toEqual([['import-2', 1]]);
    expect(write.deleteSources).toEqual(['import-1']);
    expect(write.importCount).toBe(2);
  });

  it('leaves sources alone unless asked, and writes only the named parts that changed', () => {
    const saved = baselineFrom({ sources: [], importCount: 0, parts: { notes: 'a', view: 'map' }, revision: 0 });
    const parts = [part('notes', 'b'), part('view', 'table'), part('stories', [])];
    const write = collectWrite(saved, { sources: [ferry], importCount: 5 }, parts, false, new Set(['notes', 'stories']));
    expect(write.putSources).toEqual([]);
    expect(write.importCount).toBeNull();
    expect(write.parts).toEqual([
      { key: 'notes', value: 'b' },
      { key: 'stories', value: [] },
    ]);
  });
});

describe('recordLanded', () => {
  it('makes the landed write the baseline, so the same state writes nothing again', () => {
    const saved = baselineFrom({ sources: [harbour], importCount: 1, parts: {}, revision: 0 });
    const now = { sources: [ferry], importCount: 2 };
    const parts = [part('notes', { text: 'ferry halted' })];
    const write = collectWrite(saved, now, parts, true, new Set(['notes']));
    recordLanded(saved, write, now.sources);
    expect([...saved.sources.keys()]).toEqual(['import-2']);
    expect(saved.importCount).toBe(2);
    expect(writesNothing(collectWrite(saved, now, parts, true, new Set(['notes'])))).toBe(true);
  });
});
