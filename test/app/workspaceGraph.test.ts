// The workspace showing the merge of the sources with the active edits (re-applied on every
// change), and the edit log kept as the workspace part "curation".
import { MultiDirectedGraph } from 'graphology';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import relationsFile from '../../data/relations.json';
import { generateSyntheticGraph } from '../../src/cli/synthetic/generateGraph';
import type { SerializedDramatisGraph } from '../../src/domain/contract';
import type { DramatisGraph } from '../../src/graph/buildGraph';
import { graphPending, loadWorkspaceGraph, showWorkspaceGraph, startWorkspaceGraph } from '../../src/app/workspaceGraph';
import { EdgeOrigins } from '../../src/graph/curation/signatures';
import { stampEdit } from '../../src/graph/curation/newEdit';
import { useAppStore } from '../../src/store/appStore';
import { EMPTY_LOG } from '../../src/store/curationLog';
import { useCurationStore } from '../../src/store/curationStore';
import { registerCurationPart } from '../../src/store/persistence/curationPart';
import { persistedParts } from '../../src/store/persistence/persistedParts';
import { extractedGraph } from '../graph/curation/curationFixture';

const base = extractedGraph();
const origins = EdgeOrigins.of(base);
const reject = (key: string) => stampEdit({ kind: 'reject', edge: origins.ref(key)! });

// The part of the app's wiring these tests need (src/app/startApp.ts starts it in the app).
let stopWiring: () => void = () => undefined;
beforeAll(() => {
  const unregister = registerCurationPart();
  const stopGraph = startWorkspaceGraph();
  stopWiring = () => {
    stopGraph();
    unregister();
  };
});
afterAll(() => stopWiring());

describe('workspace with edits', () => {
  beforeEach(() => {
    useCurationStore.getState().restore(EMPTY_LOG);
    loadWorkspaceGraph(extractedGraph());
  });

  it('an edit, undo and redo each change the graph the app shows; the kept merge is untouched', () => {
    const shown = () => useAppStore.getState().graph!;
    expect(shown().hasEdge('e1')).toBe(true);
    const store = useCurationStore.getState();
    store.edit({ kind: 'reject', edge: store.applied!.origins.ref('e1')! });
    expect(shown().hasEdge('e1')).toBe(false);
    expect(useAppStore.getState().summary?.relations).toBe(2);
    expect(useCurationStore.getState().applied!.base.hasEdge('e1')).toBe(true);
    useCurationStore.getState().undo();
    expect(shown().hasEdge('e1')).toBe(true);
    useCurationStore.getState().redo();
    expect(shown().hasEdge('e1')).toBe(false);
  });

  it('new sources get the active edits; an edit that no longer applies is told once and kept', () => {
    const store = useCurationStore.getState();
    store.edit({ kind: 'reject', edge: store.applied!.origins.ref('e2')! });
    store.edit({ kind: 'reject', edge: store.applied!.origins.ref('e1')! });
    const notices = useAppStore.getState().notices.length;
    showWorkspaceGraph(extractedGraph((k) => `v2-${k}`, ['e2']));
    expect(useAppStore.getState().graph!.hasEdge('v2-e1')).toBe(false);
    const after = useAppStore.getState().notices;
    expect(after.length).toBe(notices + 1);
    expect(after.at(-1)).toMatch(/no longer applies/);
    expect(useCurationStore.getState().edits.length).toBe(2);
    const [stale] = useCurationStore.getState().edits;
    expect(useCurationStore.getState().applied!.outcomes.get(stale!.id)).toMatchObject({ status: 'stale' });
    showWorkspaceGraph(extractedGraph((k) => `v3-${k}`, ['e2']));
    expect(useAppStore.getState().notices.length).toBe(notices + 1);
  });

  it('registers its log as the persisted part "curation" (snapshot, restore, change notice)', () => {
    const part = persistedParts().find((p) => p.key === 'curation')!;
    let changes = 0;
    const stop = part.subscribe(() => (changes += 1));
    const a = reject('e3');
    part.restore({ edits: [a], cursor: 1 });
    expect(changes).toBe(1);
    expect(part.snapshot()).toEqual({ edits: [a], cursor: 1 });
    expect(JSON.parse(JSON.stringify(part.snapshot()))).toEqual(part.snapshot());
    expect(useAppStore.getState().graph!.hasEdge('e3')).toBe(false);
    stop();
  });
});

function generated(events: number, seed: number): DramatisGraph {
  const data = generateSyntheticGraph({ actors: 2_000, events, years: 1, seed, relations: relationsFile.relations });
  const g: DramatisGraph = new MultiDirectedGraph({ allowSelfLoops: data.options.allowSelfLoops });
  g.import(data as SerializedDramatisGraph);
  return g;
}

describe('a large merge', () => {
  beforeEach(() => {
    useCurationStore.getState().restore(EMPTY_LOG);
    loadWorkspaceGraph(extractedGraph());
  });

  it('reaches the app store after being prepared in slices, its happenings grouped; a newer merge meanwhile wins', async () => {
    const small = useAppStore.getState().graph;
    const first = generated(10_000, 3);
    const second = generated(10_500, 4);
    const reached: DramatisGraph[] = [];
    const stop = useAppStore.subscribe((s, prev) => {
      if (s.graph !== prev.graph && s.graph) reached.push(s.graph);
    });
    showWorkspaceGraph(first);
    // Until prepared, the app shows the graph it had and the stage counts as busy.
    expect(graphPending()).toBe(true);
    expect(useAppStore.getState().graph).toBe(small);
    expect(useAppStore.getState().layout).toBe('running');
    showWorkspaceGraph(second);
    await vi.waitFor(() => expect(graphPending()).toBe(false), { timeout: 60_000, interval: 50 });
    stop();
    const shown = useAppStore.getState().graph!;
    // The first merge never reached the store: no half-second of a graph already replaced.
    expect(reached.map((g) => g.size)).toEqual([10_500]);
    expect(shown.size).toBe(10_500);
    expect(shown.everyEdge((_e, a) => typeof a.happening === 'string')).toBe(true);
    expect(useAppStore.getState().bundles!.columns.edgeKeys.length).toBe(10_500);
  }, 120_000);
});
