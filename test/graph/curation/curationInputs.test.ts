// What the curation dialogs check and show: a selection widened to whole sentences (the extractor's
// splitter), dates against their precision, and the badge text with the machine's values.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/extract/tokenize';
import { applyEdits } from '../../../src/graph/curation/applyEdits';
import { dateProblem, publicationDay } from '../../../src/graph/curation/curatedDate';
import { edgeCurationNotes, nodeCurationNotes } from '../../../src/graph/curation/curationNotes';
import { stampEdit } from '../../../src/graph/curation/newEdit';
import { widenToSentences } from '../../../src/graph/curation/sentenceSpan';
import { EdgeOrigins } from '../../../src/graph/curation/signatures';
import { BODY, extractedGraph, sentence } from './curationFixture';

describe('selection widened to sentences', () => {
  const sentences = tokenize(BODY).sentences;

  it('a few words inside one sentence give that whole sentence, exactly as in the body', () => {
    const from = BODY.indexOf('met Qatar');
    const span = widenToSentences(sentences, { start: from, end: from + 5 })!;
    expect(BODY.slice(span.start, span.end)).toBe(sentence(1).text);
  });

  it('a selection across a sentence break gives both sentences; a backwards one the same', () => {
    const from = BODY.indexOf('Monday');
    const to = BODY.indexOf('Tehran') + 3;
    const span = widenToSentences(sentences, { start: from, end: to })!;
    expect(BODY.slice(span.start, span.end)).toBe(`${sentence(0).text} ${sentence(1).text}`);
    expect(widenToSentences(sentences, { start: to, end: from })).toEqual(span);
  });

  it('only the space between two sentences touches none', () => {
    const gap = sentence(0).end;
    expect(widenToSentences(sentences, { start: gap, end: gap + 1 })).toBeNull();
  });
});

describe('dates an analyst types', () => {
  it('accepts each precision in its own form and refuses the rest with a reason', () => {
    expect(dateProblem('2025-06-13', 'day')).toBeNull();
    expect(dateProblem('2025-06-13', 'document')).toBeNull();
    expect(dateProblem('2025-06', 'month')).toBeNull();
    expect(dateProblem('2025', 'year')).toBeNull();
    expect(dateProblem('2025-06', 'day')).toMatch(/as 2025-06-13/);
    expect(dateProblem('2025-13', 'month')).toMatch(/not a date/);
    expect(dateProblem('2024-02-29', 'day')).toBeNull();
    expect(dateProblem('2025-02-29', 'day')).toMatch(/not a date/);
    expect(dateProblem('June 2025', 'month')).not.toBeNull();
  });

  it('the publication day is a full day of the published value, or nothing', () => {
    expect(publicationDay('2026-01-12T18:19')).toBe('2026-01-12');
    expect(publicationDay('2026-01')).toBeNull();
    expect(publicationDay(null)).toBeNull();
  });
});

describe('curated badge text', () => {
  it('says what changed and the machine’s value before', () => {
    const base = extractedGraph();
    const origins = EdgeOrigins.of(base);
    const { graph } = applyEdits(base, [
      stampEdit({ kind: 'relation', edge: origins.ref('e1')!, relation: 'accusation' }),
      stampEdit({ kind: 'direction', edge: origins.ref('e1')! }),
      stampEdit({ kind: 'date', edge: origins.ref('e1')!, date: '2025-06', datePrecision: 'month' }),
      stampEdit({ kind: 'rename', actor: 'qatar', label: 'State of Qatar' }),
    ]);
    expect(edgeCurationNotes(graph, base, 'e1')).toEqual([
      'relation changed from threat',
      'direction swapped (the machine read Iran → Israel)',
      'date changed from 2025-06-13 (day)',
    ]);
    expect(nodeCurationNotes(graph, base, 'qatar')).toEqual(['renamed from Qatar']);
    expect(edgeCurationNotes(graph, base, 'e2')).toEqual([]);
  });
});
