// A Worker stand-in for unit tests, and a layout worker's answer computed in this thread.
import { expect } from 'vitest';
import { iterateBatch } from '../../src/workers/forceAtlas2Batch';
import type { ForceAtlas2Request } from '../../src/workers/forceAtlas2Messages';

/** A Worker stand-in: records requests; `respond` decides, per request, to answer or to die. */
export class FakeWorker {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  requests: unknown[] = [];
  terminated = false;
  constructor(private readonly respond: (worker: FakeWorker, request: unknown) => void) {}
  postMessage(request: unknown): void {
    this.requests.push(request);
    // Replies come on a later task, as from a real worker.
    setTimeout(() => !this.terminated && this.respond(this, request), 0);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(data: unknown): void {
    this.onmessage?.({ data } as MessageEvent);
  }
  die(message: string): void {
    let prevented = false;
    this.onerror?.({ message, preventDefault: () => (prevented = true) } as unknown as ErrorEvent);
    expect(prevented).toBe(true);
  }
}

/** Does what forceAtlas2Worker.ts does, with the library's iteration code, in this thread. */
export function layoutWorkerReply(edges: { current: Float32Array }) {
  return (worker: FakeWorker, data: unknown) => {
    const request = data as ForceAtlas2Request;
    const nodes = new Float32Array(request.nodes.slice(0));
    if (request.edges) edges.current = new Float32Array(request.edges.slice(0));
    const iterations = request.iterations ?? 1;
    const started = performance.now();
    const beforeLast = iterateBatch(request.settings, nodes, edges.current, iterations);
    const milliseconds = performance.now() - started;
    worker.reply(beforeLast ? { nodes: nodes.buffer, iterations, milliseconds, beforeLast: beforeLast.buffer } : { nodes: nodes.buffer, iterations, milliseconds });
  };
}
