// Property-based fuzzing of graph import on arbitrary strings under every file name: detectFormat and
// importGraphText refuse with a message or give a contract graph, never an exception.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat, importGraphText } from '../../src/graph/formats';
import { FUZZ_RUNS, FUZZ_TEST_TIMEOUT_MS, PER_INPUT_MS, rawText, withinBound } from './fuzzArbitraries';
import { checkOutcome, csvOptions } from './fuzzImportHarness';

const IMPORT_DAY = '2026-11-29';

describe(`import of arbitrary strings (${FUZZ_RUNS} cases, under ${PER_INPUT_MS} ms each)`, () => {
  const name = fc.constantFrom('x.gexf', 'x.graphml', 'x.json', 'x.csv', 'x.tsv', 'x.txt', 'x', '__proto__.json', '<b>.gexf');
  const head = fc.constantFrom('', '<?xml version="1.0"?>', '<gexf>', '<graphml>', '{', '{"nodes":', 'source,target\n', '\uFEFF', 'sep=;\n');
  it('never throws: a refusal with a message or a contract graph', () => {
    fc.assert(
      fc.property(name, head, rawText, (fileName, start, rest) => {
        const text = start + rest;
        detectFormat(fileName, text);
        const outcome = withinBound(PER_INPUT_MS, 'import', () => importGraphText(fileName, text, fileName.endsWith('sv') ? csvOptions(text, undefined) : { importDay: IMPORT_DAY }));
        checkOutcome(outcome, fileName);
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, FUZZ_TEST_TIMEOUT_MS);
});

describe(`import of structured garbage (${FUZZ_RUNS} cases each, under ${PER_INPUT_MS} ms each)`, () => {
  it('any JSON value, graph-shaped or not, is refused with a message or fitted to the contract', () => {
    const graphish = fc.record({
      options: fc.oneof(fc.constant({ type: 'directed', multi: true }), fc.jsonValue()),
      attributes: fc.oneof(fc.record({ documents: fc.array(fc.jsonValue(), { maxLength: 2 }) }), fc.jsonValue()),
      nodes: fc.array(fc.oneof(fc.record({ key: fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('__proto__', 'constructor')), attributes: fc.dictionary(fc.constantFrom('label', 'kind', 'aliases', '__proto__'), fc.jsonValue({ maxDepth: 1 })) }), fc.jsonValue({ maxDepth: 1 })), { maxLength: 4 }),
      edges: fc.array(fc.oneof(fc.record({ source: fc.string({ maxLength: 2 }), target: fc.string({ maxLength: 2 }), attributes: fc.dictionary(fc.constantFrom('relation', 'date', 'evidence', 'confidence', 'doc'), fc.jsonValue({ maxDepth: 1 })) }), fc.jsonValue({ maxDepth: 1 })), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.oneof(fc.json({ maxDepth: 3 }), graphish.map((g) => JSON.stringify(g))), (text) => {
        checkOutcome(withinBound(PER_INPUT_MS, 'JSON import', () => importGraphText('g.json', text, { importDay: IMPORT_DAY })), 'g.json');
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, FUZZ_TEST_TIMEOUT_MS);

  it('XML made of GEXF and GraphML pieces is refused with a message or fitted to the contract', () => {
    const piece = fc.constantFrom('<node id="a">', '<node id="__proto__"/>', '<node id="b" label="<img>"/>', '</node>', '<edge source="a" target="b"/>', '<edge source="a" target="__proto__" id="e"/>',
      '<nodes>', '</nodes>', '<edges>', '</edges>', '<graph>', '</graph>', '<attvalue for="kind" value="x"/>', '<attvalue for="date" value="2024-02-30"/>', '<key id="d0" for="all"/>',
      '<data key="d0">NaN</data>', '<spell start="x"/>', '<!-- c -->', '<![CDATA[<b>]]>', '&amp;', '&bogus;', 'text', ' ');
    const doc = fc.tuple(fc.constantFrom('gexf', 'graphml'), fc.array(piece, { maxLength: 14 })).map(([root, xs]) => `<?xml version="1.0"?><${root}>${xs.join('')}</${root}>`);
    fc.assert(
      fc.property(doc, (text) => {
        const name = text.includes('<gexf>') ? 'g.gexf' : 'g.graphml';
        checkOutcome(withinBound(PER_INPUT_MS, 'XML import', () => importGraphText(name, text, { importDay: IMPORT_DAY })), name);
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, FUZZ_TEST_TIMEOUT_MS);
});

describe('XML import regressions found by fuzzing', () => {
  it('a GraphML <node> outside its <graph> is checked like the others (was a TypeError)', () => {
    const outcome = importGraphText('g.graphml', '<?xml version="1.0"?><graphml><graph></graph><node id="__proto__"/></graphml>', { importDay: IMPORT_DAY });
    checkOutcome(outcome, 'g.graphml');
    expect(outcome.ok && outcome.graph.nodes.map((n) => n.key)).toEqual(['id:__proto__']);
  });
});
