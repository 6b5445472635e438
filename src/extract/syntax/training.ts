// Training of the tagger and the parser from CoNLL-U sentences. Deterministic: every shuffle and
// exploration draw comes from one seeded generator, so the same treebank gives the same weights.
import type { UdSentence } from './conllu';
import { trainOnSentenceWithBeam } from './beamParser';
import { seededRandom } from './featureHash';
import { tagClassIndex, type SyntaxInventory } from './inventory';
import type { Scorer } from './linearModel';
import { trainOnSentence, type TrainingParser } from './parser';
import { AveragedPerceptron } from './perceptron';
import { TAGGER_FEATURES, taggerFeatures, tagWords } from './tagger';
import { parseInputOf, uposOfTagClasses } from './syntaxModel';
import { hashWords, type WordHashes } from './wordShapes';

export interface PreparedSentence {
  sentence: UdSentence;
  words: WordHashes;
  goldTags: Int32Array;
  goldHeads: Int32Array;
  goldLabels: Int32Array;
}

export function prepareSentences(sentences: readonly UdSentence[], inventory: SyntaxInventory): PreparedSentence[] {
  const tagOf = tagClassIndex(inventory);
  const labelIds = new Map(inventory.labels.map((l, i) => [l, i]));
  return sentences.map((sentence) => {
    const t = sentence.tokens;
    const goldHeads = new Int32Array(t.length + 1);
    const goldLabels = new Int32Array(t.length + 1);
    t.forEach((tok, i) => {
      goldHeads[i + 1] = tok.head;
      goldLabels[i + 1] = labelIds.get(tok.deprel) ?? 0;
    });
    return {
      sentence,
      words: hashWords(t.map((tok) => tok.form)),
      goldTags: Int32Array.from(t, (tok) => tagOf(tok.upos, tok.xpos)),
      goldHeads,
      goldLabels,
    };
  });
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export interface EpochReport {
  epoch: number;
  seconds: number;
}

/** Trains the tagger for `epochs` passes; `onEpoch` sees the averaged model after each pass. */
export function trainTagger(
  train: readonly PreparedSentence[],
  classes: number,
  epochs: number,
  seed: number,
  onEpoch: (model: Scorer, report: EpochReport) => void,
  templates = 1,
): AveragedPerceptron {
  const model = new AveragedPerceptron(classes);
  const random = seededRandom(seed);
  const features = new Int32Array(TAGGER_FEATURES);
  const scores = new Float32Array(classes);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const started = performance.now();
    for (const s of shuffled(train, random)) {
      let prev = -1;
      let prev2 = -1;
      for (let i = 0; i < s.words.count; i++) {
        const n = taggerFeatures(s.words, i, prev, prev2, features, templates);
        model.score(features, n, scores);
        let guess = 0;
        for (let k = 1; k < classes; k++) if (scores[k]! > scores[guess]!) guess = k;
        model.update(features, n, s.goldTags[i]!, guess);
        model.tick();
        prev2 = prev;
        prev = guess;
      }
    }
    onEpoch(model.averaged(), { epoch, seconds: (performance.now() - started) / 1000 });
  }
  return model;
}

/**
 * Tags of the training sentences as a tagger that never saw them would predict (k-fold
 * jackknifing), so the parser learns from tags as noisy as those it will get.
 */
export function jackknifeTags(
  train: readonly PreparedSentence[], classes: number, folds: number, epochs: number, seed: number, templates = 1,
): Int32Array[] {
  const tags: Int32Array[] = new Array<Int32Array>(train.length);
  for (let fold = 0; fold < folds; fold++) {
    const rest = train.filter((_, i) => i % folds !== fold);
    const tagger = trainTagger(rest, classes, epochs, seed + fold + 1, () => {}, templates).averaged();
    train.forEach((s, i) => {
      if (i % folds === fold) tags[i] = tagWords(tagger, s.words, templates);
    });
  }
  return tags;
}

export interface ParserTraining {
  epochs: number;
  seed: number;
  /** Epochs trained on the static path before exploration starts. */
  exploreAfter: number;
  /** Probability of following the model's own wrong transition once exploring. */
  exploreRate: number;
  /** Beam width of global training (1: greedy training with the dynamic oracle). */
  beam?: number;
}

/** Trains the transition and label classifiers on the given tags for each sentence. */
export function trainParser(
  train: readonly PreparedSentence[],
  tags: readonly Int32Array[],
  inventory: SyntaxInventory,
  options: ParserTraining,
  onEpoch: (model: TrainingParser, report: EpochReport) => void,
): TrainingParser {
  const model: TrainingParser = {
    action: new AveragedPerceptron(3),
    label: new AveragedPerceptron(inventory.labels.length),
    rootLabel: inventory.labels.indexOf('root'),
  };
  const tagUpos = uposOfTagClasses(inventory.tagClasses);
  const inputs = train.map((s, i) => parseInputOf(s.words, tags[i]!, tagUpos));
  const order = train.map((_, i) => i);
  const random = seededRandom(options.seed);
  const beam = options.beam ?? 1;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const started = performance.now();
    const exploring = epoch > options.exploreAfter;
    const explore = () => exploring && random() < options.exploreRate;
    for (const i of shuffled(order, random)) {
      const s = train[i]!;
      if (beam > 1) trainOnSentenceWithBeam(model, inputs[i]!, s.goldHeads, s.goldLabels, beam);
      else trainOnSentence(model, inputs[i]!, s.goldHeads, s.goldLabels, explore);
    }
    onEpoch(model, { epoch, seconds: (performance.now() - started) / 1000 });
  }
  return model;
}
