// A document's syntax before its relations are read: tokens and sentences, their tags and dependency
// trees written onto the tokens (in two halves, so a batch of documents is all tagged before any is
// parsed: see extractCorpus), and the trees built for reading.
import { DependencyTree } from './relations/dependencyTree';
import { attachTagged, attachTrees, tagSentences, type TaggedSentence } from './syntax/sentenceTrees';
import type { SyntaxModel } from './syntax/syntaxModel';
import { tokenize } from './tokenize';
import { repairWordClasses } from './wordClassRepairs';
import type { Sentence, TokenizedText } from './types';

/** What the syntax steps need of the extraction resources: the tagger and parser, when there is one. */
interface SyntaxResources {
  syntax?: SyntaxModel;
}

/**
 * Sentences longer than this are not read for relations. Reading one costs time growing with the
 * square of its length (every cue against every mention), so a text without sentence breaks (a
 * 1 MB line) would hold a worker for minutes; real news sentences are far shorter.
 */
export const MAX_SENTENCE_CHARS = 2_000;

/** A document's tokens and sentences, with their dependency trees when the resources hold a parser. */
export function readSyntax(body: string, res: SyntaxResources): TokenizedText {
  return attachSyntax(tokenize(body), res);
}

/** Sentences the parser reads: those short enough to be read for relations. */
const parsedSentence = (s: Sentence): boolean => s.end - s.start <= MAX_SENTENCE_CHARS;

/** Writes the dependency trees onto tokenised text, when the resources hold a parser; returns the text. */
export function attachSyntax(read: TokenizedText, res: SyntaxResources): TokenizedText {
  if (res.syntax) {
    attachTrees(res.syntax, read.tokens, read.sentences, parsedSentence);
    repairWordClasses(read.tokens, read.sentences);
  }
  return read;
}

/** The first half of `attachSyntax`: the sentences' words tagged (see tagSentences); null without a parser. */
export function tagSyntax(read: TokenizedText, res: SyntaxResources): TaggedSentence[] | null {
  return res.syntax ? tagSentences(res.syntax, read.tokens, read.sentences, parsedSentence) : null;
}

/** The second half: the tagged sentences parsed and their trees written onto the tokens; returns the text. */
export function attachTaggedSyntax(read: TokenizedText, tagged: readonly TaggedSentence[] | null, res: SyntaxResources): TokenizedText {
  if (res.syntax && tagged) {
    attachTagged(res.syntax, read.tokens, tagged);
    repairWordClasses(read.tokens, read.sentences);
  }
  return read;
}

/** Parsed text with the trees of its sentences built beforehand (`extractDocument` builds the others itself). */
export interface TreedText extends TokenizedText {
  trees?: ReadonlyMap<Sentence, DependencyTree | null>;
}

/** Sentences of a document above which its trees are not built beforehand (a news article has far fewer). */
const MAX_PREBUILT_TREES = 2_000;

/**
 * The trees `extractDocument` reads, built for a parsed text's sentences in one go: the same trees
 * (tokens do not change once parsed), with the repairs' code and data kept in the processor's caches
 * from one sentence and document to the next (see extractDocumentTasks).
 */
export function withTrees(read: TokenizedText): TreedText {
  // A long document's trees all held at once would cost memory growing with its length: it builds
  // each where it reads that sentence instead.
  if (read.sentences.length > MAX_PREBUILT_TREES) return read;
  const trees = new Map<Sentence, DependencyTree | null>();
  for (const sentence of read.sentences) if (parsedSentence(sentence)) trees.set(sentence, DependencyTree.of(read.tokens, sentence));
  return { ...read, trees };
}
