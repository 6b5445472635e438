// The import worker's protocol, run in Node without a worker: a file's text answered in chunks that
// the page's builder turns back into the very graph importGraphText fits, never more than two chunks
// sent before the page asks for more, a CSV answered with its columns until they are mapped, and
// refusals with the messages the user reads.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import relationsFile from '../../data/relations.json';
import { generateSyntheticGraph } from '../../src/cli/synthetic/generateGraph';
import type { SerializedDramatisGraph } from '../../src/domain/contract';
import type { DramatisGraph } from '../../src/graph/buildGraph';
import { importGraphText } from '../../src/graph/formats';
import { answerImport, DOCUMENTS_PER_CHUNK, ITEMS_PER_CHUNK } from '../../src/workers/answerImport';
import { ImportedGraphBuilder, type ImportedGraph } from '../../src/workers/importedGraph';
import { CreditedReplies } from '../../src/workers/creditedReplies';
import { CHUNKS_IN_FLIGHT, isChunk, type GraphHeadMessage, type ImportReply } from '../../src/workers/importMessages';

const DAY = '2026-12-06';

function answers(fileName: string, text: string, csvMapping?: Parameters<typeof answerImport>[2]['csvMapping']): ImportReply[] {
  return [...answerImport(fileName, text, { importDay: DAY, ...(csvMapping ? { csvMapping } : {}) })];
}

/** What the page does with the replies (importClient without the worker). */
function rebuilt(replies: ImportReply[]): { graph: ImportedGraph; progress: number[] } {
  const head = replies.find((r): r is GraphHeadMessage => r.kind === 'head');
  if (!head) throw new Error(`no graph in ${JSON.stringify(replies.map((r) => r.kind))}`);
  const builder = new ImportedGraphBuilder(head);
  const progress: number[] = [];
  for (const r of replies) {
    if (r.kind === 'documents' || r.kind === 'nodes' || r.kind === 'edges') {
      builder.add(r);
      progress.push(builder.done);
    }
  }
  const end = replies.at(-1);
  if (end?.kind !== 'end') throw new Error(`the answer ends with ${end?.kind}`);
  return { graph: builder.finish(end.graphJson), progress };
}

const generated = generateSyntheticGraph({ actors: 1500, events: 2600, years: 1, seed: 3, relations: relationsFile.relations });
const generatedText = JSON.stringify(generated);

describe('a graph file answered in chunks', () => {
  const replies = answers('big.json', generatedText);
  const { graph, progress } = rebuilt(replies);

  it('gives the same graph as importing the text at once', () => {
    const direct = importGraphText('big.json', generatedText, { importDay: DAY });
    if (!direct.ok) throw new Error(direct.message);
    const once: DramatisGraph = new MultiDirectedGraph({ allowSelfLoops: direct.graph.options.allowSelfLoops });
    once.import(direct.graph as SerializedDramatisGraph);
    expect(graph.format).toBe('json');
    expect(graph.warnings).toEqual(direct.warnings);
    expect(graph.graph.export()).toEqual(once.export());
    expect(graph.graph.order).toBe(1500);
  });

  it('ends with a JSON Blob of that graph, which the workspace stores: read back, it is the same graph', async () => {
    const back: DramatisGraph = new MultiDirectedGraph({ allowSelfLoops: graph.graph.allowSelfLoops });
    expect(graph.graphJson.type).toBe('application/json');
    back.import(JSON.parse(await graph.graphJson.text()) as SerializedDramatisGraph);
    expect(back.export()).toEqual(graph.graph.export());
  });

  it('sends no chunk larger than its limit, and progress climbs to the whole file', () => {
    for (const r of replies) {
      if (r.kind === 'nodes' || r.kind === 'edges') expect(r.items.length).toBeLessThanOrEqual(ITEMS_PER_CHUNK);
      if (r.kind === 'documents') expect(r.items.length).toBeLessThanOrEqual(DOCUMENTS_PER_CHUNK);
    }
    expect(replies.filter((r) => r.kind === 'edges').length).toBeGreaterThanOrEqual(Math.ceil(generated.edges.length / ITEMS_PER_CHUNK));
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(generated.attributes.documents.length + generated.nodes.length + generated.edges.length);
    expect(replies[0]).toEqual({ kind: 'phase', phase: 'parsing' });
  });

  it('sends no more than two chunks ahead of the page asking for them', () => {
    const sent: ImportReply[] = [];
    const flow = new CreditedReplies(answerImport('big.json', generatedText, { importDay: DAY }), (r) => sent.push(r));
    flow.pump();
    expect(sent.filter(isChunk)).toHaveLength(CHUNKS_IN_FLIGHT);
    expect(sent.map((r) => r.kind).slice(0, 2)).toEqual(['phase', 'head']);
    let asked = 0;
    while (sent.at(-1)?.kind !== 'end') {
      const before = sent.filter(isChunk).length;
      flow.acknowledged();
      asked += 1;
      expect(sent.filter(isChunk).length - asked).toBeLessThanOrEqual(CHUNKS_IN_FLIGHT);
      expect(sent.filter(isChunk).length).toBeLessThanOrEqual(before + 1);
      if (asked > 10_000) throw new Error('never ended');
    }
    expect(sent).toEqual(replies);
  });

  it('refuses to finish a graph whose chunks did not all arrive', () => {
    const head = replies.find((r): r is GraphHeadMessage => r.kind === 'head')!;
    const builder = new ImportedGraphBuilder(head);
    const firstNodes = replies.find((r) => r.kind === 'nodes');
    if (firstNodes?.kind !== 'nodes') throw new Error('no nodes chunk');
    builder.add(firstNodes);
    expect(() => builder.finish(new Blob(['{}']))).toThrow(`${ITEMS_PER_CHUNK} of ${builder.total} parts arrived`);
  });
});

describe('a CSV edge list', () => {
  const csv = 'source,target,relation,date\nAtlantis,Lemuria,threaten,2025-06-10\nLemuria,Atlantis,meet,2025-06-11\n';

  it('is answered with its columns, a preview and a guess until the columns are mapped', () => {
    const [reply] = answers('edges.csv', csv);
    expect(reply).toMatchObject({ kind: 'csv', columns: ['source', 'target', 'relation', 'date'], guess: { source: 'source', target: 'target' } });
    if (reply?.kind !== 'csv') throw new Error('not answered with columns');
    expect(reply.preview[0]).toEqual(['Atlantis', 'Lemuria', 'threaten', '2025-06-10']);
  });

  it('becomes a graph once mapped', () => {
    const { graph } = rebuilt(answers('edges.csv', csv, { source: 'source', target: 'target', relation: 'relation', date: 'date' }));
    expect(graph.format).toBe('csv');
    expect(graph.graph.order).toBe(2);
    expect(graph.graph.size).toBe(2);
  });
});

describe('files that are refused', () => {
  it.each([
    ['notes.txt', 'just some words without separators', 'notes.txt is not a GEXF, GraphML, graphology JSON or CSV file (judged from its name and its first characters).'],
    ['broken.json', '{"options": {', 'broken.json: '],
    ['empty.csv', '', 'empty.csv'],
  ])('%s is refused with a message naming it', (name, text, start) => {
    const replies = answers(name, text);
    const refusal = replies.at(-1);
    expect(refusal?.kind).toBe('refused');
    if (refusal?.kind !== 'refused') return;
    expect(refusal.message.startsWith(start)).toBe(true);
    expect(replies.some((r) => r.kind === 'head')).toBe(false);
  });
});
