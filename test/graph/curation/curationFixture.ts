// A small extracted graph for the curation tests: three sentences of one document, four actors.
import { MultiDirectedGraph } from 'graphology';
import type { DramatisGraph } from '../../../src/graph/buildGraph';
import type { EdgeAttributes } from '../../../src/domain/contract';
import { KNOWN_RELATION_IDS } from '../../../src/graph/relationStyles';
import { validateGraph } from '../../../src/graph/validateGraph';

export const BODY = 'Iran threatened Israel on Monday. Tehran met Qatar in Doha. Israel struck Iran on 13 June.';

const SENTENCES = ['Iran threatened Israel on Monday.', 'Tehran met Qatar in Doha.', 'Israel struck Iran on 13 June.'];

export function sentence(i: number): { text: string; start: number; end: number } {
  const text = SENTENCES[i]!;
  const start = BODY.indexOf(text);
  return { text, start, end: start + text.length };
}

type EdgeSpec = [key: string, source: string, target: string, relation: string, sentence: number];

const EDGES: EdgeSpec[] = [
  ['e1', 'iran', 'israel', 'threat', 0],
  ['e2', 'tehran', 'qatar', 'communication', 1],
  ['e3', 'israel', 'iran', 'force', 2],
];

/** The extracted graph; `keys` renames edges (a re-extraction gives other keys to the same events). */
export function extractedGraph(keys: (key: string) => string = (k) => k, skip: readonly string[] = []): DramatisGraph {
  const g: DramatisGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  g.replaceAttributes({
    documents: [{ id: 'doc1', title: 'Strikes', published: '2025-06-14', publishedPrecision: 'day', publishedInferred: false, source: 'Wire', body: BODY }],
  });
  g.addNode('iran', { label: 'Iran', kind: 'state', aliases: ['Islamic Republic'] });
  g.addNode('tehran', { label: 'Tehran', kind: 'other', aliases: ['Tehran government', 'Tehran city'] });
  g.addNode('israel', { label: 'Israel', kind: 'state', aliases: [] });
  g.addNode('qatar', { label: 'Qatar', kind: 'state', aliases: [] });
  for (const [key, s, t, relation, i] of EDGES) {
    if (skip.includes(key)) continue;
    const attrs: EdgeAttributes = {
      relation,
      cameo: relation === 'threat' ? '130' : relation === 'force' ? '190' : '040',
      plover: null,
      date: '2025-06-13',
      datePrecision: 'day',
      doc: 'doc1',
      evidence: sentence(i),
      modality: 'asserted',
      confidence: 0.8,
    };
    g.addDirectedEdgeWithKey(keys(key), s, t, attrs);
  }
  return g;
}

export function contractIssues(g: DramatisGraph) {
  return validateGraph(g.export(), KNOWN_RELATION_IDS);
}
