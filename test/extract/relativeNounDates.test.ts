// A relative clause with no date of its own is dated through the noun it hangs on
// ("a statement from X on Saturday that called ..."), read by cueDate on the sentence's tree.
import { describe, expect, it } from 'vitest';
import { cueDate } from '../../src/extract/cueDate';
import { defaultResources } from '../../src/extract/defaultResources';
import { readSyntax } from '../../src/extract/documentSyntax';
import { DependencyTree } from '../../src/extract/relations/dependencyTree';
import { findDates } from '../../src/extract/resolveEventDate';
import type { SourceDocument } from '../../src/extract/types';

function dateOf(body: string, cueWord: string, relation: string): string | undefined {
  const doc: SourceDocument = { id: 'd', title: 'T', published: '2024-03-15', publishedPrecision: 'day', publishedInferred: false, source: null, body };
  const { tokens, sentences } = readSyntax(body, defaultResources());
  const sentence = sentences[0]!;
  const at = tokens.findIndex((t) => t.norm === cueWord);
  const tree = DependencyTree.of(tokens, sentence);
  const cue = { relation, cameo: '0', kind: 'verb' as const, tokenStart: at, tokenEnd: at + 1 };
  // The clause the positional reading gives the relative clause: from "that" to the sentence's end.
  const clause = { start: at - 1, end: sentence.endToken };
  const date = cueDate({ doc, tokens, sentence, clause, cue, tree, dateline: new Uint8Array(tokens.length), tense: 'past', findDates, evidence: { text: body }, anaphor: null, earlier: [], frames: [], frame: undefined });
  return date?.date;
}

describe('a relative clause dated through its noun', () => {
  it('"a visit by Ruto on Tuesday that praised ..." is dated Tuesday', () => {
    expect(dateOf('The talks followed a visit by Ruto to Addis Ababa on Tuesday that praised Ethiopia.', 'praised', 'support')).toBe('2024-03-12');
  });

  it('a date inside the relative clause still wins', () => {
    expect(dateOf('The talks followed a visit by Ruto on Tuesday that praised Ethiopia on Monday.', 'praised', 'support')).toBe('2024-03-11');
  });
});
