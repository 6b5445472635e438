// A clause has a predicate. The greedy tagger, trained on web text, reads many news and headline
// verbs after a name as nouns ("Sudan denies/NNS arming ...", "said Rwanda backs/NNS rebels") or
// past tenses as participles ("Rebels in Chad attacked/VBN troops"); the parse then has no clause
// there and no roles are read. The constraint: a clause-like span of the tagging (see
// `clauseEnd`) holding a possible subject but no finite verb takes the tagger's own best finite
// verb reading at the word where that reading scores closest to the chosen tag, if it is close
// enough (`maxGap`, in the tagger's score units), and the words after it are tagged again. Looser
// limits hold where the sentence's shape says more (`PredicateOptions`): a word between a subject
// and a noun phrase ("Azerbaijani forces shelled/VBN Armenian villages"), and a plural noun read as
// the verb just before the verb ("Somali warplanes/VBZ struck/VBN militant positions").
import type { WordHashes } from './wordShapes';

/** The tagger as the constraint uses it: per-class scores of one word, and greedy re-tagging. */
export interface TagScoring {
  readonly classes: number;
  /** Scores of every class for word i given the tags before it (see tagScoresAt). */
  scoresAt(words: WordHashes, tags: Int32Array, i: number, scores: Float32Array): void;
  /** Greedy tags of words `from` onwards given the tags before (see tagFrom). */
  tagFrom(words: WordHashes, tags: Int32Array, from: number): void;
}

/** What a tag class is to the constraint (bit flags, from its UPOS and Penn tag). */
const FINITE = 1; // a predicate: a finite verb or auxiliary, a modal
const BARE_VERB = 2; // VB: a predicate unless it follows "to"
const CANDIDATE = 4; // a noun or participle the tagger may have read for a verb
const NOMINAL_END = 8; // may end a subject: a noun, a name, a personal pronoun
const NOMINAL_START = 16; // may open a noun phrase (an object, or the subject of a clause without "that")
const SUBORDINATOR = 32; // opens a subordinate clause: "that", "because", "which", "who", "where"
const SEPARATOR = 64; // ends a clause: ";" or ":"
const NAMED = 128; // a name or personal pronoun
const VERB_TARGET = 256; // a finite lexical verb: VBD, VBZ, VBP
const INFINITIVE_MARK = 512; // "to"
const COMPLEMENT_START = 1024; // may open a verb's complement: a noun phrase, "to", a gerund, an opening quote
const PARTICIPLE = 2048; // VBN, VBD or VBG
const PAST_FORM = 4096; // VBD or VBN
const GERUND = 8192; // VBG
const COMMA = 16384;
const MODIFIER = 32768; // may stand before the head noun of its phrase: a determiner, adjective, noun, name, number, possessive
const PARTICLE = 65536; // RP: "up" in "step up"
const NOUN = 131072; // NN or NNS
const PLURAL = 262144; // NNS: also how a verb's -s form is misread
const PRESENT = 524288; // VBZ or VBP: also how a plural noun is misread

function roleOf(pair: string): number {
  const [upos, xpos] = pair.split(' ') as [string, string];
  const verbal = upos === 'VERB' || upos === 'AUX';
  let role = 0;
  if (verbal && (xpos === 'VBD' || xpos === 'VBZ' || xpos === 'VBP' || xpos === 'MD')) role |= FINITE;
  if (verbal && xpos === 'VB') role |= BARE_VERB;
  if (upos === 'VERB' && (xpos === 'VBD' || xpos === 'VBZ' || xpos === 'VBP')) role |= VERB_TARGET;
  if ((upos === 'NOUN' && (xpos === 'NN' || xpos === 'NNS')) || (upos === 'VERB' && xpos === 'VBN')) role |= CANDIDATE;
  if (upos === 'VERB' && (xpos === 'VBN' || xpos === 'VBD' || xpos === 'VBG')) role |= PARTICIPLE;
  if (upos === 'VERB' && (xpos === 'VBN' || xpos === 'VBD')) role |= PAST_FORM;
  if (upos === 'VERB' && xpos === 'VBG') role |= GERUND;
  if (upos === 'PUNCT' && xpos === ',') role |= COMMA;
  if (['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM'].includes(upos) || (upos === 'PRON' && xpos === 'PRP$')) role |= MODIFIER;
  if (xpos === 'RP') role |= PARTICLE;
  if (upos === 'NOUN' && (xpos === 'NN' || xpos === 'NNS')) role |= NOUN;
  if (upos === 'NOUN' && xpos === 'NNS') role |= PLURAL;
  if (upos === 'VERB' && (xpos === 'VBZ' || xpos === 'VBP')) role |= PRESENT;
  if (upos === 'NOUN' || upos === 'PROPN' || (upos === 'PRON' && xpos === 'PRP')) role |= NOMINAL_END;
  if (['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM'].includes(upos) || (upos === 'PRON' && (xpos === 'PRP' || xpos === 'PRP$'))) role |= NOMINAL_START;
  if (upos === 'SCONJ' || xpos === 'WDT' || xpos === 'WP' || xpos === 'WP$' || xpos === 'WRB') role |= SUBORDINATOR;
  if (upos === 'PUNCT' && xpos === ':') role |= SEPARATOR;
  if (upos === 'PROPN' || (upos === 'PRON' && xpos === 'PRP')) role |= NAMED;
  if (role & NOMINAL_START || (upos === 'PART' && xpos === 'TO') || (upos === 'VERB' && xpos === 'VBG') || xpos === '``') role |= COMPLEMENT_START;
  if (upos === 'PART' && xpos === 'TO') role |= INFINITIVE_MARK;
  return role;
}

/** Looser rules, each off at 0 (see data/taggerConstraints.json). */
export interface PredicateOptions {
  /** A noun read as the finite verb before a noun whose verb reading is as close: the second is the verb (see `nounThenVerb`). */
  nounVerbMaxGap?: number;
  /** Largest gap overruled for a participle between a nominal and a noun phrase (subject, verb, object). */
  transitiveMaxGap?: number;
  /** The same for a plural noun there, a verb's -s form misread ("Nigeria fights/NNS Boko Haram"). */
  transitiveNounMaxGap?: number;
}

export class PredicateConstraint {
  private readonly roles: Uint32Array;
  private readonly targets: number[];
  private readonly nouns: number[];
  /** The limits of `givePredicate` for a participle and a plural noun between a nominal and a noun phrase. */
  private readonly transitive: readonly [number, number];
  private scores = new Float32Array(0);

  constructor(
    tagClasses: readonly string[],
    /** Largest score gap between the chosen tag and the best finite verb reading that is overruled. */
    readonly maxGap: number,
    readonly options: PredicateOptions = {},
  ) {
    this.roles = Uint32Array.from(tagClasses, roleOf);
    this.targets = tagClasses.flatMap((_, k) => (this.roles[k]! & VERB_TARGET ? [k] : []));
    this.nouns = tagClasses.flatMap((_, k) => (this.roles[k]! & NOUN ? [k] : []));
    this.transitive = [Math.max(maxGap, options.transitiveMaxGap ?? 0), Math.max(maxGap, options.transitiveNounMaxGap ?? 0)];
  }

  /** Re-tags `tags` in place where a clause lacks a predicate; returns how many words were given one. */
  apply(tagger: TagScoring, words: WordHashes, tags: Int32Array): number {
    if (this.scores.length < tagger.classes) this.scores = new Float32Array(tagger.classes);
    const n = words.count;
    let fixed = 0;
    let start = 0;
    while (start < n && fixed < n) {
      const end = this.clauseEnd(tags, start, n);
      if (this.nonFinite(tags, start, end)) {
        // "In exchange for sucking water out, the corporation promised ...": the clause after its comma is read on its own.
        start = this.commaAfter(tags, start, end) + 1;
        continue;
      }
      const afterVerb = start > 0 && (this.roles[tags[start - 1]!]! & VERB_TARGET) !== 0;
      if (!this.hasPredicate(tags, start, end) && this.givePredicate(tagger, words, tags, start, end, afterVerb)) {
        fixed++;
        continue; // the same span again: its end may have moved, and it now has a predicate
      }
      start = end;
    }
    if (this.options.nounVerbMaxGap) fixed += this.nounThenVerb(tagger, words, tags, this.options.nounVerbMaxGap);
    return fixed;
  }

  /**
   * "Somali warplanes/VBZ struck/VBN militant positions", "Government troops/VBZ step/NN up their
   * campaign": a present tense after a modifier of a noun, whose noun reading is within `gap` of its
   * tag, followed by a noun or past form whose best finite verb reading, given the first read as a
   * noun, is within `gap` of its best reading and after which a complement or a particle follows:
   * the first is the subject's noun and the second the verb.
   */
  private nounThenVerb(tagger: TagScoring, words: WordHashes, tags: Int32Array, gap: number): number {
    const scores = this.scores;
    const role = (i: number) => this.roles[tags[i]!]!;
    let fixed = 0;
    for (let i = 1; i + 2 < words.count; i++) {
      if (!(role(i) & PRESENT) || !(role(i - 1) & MODIFIER) || !(role(i + 1) & (NOUN | PAST_FORM)) || !(role(i + 2) & (COMPLEMENT_START | PARTICLE))) continue;
      // "said Tehran supports terrorist groups": a name opening its phrase inside the sentence is the -s verb's subject, not a modifier
      // (at the sentence's start a demonym read as a name, "Somali warplanes struck", still may be).
      if (role(i - 1) & NAMED && i >= 2 && !(role(i - 2) & MODIFIER)) continue;
      tagger.scoresAt(words, tags, i, scores);
      const noun = this.closest(scores, this.nouns);
      if (scores[tags[i]!]! - scores[noun]! > gap) continue;
      const verbTag = tags[i]!;
      tags[i] = noun;
      tagger.scoresAt(words, tags, i + 1, scores);
      const verb = this.closest(scores, this.targets);
      if (this.top(scores, tagger.classes) - scores[verb]! > gap) {
        tags[i] = verbTag;
        continue;
      }
      tags[i + 1] = verb;
      tagger.tagFrom(words, tags, i + 2);
      fixed++;
      i++; // the new verb is not a noun read as a verb
    }
    return fixed;
  }

  /** The highest of the first `classes` scores. */
  private top(scores: Float32Array, classes: number): number {
    let best = -Infinity;
    for (let k = 0; k < classes; k++) best = Math.max(best, scores[k]!);
    return best;
  }

  /** The class of `among` the scores rank highest. */
  private closest(scores: Float32Array, among: readonly number[]): number {
    let best = among[0]!;
    for (const k of among) if (scores[k]! > scores[best]!) best = k;
    return best;
  }

  /**
   * Where the clause-like span opening at `start` ends: before a subordinator ("that", "which",
   * "because"), after ";" or ":", and after a finite verb followed directly by a noun phrase (its
   * object, or the subject of a clause without "that": "said Rwanda backs rebels").
   */
  private clauseEnd(tags: Int32Array, start: number, n: number): number {
    const role = (i: number) => this.roles[tags[i]!]!;
    for (let k = start + 1; k < n; k++) {
      const r = role(k);
      if (r & SUBORDINATOR) return k;
      if (role(k - 1) & SEPARATOR) return k;
      if (role(k - 1) & VERB_TARGET && r & NOMINAL_START) return k;
    }
    return n;
  }

  /** A span opened by a subordinator before a gerund or "to" ("of violating", "after meeting"): a clause without a finite verb of its own. */
  private nonFinite(tags: Int32Array, start: number, end: number): boolean {
    return (this.roles[tags[start]!]! & SUBORDINATOR) !== 0 && start + 1 < end && (this.roles[tags[start + 1]!]! & (GERUND | INFINITIVE_MARK)) !== 0;
  }

  /** The first comma of the span, else its last word. */
  private commaAfter(tags: Int32Array, start: number, end: number): number {
    for (let k = start + 1; k < end; k++) if (this.roles[tags[k]!]! & COMMA) return k;
    return end - 1;
  }

  private hasPredicate(tags: Int32Array, start: number, end: number): boolean {
    for (let k = start; k < end; k++) {
      const r = this.roles[tags[k]!]!;
      if (r & FINITE) return true;
      if (r & BARE_VERB && (k === 0 || !(this.roles[tags[k - 1]!]! & INFINITIVE_MARK))) return true;
    }
    return false;
  }

  /**
   * The candidate word of the span right after a possible subject whose best finite verb reading
   * is closest to its chosen tag, given that reading when the gap is at most `maxGap`; a participle
   * within the gap goes before any noun (it is a verb already, read as past tense: "troops
   * fired/VBN on"). A noun followed by a participle is that participle's subject, not a verb. In a
   * span right after a verb, which is mostly that verb's object ("evacuated U.S. citizens from"),
   * only a noun ending the noun phrase that opens the span, after a name or pronoun and before a
   * complement of its own, is one ("said Rwanda backs rebels", "said Ethiopia plans to");
   * participles there are mostly reduced relatives ("fifty people accused of").
   */
  private givePredicate(tagger: TagScoring, words: WordHashes, tags: Int32Array, start: number, end: number, afterVerb: boolean): boolean {
    const scores = this.scores;
    const role = (i: number) => this.roles[tags[i]!]!;
    // Best [participle, noun] candidates: word, tag and gap.
    const best = [-1, -1];
    const bestTag = [-1, -1];
    const bestGap = [Infinity, Infinity];
    for (let i = start + 1; i < end; i++) {
      const r = role(i);
      if (!(r & CANDIDATE) || !(role(i - 1) & NOMINAL_END)) continue;
      if (!(r & PARTICIPLE) && i + 1 < end && role(i + 1) & PAST_FORM && !this.verbBeforeModifier(tags, i, end)) continue;
      if (afterVerb && !this.subjectThenComplement(tags, start, end, i)) continue;
      const kind = r & PARTICIPLE ? 0 : 1;
      const limit = afterVerb ? this.maxGap : this.transitiveLimit(tags, i, end, kind);
      tagger.scoresAt(words, tags, i, scores);
      for (const t of this.targets) {
        const gap = scores[tags[i]!]! - scores[t]!;
        if (gap <= limit && gap <= bestGap[kind]!) {
          bestGap[kind] = gap;
          best[kind] = i;
          bestTag[kind] = t;
        }
      }
    }
    const kind = best[0]! >= 0 ? 0 : 1;
    if (best[kind]! < 0) return false;
    tags[best[kind]!] = bestTag[kind]!;
    tagger.tagFrom(words, tags, best[kind]! + 1);
    return true;
  }

  /**
   * Subject, verb, object: a looser limit for a participle or an -s form between a nominal and a
   * noun phrase; not for a participle after a singular noun that follows a plural one, itself more
   * likely the verb ("jets struck/NN suspected/VBN positions"), which takes that limit instead.
   */
  private transitiveLimit(tags: Int32Array, i: number, end: number, kind: number): number {
    const role = (k: number) => this.roles[tags[k]!]!;
    if (kind === 1 && this.verbBeforeModifier(tags, i, end)) return this.transitive[1];
    if (i + 1 >= end || !(role(i + 1) & NOMINAL_START)) return this.maxGap;
    if (kind === 0) return this.singularAfterPlural(tags, i - 1) ? this.maxGap : this.transitive[0];
    return role(i) & PLURAL ? this.transitive[1] : this.maxGap;
  }

  /** Word i, a singular noun after a plural one ("jets struck/NN"), before a participle and a noun phrase. */
  private verbBeforeModifier(tags: Int32Array, i: number, end: number): boolean {
    const role = (k: number) => this.roles[tags[k]!]!;
    return this.singularAfterPlural(tags, i) && i + 2 < end && (role(i + 1) & PAST_FORM) !== 0 && (role(i + 2) & NOMINAL_START) !== 0;
  }

  /** Word i is a singular noun right after a plural one: rarely a compound ("arms deal"), often a misread verb. */
  private singularAfterPlural(tags: Int32Array, i: number): boolean {
    const role = (k: number) => this.roles[tags[k]!]!;
    return i >= 1 && (role(i) & NOUN) !== 0 && !(role(i) & PLURAL) && (role(i - 1) & PLURAL) !== 0;
  }

  /** Word i, a noun, ends a noun phrase opening the span after a name or pronoun, and a complement follows it. */
  private subjectThenComplement(tags: Int32Array, start: number, end: number, i: number): boolean {
    const role = (k: number) => this.roles[tags[k]!]!;
    if (role(i) & PARTICIPLE || !(role(i - 1) & NAMED) || i + 1 >= end || !(role(i + 1) & COMPLEMENT_START)) return false;
    for (let k = start; k < i; k++) if (!(role(k) & NOMINAL_START)) return false;
    return true;
  }
}
