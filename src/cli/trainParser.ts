// npm run train:parser -- <UD_English-EWT folder> [--out FILE] [--epochs N] [--tagger-epochs N]
//   [--folds N] [--seed N] [--limit N] [--prune N] [--tagger-prune N] [--tagger-templates N] [--beam N]
// Trains the tagger and the dependency parser on EWT train, prints dev accuracy after every epoch,
// writes the gzipped model and prints the shipped model's accuracy on dev, test and PUD.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { UdSentence } from '../extract/syntax/conllu';
import { formatScores, scoreAnalyses } from '../extract/syntax/evaluate';
import { buildInventory, type SyntaxInventory } from '../extract/syntax/inventory';
import { loadSyntaxModel } from '../extract/syntax/loadSyntaxModel';
import type { Scorer } from '../extract/syntax/linearModel';
import { encodeModel, MODEL_FORMAT_VERSION, type ModelTables } from '../extract/syntax/modelFormat';
import { SyntaxModel } from '../extract/syntax/syntaxModel';
import { tagWords } from '../extract/syntax/tagger';
import { jackknifeTags, prepareSentences, trainParser, trainTagger, type PreparedSentence } from '../extract/syntax/training';
import { readTreebank } from './treebankFiles';

/** Largest weight magnitude after quantisation (the largest averaged weight maps to it; no clipping). */
const QUANTISATION_LEVELS = 1023;

interface Options {
  folder: string;
  out: string;
  epochs: number;
  taggerEpochs: number;
  folds: number;
  seed: number;
  limit: number;
  /** Rows whose largest quantised weight is below this are dropped from the shipped model. */
  prune: number;
  /** The same for the tagger's rows (its weights spread over more features). */
  taggerPrune: number;
  /** Tagger template set (1 or 2, see tagger.ts). */
  taggerTemplates: number;
  /** Beam width of training and of the shipped parser (1: greedy with the dynamic oracle). */
  beam: number;
}

function readOptions(argv: string[]): Options {
  const options: Options = {
    folder: '',
    out: 'data/models/en_ewt-syntax.bin.gz',
    epochs: 12,
    taggerEpochs: 6,
    folds: 4,
    seed: 1,
    limit: 0,
    prune: 30,
    taggerPrune: 30,
    taggerTemplates: 1,
    beam: 1,
  };
  const numeric: Record<string, keyof Options> = {
    '--epochs': 'epochs', '--tagger-epochs': 'taggerEpochs', '--folds': 'folds', '--seed': 'seed', '--limit': 'limit', '--prune': 'prune', '--beam': 'beam', '--tagger-prune': 'taggerPrune', '--tagger-templates': 'taggerTemplates',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const field = numeric[arg];
    if (field) (options[field] as number) = Number(argv[++i]);
    else if (arg === '--out') options.out = argv[++i] ?? options.out;
    else if (!arg.startsWith('--')) options.folder = arg;
    else throw new Error(`Unknown option ${arg}`);
  }
  if (options.folder === '') {
    console.error('usage: npm run train:parser -- <UD_English-EWT folder> [--out FILE] [--epochs N] [--tagger-epochs N] [--folds N] [--seed N] [--limit N] [--prune N] [--tagger-prune N] [--tagger-templates N] [--beam N]');
    process.exit(2);
  }
  return options;
}

function uposAccuracy(tagger: Scorer, inventory: SyntaxInventory, sentences: readonly PreparedSentence[]): number {
  let right = 0;
  let all = 0;
  for (const s of sentences) {
    const tags = tagWords(tagger, s.words, inventory.taggerTemplates);
    tags.forEach((tag, i) => {
      all++;
      if (inventory.tagClasses[tag]!.split(' ')[0] === s.sentence.tokens[i]!.upos) right++;
    });
  }
  return right / Math.max(1, all);
}

function analyseAll(model: SyntaxModel, sentences: readonly UdSentence[]) {
  return sentences.map((s) => model.analyse(s.tokens.map((t) => t.form)));
}

function train(options: Options, treebank: ReturnType<typeof readTreebank>): ModelTables {
  const trainSentences = options.limit > 0 ? treebank.train.slice(0, options.limit) : treebank.train;
  const inventory = buildInventory(trainSentences);
  if (options.taggerTemplates !== 1) inventory.taggerTemplates = options.taggerTemplates;
  const prepared = prepareSentences(trainSentences, inventory);
  const dev = prepareSentences(treebank.dev, inventory);
  const classes = inventory.tagClasses.length;
  console.log(`train: ${trainSentences.length} sentences; ${classes} tag classes, ${inventory.labels.length} labels`);
  const tagger = trainTagger(prepared, classes, options.taggerEpochs, options.seed, (model, r) => {
    console.log(`tagger epoch ${r.epoch} (${r.seconds.toFixed(1)} s): dev UPOS ${(100 * uposAccuracy(model, inventory, dev)).toFixed(2)}`);
  }, options.taggerTemplates);
  const taggerModel = tagger.averaged();
  const trainTags = options.folds >= 2
    ? jackknifeTags(prepared, classes, options.folds, options.taggerEpochs, options.seed, options.taggerTemplates)
    : prepared.map((s) => s.goldTags);
  const parser = trainParser(prepared, trainTags, inventory, { epochs: options.epochs, seed: options.seed, exploreAfter: 1, exploreRate: 0.9, beam: options.beam }, (m, r) => {
    const model = new SyntaxModel(inventory, taggerModel, { action: m.action.averaged(), label: m.label.averaged(), rootLabel: m.rootLabel, beam: options.beam });
    console.log(`parser epoch ${r.epoch} (${r.seconds.toFixed(1)} s): ${formatScores('dev', scoreAnalyses(treebank.dev, analyseAll(model, treebank.dev)))}`);
  });
  return {
    header: {
      format: 'dramatis-syntax',
      version: MODEL_FORMAT_VERSION,
      inventory,
      ...(options.beam > 1 ? { beam: options.beam } : {}),
      provenance: {
        treebank: `Universal Dependencies English Web Treebank (${treebank.name}), train split of ${trainSentences.length} sentences`,
        licence: 'CC BY-SA 4.0; these weights are a derived work of the treebank and are shared under the same licence',
        training: `averaged perceptron, tagger ${options.taggerEpochs} epochs${options.taggerTemplates !== 1 ? ` (template set ${options.taggerTemplates})` : ''}, arc-hybrid parser ${options.epochs} epochs${options.beam > 1 ? ` (beam ${options.beam}, max-violation updates)` : ''}, ${options.folds >= 2 ? `${options.folds}-fold jackknifed tags` : 'parser trained on gold tags'}, seed ${options.seed}, weights quantised to ±${QUANTISATION_LEVELS}, rows below ${options.prune} pruned${options.taggerPrune !== options.prune ? ` (tagger: ${options.taggerPrune})` : ''}`,
      },
    },
    tagger: tagger.quantise(QUANTISATION_LEVELS, 1, options.taggerPrune),
    action: parser.action.quantise(QUANTISATION_LEVELS, 1, options.prune),
    label: parser.label.quantise(QUANTISATION_LEVELS, 1, options.prune),
  };
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const treebank = readTreebank(options.folder);
  const tables = train(options, treebank);
  const gzipped = gzipSync(encodeModel(tables), { level: 9 });
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, gzipped);
  const sha = createHash('sha256').update(gzipped).digest('hex');
  console.log(`wrote ${options.out}: ${(gzipped.length / 1e6).toFixed(2)} MB gzip, sha256 ${sha}`);
  const sets: [string, UdSentence[] | null][] = [['EWT dev', treebank.dev], ['EWT test', treebank.test], ['PUD', treebank.pud]];
  for (const beam of options.beam > 1 ? [options.beam, 1] : [1]) {
    const shipped = await loadSyntaxModel(gzipped, { beam });
    for (const [name, sentences] of sets) {
      if (sentences) console.log(formatScores(`${name} (shipped model, beam ${beam}, predicted tags)`, scoreAnalyses(sentences, analyseAll(shipped, sentences))));
    }
  }
}

await main();
