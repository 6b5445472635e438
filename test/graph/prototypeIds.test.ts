// Ids spelled like members of Object.prototype ("__proto__", "constructor", "toString", …) are data
// like any other: imported, merged, filtered, curated, named in a URL, exported and imported again,
// and none of it adds to or changes Object.prototype.
import { MultiDirectedGraph } from 'graphology';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultResources } from '../../src/extract/defaultResources';
import { extractCorpus } from '../../src/extract/extractCorpus';
import type { ExtractionResult } from '../../src/extract/types';
import { buildGraph, type DramatisGraph } from '../../src/graph/buildGraph';
import type { DocumentMeta, EdgeAttributes, SerializedDramatisGraph } from '../../src/domain/contract';
import { applyEdits } from '../../src/graph/curation/applyEdits';
import { stampEdit, type EditDraft } from '../../src/graph/curation/newEdit';
import { EdgeOrigins } from '../../src/graph/curation/signatures';
import { DEFAULT_FILTERS } from '../../src/graph/filterState';
import { detectFormat, exportGraph, guessCsvMapping, importGraphText, readCsvHeader, type CsvMapping, type GraphFormat } from '../../src/graph/formats';
import { mergeSources } from '../../src/graph/mergeSources';
import { KNOWN_RELATION_IDS } from '../../src/graph/relationStyles';
import { validateGraph } from '../../src/graph/validateGraph';
import { VisibilityEngine } from '../../src/graph/visibilityEngine';
import { readWorkspaceBackup } from '../../src/store/persistence/backupFile';
import { openWorkspace, readStoredWorkspace, replaceStoredWorkspace } from '../../src/store/persistence/db';
import { parseUrlView } from '../../src/store/urlState';
import { articleKindOf } from '../../src/app/articles/articleFiles';
import { freshIndexedDb } from '../store/persistence/persistenceFixtures';

const IDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', 'valueOf'] as const;
/** Node keys graphology 0.26 cannot hold (its adjacency is plain objects): imports rename them. */
const RESERVED = IDS.filter((id) => id in Object.prototype);
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();
const PROTOTYPE_VALUES = new Map(PROTOTYPE_NAMES.map((n) => [n, Object.getOwnPropertyDescriptor(Object.prototype, n)]));

afterEach(() => {
  // Nothing added to, or changed on, Object.prototype; a fresh object has no key the data used.
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES);
  for (const n of PROTOTYPE_NAMES) expect(Object.getOwnPropertyDescriptor(Object.prototype, n), n).toEqual(PROTOTYPE_VALUES.get(n));
  const fresh = {} as Record<string, unknown>;
  for (const key of ['prototype', 'x', 'polluted', 'label', 'relation', 'previous', 'key', 'id:constructor']) expect(fresh[key], key).toBeUndefined();
  expect(Object.getPrototypeOf(fresh)).toBe(Object.prototype);
});

const BODY = IDS.map((id) => `The ${id} council met the ${id} league.`).join(' ');

function sentence(i: number): { text: string; start: number; end: number } {
  const text = `The ${IDS[i]} council met the ${IDS[i]} league.`;
  const start = BODY.indexOf(text);
  return { text, start, end: start + text.length };
}

function doc(id: string): DocumentMeta {
  return { id, title: `Document ${id}`, published: '2025-06-01', publishedPrecision: 'day', publishedInferred: false, source: id, body: BODY };
}

function edge(i: number, docId: string): EdgeAttributes {
  return {
    relation: 'communication',
    cameo: '040',
    plover: null,
    date: `2025-06-0${i + 1}`,
    datePrecision: 'day',
    doc: docId,
    evidence: sentence(i),
    modality: 'asserted',
    confidence: 0.8,
    originalRelation: IDS[i],
  };
}

/** A file whose node ids, edge keys, document ids, original relations and extra attributes are all the awkward names. */
function awkwardFile(): string {
  const nodes = [...IDS, 'plain'].map((id) => ({ key: id, attributes: { label: `Actor ${id}`, kind: 'group', aliases: [id] } }));
  // Edge IDS[i] goes from IDS[i + 1] to "prototype" ("prototype" itself relates to "plain").
  const edges = IDS.map((id, i) => {
    const source = IDS[(i + 1) % IDS.length]!;
    return { key: id, source, target: source === 'prototype' ? 'plain' : 'prototype', attributes: { ...edge(i, id), relation: id } };
  });
  // JSON.parse makes "__proto__" an own key here, as any file would.
  return JSON.stringify({
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: { documents: IDS.map(doc), constructor: 'c', toString: 't', stories: [] },
    nodes,
    edges,
  }).replace('"stories":[]', '"stories":[],"__proto__":{"polluted":1}');
}

function csvColumns(text: string): string[] {
  const header = readCsvHeader(text);
  if (!header.ok) throw new Error(header.message);
  return header.columns;
}

function keyOf(id: string): string {
  return (RESERVED as readonly string[]).includes(id) ? `id:${id}` : id;
}

function graphFrom(serialized: SerializedDramatisGraph): DramatisGraph {
  const g: DramatisGraph = new MultiDirectedGraph({ allowSelfLoops: serialized.options.allowSelfLoops });
  g.import(serialized);
  return g;
}

function importedAwkward(): DramatisGraph {
  const outcome = importGraphText('awkward.json', awkwardFile(), { importDay: '2026-11-29' });
  if (!outcome.ok) throw new Error(outcome.message);
  return graphFrom(outcome.graph);
}

describe('importing ids named like Object.prototype members', () => {
  it('keeps edge keys, document ids and relation labels as they are; renames only node ids graphology cannot hold, and says so', () => {
    const outcome = importGraphText('awkward.json', awkwardFile(), { importDay: '2026-11-29' });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(validateGraph(outcome.graph, KNOWN_RELATION_IDS)).toEqual([]);
    expect(outcome.graph.edges.map((e) => e.key)).toEqual([...IDS]);
    expect(outcome.graph.nodes.map((n) => n.key).sort()).toEqual([...IDS.map(keyOf), 'plain'].sort());
    expect(outcome.graph.attributes.documents.map((d) => d.id)).toEqual([...IDS]);
    for (const [i, e] of outcome.graph.edges.entries()) {
      expect(e.attributes.relation).toBe('unclassified');
      expect(e.attributes.originalRelation).toBe(IDS[i]);
      expect(e.attributes.doc).toBe(IDS[i]);
      expect(BODY.slice(e.attributes.evidence.start, e.attributes.evidence.end)).toBe(e.attributes.evidence.text);
    }
    expect(outcome.warnings.some((w) => w.includes('"__proto__" is now "id:__proto__"'))).toBe(true);
    // Labels and aliases keep the file's words; "prototype" (not on Object.prototype) keeps its id.
    expect(outcome.graph.nodes.find((n) => n.key === 'id:constructor')?.attributes.aliases).toEqual(['constructor']);
    expect(outcome.graph.nodes.find((n) => n.key === 'prototype')?.attributes.label).toBe('Actor prototype');
    // Extra graph attributes are carried as own data, the "__proto__" one included.
    expect(Object.getPrototypeOf(outcome.extraGraphAttributes)).toBe(Object.prototype);
    expect(Object.hasOwn(outcome.extraGraphAttributes, 'constructor')).toBe(true);
  });

  it('the graph works: degrees, neighbours, edges between the renamed actors', () => {
    const g = importedAwkward();
    expect(g.order).toBe(IDS.length + 1);
    expect(g.size).toBe(IDS.length);
    expect(g.degree('prototype')).toBe(IDS.length);
    expect(g.neighbors('id:__proto__').sort()).toEqual(['prototype']);
    expect(g.edges('id:toString', 'prototype')).toEqual(['constructor']);
    expect(g.source('constructor')).toBe('id:toString');
    expect(g.target('hasOwnProperty')).toBe('plain');
    g.dropNode('id:valueOf');
    expect(g.hasEdge('prototype')).toBe(false);
    expect(g.degree('prototype')).toBe(IDS.length - 1);
  });

  it('survives export to every format and import back, ids and texts unchanged', () => {
    const g = importedAwkward();
    const before = g.export();
    for (const format of ['json', 'gexf', 'graphml', 'csv'] as GraphFormat[]) {
      const files = exportGraph(g, format, { extraGraphAttributes: { constructor: 'c' } });
      let outcome;
      if (format === 'csv') {
        const [nodes, edges] = files;
        const mapping = guessCsvMapping(csvColumns(edges!.text)) as CsvMapping;
        outcome = importGraphText(edges!.name, edges!.text, { csvMapping: mapping, csvNodesText: nodes!.text, importDay: '2026-11-29' });
      } else outcome = importGraphText(files[0]!.name, files[0]!.text, { importDay: '2026-11-29' });
      if (!outcome.ok) throw new Error(`${format}: ${outcome.message}`);
      expect(outcome.graph.nodes.map((n) => n.key).sort(), format).toEqual(before.nodes.map((n) => n.key).sort());
      expect(outcome.graph.edges.map((e) => e.key), format).toEqual(before.edges.map((e) => e.key));
      expect(outcome.graph.edges.map((e) => e.attributes?.originalRelation), format).toEqual([...IDS]);
      expect(outcome.graph.edges.map((e) => e.attributes?.evidence.text), format).toEqual(before.edges.map((e) => e.attributes?.evidence.text));
      expect(validateGraph(outcome.graph, KNOWN_RELATION_IDS), format).toEqual([]);
    }
  });

  it('reads a CSV whose node ids and a column are named like prototype members', () => {
    const edges = ['source,target,relation,date,__proto__,constructor', ...IDS.map((id) => `${id},plain,threat,2025-06-01,{"polluted":1},x`)].join('\n');
    const mapping = guessCsvMapping(csvColumns(edges)) as CsvMapping;
    const nodes = ['id,label,kind,__proto__', ...IDS.map((id) => `${id},Actor ${id},person,p`)].join('\n');
    const outcome = importGraphText('awkward.csv', edges, { csvMapping: mapping, csvNodesText: nodes, importDay: '2026-11-29' });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.graph.nodes.map((n) => n.key).sort()).toEqual([...IDS.map(keyOf), 'plain'].sort());
    expect(outcome.graph.nodes.find((n) => n.key === 'id:toString')?.attributes).toMatchObject({ label: 'Actor toString', kind: 'person' });
    expect(outcome.graph.edges).toHaveLength(IDS.length);
    // The extra "__proto__" column is reported as left out, like any unknown column.
    expect(outcome.warnings.join('\n')).toContain('__proto__');
  });

  it('reads GEXF and GraphML whose attribute names are prototype members without touching any prototype', () => {
    const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">
<attributes class="node"><attribute id="0" title="__proto__" type="string"/><attribute id="1" title="constructor" type="string"/></attributes>
<attributes class="edge"><attribute id="2" title="__proto__" type="string"/></attributes>
<nodes><node id="__proto__" label="Proto"><attvalues><attvalue for="0" value="{&quot;polluted&quot;:1}"/><attvalue for="1" value="x"/></attvalues></node><node id="toString" label="T"/></nodes>
<edges><edge id="constructor" source="__proto__" target="toString" label="threat"><attvalues><attvalue for="2" value="p"/></attvalues></edge></edges>
</graph></gexf>`;
    const graphml = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key id="k0" for="node" attr.name="__proto__" attr.type="string"/><key id="k1" for="graph" attr.name="__proto__" attr.type="string"/><key id="k2" for="edge" attr.name="constructor" attr.type="string"/>
<graph edgedefault="directed"><data key="k1">g</data>
<node id="__proto__"><data key="k0">{"polluted":1}</data></node><node id="valueOf"/>
<edge id="toString" source="__proto__" target="valueOf"><data key="k2">c</data></edge>
</graph></graphml>`;
    for (const [name, text] of [['p.gexf', gexf], ['p.graphml', graphml]] as const) {
      const outcome = importGraphText(name, text, { importDay: '2026-11-29' });
      if (!outcome.ok) throw new Error(`${name}: ${outcome.message}`);
      expect(outcome.graph.nodes.map((n) => n.key).sort(), name).toEqual(name.endsWith('gexf') ? ['id:__proto__', 'id:toString'] : ['id:__proto__', 'id:valueOf']);
      expect(outcome.graph.edges.map((e) => [e.key, e.source]), name).toEqual([[name.endsWith('gexf') ? 'constructor' : 'toString', 'id:__proto__']]);
      for (const n of outcome.graph.nodes) expect(Object.getPrototypeOf(n.attributes), name).toBe(Object.prototype);
      expect(validateGraph(outcome.graph, KNOWN_RELATION_IDS), name).toEqual([]);
    }
  });

  it('file names ending in a prototype member are no known format or article kind', () => {
    expect(detectFormat('graph.constructor', 'plain words')).toBeNull();
    expect(detectFormat('graph.constructor', '{"nodes": []}')).toBe('json');
    expect(detectFormat('graph.__proto__', 'a,b\n1,2')).toBe('csv');
    for (const id of IDS) expect(articleKindOf(`article.${id}`), id).toBeNull();
    expect(articleKindOf('article.MD')).toBe('md');
  });
});

describe('extracted actors named like prototype members', () => {
  it('buildGraph gives an actor slugged "constructor" the key an import would, keeping its relations and affiliation', () => {
    const result: ExtractionResult = {
      documents: [doc('d1')],
      actors: [
        { id: 'constructor', label: 'Constructor', kind: 'person', aliases: ['Constructor'], affiliation: 'prototype' },
        { id: 'prototype', label: 'Prototype', kind: 'organization', aliases: ['Prototype'] },
        { id: 'valueof', label: 'Valueof', kind: 'person', aliases: ['Valueof'], affiliation: 'constructor' },
      ],
      events: [
        { id: 'e1', source: 'constructor', target: 'prototype', ...edge(0, 'd1') },
        { id: 'e2', source: 'prototype', target: 'constructor', ...edge(1, 'd1') },
        { id: 'e3', source: 'valueof', target: 'constructor', ...edge(2, 'd1') },
      ],
      warnings: [],
    };
    const g = buildGraph(result);
    expect(g.nodes().sort()).toEqual(['id:constructor', 'prototype', 'valueof']);
    expect(g.size).toBe(3);
    expect(g.degree('id:constructor')).toBe(3);
    expect(g.getNodeAttribute('valueof', 'affiliation')).toBe('id:constructor');
    expect(g.getNodeAttribute('id:constructor', 'label')).toBe('Constructor');
    expect(validateGraph(g.export(), KNOWN_RELATION_IDS)).toEqual([]);
  });
});

describe('an article naming a person "Constructor"', () => {
  it('is extracted into a working graph: the actor is "id:constructor" with all three of its relations', () => {
    const text = `---\ntitle: Test\npublished: 2025-06-02\n---\nPresident Constructor threatened Israel on Monday. Iran met President Constructor on Tuesday. Israel accused Constructor of lying on Wednesday.`;
    const result = extractCorpus([{ name: 'constructor.md', text }], defaultResources());
    expect(result.actors.map((a) => a.id)).toContain('constructor');
    const g = buildGraph(result);
    expect(g.hasNode('id:constructor')).toBe(true);
    expect(g.degree('id:constructor')).toBe(result.events.filter((e) => e.source === 'constructor' || e.target === 'constructor').length);
    expect(g.degree('id:constructor')).toBeGreaterThanOrEqual(2);
    expect(validateGraph(g.export(), KNOWN_RELATION_IDS)).toEqual([]);
  });
});

describe('merging, filtering, curating and linking to such ids', () => {
  it('mergeSources pools the same awkward actors from two sources, merges a repeated file and keeps a different one’s edges and documents', () => {
    const a = importedAwkward();
    // The same file again is merged away (nothing doubles); a second edition with other titles and dates is kept.
    const again = mergeSources([
      { id: 'import-1', keyPrefix: 'import-1:', graph: a },
      { id: 'import-2', keyPrefix: 'import-2:', graph: importedAwkward() },
    ]);
    expect(again.size).toBe(IDS.length);
    expect(again.getAttribute('documents')).toHaveLength(a.getAttribute('documents').length);
    const b = importedAwkward();
    b.setAttribute('documents', b.getAttribute('documents').map((d) => ({ ...d, title: `${d.title} (second edition)` })));
    b.updateEachEdgeAttributes((_e, attrs) => ({ ...attrs, date: '2020-01-02', datePrecision: 'day' }));
    const merged = mergeSources([
      { id: 'import-1', keyPrefix: 'import-1:', graph: a },
      { id: 'import-2', keyPrefix: 'import-2:', graph: b },
    ]);
    expect(merged.order).toBe(a.order);
    expect(merged.size).toBe(2 * IDS.length);
    expect(merged.hasEdge('import-2:__proto__')).toBe(true);
    expect(merged.getEdgeAttribute('import-1:constructor', 'doc')).toBe('import-1:constructor');
    expect(merged.getAttribute('documents').map((d) => d.id)).toContain('import-2:__proto__');
    expect(validateGraph(merged.export(), KNOWN_RELATION_IDS)).toEqual([]);
  });

  it('VisibilityEngine filters by documents, pins and focus named like prototype members', () => {
    const g = importedAwkward();
    const engine = new VisibilityEngine(g);
    const all = engine.apply(DEFAULT_FILTERS).visibility;
    expect(all.edges.size).toBe(IDS.length);
    expect(all.counts.doc.get('__proto__')).toBe(1);
    const byDoc = engine.apply({ ...DEFAULT_FILTERS, docs: ['__proto__', 'constructor'] }).visibility;
    expect([...byDoc.edges].sort()).toEqual(['__proto__', 'constructor']);
    expect([...byDoc.nodes].sort()).toEqual(['id:constructor', 'id:toString', 'prototype']);
    const pinned = engine.apply({ ...DEFAULT_FILTERS, docs: ['valueOf'], pinned: ['id:hasOwnProperty'] }).visibility;
    expect([...pinned.edges]).toEqual(['valueOf']);
    expect([...pinned.nodes].sort()).toEqual(['id:__proto__', 'id:hasOwnProperty', 'prototype']);
    const focus = engine.apply({ ...DEFAULT_FILTERS, focus: 'id:toString', hops: 1 }).visibility;
    expect([...focus.nodes].sort()).toEqual(['id:toString', 'prototype']);
  });

  it('applyEdits rejects, edits, renames, merges and adds with these keys; a split to a reserved id is stale, not a crash', () => {
    const base = importedAwkward();
    const origins = EdgeOrigins.of(base);
    const ref = (key: string) => origins.ref(key)!;
    const drafts: EditDraft[] = [
      { kind: 'reject', edge: ref('__proto__') },
      { kind: 'relation', edge: ref('constructor'), relation: 'threat' },
      { kind: 'modality', edge: ref('toString'), modality: 'reported' },
      { kind: 'rename', actor: 'prototype', label: 'The prototype' },
      { kind: 'merge', keep: 'prototype', absorb: 'id:constructor' },
      { kind: 'split', actor: 'prototype', newActor: 'constructor', label: 'Constructor', actorKind: 'group', edges: [ref('valueOf')], aliases: [] },
      { kind: 'add', key: 'hasOwnProperty-added', source: 'plain', target: 'id:valueOf', relation: 'support', modality: 'asserted', date: '2025-06-01', datePrecision: 'day', doc: '__proto__', evidence: sentence(0) },
    ];
    const { graph, outcomes } = applyEdits(base, drafts.map((d) => stampEdit(d)));
    expect(outcomes.map((o) => o.status)).toEqual(['applied', 'applied', 'applied', 'applied', 'applied', 'stale', 'applied']);
    expect(graph.hasEdge('__proto__')).toBe(false);
    expect(graph.getEdgeAttribute('constructor', 'relation')).toBe('threat');
    expect(graph.getEdgeAttribute('toString', 'modality')).toBe('reported');
    expect(graph.getNodeAttribute('prototype', 'label')).toBe('The prototype');
    expect(graph.hasNode('id:constructor')).toBe(false);
    expect(graph.hasNode('constructor')).toBe(false);
    expect(graph.hasEdge('hasOwnProperty-added')).toBe(true);
    expect(validateGraph(graph.export(), KNOWN_RELATION_IDS)).toEqual([]);
    expect(base.hasEdge('__proto__')).toBe(true);
  });

  it('a URL can select, filter by and pin them; names of nothing are ignored with a message', () => {
    const g = importedAwkward();
    const vocab = {
      relations: KNOWN_RELATION_IDS,
      docs: new Set(g.getAttribute('documents').map((d) => d.id)),
      hasNode: (id: string) => g.hasNode(id),
      hasEdge: (id: string) => g.hasEdge(id),
    };
    const edgeSel = parseUrlView('?sel=__proto__&doc=constructor,toString&pin=prototype', vocab);
    expect(edgeSel.ignored).toEqual([]);
    expect(edgeSel.view.selection).toEqual({ kind: 'edge', edge: '__proto__' });
    expect(edgeSel.view.filters.docs).toEqual(['constructor', 'toString']);
    expect(edgeSel.view.filters.pinned).toEqual(['prototype']);
    const nodeSel = parseUrlView(`?sel=${encodeURIComponent('id:valueOf')}&focus=prototype`, vocab);
    expect(nodeSel.view.selection).toEqual({ kind: 'node', node: 'id:valueOf' });
    expect(nodeSel.view.filters.focus).toBe('prototype');
    const unknown = parseUrlView('?rel=__proto__,constructor&kind=toString&focus=hasOwnProperty&modality=valueOf', vocab);
    expect(unknown.view.filters).toEqual(DEFAULT_FILTERS);
    expect(unknown.ignored).toHaveLength(5);
  });
});

describe('a workspace backup with parts named like prototype members', () => {
  it('restores them as data: kept in IndexedDB and read back as own keys, never as the parts’ prototype', async () => {
    const text = `{"format":"dramatis-workspace","schemaVersion":1,"sources":[],"importCount":0,"parts":{"__proto__":{"stories":"from the prototype"},"constructor":1,"toString":"t"}}`;
    const read = readWorkspaceBackup(text);
    if (!read.ok) throw new Error(read.error);
    expect(Object.getPrototypeOf(read.content.parts)).toBe(Object.prototype);
    expect(Object.hasOwn(read.content.parts, '__proto__')).toBe(true);
    const opened = await openWorkspace(freshIndexedDb());
    if (opened.kind !== 'open') throw new Error(opened.kind);
    await replaceStoredWorkspace(opened.db, read.content);
    const { content } = await readStoredWorkspace(opened.db);
    opened.db.close();
    expect(Object.getPrototypeOf(content.parts)).toBe(Object.prototype);
    expect(Object.keys(content.parts).sort()).toEqual(['__proto__', 'constructor', 'toString']);
    expect(content.parts.constructor).toBe(1);
    // "stories" is not a part here: the "__proto__" part did not become the parts' prototype.
    expect(Object.hasOwn(content.parts, 'stories')).toBe(false);
    expect((content.parts as Record<string, unknown>).stories).toBeUndefined();
  });
});
