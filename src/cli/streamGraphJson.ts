// Writes a synthetic graph plan as contract JSON chunk by chunk, so a million events never sit in
// memory as one string: documents first (each generated on demand), then nodes, then the edges of
// each document generated again from its own seed.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { SYNTHETIC_GRAPH_OPTIONS, type SyntheticGraphPlan } from './synthetic/generateGraph';

const CHUNK_CHARS = 1 << 20;

class ChunkedWriter {
  private buffer: string[] = [];
  private buffered = 0;
  bytes = 0;

  constructor(private readonly out: Writable) {}

  async write(text: string): Promise<void> {
    this.buffer.push(text);
    this.buffered += text.length;
    if (this.buffered >= CHUNK_CHARS) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.buffered = 0;
    this.bytes += Buffer.byteLength(chunk);
    if (!this.out.write(chunk)) await once(this.out, 'drain');
  }
}

/** Streams the plan's graph to `out` and returns the number of bytes written. */
export async function streamGraphJson(plan: SyntheticGraphPlan, out: Writable): Promise<number> {
  const writer = new ChunkedWriter(out);
  await writer.write(`{"options":${JSON.stringify(SYNTHETIC_GRAPH_OPTIONS)},"attributes":{"documents":[\n`);
  for (let i = 0; i < plan.documentCount; i++) await writer.write((i > 0 ? ',\n' : '') + JSON.stringify(plan.document(i).document));
  await writer.write('\n]},"nodes":[\n');
  for (let i = 0; i < plan.nodes.length; i++) await writer.write((i > 0 ? ',\n' : '') + JSON.stringify(plan.nodes[i]));
  await writer.write('\n],"edges":[\n');
  let first = true;
  for (let i = 0; i < plan.documentCount; i++)
    for (const edge of plan.document(i).edges) {
      await writer.write((first ? '' : ',\n') + JSON.stringify(edge));
      first = false;
    }
  await writer.write('\n]}\n');
  await writer.flush();
  return writer.bytes;
}
