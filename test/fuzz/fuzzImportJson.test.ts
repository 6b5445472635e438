// Property-based fuzzing of JSON import: exports of random valid graphs, mutated (elements or rows
// dropped, duplicated, moved; values made hostile: markup, NaN, huge numbers, garbage dates,
// "__proto__" ids), give a contract graph or a refusal with a message (see fuzzImportHarness.ts).
import { describe, expect, it } from 'vitest';
import { FUZZ_RUNS, FUZZ_TEST_TIMEOUT_MS, PER_INPUT_MS } from './fuzzArbitraries';
import { fuzzMutatedImport } from './fuzzImportHarness';

describe(`json import of mutated exports (${FUZZ_RUNS} cases, under ${PER_INPUT_MS} ms each)`, () => {
  it('gives a contract graph or a refusal with a message, never an exception', () => {
    // Mutations must leave many files readable, or the fitting code is never reached.
    expect(fuzzMutatedImport('json')).toBeGreaterThan(FUZZ_RUNS / 10);
  }, FUZZ_TEST_TIMEOUT_MS);
});
