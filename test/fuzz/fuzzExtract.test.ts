// Property-based fuzzing of extraction on news-like text built from the shipped dictionary and
// relation cues, with odd characters mixed in: extractCorpus (and so extractDocumentTask and
// extractDocument) then buildGraph never throw, stay within a per-input bound, and keep the contract.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../src/extract/defaultResources';
import { extractCorpus } from '../../src/extract/extractCorpus';
import { extractDocument } from '../../src/extract/extractEvents';
import { inferPublication } from '../../src/extract/inferPublication';
import { DocumentError } from '../../src/extract/parseDocument';
import { buildGraph } from '../../src/graph/buildGraph';
import { FUZZ_RUNS, FUZZ_TEST_TIMEOUT_MS, PER_INPUT_MS, newsBody, publishedAnchor, withinBound } from './fuzzArbitraries';
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
  it('keeps evidence, dates, modality, confidence and the graph contract for every corpus of one or two articles', () => {
    let events = 0;
    let refused = 0;
    const precisions = new Set<string>();
    // Two files may share a name: the second becomes "fuzz-2" and actors merge across them.
    const corpus = fc.array(fc.tuple(fc.constantFrom('fuzz.md', 'other.md'), article), { minLength: 1, maxLength: 2 });
    fc.assert(
      fc.property(corpus, (files) => {
        let result;
        try {
          result = withinBound(PER_INPUT_MS, 'extractCorpus', () => extractCorpus(files.map(([name, a]) => ({ name, text: articleText(a) })), res));
        } catch (err) {
          // A refusal (no text, binary, bad front matter) is fine when it says why, as the app shows it.
          if (!(err instanceof DocumentError)) throw err;
          expect(err.message).toMatch(/^(fuzz|other)\.md: \S/);
          refused++;
          return;
        }
        events += result.events.length;
        for (const e of result.events) precisions.add(e.datePrecision);
        expect(result.documents).toHaveLength(files.length);
        files.forEach(([, a], i) => {
          if (a.anchor) expect(result.documents[i]!.published).toBe(a.anchor.published);
        });
        expect(extractionProblems(result)).toEqual([]);
      }),
      { numRuns: FUZZ_RUNS },
    );
    // The generator reaches the extractor's rules and every kind of date: a run that finds no
    // relation, or only document dates, proves little.
    expect(events).toBeGreaterThan(FUZZ_RUNS / 4);
    expect([...precisions].sort()).toEqual(['day', 'document', 'month', 'year']);
    expect(refused).toBeLessThan(FUZZ_RUNS / 4);
  }, FUZZ_TEST_TIMEOUT_MS);
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

  it('the checker catches what the fuzz looks for: shifted evidence, a date unlike its precision, an unknown end', () => {
    const result = extractCorpus([{ name: 'fuzz.md', text: articleText({ anchor: { published: '2026-01-12' }, title: 'T', body: 'Iran accused the United States on Monday of threatening Tehran.' }) }], res);
    expect(extractionProblems(result)).toEqual([]);
    const e = result.events[0]!;
    const broken = (change: Partial<typeof e>) => extractionProblems({ ...result, events: [{ ...e, ...change }] });
    expect(broken({ evidence: { ...e.evidence, start: e.evidence.start + 1 } }).join()).toMatch(/evidence is not body.slice/);
    expect(broken({ date: '2026-01', datePrecision: 'day' }).join()).toMatch(/does not match precision day/);
    expect(broken({ date: '2025-02-29' }).join()).toMatch(/not a calendar date/);
    expect(broken({ dateEnd: '2020-01-01' }).join()).toMatch(/dateEnd 2020-01-01 before/);
    expect(broken({ target: 'nobody' }).join()).toMatch(/an end is not an actor/);
    expect(broken({ confidence: 1.5 }).join()).toMatch(/confidence 1.5/);
  });

  it('an actor read by the tree from a loose demonym ("British in contact with Dominica") is listed as an actor', () => {
    const body = 'United States said: "British in contact with Dominica from March 1 to March 3, 2023."';
    const result = extractCorpus([{ name: 'fuzz.md', text: articleText({ anchor: { published: '2026-01-12' }, title: 'T', body }) }], res);
    expect(result.events.some((e) => e.source === 'united-kingdom')).toBe(true);
    expect(result.actors.map((a) => a.id)).toContain('united-kingdom');
    expect(extractionProblems(result)).toEqual([]);
  });

  it('an inferred publication date is a real calendar day (was 1025-02-29 from "29 feb 37130")', () => {
    const result = extractCorpus([{ name: 'fuzz.md', text: '---\ntitle: Talks\n---\nUnited States contact Botswana on 29 feb 37130. ' }], res);
    expect(result.documents[0]!.published).toBeNull();
    expect(extractionProblems(result)).toEqual([]);
    expect(inferPublication('The summit ended on 29 February 2025.')).toBeNull();
    expect(inferPublication('The summit ended on 29 February 2024.')).toBe('2024-02-29');
  });
});

describe('graph building regressions found by fuzzing', () => {
  it('a speaker whose id is renamed ("President Constructor" → id:constructor) stays the attribution of what it said', () => {
    const body = 'President Constructor said Xi Jinping did not boycott Sergei Shoigu.';
    const result = extractCorpus([{ name: 'fuzz.md', text: articleText({ anchor: { published: '1970' }, title: 'T', body }) }], res);
    expect(result.events.some((e) => e.attributedTo === 'constructor')).toBe(true);
    expect(extractionProblems(result)).toEqual([]);
    const graph = buildGraph(result);
    expect(graph.filterEdges((_, a) => a.attributedTo === 'id:constructor').length).toBeGreaterThan(0);
  });
});
