// The workspace backup file: what is saved comes back exactly, older schemas are migrated, and a
// bad, foreign or newer file is refused with one message before anything is replaced.
import { describe, expect, it } from 'vitest';
import { backupFileName, readWorkspaceBackup, workspaceBackup } from '../../../src/store/persistence/backupFile';
import { toSourceRecord, type WorkspaceContent } from '../../../src/store/persistence/workspaceRecord';
import { formatBytes, summarizeWorkspace } from '../../../src/store/persistence/workspaceSummary';
import { withArticle, withCorpus, withImported } from '../../../src/store/sourceList';
import { corpusGraph, importedGephiGraph } from './persistenceFixtures';

function content(): WorkspaceContent {
  const gephi = importedGephiGraph();
  let list = withCorpus('Seed corpus', corpusGraph());
  list = withImported(list, { label: 'gephi-crisis.gexf', format: 'gexf', graph: gephi.graph, warnings: gephi.warnings });
  list = withArticle(list, {
    label: 'Talks in Baku',
    graph: corpusGraph(),
    warnings: [],
    article: { fileName: null, input: 'paste', textHash: 'abc123', addedAt: '2026-11-29T10:00:00.000Z' },
  });
  return {
    sources: list.sources.slice(1).map((s, i) => toSourceRecord(s, i + 1)),
    importCount: list.importCount,
    parts: {
      stories: { format: 'dramatis-stories', version: 1, stories: [] },
      settings: { lastView: '?from=2025-06-01&view=table', highContrast: true },
      curation: { edits: [{ id: 'x', kind: 'reject', edge: 'import-1:e3' }], cursor: 1 },
    },
  };
}

const SAVED_AT = new Date('2026-11-29T17:00:00.000Z');

describe('workspace backup file', () => {
  it('round-trips sources (graphs byte for byte), the counter and every part', () => {
    const original = content();
    const text = JSON.stringify(workspaceBackup(original, '0.1.0', SAVED_AT));
    const read = readWorkspaceBackup(text);
    if (!read.ok) throw new Error(read.error);
    expect(read.savedAt).toBe('2026-11-29T17:00:00.000Z');
    expect(read.appVersion).toBe('0.1.0');
    expect(read.content.importCount).toBe(2);
    expect(read.content.parts).toEqual(original.parts);
    expect(read.content.sources.map((s) => [s.id, s.format, s.label])).toEqual([
      ['import-1', 'gexf', 'gephi-crisis.gexf'],
      ['article-2', 'article', 'Talks in Baku'],
    ]);
    expect(read.content.sources[1]!.article).toEqual(original.sources[1]!.article);
    for (const [i, s] of read.content.sources.entries()) expect(JSON.stringify(s.graph)).toBe(JSON.stringify(original.sources[i]!.graph));
  });

  it('is named by its date with the workspace extension', () => {
    expect(backupFileName(SAVED_AT)).toBe('dramatis-2026-11-29.dramatis-workspace.json');
  });

  it('migrates a schema-0 backup (the stories alone) to the current shape', () => {
    const stories = { format: 'dramatis-stories', version: 1, stories: [{ id: 'a1', title: 'Old', steps: [] }] };
    const read = readWorkspaceBackup(JSON.stringify({ format: 'dramatis-workspace', schemaVersion: 0, stories }));
    expect(read).toMatchObject({ ok: true, content: { sources: [], importCount: 0, parts: { stories } } });
  });

  it('never lowers the counter below a kept source number', () => {
    const backup = workspaceBackup(content(), '0.1.0', SAVED_AT);
    const read = readWorkspaceBackup(JSON.stringify({ ...backup, importCount: 0 }));
    expect(read.ok && read.content.importCount).toBe(2);
  });

  const good = () => workspaceBackup(content(), '0.1.0', SAVED_AT);
  const refusals: Array<[string, () => string, RegExp]> = [
    ['text that is not JSON', () => 'not json {', /not JSON/],
    ['a graph file', () => '<?xml version="1.0"?><gexf></gexf>', /not JSON/],
    ['a story file', () => JSON.stringify({ format: 'dramatis-stories', version: 1, stories: [] }), /not a Dramatis workspace backup \(it says its format is “dramatis-stories”\)/],
    ['a JSON array', () => '[]', /not a Dramatis workspace backup/],
    ['a newer schema', () => JSON.stringify({ ...good(), schemaVersion: 7, appVersion: '3.0.0' }), /newer version of Dramatis \(Dramatis 3\.0\.0\), with workspace schema 7/],
    ['no schema version', () => JSON.stringify({ ...good(), schemaVersion: undefined }), /does not say which workspace schema/],
    ['a source with a foreign prefix', () => JSON.stringify({ ...good(), sources: [{ ...good().sources[0], keyPrefix: '' }] }), /damaged: source 1 \(import-1\) has the key prefix ""/],
    ['the corpus as a source', () => JSON.stringify({ ...good(), sources: [{ ...good().sources[0], id: 'corpus', keyPrefix: 'corpus:' }] }), /damaged: source 1 has no valid id/],
    ['a duplicated source', () => JSON.stringify({ ...good(), sources: [good().sources[0], good().sources[0]] }), /the source id import-1 appears twice/],
    ['an article without its details', () => JSON.stringify({ ...good(), sources: [{ ...good().sources[1], article: undefined }] }), /article without its article details/],
    [
      'a graph whose edge names a missing actor',
      () => {
        const b = good();
        const g = b.sources[0]!.graph;
        return JSON.stringify({ ...b, sources: [{ ...b.sources[0], graph: { ...g, edges: [{ ...g.edges[0], source: 'nobody-here' }] } }] });
      },
      /damaged: the kept graph of “gephi-crisis.gexf” could not be rebuilt/,
    ],
    ['parts that are not an object', () => JSON.stringify({ ...good(), parts: [] }), /has no parts/],
    ['a fractional counter', () => JSON.stringify({ ...good(), importCount: 1.5 }), /counter is not a whole number/],
  ];
  for (const [what, text, message] of refusals) {
    it(`refuses ${what} with a message`, () => {
      const read = readWorkspaceBackup(text());
      expect(read.ok).toBe(false);
      expect(!read.ok && read.error).toMatch(message);
    });
  }
});

describe('what the Workspace dialog lists', () => {
  it('names each kept source and part with its size, and adds them up', () => {
    const summary = summarizeWorkspace(content());
    expect(summary.items.map((i) => [i.label, i.detail])).toEqual([
      ['gephi-crisis.gexf', expect.stringMatching(/^GEXF file, \d+ actors, \d+ relations$/)],
      ['Talks in Baku', 'article, 2 actors, 1 relation'],
      ['Stories', '0 stories'],
      ['Settings', 'last view and preferences'],
      ['Edits', '1 edit'],
    ]);
    const gephi = content().sources[0]!;
    expect(summary.items[0]!.bytes).toBe(new TextEncoder().encode(JSON.stringify(gephi)).length);
    expect(summary.totalBytes).toBe(summary.items.reduce((sum, i) => sum + i.bytes, 0));
    expect(formatBytes(summary.items[0]!.bytes)).toMatch(/^\d+(\.\d)? (B|KB)$/);
    expect([formatBytes(512), formatBytes(1536), formatBytes(5 * 1024 ** 2), formatBytes(300 * 1024 ** 3)]).toEqual(['512 B', '1.5 KB', '5.0 MB', '300.0 GB']);
  });
});
