// Text written by strangers leaves Dramatis as text: the hostile graph (test/ui/export/hostileFixture.ts)
// imported and written as GEXF, GraphML, JSON, CSV and SVG. Each XML file is well-formed, holds no
// element the attacker named (img, script, svg, style) and no event-handler attribute, and gives the
// hostile strings back as text or attribute values; CSV cells that a spreadsheet would run as a
// formula are neutralised; importing each file again gives the same texts.
import { DOMParser, type Document, type Element, type Node as XmlNode } from '@xmldom/xmldom';
import { MultiDirectedGraph } from 'graphology';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { DramatisGraph } from '../../../src/graph/buildGraph';
import type { SerializedDramatisGraph } from '../../../src/domain/contract';
import { DEFAULT_FILTERS } from '../../../src/graph/filterState';
import { exportGraph, guessCsvMapping, importGraphText, readCsvHeader, type CsvMapping, type GraphFormat } from '../../../src/graph/formats';
import { KNOWN_RELATION_IDS } from '../../../src/graph/relationStyles';
import { validateGraph } from '../../../src/graph/validateGraph';
import { layoutCaption, type MeasureText } from '../../../src/ui/export/captionLayout';
import { buildCaption } from '../../../src/ui/export/exportCaption';
import type { GraphScene } from '../../../src/ui/export/graphScene';
import { writeSvg } from '../../../src/ui/export/writeSvg';
import { FORMULAS, HOSTILE_FILE_NAME, HOSTILE_STRINGS, IMG, JS_URL, LONG, SCRIPT, STYLE, SVG, TEMPLATE, hostileJson } from './hostileFixture';

const FORBIDDEN_ELEMENTS = ['img', 'script', 'svg', 'style', 'iframe', 'foreignObject', 'a'];

function parseXml(text: string, mime: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(text, mime);
}

/** Every element, text node and attribute value of the document. */
function walk(doc: Document): { elements: Element[]; texts: string[]; attributeValues: string[]; attributeNames: string[] } {
  const elements: Element[] = [];
  const texts: string[] = [];
  const attributeValues: string[] = [];
  const attributeNames: string[] = [];
  const visit = (n: XmlNode) => {
    if (n.nodeType === 1) {
      const el = n as Element;
      elements.push(el);
      for (const a of Array.from(el.attributes)) {
        attributeNames.push(a.name);
        attributeValues.push(a.value);
      }
    } else if (n.nodeType === 3 || n.nodeType === 4) texts.push(n.nodeValue ?? '');
    for (const c of Array.from(n.childNodes)) visit(c);
  };
  visit(doc);
  return { elements, texts, attributeValues, attributeNames };
}

function imported(): { graph: SerializedDramatisGraph; warnings: string[]; extra: Record<string, unknown> } {
  const outcome = importGraphText(HOSTILE_FILE_NAME, hostileJson(), { importDay: '2026-11-29' });
  if (!outcome.ok) throw new Error(outcome.message);
  return { graph: outcome.graph, warnings: outcome.warnings, extra: outcome.extraGraphAttributes };
}

function graphOf(serialized: SerializedDramatisGraph): DramatisGraph {
  const g: DramatisGraph = new MultiDirectedGraph({ allowSelfLoops: serialized.options.allowSelfLoops });
  g.import(serialized);
  return g;
}

/** Every string an analyst can read in the graph: labels, aliases, descriptions, notes, documents, evidence, original relations. */
function readableTexts(g: SerializedDramatisGraph): string[] {
  const out: string[] = [];
  for (const n of g.nodes) out.push(n.attributes.label, ...n.attributes.aliases, n.attributes.description ?? '', ...(n.attributes.notes ?? []));
  for (const d of g.attributes.documents) out.push(d.title, d.source ?? '', d.url ?? '', d.body);
  for (const e of g.edges) out.push(e.attributes.evidence.text, e.attributes.originalRelation ?? '');
  return out;
}

function reimport(format: GraphFormat, files: { name: string; text: string }[]): SerializedDramatisGraph {
  let outcome;
  if (format === 'csv') {
    const [nodes, edges] = files;
    const header = readCsvHeader(edges!.text);
    if (!header.ok) throw new Error(header.message);
    outcome = importGraphText(edges!.name, edges!.text, { csvMapping: guessCsvMapping(header.columns) as CsvMapping, csvNodesText: nodes!.text, importDay: '2026-11-29' });
  } else outcome = importGraphText(files[0]!.name, files[0]!.text, { importDay: '2026-11-29' });
  if (!outcome.ok) throw new Error(`${format}: ${outcome.message}`);
  return outcome.graph;
}

describe('the hostile graph on import', () => {
  it('is read in full, fits the contract and keeps every hostile string as data', () => {
    const { graph, warnings, extra } = imported();
    expect(validateGraph(graph, KNOWN_RELATION_IDS)).toEqual([]);
    const texts = readableTexts(graph).join('\n');
    for (const s of [...HOSTILE_STRINGS, ...FORMULAS]) expect(texts, s).toContain(s);
    // Unknown relations stay unclassified, the file's words kept; the dropped attribute is named as written.
    expect(graph.edges.find((e) => e.key === 'e-template')?.attributes).toMatchObject({ relation: 'unclassified', originalRelation: IMG });
    expect(warnings.join('\n')).toContain(`${IMG}extra`);
    expect(extra.stories).toBeDefined();
  });
});

describe('graph files written from it', () => {
  const { graph } = imported();
  const g = graphOf(graph);
  const before = readableTexts(graph);

  for (const format of ['gexf', 'graphml'] as const) {
    it(`${format}: well-formed, no injected element or handler, the strings back as text and values`, () => {
      const [file] = exportGraph(g, format, { extraGraphAttributes: { note: `${SCRIPT}${IMG}` } });
      const doc = parseXml(file!.text, 'application/xml');
      const { elements, texts, attributeValues, attributeNames } = walk(doc);
      const names = elements.map((e) => e.localName);
      for (const bad of FORBIDDEN_ELEMENTS) expect(names, bad).not.toContain(bad);
      expect(attributeNames.filter((n) => /^on/i.test(n))).toEqual([]);
      const values = [...texts, ...attributeValues].join('\n');
      for (const s of [IMG, SCRIPT, SVG, JS_URL, TEMPLATE, STYLE, LONG]) expect(values, s).toContain(s);
      expect(readableTexts(reimport(format, [file!]))).toEqual(before);
    });
  }

  it('json: the same texts, exactly', () => {
    const files = exportGraph(g, 'json');
    expect(readableTexts(reimport('json', files))).toEqual(before);
  });

  it('csv: formula-like cells start with a quote, every other cell is the text; read back the same', () => {
    const files = exportGraph(g, 'csv');
    const cells: string[] = [];
    for (const file of files) {
      const parsed = Papa.parse<string[]>(file.text, { skipEmptyLines: true });
      expect(parsed.errors, file.name).toEqual([]);
      for (const row of parsed.data) cells.push(...row);
    }
    const formulaLike = cells.filter((c) => /^[=+\-@\t\r]/.test(c));
    expect(formulaLike).toEqual([]);
    for (const f of FORMULAS) expect(cells.some((c) => c.startsWith(`'${f}`)), f).toBe(true);
    for (const s of [IMG, SCRIPT, SVG, JS_URL, STYLE, LONG]) expect(cells.some((c) => c.includes(s)), s).toBe(true);
    const back = reimport('csv', files);
    // CSV carries no document bodies or urls; labels, aliases, evidence and original relations come back as they were.
    const labelsOf = (x: SerializedDramatisGraph) => x.nodes.map((n) => [n.key, n.attributes.label, n.attributes.aliases, n.attributes.description ?? null]);
    expect(labelsOf(back)).toEqual(labelsOf(graph));
    expect(back.edges.map((e) => [e.key, e.attributes.evidence.text, e.attributes.originalRelation ?? null])).toEqual(
      graph.edges.map((e) => [e.key, e.attributes.evidence.text, e.attributes.originalRelation ?? null]),
    );
  });
});

describe('the SVG picture of it', () => {
  const measure: MeasureText = (text, style) => text.length * style.size * 0.55;

  it('is well-formed, draws labels, title and sources as text and nothing else', () => {
    const { graph } = imported();
    const g = graphOf(graph);
    const nodes = g.nodes().map((key, i) => ({
      key,
      x: 40 + (i % 4) * 150,
      y: 40 + Math.floor(i / 4) * 100,
      radius: 6,
      color: '#5b4b8a',
      hidden: false,
      zIndex: 0,
      label: g.getNodeAttribute(key, 'label'),
      labelColor: '#1f2430',
      labelWidth: 40,
      highlighted: i === 0,
    }));
    const edges = g.mapEdges((key, _a, source, target) => ({ key, source, target, color: '#1f77b4', thickness: 2, curvature: 0, arrow: true, hidden: false, zIndex: 0 }));
    const scene: GraphScene = { width: 640, height: 400, background: '#fbfbfd', nodes, edges, labelFont: { family: `Inter, "${STYLE}"`, size: 13, weight: '600' }, arrowHead: { length: 4, wideness: 3 } };
    const title = `${IMG} ${SCRIPT}`;
    const svg = writeSvg(scene, layoutCaption(buildCaption(g, null, DEFAULT_FILTERS, title), 640, measure), title);
    const doc = parseXml(svg, 'image/svg+xml');
    const { elements, texts, attributeNames } = walk(doc);
    const names = elements.map((e) => e.localName);
    // The document and the graph's viewport are the only svg elements.
    expect(elements.filter((e) => e.localName === 'svg').map((e) => e.getAttribute('class'))).toEqual([null, 'graph']);
    for (const bad of FORBIDDEN_ELEMENTS.filter((n) => n !== 'svg')) expect(names, bad).not.toContain(bad);
    expect(attributeNames.filter((n) => /^on/i.test(n) || n === 'href' || n === 'xlink:href')).toEqual([]);
    const labels = elements.find((e) => e.getAttribute('class') === 'node-labels')!;
    const labelTexts = Array.from(labels.getElementsByTagName('text')).map((t) => t.textContent);
    for (const key of g.nodes()) expect(labelTexts).toContain(g.getNodeAttribute(key, 'label'));
    expect(elements.find((e) => e.localName === 'title')?.textContent).toBe(title);
    // The sources line names the hostile outlet as text (cut to fit, perhaps, but never markup).
    expect(texts.join('\n')).toContain('"><svg onload');
  });
});
