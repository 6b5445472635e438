// The page's side of the import worker, with a stand-in worker: the answer is the graph built from
// the chunks (progress reported as they arrive), Cancel ends the worker and drops what was still on
// its way, and a worker that dies or cannot start becomes a refusal naming the file.
import { describe, expect, it } from 'vitest';
import { isolate } from '../../src/graph/bidiText';
import { answerImport } from '../../src/workers/answerImport';
import { startImport, type ImportProgress } from '../../src/workers/importClient';
import type { ImportReply, ImportWorkerRequest } from '../../src/workers/importMessages';

const GRAPH_JSON = JSON.stringify({
  options: { type: 'directed', multi: true, allowSelfLoops: false },
  attributes: { documents: [{ id: 'd1', title: 'Report', published: '2025-06-10', publishedPrecision: 'day', publishedInferred: false, source: null, body: 'Atlantis threatened Lemuria.' }] },
  nodes: [
    { key: 'atlantis', attributes: { label: 'Atlantis', kind: 'state', aliases: [] } },
    { key: 'lemuria', attributes: { label: 'Lemuria', kind: 'state', aliases: [] } },
  ],
  edges: [{ key: 'e1', source: 'atlantis', target: 'lemuria', attributes: { relation: 'threat', cameo: '138', plover: null, date: '2025-06-10', datePrecision: 'day', doc: 'd1', evidence: { text: 'Atlantis threatened Lemuria.', start: 0, end: 28 }, modality: 'asserted', confidence: 0.9 } }],
});

/** A worker stand-in: what the page posts is kept; the test sends replies as the worker would. */
class FakeWorker {
  onmessage: ((e: MessageEvent<ImportReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  posted: ImportWorkerRequest[] = [];
  terminated = false;
  postMessage(request: ImportWorkerRequest): void {
    this.posted.push(request);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(message: ImportReply): void {
    this.onmessage?.({ data: message } as MessageEvent<ImportReply>);
  }
}

function started(name = 'graph.json') {
  const fake = new FakeWorker();
  const progress: ImportProgress[] = [];
  const file = new File([GRAPH_JSON], name);
  const run = startImport({ file, importDay: '2026-12-06' }, (p) => progress.push(p), () => fake as unknown as Worker);
  return { fake, progress, run };
}

describe('startImport', () => {
  it('posts the file, reports each phase and chunk, and answers with the graph', async () => {
    const { fake, progress, run } = started();
    expect(fake.posted[0]).toMatchObject({ kind: 'read', file: { name: 'graph.json' } });
    fake.reply({ kind: 'phase', phase: 'reading' });
    for (const r of answerImport('graph.json', GRAPH_JSON, { importDay: '2026-12-06' })) fake.reply(r);
    const answer = await run.answer;
    expect(answer.kind).toBe('graph');
    if (answer.kind !== 'graph') return;
    expect(answer.graph.order).toBe(2);
    expect(answer.graph.getAttribute('documents')).toHaveLength(1);
    expect(progress.map((p) => p.phase)).toEqual(['reading', 'parsing', 'building', 'building', 'building', 'building']);
    expect(progress.at(-1)).toEqual({ phase: 'building', done: 4, total: 4 });
    // One "next" per chunk taken: the worker sends more only when asked.
    expect(fake.posted.slice(1)).toEqual(Array.from({ length: 3 }, () => ({ kind: 'next' })));
    expect(fake.terminated).toBe(true);
  });

  it('ends the worker on Cancel and drops chunks still on their way', async () => {
    const { fake, run } = started();
    const replies = [...answerImport('graph.json', GRAPH_JSON, { importDay: '2026-12-06' })];
    fake.reply(replies[0]!);
    fake.reply(replies[1]!);
    run.cancel();
    for (const r of replies.slice(2)) fake.reply(r);
    expect(await run.answer).toEqual({ kind: 'cancelled' });
    expect(fake.terminated).toBe(true);
  });

  it('turns a worker that dies into a refusal naming the file', async () => {
    const { fake, run } = started('atlas.gexf');
    fake.onerror?.({ message: 'out of memory', preventDefault: () => {} } as ErrorEvent);
    expect(await run.answer).toEqual({ kind: 'refused', message: `The file reader stopped unexpectedly while reading ${isolate('atlas.gexf')} (out of memory).` });
  });

  it('turns chunks that do not fit together into a refusal', async () => {
    const { fake, run } = started();
    const replies = [...answerImport('graph.json', GRAPH_JSON, { importDay: '2026-12-06' })];
    for (const r of replies) if (r.kind !== 'documents') fake.reply(r);
    const answer = await run.answer;
    expect(answer.kind).toBe('refused');
    if (answer.kind === 'refused') expect(answer.message).toBe(`${isolate('graph.json')} could not be turned into a graph (3 of 4 parts arrived).`);
  });
});
