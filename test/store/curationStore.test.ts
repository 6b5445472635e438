// The edit log in the store: undo, redo, a new edit dropping the redo tail, restore, and the
// workspace showing the merge with the active edits (re-applied on every change).
import { beforeEach, describe, expect, it } from 'vitest';
import { EdgeOrigins } from '../../src/graph/curation/signatures';
import { useAppStore } from '../../src/store/appStore';
import { EMPTY_LOG, readLog, redone, undone, withEdit } from '../../src/store/curationLog';
import { useCurationStore } from '../../src/store/curationStore';
import { persistedParts } from '../../src/store/persistence/persistedParts';
import { loadWorkspaceGraph, showWorkspaceGraph } from '../../src/store/workspaceGraph';
import { stampEdit } from '../../src/graph/curation/newEdit';
import { extractedGraph } from '../graph/curation/curationFixture';

const base = extractedGraph();
const origins = EdgeOrigins.of(base);
const reject = (key: string) => stampEdit({ kind: 'reject', edge: origins.ref(key)! });

describe('edit log transitions', () => {
  it('undo and redo move the cursor within the log, and stop at its ends', () => {
    const a = reject('e1');
    const b = reject('e2');
    const log = withEdit(withEdit(EMPTY_LOG, a), b);
    expect(log).toEqual({ edits: [a, b], cursor: 2 });
    expect(undone(log)).toEqual({ edits: [a, b], cursor: 1 });
    expect(undone(undone(undone(log)))).toEqual({ edits: [a, b], cursor: 0 });
    expect(redone(undone(log))).toEqual(log);
    expect(redone(log)).toBe(log);
  });

  it('a new edit after an undo drops the redo tail', () => {
    const [a, b, c] = [reject('e1'), reject('e2'), reject('e3')];
    const log = withEdit(undone(withEdit(withEdit(EMPTY_LOG, a), b)), c);
    expect(log).toEqual({ edits: [a, c], cursor: 2 });
  });

  it('a stored log is read safely: unreadable entries out, cursor within bounds', () => {
    const a = reject('e1');
    expect(readLog({ edits: [a, 42, { nope: true }], cursor: 9 })).toEqual({ edits: [a], cursor: 1 });
    expect(readLog('garbage')).toEqual(EMPTY_LOG);
  });
});

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
