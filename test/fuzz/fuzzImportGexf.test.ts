// Property-based fuzzing of GEXF import: exports of random valid graphs, mutated (elements or rows
// dropped, duplicated, moved; values made hostile: markup, NaN, huge numbers, garbage dates,
// "__proto__" ids), give a contract graph or a refusal with a message (see fuzzImportHarness.ts).
import { describe, expect, it } from 'vitest';
import { importGraphText } from '../../src/graph/formats';
import { FUZZ_RUNS, FUZZ_TEST_TIMEOUT_MS, PER_INPUT_MS } from './fuzzArbitraries';
import { fuzzMutatedImport } from './fuzzImportHarness';

describe(`gexf import of mutated exports (${FUZZ_RUNS} cases, under ${PER_INPUT_MS} ms each)`, () => {
  it('gives a contract graph or a refusal with a message, never an exception', () => {
    // Mutations must leave many files readable, or the fitting code is never reached.
    expect(fuzzMutatedImport('gexf')).toBeGreaterThan(FUZZ_RUNS / 10);
  }, FUZZ_TEST_TIMEOUT_MS);
});

describe('GEXF regressions found by fuzzing', () => {
  it('a file with a second <graph> holding the nodes is refused with a message (was a TypeError)', () => {
    const graph = (nodes: string) => `<graph defaultedgetype="directed"><nodes>${nodes}</nodes><edges/></graph>`;
    const text = `<?xml version="1.0" encoding="UTF-8"?>\n<gexf version="1.3" xmlns="http://gexf.net/1.3">\n${graph('')}${graph('<node id="a" label="A"/>')}</gexf>`;
    const outcome = importGraphText('two.gexf', text);
    expect(outcome).toEqual({ ok: false, message: 'two.gexf: <gexf> (line 2): the file has more than one <graph> element; Dramatis reads files with one.' });
  });

  it('a <node> outside <graph> is checked as graphology-gexf reads it: a repeated id is refused naming that node', () => {
    const text = `<?xml version="1.0"?>\n<gexf version="1.3" xmlns="http://gexf.net/1.3">\n<graph><nodes><node id="a" label="A"/></nodes></graph>\n<node id="a" label="B"/></gexf>`;
    const outcome = importGraphText('stray.gexf', text);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(/^stray\.gexf: <node id="a"> \(line 4\): another node has the same id/);
  });
});
