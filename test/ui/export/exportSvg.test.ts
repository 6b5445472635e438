// The SVG export: escaping of names from articles, hidden items left out, the document's size and
// viewBox, edge shapes as sigma draws them; and the caption (legend of what is drawn, time window,
// sources) that PNG and SVG share.
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { isolate } from '../../../src/graph/bidiText';
import type { DramatisGraph } from '../../../src/graph/buildGraph';
import type { DocumentMeta, EdgeAttributes, NodeAttributes } from '../../../src/domain/contract';
import { DEFAULT_FILTERS } from '../../../src/graph/filterState';
import { relationStyle } from '../../../src/graph/relationStyles';
import { fitText, layoutCaption, type MeasureText } from '../../../src/ui/export/captionLayout';
import { edgeShape } from '../../../src/ui/export/edgeGeometry';
import { escapeXml } from '../../../src/ui/export/escapeXml';
import { buildCaption, describeTimeWindow } from '../../../src/ui/export/exportCaption';
import { defaultExportTitle, exportBaseName, imageFileName } from '../../../src/ui/export/exportFileNames';
import type { GraphScene, SceneEdge, SceneNode } from '../../../src/ui/export/graphScene';
import { writeSvg } from '../../../src/ui/export/writeSvg';

/** A fixed-width stand-in for canvas text measurement. */
const measure: MeasureText = (text, style) => text.length * style.size * 0.55;

const HOSTILE = '<img src=x onerror="alert(1)"> & Co\'s';

function parseXml(text: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(text, 'image/svg+xml');
}

function elements(doc: Document | Element, tag: string): Element[] {
  return Array.from(doc.getElementsByTagName(tag));
}

function node(key: string, x: number, y: number, extra: Partial<SceneNode> = {}): SceneNode {
  return { key, x, y, radius: 8, color: '#5b4b8a', hidden: false, zIndex: 0, label: key, labelColor: '#1f2430', labelWidth: 40, highlighted: false, ...extra };
}

function edge(key: string, source: string, target: string, extra: Partial<SceneEdge> = {}): SceneEdge {
  return { key, source, target, color: '#1f77b4', thickness: 2, curvature: 0, arrow: true, hidden: false, zIndex: 0, ...extra };
}

function scene(nodes: SceneNode[], edges: SceneEdge[]): GraphScene {
  return {
    width: 640,
    height: 400,
    background: '#fbfbfd',
    nodes,
    edges,
    labelFont: { family: 'Inter, "Segoe UI", sans-serif', size: 13, weight: '600' },
    arrowHead: { length: 4, wideness: 3 },
  };
}

function doc(id: string, title: string, source: string | null): DocumentMeta {
  return { id, title, published: '2026-01-12', publishedPrecision: 'day', publishedInferred: false, source, body: 'x' };
}

function smallGraph(): DramatisGraph {
  const g: DramatisGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, { documents: DocumentMeta[] }>({ allowSelfLoops: false });
  g.replaceAttributes({ documents: [doc('d1', 'Talks resume', 'Myind'), doc('d2', HOSTILE, null)] });
  g.addNode('iran', { label: 'Iran', kind: 'state', aliases: ['Iran'] });
  g.addNode('usa', { label: 'United States', kind: 'state', aliases: ['US'] });
  g.addNode('witkoff', { label: 'Steve Witkoff', kind: 'person', aliases: ['Witkoff'] });
  const event = (relation: string, date: string, docId: string): EdgeAttributes => ({
    relation,
    cameo: '040',
    plover: null,
    date,
    datePrecision: 'day',
    doc: docId,
    evidence: { text: 'x', start: 0, end: 1 },
    modality: 'asserted',
    confidence: 0.9,
  });
  g.addDirectedEdgeWithKey('e1', 'iran', 'usa', event('communication', '2026-01-10', 'd1'));
  g.addDirectedEdgeWithKey('e2', 'witkoff', 'iran', event('threat', '2026-01-12', 'd2'));
  return g;
}

describe('escapeXml', () => {
  it('turns markup into text and drops characters XML forbids', () => {
    expect(escapeXml(HOSTILE)).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; Co&apos;s');
    expect(escapeXml('a\u0000b\u0007c\uFFFEd\uD800e')).toBe('abcde');
    expect(escapeXml('emoji 😀 kept, tab\tkept')).toBe('emoji 😀 kept, tab\tkept');
  });
});

describe('writeSvg', () => {
  const caption = buildCaption(smallGraph(), null, DEFAULT_FILTERS, HOSTILE);
  const layout = layoutCaption(caption, 640, measure);

  it('writes names from articles as text, never as markup, in a well-formed document', () => {
    const svg = writeSvg(scene([node('a', 100, 100, { label: HOSTILE }), node('b', 300, 200, { label: 'Tom & "Jerry"\u0001' })], [edge('e', 'a', 'b')]), layout, HOSTILE);
    expect(svg).not.toContain('<img');
    const parsed = parseXml(svg);
    expect(elements(parsed, 'img')).toHaveLength(0);
    const labels = elements(parsed, 'g').find((g) => g.getAttribute('class') === 'node-labels')!;
    expect(elements(labels, 'text').map((t) => t.textContent)).toEqual([HOSTILE, 'Tom & "Jerry"']);
    expect(elements(parsed, 'title')[0]!.textContent).toBe(HOSTILE);
    // The caption header carries the (escaped) title too.
    const header = elements(parsed, 'g').find((g) => g.getAttribute('class') === 'caption-header')!;
    expect(elements(header, 'text')[0]!.textContent).toBe(fitText(HOSTILE, { size: 20, weight: 700, color: '' }, 640 - 32, measure));
  });

  it('leaves out hidden actors, hidden relations and relations of hidden actors', () => {
    const svg = writeSvg(
      scene(
        [node('shown', 100, 100), node('other', 300, 100), node('gone', 200, 300, { hidden: true })],
        [edge('kept', 'shown', 'other'), edge('hidden-edge', 'other', 'shown', { hidden: true }), edge('to-gone', 'shown', 'gone')],
      ),
      layout,
      'x',
    );
    const parsed = parseXml(svg);
    const drawnNodes = elements(parsed, 'circle').map((c) => c.getAttribute('data-node')).filter(Boolean);
    expect(drawnNodes.sort()).toEqual(['other', 'shown']);
    const drawnEdges = elements(parsed, 'g').map((g) => g.getAttribute('data-edge')).filter(Boolean);
    expect(drawnEdges).toEqual(['kept']);
    const labels = elements(parsed, 'g').find((g) => g.getAttribute('class') === 'node-labels')!;
    expect(elements(labels, 'text').map((t) => t.textContent)).toEqual(['shown', 'other']);
    expect(svg).not.toContain('gone');
  });

  it('labels only the actors whose labels the view shows', () => {
    const parsed = parseXml(writeSvg(scene([node('a', 10, 10), node('b', 50, 50, { label: null })], []), layout, 'x'));
    const labels = elements(parsed, 'g').find((g) => g.getAttribute('class') === 'node-labels')!;
    expect(elements(labels, 'text').map((t) => t.textContent)).toEqual(['a']);
  });

  it('sizes the document to header + stage + footer, with the graph in a viewport of the stage size', () => {
    const parsed = parseXml(writeSvg(scene([node('a', 10, 10)], []), layout, 'x'));
    const root = parsed.documentElement!;
    const height = layout.header.height + 400 + layout.footer.height;
    expect(root.getAttribute('viewBox')).toBe(`0 0 640 ${height}`);
    expect(root.getAttribute('width')).toBe('640');
    expect(root.getAttribute('height')).toBe(String(height));
    const graph = elements(parsed, 'svg').find((s) => s.getAttribute('class') === 'graph')!;
    expect(graph.getAttribute('viewBox')).toBe('0 0 640 400');
    expect(graph.getAttribute('y')).toBe(String(layout.header.height));
  });

  it('draws parallel relations as quadratic curves and arrows only where the view has them', () => {
    const parsed = parseXml(
      writeSvg(
        scene([node('a', 100, 200), node('b', 400, 200)], [edge('curved', 'a', 'b', { curvature: 0.25 }), edge('plain', 'b', 'a', { arrow: false })]),
        layout,
        'x',
      ),
    );
    const byKey = (key: string) => elements(parsed, 'g').find((g) => g.getAttribute('data-edge') === key)!;
    expect(elements(byKey('curved'), 'path')[0]!.getAttribute('d')).toMatch(/^M100,200 Q[\d.]+,[\d.]+ [\d.]+,[\d.]+$/);
    expect(elements(byKey('curved'), 'polygon')).toHaveLength(1);
    expect(elements(byKey('plain'), 'path')[0]!.getAttribute('d')).toBe('M400,200 L100,200');
    expect(elements(byKey('plain'), 'polygon')).toHaveLength(0);
  });
});

describe('edgeShape', () => {
  const look = { thickness: 2, curvature: 0, arrow: true, headLength: 8, headWidth: 6 };

  it('ends a straight arrow with its tip on the target disc', () => {
    const shape = edgeShape({ source: { x: 0, y: 0 }, target: { x: 100, y: 0 }, targetRadius: 10 }, look)!;
    expect(shape.head![0]).toEqual({ x: 90, y: 0 });
    expect(shape.end).toEqual({ x: 82, y: 0 });
    expect(Math.abs(shape.head![1].y - shape.head![2].y)).toBeCloseTo(6);
  });

  it('bends curves to the side @sigma/edge-curve does, tip on the disc', () => {
    const shape = edgeShape({ source: { x: 0, y: 0 }, target: { x: 100, y: 0 }, targetRadius: 10 }, { ...look, curvature: 0.25 })!;
    // Screen y points down: a positive curvature bulges up (negative y) for a left-to-right edge.
    expect(shape.control!.y).toBeLessThan(0);
    const tip = shape.head![0];
    expect(Math.hypot(tip.x - 100, tip.y)).toBeCloseTo(10, 3);
  });

  it('draws nothing for an edge whose ends coincide', () => {
    expect(edgeShape({ source: { x: 5, y: 5 }, target: { x: 5, y: 5 }, targetRadius: 4 }, look)).toBeNull();
  });
});

describe('export caption', () => {
  const graph = smallGraph();

  it('legend lists only kinds and relations that are drawn, with drawn counts', () => {
    const caption = buildCaption(graph, { nodes: new Set(['iran', 'usa']), edges: new Set(['e1']) }, { ...DEFAULT_FILTERS, relations: ['communication'] }, 'Talks');
    expect(caption.kinds).toEqual([{ label: 'State', color: '#1b7a5a', count: 2 }]);
    expect(caption.relations).toEqual([{ label: relationStyle('communication').label, color: relationStyle('communication').color, count: 1 }]);
    expect(caption.shown).toBe('1 of 2 relations · 2 of 3 actors shown');
    expect(caption.filters).toBe('filtered by relation type');
    // Outlets and titles are strangers' strings: isolated from the caption's words (FSI … PDI).
    expect(caption.sources).toBe(`Sources: ${isolate('Myind')} (1 article)`);
  });

  it('names the time window, open ends reaching the data', () => {
    expect(describeTimeWindow(graph, { from: null, to: null })).toBe('All dates');
    expect(describeTimeWindow(graph, { from: '2026-01-10', to: '2026-01-12' })).toBe('10 Jan 2026 – 12 Jan 2026');
    expect(describeTimeWindow(graph, { from: '2026-01-11', to: null })).toBe('11 Jan 2026 – 12 Jan 2026');
    expect(describeTimeWindow(graph, { from: '2026-01-11', to: '2026-01-11' })).toBe('11 Jan 2026');
  });

  it('credits article titles when no outlet is named', () => {
    const caption = buildCaption(graph, { nodes: new Set(['iran', 'witkoff']), edges: new Set(['e2']) }, DEFAULT_FILTERS, '');
    expect(caption.sources).toBe(`Source: “${isolate(HOSTILE)}”`);
    expect(caption.title).toBe('Dramatis');
  });

  it('keeps the footer within its height, ending the last row in "+N more"', () => {
    const many = {
      ...buildCaption(graph, null, DEFAULT_FILTERS, 't'),
      relations: Array.from({ length: 40 }, (_, i) => ({ label: `Relation number ${i}`, color: '#123456', count: i })),
    };
    const roomy = layoutCaption(many, 500, measure);
    const tight = layoutCaption(many, 500, measure, 90);
    expect(tight.footer.height).toBeLessThanOrEqual(90);
    expect(tight.footer.height).toBeLessThan(roomy.footer.height);
    const texts = tight.footer.items.flatMap((p) => (p.kind === 'text' ? [p.text] : []));
    expect(texts.some((t) => /^\+\d+ more$/.test(t))).toBe(true);
    expect(texts).toContain('Made with Dramatis');
  });

  it('cuts long text to fit with an ellipsis', () => {
    const style = { size: 10, weight: 400 as const, color: '' };
    expect(fitText('short', style, 1000, measure)).toBe('short');
    const cut = fitText('a rather long title that cannot fit', style, 100, measure);
    expect(cut.endsWith('…')).toBe(true);
    expect(measure(cut, style)).toBeLessThanOrEqual(100);
  });
});

describe('export file names', () => {
  it('slug of the title, the time window, the scale', () => {
    expect(exportBaseName('Iran–US talks: «January»', { from: '2026-01-10', to: '2026-01-12' })).toBe('iran-us-talks-january_2026-01-10_to_2026-01-12');
    expect(exportBaseName('<script>', { from: null, to: null })).toBe('script');
    expect(exportBaseName('', { from: '2026-01-10', to: null })).toBe('dramatis_2026-01-10_to_end');
    // A file of everything ignores the window, so its name does not carry it.
    expect(exportBaseName('Talks', { from: '2026-01-10', to: '2026-01-12' }, true)).toBe('talks');
    expect(imageFileName('x', 'png', 2)).toBe('x@2x.png');
    expect(imageFileName('x', 'png', 1)).toBe('x.png');
    expect(imageFileName('x', 'svg', 4)).toBe('x.svg');
  });
});

describe('the title an export starts with', () => {
  const story = {
    id: 's',
    title: 'Two months of tension',
    steps: [
      { id: 'a', view: { query: '', camera: null }, caption: '**June 2025**: the strikes\n- who *struck* whom' },
      { id: 'b', view: { query: '', camera: null }, caption: '' },
    ],
  };
  it("is the story's title, with the step's first caption line while a step is on screen", () => {
    expect(defaultExportTitle(null, -1)).toBe('Dramatis');
    expect(defaultExportTitle(story, -1)).toBe('Two months of tension');
    expect(defaultExportTitle(story, 0)).toBe('Two months of tension: June 2025: the strikes');
    expect(defaultExportTitle(story, 1)).toBe('Two months of tension, step 2');
    expect(defaultExportTitle({ ...story, steps: [{ ...story.steps[0]!, caption: 'x'.repeat(200) }] }, 0)).toHaveLength('Two months of tension: '.length + 80);
  });
});
