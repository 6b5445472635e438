// Property-based fuzzing of extraction on raw arbitrary strings (random code points, lone surrogates,
// NUL, bidi marks, hostile markup): extractDocument and extractDocumentTask either refuse with a
// DocumentError message or give events that keep the contract, within a per-input bound.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../src/extract/defaultResources';
import { extractDocumentTask } from '../src/extract/extractCorpus';
import { extractDocument } from '../src/extract/extractEvents';
import { mergeExtractions } from '../src/extract/mergeExtractions';
import { DocumentError } from '../src/extract/parseDocument';
import type { SourceDocument } from '../src/extract/types';
import { FUZZ_RUNS, PER_INPUT_MS, newsBody, publishedAnchor, rawText, withinBound } from './fuzzArbitraries';
import { extractionProblems } from './fuzzExtractionInvariants';

const res = defaultResources();
extractDocument({ id: 'warm', title: 't', published: '2026-01-12', publishedPrecision: 'day', publishedInferred: false, source: null, body: 'Iran met Oman.' }, res);

// Raw strings, sometimes with a real sentence spliced in so the rules run on damaged text.
const body = fc.oneof(
  { weight: 3, arbitrary: rawText },
  { weight: 1, arbitrary: fc.tuple(rawText, newsBody, rawText).map(([a, b, c]) => a + b + c) },
);

describe(`extraction fuzz on raw strings (${FUZZ_RUNS} cases, under ${PER_INPUT_MS} ms each)`, () => {
  it('extractDocument on any body with any publication precision keeps the contract', () => {
    let events = 0;
    fc.assert(
      fc.property(body, fc.option(publishedAnchor, { nil: null }), fc.boolean(), (text, anchor, asFile) => {
        let outcome;
        if (asFile) {
          // The file as a user drops it: parsed (title line, maybe front matter), dated, read.
          try {
            outcome = withinBound(PER_INPUT_MS, 'extractDocumentTask', () => extractDocumentTask({ name: 'raw.txt', id: 'raw', text }, res));
          } catch (err) {
            if (!(err instanceof DocumentError)) throw err;
            expect(err.message).toMatch(/^raw\.txt: \S/);
            return;
          }
        } else {
          const doc: SourceDocument = {
            id: 'raw',
            title: 'Raw',
            published: anchor?.published ?? null,
            publishedPrecision: anchor?.precision ?? 'unknown',
            publishedInferred: false,
            source: null,
            body: text,
          };
          outcome = { doc, ...withinBound(PER_INPUT_MS, 'extractDocument', () => extractDocument(doc, res)) };
        }
        expect(outcome.undated).toBeGreaterThanOrEqual(0);
        events += outcome.events.length;
        expect(extractionProblems(mergeExtractions([outcome], res.dictionary))).toEqual([]);
      }),
      { numRuns: FUZZ_RUNS },
    );
    // Damaged text still reaches the relation rules often enough to test them.
    expect(events).toBeGreaterThan(FUZZ_RUNS / 20);
  }, 120_000);
});
