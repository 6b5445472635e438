// Training is reproducible: the same treebank slice and seed give the same model bytes, and the
// seed really is used (another seed gives other bytes). Needs the shared UD treebank
// (../shared/treebanks from the main checkout); without it the test is skipped and says so.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildInventory } from '../../../src/extract/syntax/inventory';
import { encodeModel, MODEL_FORMAT_VERSION } from '../../../src/extract/syntax/modelFormat';
import { syntaxModelFromTables } from '../../../src/extract/syntax/loadSyntaxModel';
import { decodeModel } from '../../../src/extract/syntax/modelFormat';
import { jackknifeTags, prepareSentences, trainParser, trainTagger } from '../../../src/extract/syntax/training';
import type { UdSentence } from '../../../src/extract/syntax/conllu';
import { firstTrainSentences } from '../../support/treebankSlice';

const EWT = ['../shared', '../../shared']
  .map((up) => join(process.cwd(), up, 'treebanks', 'UD_English-EWT'))
  .find((dir) => existsSync(join(dir, 'files.train')));

function trainSlice(sentences: UdSentence[], seed: number): Uint8Array {
  const inventory = buildInventory(sentences);
  const prepared = prepareSentences(sentences, inventory);
  const tagger = trainTagger(prepared, inventory.tagClasses.length, 2, seed, () => {});
  const tags = jackknifeTags(prepared, inventory.tagClasses.length, 2, 1, seed);
  const parser = trainParser(prepared, tags, inventory, { epochs: 2, seed, exploreAfter: 1, exploreRate: 0.9 }, () => {});
  return encodeModel({
    header: { format: 'dramatis-syntax', version: MODEL_FORMAT_VERSION, inventory, provenance: {} },
    tagger: tagger.quantise(1023, 1),
    action: parser.action.quantise(1023, 1),
    label: parser.label.quantise(1023, 1),
  });
}

describe.skipIf(!EWT)('training on a slice of EWT train', () => {
  it('gives the same bytes twice with one seed and other bytes with another', () => {
    const slice = firstTrainSentences(EWT!, 150);
    const first = trainSlice(slice, 1);
    const again = trainSlice(slice, 1);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(trainSlice(slice, 2)).equals(Buffer.from(first))).toBe(false);
    // The bytes decode into a working model.
    const model = syntaxModelFromTables(decodeModel(first));
    const words = model.analyse(['The', 'minister', 'met', 'the', 'envoy', '.']);
    expect(words.filter((w) => w.head === 0)).toHaveLength(1);
  }, 120_000);
});
