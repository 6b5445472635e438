// Property-based fuzzing of the other files a user opens: the workspace backup
// (readWorkspaceBackup) and story files (parseStoryFileText), as any text, any JSON value and
// mutated valid files. Each is read or refused with a message, never throws, stays under a bound.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KNOWN_RELATION_IDS } from '../../src/graph/relationStyles';
import { validateGraph } from '../../src/graph/validateGraph';
import { readWorkspaceBackup, workspaceBackup } from '../../src/store/persistence/backupFile';
import { fromSourceRecord, toSourceRecord, type WorkspaceContent } from '../../src/store/persistence/workspaceRecord';
import { withArticle, withCorpus, withImported } from '../../src/store/sourceList';
import { MAX_CAPTION_LENGTH, MAX_TITLE_LENGTH } from '../../src/store/story';
import { parseStoryFileText, storyFile, type StoryFileResult } from '../../src/store/storyFile';
import { FUZZ_RUNS, FUZZ_TEST_TIMEOUT_MS, HOSTILE_STRINGS, PER_INPUT_MS, rawText, withinBound } from './fuzzArbitraries';
import { mutateJson, mutations } from './fuzzMutations';
import { corpusGraph } from '../store/persistence/persistenceFixtures';

function backupText(): string {
  let list = withCorpus('Seed corpus', corpusGraph());
  list = withImported(list, { label: '<img src=x onerror=alert(1)>.gexf', format: 'gexf', graph: corpusGraph(), warnings: ['a warning'] });
  list = withArticle(list, { label: 'Talks', graph: corpusGraph(), warnings: [], article: { fileName: null, input: 'paste', textHash: 'abc', addedAt: '2026-11-29T10:00:00.000Z' } });
  const content: WorkspaceContent = {
    sources: list.sources.slice(1).map((s, i) => toSourceRecord(s, i + 1)),
    importCount: list.importCount,
    parts: { stories: storyFile([]), settings: { lastView: '?view=table' } },
  };
  return JSON.stringify(workspaceBackup(content, '0.1.0', new Date('2026-11-29T17:00:00.000Z')));
}

const STORY_TEXT = JSON.stringify(
  storyFile([
    { id: 's1', title: 'June strikes', steps: [{ id: 'a', view: { query: '?from=2025-06-01', camera: { x: 0.5, y: 0.5, ratio: 1, angle: 0 } }, caption: '**Strikes** <b>begin</b>' }, { id: 'b', view: { query: '', camera: null }, caption: '' }] },
    { id: 's2', title: '<img src=x onerror=alert(1)>', steps: [] },
  ]),
);

const anyText = fc.oneof(rawText, fc.json({ maxDepth: 3 }), fc.constantFrom(...HOSTILE_STRINGS));

function checkStories(read: StoryFileResult): void {
  if (!read.ok) {
    expect(read.error.length).toBeGreaterThan(10);
    return;
  }
  for (const p of read.problems) expect(typeof p).toBe('string');
  const ids = read.stories.map((s) => s.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const s of read.stories) {
    expect(s.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(typeof s.title).toBe('string');
    expect(s.title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    for (const step of s.steps) {
      expect(typeof step.view.query).toBe('string');
      expect(step.caption.length).toBeLessThanOrEqual(MAX_CAPTION_LENGTH);
      const c = step.view.camera;
      if (c) expect([c.x, c.y, c.ratio, c.angle].every(Number.isFinite) && c.ratio > 0).toBe(true);
    }
  }
}

describe(`workspace backup fuzz (${FUZZ_RUNS} cases each, under ${PER_INPUT_MS} ms each)`, () => {
  const valid = backupText();

  it('the unmutated backup is read (sanity check of the fixture)', () => {
    expect(readWorkspaceBackup(valid).ok).toBe(true);
  });

  it('any text is refused with a message, never an exception', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const read = withinBound(PER_INPUT_MS, 'readWorkspaceBackup', () => readWorkspaceBackup(text));
        if (!read.ok) expect(read.error.length).toBeGreaterThan(10);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('a mutated backup is read whole with valid graphs, or refused with one message', () => {
    let read = 0;
    fc.assert(
      fc.property(mutations, (ms) => {
        const result = withinBound(PER_INPUT_MS, 'readWorkspaceBackup', () => readWorkspaceBackup(mutateJson(valid, ms)));
        if (!result.ok) {
          expect(result.error.length).toBeGreaterThan(10);
          return;
        }
        read++;
        const ids = result.content.sources.map((s) => s.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(Number.isInteger(result.content.importCount) && result.content.importCount >= 0).toBe(true);
        for (const record of result.content.sources) {
          const source = fromSourceRecord(record);
          expect(validateGraph(source.graph.export(), KNOWN_RELATION_IDS)).toEqual([]);
        }
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      { numRuns: FUZZ_RUNS },
    );
    expect(read).toBeGreaterThan(FUZZ_RUNS / 20);
  }, FUZZ_TEST_TIMEOUT_MS);
});

describe(`story file fuzz (${FUZZ_RUNS} cases each, under ${PER_INPUT_MS} ms each)`, () => {
  it('any text gives valid stories or a message', () => {
    fc.assert(
      fc.property(anyText, (text) => checkStories(withinBound(PER_INPUT_MS, 'parseStoryFileText', () => parseStoryFileText(text)))),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('a mutated story file gives valid stories (what was left out told) or a message', () => {
    fc.assert(
      fc.property(mutations, (ms) => checkStories(withinBound(PER_INPUT_MS, 'parseStoryFileText', () => parseStoryFileText(mutateJson(STORY_TEXT, ms))))),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe('backup regressions found by fuzzing', () => {
  const damaged = (change: (edge: { key?: string; attributes: Record<string, unknown> }) => void) => {
    const json = JSON.parse(backupText()) as { sources: { graph: { edges: { key?: string; attributes: Record<string, unknown> }[] } }[] };
    change(json.sources[0]!.graph.edges[0]!);
    return readWorkspaceBackup(JSON.stringify(json));
  };

  it('a kept graph that breaks the contract is refused with a message (was loaded as is)', () => {
    expect(damaged((e) => delete e.key)).toEqual({ ok: false, error: 'This backup is damaged: source 1 (<img src=x onerror=alert(1)>.gexf): edges: edge without key or attributes. Nothing was changed.' });
    expect(damaged((e) => (e.attributes.date = '2025-02-30'))).toEqual({ ok: false, error: 'This backup is damaged: source 1 (<img src=x onerror=alert(1)>.gexf): edge e1: bad date 2025-02-30. Nothing was changed.' });
    expect(damaged((e) => (e.attributes.evidence = { text: 'Ankara attacked Baku.', start: 0, end: 21 })).ok).toBe(false);
  });
});

describe('backup prototype regression found while fuzzing', () => {
  it('a kept graph with an actor keyed "__proto__" is refused before graphology could write to Object.prototype', () => {
    const json = JSON.parse(backupText()) as { sources: { graph: { nodes: { key: string }[]; edges: { key: string; target: string }[] } }[] };
    const g = json.sources[0]!.graph;
    g.nodes[1]!.key = '__proto__';
    g.edges[0]!.target = '__proto__';
    g.edges.push({ ...g.edges[0]!, key: 'e2' });
    const read = readWorkspaceBackup(JSON.stringify(json));
    expect(read).toEqual({ ok: false, error: 'This backup is damaged: source 1 (import-1) has an actor id no graph can hold ("__proto__"). Nothing was changed.' });
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
