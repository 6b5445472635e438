// Property-based fuzzing of extraction on raw arbitrary strings (random code points, lone surrogates,
// NUL, bidi marks, hostile markup): extractDocument and extractDocumentTask either refuse with a
// DocumentError message or give events that keep the contract, within a per-input bound.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../src/extract/defaultResources';
import { extractDocumentTask } from '../../src/extract/extractCorpus';
import { extractDocument } from '../../src/extract/extractEvents';
import { mergeExtractions } from '../../src/extract/mergeExtractions';
import { DocumentError, parseDocument, parsePublished } from '../../src/extract/parseDocument';
import type { SourceDocument } from '../../src/extract/types';
import { FUZZ_RUNS, FUZZ_TEST_TIMEOUT_MS, PER_INPUT_MS, newsBody, publishedAnchor, rawText, withinBound } from './fuzzArbitraries';
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
  }, FUZZ_TEST_TIMEOUT_MS);
});

describe(`front matter fuzz (${FUZZ_RUNS} cases, under ${PER_INPUT_MS} ms each)`, () => {
  const LAUGHS = 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]';
  const line = fc.oneof(
    fc.tuple(fc.constantFrom('title', 'published', 'source', 'url', '__proto__', 'constructor', 'title'), fc.constantFrom('', ' 2026-01-12', ' 2024-02-30', ' "2026-01"', ' 2026', ' 99999', ' [1, 2]', ' {a: 1}', ' !!js/function "f"', ' <img src=x onerror=alert(1)>', ' javascript:alert(1)', ' null', ' ~', ' 2026-01-12T25:00', ' 2026-01-12T10:00:00+05:30', ' &x y', ' *x')).map(([k, v]) => `${k}:${v}`),
    fc.constantFrom(LAUGHS, '- a\n- b', ': :', '\t: x', '"unclosed', '? complex key\n: value', '%YAML 1.2', '!!binary aGk='),
    fc.string({ maxLength: 20 }),
  );
  const file = fc.tuple(fc.array(line, { maxLength: 5 }), fc.constantFrom('\n', '\r\n'), newsBody).map(([ls, nl, body]) => `---${nl}${ls.join(nl)}${nl}---${nl}${body}`);
  it('a file with any front matter is read (a valid publication date or none) or refused with a message', () => {
    fc.assert(
      fc.property(file, (text) => {
        let doc: SourceDocument;
        try {
          doc = withinBound(PER_INPUT_MS, 'parseDocument', () => parseDocument('fm.md', text));
        } catch (err) {
          if (!(err instanceof DocumentError)) throw err;
          expect(err.message).toMatch(/^fm\.md: \S/);
          return;
        }
        expect(typeof doc.title).toBe('string');
        expect(doc.published === null || parsePublished(doc.published)?.published === doc.published).toBe(true);
        expect(doc.body.length).toBeLessThanOrEqual(text.length);
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
