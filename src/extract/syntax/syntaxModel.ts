import type { SyntaxInventory } from './inventory';
import type { GroupedRows } from './groupedRows';
import type { Scorer } from './linearModel';
import { parseWordsWithBeam } from './beamParser';
import { ParseState } from './arcHybrid';
import { parseWords, type ParsedTree, type ParserScorers } from './parser';
import type { ParseInput } from './parserFeatures';
import { hashString } from './featureHash';
import type { PredicateConstraint, TagScoring } from './predicateConstraint';
import { RICH_TAGGER_TEMPLATES, tagFrom, tagScoresAt, tagWords } from './tagger';
import { hashWords, wordHashesFor, type WordHashes } from './wordShapes';

/** What the parser says about one word. */
export interface AnalysedWord {
  form: string;
  upos: string;
  /** Penn Treebank tag. */
  xpos: string;
  /** 1-based index of the head word, 0 for the root. */
  head: number;
  /** Universal Dependencies relation to the head, with its subtype ("nsubj:pass", "obl:agent"). */
  deprel: string;
}

const ROOT_VALUE = -3;
const COMMA = hashString(',');

function parseInputFor(room: number): ParseInput {
  return { n: 0, word: new Int32Array(room + 1), tag: new Int32Array(room + 1), upos: new Int32Array(room + 1), commas: new Int32Array(room + 1) };
}

/**
 * Inputs for the parser from word hashes and predicted (or given) tag classes; `into`, when given,
 * is filled instead of new arrays (it must have room for the words).
 */
export function parseInputOf(words: Pick<WordHashes, 'count' | 'word'>, tags: Int32Array, tagUpos: Int32Array, into?: ParseInput): ParseInput {
  const n = words.count;
  const input = into ?? parseInputFor(n);
  input.n = n;
  input.commas[0] = 0;
  input.word[0] = ROOT_VALUE;
  input.tag[0] = ROOT_VALUE;
  input.upos[0] = ROOT_VALUE;
  for (let i = 0; i < n; i++) {
    input.word[i + 1] = words.word[i]!;
    input.tag[i + 1] = tags[i]!;
    input.upos[i + 1] = tagUpos[tags[i]!]!;
    input.commas[i + 1] = input.commas[i]! + (words.word[i] === COMMA ? 1 : 0);
  }
  return input;
}

/** UPOS number of each tag class (the classes are "UPOS XPOS" pairs). */
export function uposOfTagClasses(tagClasses: readonly string[]): Int32Array {
  const names: string[] = [];
  return Int32Array.from(tagClasses, (pair) => {
    const upos = pair.split(' ')[0]!;
    if (!names.includes(upos)) names.push(upos);
    return names.indexOf(upos);
  });
}

/** A sentence's tag classes and form hashes (see `SyntaxModel.tagForms`). */
export interface TaggedForms {
  tags: Int32Array;
  word: Int32Array;
}

/** The arrays `analyse` fills for each sentence, with room for `room` words. */
interface SentenceScratch {
  words: WordHashes;
  tags: Int32Array;
  input: ParseInput;
  state: ParseState;
}

function sentenceScratch(room: number): SentenceScratch {
  return { words: wordHashesFor(room), tags: new Int32Array(room), input: parseInputFor(room), state: new ParseState(0, room) };
}

/** A loaded tagger and parser: words in, tags, heads and labels out. */
export class SyntaxModel {
  private readonly tagUpos: Int32Array;
  private scratch: SentenceScratch | undefined;
  private readonly tagNames: readonly (readonly [upos: string, xpos: string])[];
  /** Clauses without a predicate get the tagger's closest finite verb reading (see predicateConstraint.ts); none: plain greedy tags. */
  predicates: PredicateConstraint | undefined;
  private readonly tagScoring: TagScoring;

  constructor(
    readonly inventory: SyntaxInventory,
    readonly tagger: Scorer,
    readonly parser: ParserScorers,
    /** Shipped tagger weights with the previous-tag and word-only features summed once and kept (see tagWords). */
    private readonly taggerGroups?: GroupedRows,
  ) {
    this.tagUpos = uposOfTagClasses(inventory.tagClasses);
    this.tagNames = inventory.tagClasses.map((pair) => pair.split(' ') as [string, string]);
    const templates = inventory.taggerTemplates;
    this.tagScoring = {
      classes: tagger.classes,
      scoresAt: (words, tags, i, scores) => tagScoresAt(tagger, words, tags, i, scores, templates, taggerGroups),
      tagFrom: (words, tags, from) => tagFrom(tagger, words, tags, from, templates, taggerGroups),
    };
  }

  /** The tag classes of hashed words: greedy tags, then the predicate constraint (`into`: room for them). */
  private tagInto(words: WordHashes, into?: Int32Array): Int32Array {
    const tags = tagWords(this.tagger, words, this.inventory.taggerTemplates, this.taggerGroups, into);
    this.predicates?.apply(this.tagScoring, words, tags);
    return tags;
  }

  /**
   * The arrays of one sentence, reused for the next (made anew only for a longer one): typed arrays
   * over 64 bytes cost about ten times a small one to make and to collect.
   */
  private scratchFor(n: number): SentenceScratch {
    if (!this.scratch || this.scratch.state.room < n) this.scratch = sentenceScratch(Math.max(n, 2 * (this.scratch?.state.room ?? 32)));
    return this.scratch;
  }

  /** Tags and parses one sentence given as words (UD tokenisation: "do", "n't", "Iran", "'s"). */
  analyse(forms: readonly string[]): AnalysedWord[] {
    if (forms.length === 0) return [];
    const n = forms.length;
    const { words, tags, input, state } = this.scratchFor(n);
    hashWords(forms, this.richParts, words);
    this.tagInto(words, tags);
    if ((this.parser.beam ?? 1) > 1) return this.analyseTagged(forms, words, tags);
    parseInputOf(words, tags, this.tagUpos, input);
    state.reset(n);
    return this.analysed(forms, tags, parseWords(this.parser, input, state));
  }

  /**
   * The first half of `analyse`: the tag classes of a sentence's words, with the form hashes the
   * parser reads. Tagging many sentences before parsing any keeps each model's weights in the
   * processor's caches while it works (see `analyseTaggedForms`).
   */
  tagForms(forms: readonly string[]): TaggedForms {
    const n = forms.length;
    const { words } = this.scratchFor(n);
    hashWords(forms, this.richParts, words);
    const tags = this.tagInto(words, new Int32Array(n));
    return { tags, word: words.word.slice(0, n) };
  }

  /** The second half of `analyse`, for the same words and what `tagForms` gave for them: the same analyses. */
  analyseTaggedForms(forms: readonly string[], tagged: TaggedForms): AnalysedWord[] {
    if (forms.length === 0) return [];
    if ((this.parser.beam ?? 1) > 1) return this.analyse(forms);
    const n = forms.length;
    const { input, state } = this.scratchFor(n);
    parseInputOf({ count: n, word: tagged.word }, tagged.tags, this.tagUpos, input);
    state.reset(n);
    return this.analysed(forms, tagged.tags, parseWords(this.parser, input, state));
  }

  /** Word hashes of a sentence, with only the parts this model's tagger templates read. */
  hashForms(forms: readonly string[]): WordHashes {
    return hashWords(forms, this.richParts);
  }

  private get richParts(): boolean {
    return (this.inventory.taggerTemplates ?? 1) >= RICH_TAGGER_TEMPLATES;
  }

  /** Tag classes of words (see `hashWords`), without parsing. */
  tagHashed(words: WordHashes): Int32Array {
    return this.tagInto(words);
  }

  /** Parses with the given tag classes (for evaluation with gold tags). */
  analyseTagged(forms: readonly string[], words: WordHashes, tags: Int32Array): AnalysedWord[] {
    const input = parseInputOf(words, tags, this.tagUpos);
    const beam = this.parser.beam ?? 1;
    return this.analysed(forms, tags, beam > 1 ? parseWordsWithBeam(this.parser, input, beam) : parseWords(this.parser, input));
  }

  private analysed(forms: readonly string[], tags: Int32Array, tree: ParsedTree): AnalysedWord[] {
    return forms.map((form, i) => {
      const [upos, xpos] = this.tagNames[tags[i]!]!;
      return { form, upos, xpos, head: tree.heads[i + 1]!, deprel: this.inventory.labels[tree.labels[i + 1]!] ?? 'dep' };
    });
  }
}
