// Handing batches of documents to several runners: order kept, slow starters not waited for, failures final.
import { describe, expect, it } from 'vitest';
import { planDocuments, type DocumentTask } from '../../src/extract/documentIds';
import { distributeDocuments, type DocumentRunner } from '../../src/extract/distributeDocuments';
import type { DocumentOutcome } from '../../src/extract/mergeExtractions';

const tasks = planDocuments(Array.from({ length: 40 }, (_, i) => ({ name: `doc-${i}.md`, text: `text ${i}` })));

/** An outcome that says which document it came from, and nothing else. */
function outcomeOf(task: DocumentTask): DocumentOutcome {
  const doc = { id: task.id, title: task.name, published: null, publishedPrecision: 'unknown' as const, publishedInferred: false, source: null, body: task.text };
  return { doc, events: [], mentions: [], discovered: [], undated: 0 };
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

function fakeRunner(delayMs: number, log: string[] = [], name = 'runner'): DocumentRunner {
  return {
    ready: Promise.resolve(),
    run: async (batch) => {
      log.push(name);
      await pause(delayMs);
      return batch.map(outcomeOf);
    },
  };
}

describe('distributeDocuments', () => {
  it('returns every outcome in corpus order when runners answer at different speeds', async () => {
    const log: string[] = [];
    const outcomes = await distributeDocuments(tasks, [fakeRunner(1, log, 'fast'), fakeRunner(7, log, 'slow')]);
    expect(outcomes.map((o) => o.doc.id)).toEqual(tasks.map((t) => t.id));
    expect(log).toContain('fast');
    expect(log).toContain('slow');
    // The faster runner takes more of the batches.
    expect(log.filter((n) => n === 'fast').length).toBeGreaterThan(log.filter((n) => n === 'slow').length);
  });

  it('does not wait for a runner that never becomes ready', async () => {
    const never: DocumentRunner = { ready: new Promise(() => {}), run: () => Promise.reject(new Error('not ready')) };
    const outcomes = await distributeDocuments(tasks, [fakeRunner(0), never]);
    expect(outcomes).toHaveLength(tasks.length);
  });

  it('rejects with the first failure and starts no batch after it', async () => {
    const log: string[] = [];
    const failing: DocumentRunner = { ready: Promise.resolve(), run: async (batch) => Promise.reject(new Error(`${batch[0]!.name}: cannot read`)) };
    await expect(distributeDocuments(tasks, [failing, fakeRunner(5, log)])).rejects.toThrow('doc-0.md: cannot read');
    await pause(30);
    expect(log.length).toBe(1);
  });

  it('gives a repeated file name its own id before any document is read', () => {
    const planned = planDocuments([
      { name: 'Talks.md', text: 'a' },
      { name: 'talks.txt', text: 'b' },
      { name: 'other.md', text: 'c' },
    ]);
    expect(planned.map((t) => t.id)).toEqual(['talks', 'talks-2', 'other']);
  });
});
