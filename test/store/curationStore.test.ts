// The edit log in the store: undo, redo, a new edit dropping the redo tail, restore (the workspace
// showing the merge with the active edits is test/app/workspaceGraph.test.ts).
import { describe, expect, it } from 'vitest';
import { EdgeOrigins } from '../../src/graph/curation/signatures';
import { EMPTY_LOG, readLog, redone, undone, withEdit } from '../../src/store/curationLog';
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
