// What the Export dialog hands to exportGraph: the visible scope, file names from title and time
// window, and graph attributes other parts register (stories) carried into the JSON.
import { MultiDirectedGraph } from 'graphology';
import { afterEach, describe, expect, it } from 'vitest';
import type { DramatisGraph } from '../../../src/graph/buildGraph';
import type { DocumentMeta, EdgeAttributes, NodeAttributes, SerializedDramatisGraph } from '../../../src/domain/contract';
import { DEFAULT_FILTERS } from '../../../src/graph/filterState';
import { exportGraph } from '../../../src/graph/formats/exportGraph';
import { useAppStore, type AppStore } from '../../../src/store/appStore';
import type { ExportRequest } from '../../../src/ui/export/exportRequest';
import { graphExportOptions } from '../../../src/ui/export/graphExportOptions';
import { addExportGraphAttributes } from '../../../src/app/export/jsonExportExtras';

function doc(id: string): DocumentMeta {
  return { id, title: `Article ${id}`, published: '2026-01-12', publishedPrecision: 'day', publishedInferred: false, source: null, body: 'Iran called the US.' };
}

function graph(): DramatisGraph {
  const g: DramatisGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, { documents: DocumentMeta[] }>({ allowSelfLoops: false });
  g.replaceAttributes({ documents: [doc('d1'), doc('d2')] });
  for (const [key, label] of [
    ['iran', 'Iran'],
    ['usa', 'United States'],
    ['oman', 'Oman'],
  ] as const)
    g.addNode(key, { label, kind: 'state', aliases: [label] });
  const event = (date: string, docId: string): EdgeAttributes => ({
    relation: 'communication',
    cameo: '040',
    plover: null,
    date,
    datePrecision: 'day',
    doc: docId,
    evidence: { text: 'Iran called the US.', start: 0, end: 19 },
    modality: 'asserted',
    confidence: 0.9,
  });
  g.addDirectedEdgeWithKey('e1', 'iran', 'usa', event('2026-01-10', 'd1'));
  g.addDirectedEdgeWithKey('e2', 'oman', 'iran', event('2026-01-20', 'd2'));
  return g;
}

const request = (patch: Partial<ExportRequest>): ExportRequest => ({ format: 'json', scale: 1, scope: 'visible', title: 'Iran talks', ...patch });
const filters = { ...DEFAULT_FILTERS, from: '2026-01-09', to: '2026-01-12' };
const visibility = { nodes: new Set(['iran', 'usa']), edges: new Set(['e1']) };

function exportedJson(patch: Partial<ExportRequest>): { name: string; data: SerializedDramatisGraph & { attributes: Record<string, unknown> } } {
  const g = graph();
  const [file] = exportGraph(g, 'json', graphExportOptions(request(patch), { graph: g, visibility, filters }));
  return { name: file!.name, data: JSON.parse(file!.text) };
}

afterEach(() => {
  useAppStore.setState({ stories: undefined } as unknown as Partial<AppStore>);
});

describe('graph file exports from the dialog', () => {
  it('"what is visible" keeps the visible relations, their actors and documents', () => {
    const { name, data } = exportedJson({});
    expect(name).toBe('iran-talks_2026-01-09_to_2026-01-12.json');
    expect(data.edges.map((e) => e.key)).toEqual(['e1']);
    expect(data.nodes.map((n) => n.key).sort()).toEqual(['iran', 'usa']);
    expect(data.attributes.documents.map((d) => d.id)).toEqual(['d1']);
  });

  it('"everything" keeps every relation whatever the filters', () => {
    const { data } = exportedJson({ scope: 'all' });
    expect(data.edges.map((e) => e.key).sort()).toEqual(['e1', 'e2']);
    expect(data.nodes).toHaveLength(3);
  });

  it('carries graph attributes a part of the app registers, and the store\'s stories', () => {
    const story = { id: 's1', title: 'The January contacts', steps: [] };
    const undo = addExportGraphAttributes(() => ({ stories: [story] }));
    expect(exportedJson({}).data.attributes.stories).toEqual([story]);
    undo();
    expect(exportedJson({}).data.attributes.stories).toBeUndefined();
    useAppStore.setState({ stories: [story] } as unknown as Partial<AppStore>);
    expect(exportedJson({}).data.attributes.stories).toEqual([story]);
  });
});
