// Beam search and its global training (issue 15). Trains small models on a slice of EWT train (needs
// ../shared/treebanks from the main checkout; skipped, and says so, without it).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWordsWithBeam } from '../../../src/extract/syntax/beamParser';
import { buildInventory } from '../../../src/extract/syntax/inventory';
import { parseWords, type ParserScorers } from '../../../src/extract/syntax/parser';
import { parseInputOf, uposOfTagClasses } from '../../../src/extract/syntax/syntaxModel';
import { prepareSentences, trainParser, type PreparedSentence } from '../../../src/extract/syntax/training';
import { firstTrainSentences } from '../../support/treebankSlice';

const EWT = ['../shared', '../../shared']
  .map((up) => join(process.cwd(), up, 'treebanks', 'UD_English-EWT'))
  .find((dir) => existsSync(join(dir, 'files.train')));

function trained(slice: PreparedSentence[], beam: number, inventory: ReturnType<typeof buildInventory>): ParserScorers {
  const tags = slice.map((s) => s.goldTags);
  const m = trainParser(slice, tags, inventory, { epochs: 2, seed: 1, exploreAfter: 1, exploreRate: 0.9, beam }, () => {});
  return { action: m.action.averaged(), label: m.label.averaged(), rootLabel: m.rootLabel };
}

/** Every word has one head in the sentence, one word hangs from the root, and no head chain loops. */
function isTree(heads: Int32Array, n: number): boolean {
  let roots = 0;
  for (let d = 1; d <= n; d++) {
    if (heads[d]! < 0 || heads[d]! > n) return false;
    if (heads[d] === 0) roots++;
    let h = heads[d]!;
    for (let steps = 0; h !== 0; steps++) {
      if (steps > n) return false;
      h = heads[h]!;
    }
  }
  return roots === 1;
}

describe.skipIf(!EWT)('beam search on a slice of EWT train', () => {
  const sentences = EWT ? firstTrainSentences(EWT, 160) : [];
  const inventory = buildInventory(sentences);
  const prepared = prepareSentences(sentences, inventory);
  const tagUpos = uposOfTagClasses(inventory.tagClasses);
  const held = prepared.slice(120);
  const train = prepared.slice(0, 120);

  it('with width 1 finds the greedy parse, sentence for sentence', () => {
    const scorers = trained(train, 1, inventory);
    for (const s of held) {
      const input = parseInputOf(s.words, s.goldTags, tagUpos);
      const greedy = parseWords(scorers, input);
      const beam = parseWordsWithBeam(scorers, input, 1);
      expect(Array.from(beam.heads)).toEqual(Array.from(greedy.heads));
      expect(Array.from(beam.labels)).toEqual(Array.from(greedy.labels));
    }
  }, 120_000);

  it('trains globally to the same weights twice and gives well-formed trees with a wider beam', () => {
    const first = trained(train, 4, inventory);
    const again = trained(train, 4, inventory);
    let same = true;
    for (const s of held) {
      const input = parseInputOf(s.words, s.goldTags, tagUpos);
      const a = parseWordsWithBeam(first, input, 4);
      const b = parseWordsWithBeam(again, input, 4);
      expect(isTree(a.heads, s.words.count)).toBe(true);
      if (a.heads.join() !== b.heads.join() || a.labels.join() !== b.labels.join()) same = false;
    }
    expect(same).toBe(true);
  }, 120_000);
});
