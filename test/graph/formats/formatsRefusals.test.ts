// Files that cannot be imported are refused with a message that says what is wrong and where.
import { MultiDirectedGraph } from 'graphology';
import { beforeAll, describe, expect, it } from 'vitest';
import relationsFile from '../../../data/relations.json';
import { generateSyntheticGraph } from '../../../src/cli/synthetic/generateGraph';
import type { DramatisGraph } from '../../../src/graph/buildGraph';
import { checkImportSize, exportGraph, importGraphText, MAX_IMPORT_BYTES, readCsvHeader, type ImportOptions } from '../../../src/graph/formats';

let gexf = '';
let graphml = '';
let json = '';

beforeAll(() => {
  const g: DramatisGraph = new MultiDirectedGraph();
  g.import(generateSyntheticGraph({ actors: 10, events: 12, years: 1, seed: 7, relations: relationsFile.relations }));
  gexf = exportGraph(g, 'gexf')[0]!.text;
  graphml = exportGraph(g, 'graphml')[0]!.text;
  json = exportGraph(g, 'json')[0]!.text;
});

/** Line (1-based) of the `nth` occurrence of `needle`. */
const lineOf = (text: string, needle: string, nth = 1) => {
  let at = -1;
  for (let i = 0; i < nth; i++) at = text.indexOf(needle, at + 1);
  expect(at).toBeGreaterThanOrEqual(0);
  return text.slice(0, at).split('\n').length;
};

function refusal(fileName: string, text: string, options: ImportOptions = {}): string {
  const outcome = importGraphText(fileName, text, options);
  if (outcome.ok) throw new Error(`${fileName} was imported`);
  return outcome.message;
}

const EDGES = { csvMapping: { source: 'source', target: 'target' } };

describe('files that are no graph at all', () => {
  it('refuses empty, blank and binary files, and files over the size limit', () => {
    expect(refusal('empty.gexf', '')).toBe('empty.gexf is empty.');
    expect(refusal('blank.json', ' \n\t\n')).toBe('blank.json is empty.');
    expect(refusal('photo.gexf', '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000\u0004')).toBe(
      'photo.gexf is not a text file (it looks binary: a GEXF, GraphML, JSON or CSV file is plain text).',
    );
    const utf16 = new TextDecoder('utf-8').decode(new Uint8Array([0xff, 0xfe, ...[...'source,target\na,b\n'].flatMap((c) => [c.charCodeAt(0), 0])]));
    expect(refusal('excel.csv', utf16, EDGES)).toBe('excel.csv looks like UTF-16 text: save it as UTF-8 and import it again.');
    expect(MAX_IMPORT_BYTES).toBe(50 * 1024 * 1024);
    expect(checkImportSize('huge.gexf', 60 * 1024 * 1024)).toBe('huge.gexf is 60.0 MB; files over 50.0 MB are not imported.');
    expect(checkImportSize('fine.gexf', MAX_IMPORT_BYTES)).toBeNull();
    expect(checkImportSize('nothing.csv', 0)).toBe('nothing.csv is empty.');
    expect(refusal('huge.json', `{"nodes": [], "x": "${'é'.repeat(MAX_IMPORT_BYTES / 2)}"}`)).toBe('huge.json is 50.0 MB; files over 50.0 MB are not imported.');
    expect(refusal('notes.txt', 'Just some notes about Iran.')).toBe('notes.txt: the format is not one Dramatis reads (GEXF, GraphML, JSON or CSV).');
  });
});

describe('broken XML', () => {
  it('names the line and column where a truncated GEXF or GraphML file ends', () => {
    const cutGexf = gexf.slice(0, gexf.indexOf('<edge ') + 5);
    expect(refusal('cut.gexf', cutGexf)).toMatch(new RegExp(`^cut\\.gexf: line ${cutGexf.split('\n').length}, column \\d+: the file ends in the middle of a tag \\(is it cut short\\?\\)\\.$`));
    const cutAfterTag = gexf.slice(0, gexf.indexOf('</nodes>') + '</nodes>'.length);
    expect(refusal('cut2.gexf', cutAfterTag)).toMatch(/^cut2\.gexf: line \d+, column \d+: the file ends before the elements <gexf>, <graph> are closed \(is it cut short\?\)\.$/);
    const cutGraphml = graphml.slice(0, graphml.indexOf('<edge id="') + 14);
    expect(refusal('cut.graphml', cutGraphml)).toMatch(
      new RegExp(`^cut\\.graphml: line ${cutGraphml.split('\n').length}, column \\d+: an attribute value has no closing quote \\(is the file cut short\\?\\)\\.$`),
    );
  });

  it('names the line of a tag that does not match', () => {
    const broken = gexf.replace('</nodes>', '</node>');
    const line = lineOf(gexf, '</nodes>');
    const column = gexf.split('\n')[line - 1]!.indexOf('</nodes>') + 1;
    expect(refusal('mismatch.gexf', broken)).toBe(`mismatch.gexf: line ${line}, column ${column}: opening and ending tag mismatch: "nodes" != "node".`);
  });

  it('names the element when a required attribute or element is missing', () => {
    const noTarget = gexf.replace(/(<edge [^>]*?) target="[^"]*"/, '$1');
    expect(refusal('e.gexf', noTarget)).toBe(`e.gexf: <edge id="ev-1"> (line ${lineOf(noTarget, '<edge ')}): the edge has no target.`);
    const ghost = gexf.replace(/(<edge [^>]*?) target="[^"]*"/, '$1 target="nobody"');
    expect(refusal('g.gexf', ghost)).toBe(`g.gexf: <edge id="ev-1"> (line ${lineOf(ghost, '<edge ')}): its target "nobody" is not a node of the file.`);
    const noId = gexf.replace(/<node id="[^"]*"/, '<node');
    expect(refusal('n.gexf', noId)).toBe(`n.gexf: <node> (line ${lineOf(noId, '<node ')}): the node has no id.`);
    const noSource = graphml.replace(/(<edge [^>]*?) source="[^"]*"/, '$1');
    expect(refusal('s.graphml', noSource)).toBe(`s.graphml: <edge id="ev-1"> (line ${lineOf(noSource, '<edge ')}): the edge has no source.`);
    const firstId = /<node id="([^"]*)"/.exec(graphml)![1]!;
    const twice = graphml.replace(/(<node id="[^"]*">[\s\S]*?<node id=")[^"]*"/, `$1${firstId}"`);
    expect(refusal('d.graphml', twice)).toBe(`d.graphml: <node id="${firstId}"> (line ${lineOf(twice, '<node ', 2)}): another node has the same id (line ${lineOf(twice, '<node ')}).`);
    expect(refusal('nograph.gexf', '<?xml version="1.0"?>\n<gexf version="1.3">\n  <meta/>\n</gexf>')).toBe('nograph.gexf: <gexf> (line 2): the file has no <graph> element.');
    expect(refusal('page.gexf', '<!DOCTYPE html>\n<html><body>hi</body></html>')).toBe('page.gexf: not a GEXF file: its root element is <html>, not <gexf>.');
    expect(refusal('page.graphml', '<gexf version="1.3"><graph/></gexf>')).toBe('page.graphml: not a GraphML file: its root element is <gexf>, not <graphml>.');
  });
});

describe('broken JSON', () => {
  it('names the line and column of a syntax error, and of the end of a cut file', () => {
    expect(refusal('bad.json', '{\n  "nodes": [\n    {"key": "a"},\n    {"key": "b" "attributes": {}}\n  ]\n}')).toBe(
      'bad.json: line 4, column 17: \',\' or \'}\' after a property value was expected, found "\\"attributes\\"".',
    );
    const cut = json.slice(0, 2000);
    expect(refusal('cut.json', cut)).toMatch(/^cut\.json: line 1, column 2001: the file ends where .* was expected \(is it cut short\?\)\.$/);
    expect(refusal('trailing.json', '{"nodes": []}\n}')).toBe('trailing.json: line 2, column 1: the end of the file after the JSON value was expected, found "}".');
  });

  it('names the node or edge that breaks the graph', () => {
    expect(refusal('list.json', '[1, 2, 3]')).toBe('list.json: not a graph: a graphology graph is an object with "nodes" and "edges" lists.');
    expect(refusal('nonodes.json', '{"edges": []}')).toBe('nonodes.json: not a graph: it has no "nodes" list.');
    expect(refusal('e.json', '{"nodes": [{"key": "a"}], "edges": [{"key": "e1", "target": "a"}]}')).toBe('e.json: edges[0] ("e1"): the edge has no "source".');
    expect(refusal('g.json', '{"nodes": [{"key": "a"}], "edges": [{"key": "e1", "source": "a", "target": "zz"}]}')).toBe('g.json: edges[0] ("e1"): its target "zz" is not an actor of the file.');
    expect(refusal('d.json', '{"nodes": [{"key": "a"}, {"key": "b"}, {"key": "a"}]}')).toBe('d.json: nodes[2]: the key "a" is already the key of nodes[0].');
    expect(refusal('none.json', '{"nodes": [], "edges": []}')).toBe('none.json: the file holds no actors.');
  });
});

describe('broken CSV', () => {
  it('names the row of an unclosed quote or a row of the wrong width', () => {
    expect(refusal('q.csv', 'source,target,evidence\na,b,"fine"\nc,d,"never closed\n', EDGES)).toBe('q.csv: row 3: a quoted value is never closed (is the file cut short?).');
    expect(refusal('w.csv', 'source,target,date\na,b,2026-01-01\nc,d\n', EDGES)).toBe('w.csv: row 3: 2 values where the header has 3 columns.');
  });

  it('refuses a mapping that does not fit the header, and a header that is no edge list', () => {
    expect(refusal('m.csv', 'from,to\na,b\n', { csvMapping: { source: 'source', target: 'to' } })).toBe('m.csv: the column "source" chosen for source is not in the file\'s header.');
    expect(refusal('n.csv', 'source,target\na,b\n')).toBe('n.csv: choose which columns hold the source and target of each relation.');
    expect(refusal('one.csv', 'name\na\n', EDGES)).toBe(
      'one.csv: row 1: the header has 1 column; an edge list needs at least a source and a target column (is the separator a comma, semicolon or tab?).',
    );
    expect(readCsvHeader('source,,target\n')).toEqual({ ok: false, message: 'row 1, column 2: the column has no name.' });
    expect(readCsvHeader('a,b,a\n')).toEqual({ ok: false, message: 'row 1: the column name "a" appears twice.' });
    expect(refusal('nodes.csv', 'source,target\na,b\n', { ...EDGES, csvNodesText: 'name,kind\nA,state\n' })).toBe('nodes.csv: the nodes file, row 1: it has no "id" column.');
  });
});

describe('evidence that does not match its document', () => {
  it('is kept as a sentence of the imported file, and the warning says which relation', () => {
    const data = JSON.parse(json) as { edges: Array<{ key: string; attributes: { evidence: { start: number } } }> };
    data.edges[0]!.attributes.evidence.start += 1;
    const outcome = importGraphText('shifted.json', JSON.stringify(data), { importDay: '2026-11-29' });
    if (!outcome.ok) throw new Error(outcome.message);
    const edge = outcome.graph.edges.find((e) => e.key === data.edges[0]!.key)!;
    expect(edge.attributes.doc).toBe('import:shifted.json');
    expect(outcome.warnings.find((w) => w.startsWith('Evidence that is not the text of its document'))).toContain(`edges[0] ("${data.edges[0]!.key}")`);
  });
});

describe('relations citing documents the file does not hold', () => {
  it('cite the imported file, keep their sentences, and the warning names them', () => {
    const gexfWithoutDocuments = gexf.replace(/<description>[\s\S]*?<\/description>/, '<description>Re-saved by another tool</description>');
    const outcome = importGraphText('resaved.gexf', gexfWithoutDocuments, { importDay: '2026-11-29' });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.graph.attributes.documents.map((d) => d.id)).toEqual(['import:resaved.gexf']);
    const body = outcome.graph.attributes.documents[0]!.body;
    for (const e of outcome.graph.edges) {
      expect(e.attributes.evidence.text.length).toBeGreaterThan(0);
      expect(body.slice(e.attributes.evidence.start, e.attributes.evidence.end)).toBe(e.attributes.evidence.text);
    }
    expect(outcome.warnings.find((w) => w.startsWith('Relations citing a document the file does not hold'))).toMatch(/\(12: <edge id="ev-1"> \(line \d+\): document "doc-\d+"/);
  });
});
