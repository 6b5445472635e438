// The page side of reading an article in a worker: progress passes through, Cancel terminates the
// worker and the next article gets a new one, a finished worker is kept for the next article.
import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../src/extract/types';
import { CancelledExtraction, extractArticle, type ArticleExtractionProgress } from '../../src/workers/articleExtraction';
import type { ArticleRequest } from '../../src/workers/extractionMessages';

/** Stands in for the extraction worker: records requests, replies when told. */
class FakeWorker {
  static started: FakeWorker[] = [];
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  requests: ArticleRequest[] = [];
  terminated = false;
  constructor() {
    FakeWorker.started.push(this);
  }
  postMessage(request: ArticleRequest): void {
    this.requests.push(request);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(data: unknown): void {
    this.onmessage?.({ data } as MessageEvent);
  }
}

const create = () => new FakeWorker() as unknown as Worker;
const doc: SourceDocument = { id: 'a', title: 'A', published: '2026-03-01', publishedPrecision: 'day', publishedInferred: false, source: null, body: 'Iran condemned Israel.' };
const emptyGraph = { options: { type: 'directed', multi: true, allowSelfLoops: false }, attributes: { documents: [doc] }, nodes: [], edges: [] };

describe('extractArticle', () => {
  it('passes progress on, keeps a finished worker, and starts a new one after Cancel', async () => {
    const seen: ArticleExtractionProgress[] = [];
    const first = extractArticle(doc, [{ id: 'zf', label: 'Zorblat Front', kind: 'group', aliases: [] }], (p) => seen.push(p), create);
    const w1 = FakeWorker.started.at(-1)!;
    const id = w1.requests[0]!.id;
    expect(w1.requests[0]).toMatchObject({ kind: 'article', doc, actors: [{ id: 'zf' }] });
    w1.reply({ id, kind: 'progress', phase: 'splitting' });
    w1.reply({ id, kind: 'progress', phase: 'reading', done: 1, total: 2 });
    w1.reply({ id: id + 100, kind: 'progress', phase: 'reading', done: 2, total: 2 });
    w1.reply({ id, ok: true, graph: emptyGraph, warnings: ['w'] });
    await expect(first.result).resolves.toEqual({ graph: emptyGraph, warnings: ['w'] });
    expect(seen).toEqual([{ phase: 'model' }, { phase: 'splitting' }, { phase: 'reading', done: 1, total: 2 }]);
    expect(w1.terminated).toBe(false);

    const second = extractArticle(doc, [], () => {}, create);
    expect(FakeWorker.started.at(-1)).toBe(w1);
    second.cancel();
    await expect(second.result).rejects.toBeInstanceOf(CancelledExtraction);
    expect(w1.terminated).toBe(true);
    // A late reply of the cancelled worker changes nothing.
    w1.reply({ id: w1.requests[1]!.id, ok: true, graph: emptyGraph, warnings: [] });

    const third = extractArticle(doc, [], () => {}, create);
    const w3 = FakeWorker.started.at(-1)!;
    expect(w3).not.toBe(w1);
    w3.reply({ id: w3.requests[0]!.id, ok: false, error: 'a: extraction failed (boom).' });
    await expect(third.result).rejects.toThrow('a: extraction failed (boom).');
  });

  it("puts the article's actors and relations back together from the parts sent before the reply, in order", async () => {
    const job = extractArticle(doc, [], () => {}, create);
    // The worker kept from the last article, or a new one.
    const w = FakeWorker.started.at(-1)!;
    const id = w.requests.at(-1)!.id;
    const node = (key: string) => ({ key, attributes: { label: key } });
    const edge = (key: string) => ({ key, source: 'iran', target: 'israel', attributes: {} });
    w.reply({ id, kind: 'part', nodes: [node('iran')] });
    w.reply({ id, kind: 'progress', phase: 'reading', done: 2, total: 2 });
    w.reply({ id, kind: 'part', nodes: [node('israel')] });
    w.reply({ id: id + 100, kind: 'part', edges: [edge('other')] });
    w.reply({ id, kind: 'part', edges: [edge('e1'), edge('e2')] });
    const stored = new Blob(['{"stored":true}']);
    w.reply({ id, ok: true, graph: emptyGraph, warnings: [], graphJson: stored });
    const { graph, graphJson } = await job.result;
    expect(graph.nodes?.map((n) => n.key)).toEqual(['iran', 'israel']);
    expect(graph.edges?.map((e) => e.key)).toEqual(['e1', 'e2']);
    expect(graph.attributes).toEqual(emptyGraph.attributes);
    expect(graphJson).toBe(stored);
  });
});
