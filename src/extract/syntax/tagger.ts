import { key1, key2, key3 } from './featureHash';
import type { GroupedRows } from './groupedRows';
import { bestClass, type Scorer } from './linearModel';
import type { WordHashes } from './wordShapes';

/** Tag value standing for "before the sentence" and "after the sentence". */
const START = -1;
const END = -2;
export const TAGGER_FEATURES = 29;
/** Template sets: 1, the first 24 templates; 2 adds five (prefix3, cased form, next shape, word pairs). */
export const RICH_TAGGER_TEMPLATES = 2;

function wordAt(words: WordHashes, i: number): number {
  return i < 0 ? START : i >= words.count ? END : words.word[i]!;
}

function suffixAt(words: WordHashes, i: number): number {
  return i < 0 ? START : i >= words.count ? END : words.suffix3[i]!;
}

/**
 * Features of word `i` given the two tags predicted before it, from template set `templates` (the
 * one the model was trained with); returns how many were written.
 */
export function taggerFeatures(words: WordHashes, i: number, prev: number, prev2: number, out: Int32Array, templates = 1): number {
  const w = words.word[i]!;
  const s3 = words.suffix3[i]!;
  let n = 0;
  out[n++] = key1(1, 0);
  out[n++] = key1(2, w);
  out[n++] = key1(3, words.suffix2[i]!);
  out[n++] = key1(4, s3);
  out[n++] = key1(5, words.suffix4[i]!);
  out[n++] = key1(6, words.prefix1[i]!);
  out[n++] = key1(7, words.prefix2[i]!);
  out[n++] = key1(8, words.shape[i]!);
  out[n++] = key2(9, words.shape[i]!, i === 0 ? 1 : 0);
  out[n++] = key1(10, wordAt(words, i - 1));
  out[n++] = key1(11, wordAt(words, i + 1));
  out[n++] = key1(12, wordAt(words, i - 2));
  out[n++] = key1(13, wordAt(words, i + 2));
  out[n++] = key1(14, suffixAt(words, i - 1));
  out[n++] = key1(15, suffixAt(words, i + 1));
  out[n++] = key1(16, prev);
  out[n++] = key2(17, prev, prev2);
  out[n++] = key2(18, prev, w);
  out[n++] = key2(19, prev, s3);
  out[n++] = key2(20, wordAt(words, i - 1), w);
  out[n++] = key2(21, w, wordAt(words, i + 1));
  out[n++] = key2(22, prev, wordAt(words, i + 1));
  out[n++] = key3(23, w, suffixAt(words, i + 1), prev);
  out[n++] = key1(24, i >= words.count - 1 ? 1 : 0);
  if (templates < RICH_TAGGER_TEMPLATES) return n;
  out[n++] = key1(25, words.prefix3[i]!);
  out[n++] = key1(26, words.cased[i]!);
  out[n++] = key1(27, i + 1 < words.count ? words.shape[i + 1]! : END);
  out[n++] = key2(28, wordAt(words, i + 1), wordAt(words, i + 2));
  out[n++] = key2(29, wordAt(words, i - 1), wordAt(words, i + 1));
  return n;
}

/**
 * Positions in `taggerFeatures`' vector of the features read only from the two previous tags and
 * whether the word is the last: templates 1 (bias), 16, 17 and 24.
 */
export const TAGGER_PREVIOUS_TAG_FEATURES: readonly number[] = [0, 15, 16, 23];

/** Size of those features' domain for `tagClasses` tag classes (each previous tag may be START). */
export function previousTagDomain(tagClasses: number): number {
  return (tagClasses + 1) * (tagClasses + 1) * 2;
}

function previousTagValue(prev: number, prev2: number, last: boolean, tagClasses: number): number {
  return ((prev + 1) * (tagClasses + 1) + prev2 + 1) * 2 + (last ? 1 : 0);
}

/** Positions of the features read from the word alone (templates 2–8: form, suffixes, prefixes, shape). */
export const TAGGER_WORD_FEATURES: readonly number[] = [1, 2, 3, 4, 5, 6, 7];
/** Sums of word features kept for the most recent words (a slot per form hash). */
export const TAGGER_WORD_SLOTS = 4096;

/** Buffers of tagWords (typed arrays over 64 bytes are costly to make for every sentence). */
const scratch = { features: new Int32Array(TAGGER_FEATURES), scores: new Float32Array(0), values: new Int32Array(2) };

/**
 * Greedy left-to-right tagging: one tag class per word. `taggerGroups`, for shipped weights, keeps
 * the sums of the previous-tag features (per pair of previous tags) and of the word-only features
 * (per recent word) instead of adding their rows for every word: same scores as `scorer`. `into`,
 * when given, receives the tags (it must have room for them).
 */
export function tagWords(scorer: Scorer, words: WordHashes, templates = 1, taggerGroups?: GroupedRows, into?: Int32Array): Int32Array {
  const tags = into ?? new Int32Array(words.count);
  tagFrom(scorer, words, tags, 0, templates, taggerGroups);
  return tags;
}

/**
 * Greedy tagging of words `from` onwards, the tags before `from` kept as they are in `tags` (they
 * are the previous tags the features read): re-tags what follows a word whose tag was changed.
 */
export function tagFrom(scorer: Scorer, words: WordHashes, tags: Int32Array, from: number, templates = 1, taggerGroups?: GroupedRows): void {
  if (scratch.scores.length < scorer.classes) scratch.scores = new Float32Array(scorer.classes);
  const { features, scores, values } = scratch;
  let prev = from > 0 ? tags[from - 1]! : START;
  let prev2 = from > 1 ? tags[from - 2]! : START;
  for (let i = from; i < words.count; i++) {
    const n = taggerFeatures(words, i, prev, prev2, features, templates);
    let tag: number;
    if (taggerGroups) {
      values[0] = previousTagValue(prev, prev2, i >= words.count - 1, scorer.classes);
      values[1] = words.word[i]! ^ (words.shape[i]! >>> 7);
      tag = taggerGroups.best(features, n, values, -1);
    } else {
      scorer.score(features, n, scores);
      tag = bestClass(scores, scorer.classes);
    }
    tags[i] = tag;
    prev2 = prev;
    prev = tag;
  }
}

/**
 * The tagger's score of every tag class for word `i`, given the tags before it in `tags` (what the
 * greedy tagger weighed when it chose tags[i]); written into `scores` (length ≥ classes).
 */
export function tagScoresAt(
  scorer: Scorer, words: WordHashes, tags: Int32Array, i: number, scores: Float32Array, templates = 1, taggerGroups?: GroupedRows,
): void {
  const { features, values } = scratch;
  const prev = i > 0 ? tags[i - 1]! : START;
  const prev2 = i > 1 ? tags[i - 2]! : START;
  const n = taggerFeatures(words, i, prev, prev2, features, templates);
  if (!taggerGroups) {
    scorer.score(features, n, scores);
    return;
  }
  values[0] = previousTagValue(prev, prev2, i >= words.count - 1, scorer.classes);
  values[1] = words.word[i]! ^ (words.shape[i]! >>> 7);
  taggerGroups.score(features, n, values, scores);
}
