// Property-based fuzzing of CSV import: exports of random valid graphs, mutated (rows dropped,
// duplicated, moved; cells made hostile: markup, NaN, huge numbers, garbage dates, "__proto__" ids),
// and any column mapping the dialog could be given, yield a contract graph or a refusal with a
// message (see fuzzImportHarness.ts).
import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { DramatisGraph } from '../../src/graph/buildGraph';
import { exportGraph, importGraphText, readCsvHeader, type CsvMapping } from '../../src/graph/formats';
import { FUZZ_RUNS, FUZZ_TEST_TIMEOUT_MS, PER_INPUT_MS, validGraph, withinBound } from './fuzzArbitraries';
import { checkOutcome, fuzzMutatedImport } from './fuzzImportHarness';
import { mutateCsv, mutations } from './fuzzMutations';

describe(`csv import of mutated exports (${FUZZ_RUNS} cases, under ${PER_INPUT_MS} ms each)`, () => {
  it('gives a contract graph or a refusal with a message, never an exception', () => {
    // Mutations must leave many files readable, or the fitting code is never reached.
    expect(fuzzMutatedImport('csv')).toBeGreaterThan(FUZZ_RUNS / 10);
  }, FUZZ_TEST_TIMEOUT_MS);
});

const FIELDS: (keyof CsvMapping)[] = ['relation', 'date', 'dateEnd', 'datePrecision', 'evidence', 'document', 'documentId', 'id', 'modality', 'confidence', 'cameo', 'originalRelation', 'attributedTo', 'cue', 'sourceLabel', 'targetLabel'];

describe(`csv import with any column mapping (${FUZZ_RUNS} cases, under ${PER_INPUT_MS} ms each)`, () => {
  it('any assignment of columns (wrong, repeated or missing ones) gives a contract graph or a refusal', () => {
    let imported = 0;
    fc.assert(
      fc.property(validGraph, fc.option(mutations, { nil: undefined }), fc.array(fc.nat(), { minLength: FIELDS.length + 2, maxLength: FIELDS.length + 2 }), (data, ms, picks) => {
        const g: DramatisGraph = new MultiDirectedGraph();
        g.import(data);
        const edges = exportGraph(g, 'csv').find((f) => f.name.endsWith('-edges.csv'))!;
        const text = ms ? mutateCsv(edges.text, ms) : edges.text;
        const header = readCsvHeader(text);
        const columns = [...(header.ok ? header.columns : []), 'no such column', '__proto__'];
        // Each field gets a column, or none (an index past the columns).
        const column = (i: number) => columns[picks[i]! % (columns.length + 3)];
        const mapping: CsvMapping = { source: column(0) ?? 'source', target: column(1) ?? 'target' };
        FIELDS.forEach((f, i) => {
          const c = column(i + 2);
          if (c !== undefined) mapping[f] = c;
        });
        const outcome = withinBound(PER_INPUT_MS, 'CSV import', () => importGraphText('edges.csv', text, { importDay: '2026-11-29', csvMapping: mapping }));
        checkOutcome(outcome, 'edges.csv');
        if (outcome.ok) imported++;
      }),
      { numRuns: FUZZ_RUNS },
    );
    expect(imported).toBeGreaterThan(FUZZ_RUNS / 20);
  }, FUZZ_TEST_TIMEOUT_MS);
});
