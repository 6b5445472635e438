// Property-based fuzzing of extraction on news-like text built from the shipped dictionary and
// relation cues, with odd characters mixed in: extractCorpus (and so extractDocumentTask and
// extractDocument) then buildGraph never throw, stay within a per-input bound, and keep the contract.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../src/extract/defaultResources';
import { extractCorpus } from '../src/extract/extractCorpus';
import { extractDocument } from '../src/extract/extractEvents';
import { inferPublication } from '../src/extract/inferPublication';
import { DocumentError } from '../src/extract/parseDocument';
import { FUZZ_RUNS, PER_INPUT_MS, newsBody, publishedAnchor, withinBound } from './fuzzArbitraries';
import { eventProblems, extractionProblems } from './fuzzExtractionInvariants';

const res = defaultResources();
// Build the tagger and dictionaries once, outside the per-input bound.
extractDocument({ id: 'warm', title: 't', published: '2026-01-12', publishedPrecision: 'day', publishedInferred: false, source: null, body: 'Iran met Oman.' }, res);

/** A Markdown article with front matter giving (or not) a publication date of some precision. */
const article = fc.record({
  anchor: fc.option(publishedAnchor, { nil: null }),
  title: fc.constantFrom('Talks', 'Iran <b>news</b>', '__proto__', 'x'),
  body: newsBody,
});

function articleText(a: { anchor: { published: string } | null; title: string; body: string }): string {
  const published = a.anchor ? `published: "${a.anchor.published}"\n` : '';
  return `---\ntitle: ${JSON.stringify(a.title)}\n${published}---\n${a.body}`;
}

describe(`extraction fuzz on news-like text (${FUZZ_RUNS} cases, under ${PER_INPUT_MS} ms each)`, () => {
  it('keeps evidence, dates, modality, confidence and the graph contract for every article', () => {
    let events = 0;
    let refused = 0;
    fc.assert(
      fc.property(article, (a) => {
        let result;
        try {
          result = withinBound(PER_INPUT_MS, 'extractCorpus', () => extractCorpus([{ name: 'fuzz.md', text: articleText(a) }], res));
        } catch (err) {
          // A refusal (no text, binary, bad front matter) is fine when it says why, as the app shows it.
          if (!(err instanceof DocumentError)) throw err;
          expect(err.message).toMatch(/^fuzz\.md: \S/);
          refused++;
          return;
        }
        events += result.events.length;
        expect(result.documents).toHaveLength(1);
        if (a.anchor) expect(result.documents[0]!.published).toBe(a.anchor.published);
        expect(extractionProblems(result)).toEqual([]);
      }),
      { numRuns: FUZZ_RUNS },
    );
    // The generator reaches the extractor's rules: a run that finds no relation at all proves nothing.
    expect(events).toBeGreaterThan(FUZZ_RUNS / 4);
    expect(refused).toBeLessThan(FUZZ_RUNS / 4);
  }, 120_000);
});

describe('extraction regressions found by fuzzing', () => {
  const doc = (body: string, published: string | null = '2026-01-12') => ({
    id: 'd',
    title: 't',
    published,
    publishedPrecision: published ? ('day' as const) : ('unknown' as const),
    publishedInferred: false,
    source: null,
    body,
  });

  it('a sentence whose events all keep the contract (sanity check of the checker)', () => {
    const d = doc('Iran accused the United States on Monday of threatening Tehran.');
    const { events } = extractDocument(d, res);
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(eventProblems(e, d)).toEqual([]);
  });

  it('an inferred publication date is a real calendar day (was 1025-02-29 from "29 feb 37130")', () => {
    const result = extractCorpus([{ name: 'fuzz.md', text: '---\ntitle: Talks\n---\nUnited States contact Botswana on 29 feb 37130. ' }], res);
    expect(result.documents[0]!.published).toBeNull();
    expect(extractionProblems(result)).toEqual([]);
    expect(inferPublication('The summit ended on 29 February 2025.')).toBeNull();
    expect(inferPublication('The summit ended on 29 February 2024.')).toBe('2024-02-29');
  });
});
