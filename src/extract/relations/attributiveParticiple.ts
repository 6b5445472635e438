// "withdraw its troops from neighboring Lebanon", "attacked neighboring Somalia" read with the
// participle as a verb of its own taking the name as object (and the preposition as its clause mark):
// a participle that news uses as an adjective (data/roleFrames.json, attributiveParticiples)
// modifies the name, which is the attachment or object of the verb the participle hung on. So does
// a hyphenated participle read as the head of the phrase ("aid to war-torn Sierra Leone").
import type { Sentence, Token } from '../types';
import type { DependentsOf, Rewired } from './dependencyTree';
import { ROLE_FRAMES } from './roleFrames';

const NOMINAL_POS = new Set(['NOUN', 'PROPN']);
const MARK_POS = new Set(['ADP', 'SCONJ', 'PART']);

const NAME_DEPS = new Set(['obj', 'appos', 'flat', 'compound', 'nmod']);

/**
 * "aid to war-torn Sierra Leone" read with the hyphenated participle heading the phrase and the name
 * as its object: the name heads the phrase, takes the participle's place and its preposition, and the
 * participle modifies it.
 */
function hyphenatedParticiple(tokens: readonly Token[], sentence: Sentence, dependentsOf: DependentsOf): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  for (let v = sentence.firstToken + 2; v < sentence.endToken - 1; v++) {
    const t = tokens[v]!;
    if ((t.pos !== 'VERB' && t.pos !== 'ADJ') || tokens[v - 1]!.norm !== '-' || tokens[v - 2]!.head !== v) continue;
    let last = v + 1;
    while (last + 1 < sentence.endToken && tokens[last + 1]!.pos === 'PROPN') last++;
    const named = [...Array(last - v).keys()].map((k) => v + 1 + k).find((k) => tokens[k]!.head === v && NAME_DEPS.has(tokens[k]!.dep ?? ''));
    if (named === undefined || tokens[v + 1]!.pos !== 'PROPN' || (t.head ?? -1) < 0) continue;
    // The preposition before the compound, hung on the participle or on its first word ("to war-torn").
    const prepositions = [...dependentsOf(v), ...dependentsOf(v - 2)].filter((c) => c < v - 2 && tokens[c]!.dep === 'case');
    const dep = prepositions.length === 0 ? (t.dep ?? 'obl') : tokens[t.head!]!.pos === 'VERB' ? 'obl' : 'nmod';
    out.set(named, { head: t.head!, dep }).set(v, { head: named, dep: 'amod' }).set(v - 2, { head: v, dep: 'compound' });
    for (const c of prepositions) out.set(c, { head: named, dep: 'case' });
  }
  return out;
}

/**
 * "during European-mediated peace talks" read as a clause: the word before the hyphen heading the
 * phrase and the participle a verb of its own (often a conjunct) taking the noun as its object. Written
 * as one word (no space around the hyphen), the participle modifies the noun, the word before the
 * hyphen is its doer, and the noun heads the phrase in that word's place, with its preposition.
 */
function hyphenatedParticipleClause(tokens: readonly Token[], sentence: Sentence, dependentsOf: DependentsOf): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  for (let v = sentence.firstToken + 2; v < sentence.endToken - 1; v++) {
    const [t, hyphen, word] = [tokens[v]!, tokens[v - 1]!, tokens[v - 2]!];
    if ((t.pos !== 'VERB' && t.pos !== 'ADJ') || !/(ed|en)$/.test(t.norm) || hyphen.norm !== '-' || word.end !== hyphen.start || hyphen.end !== t.start) continue;
    if (word.head === undefined || word.head < 0 || word.head !== t.head || !NOMINAL_POS.has(word.pos) && word.pos !== 'ADJ') continue;
    const noun = dependentsOf(v).find((c) => c > v && tokens[c]!.dep === 'obj' && NOMINAL_POS.has(tokens[c]!.pos));
    // Only the noun's own modifiers between them: "European-mediated peace talks".
    if (noun === undefined || [...Array(noun - v - 1).keys()].some((k) => tokens[v + 1 + k]!.head !== noun)) continue;
    if (dependentsOf(v).some((c) => (tokens[c]!.dep ?? '').startsWith('nsubj') || tokens[c]!.dep === 'aux' || tokens[c]!.dep === 'aux:pass')) continue;
    out.set(noun, { head: word.head, dep: word.dep ?? 'obl' }).set(v, { head: noun, dep: 'amod' }).set(v - 2, { head: v, dep: 'compound' }).set(v - 1, { head: v, dep: 'punct' });
    for (const c of dependentsOf(v - 2)) if (c < v - 2 && (tokens[c]!.dep === 'case' || tokens[c]!.dep === 'det')) out.set(c, { head: noun, dep: tokens[c]!.dep! });
  }
  return out;
}

/** Arcs reading such a participle as a modifier of the name right after it. */
export function attributiveParticiple(tokens: readonly Token[], sentence: Sentence, dependentsOf: DependentsOf): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  for (let v = sentence.firstToken + 1; v < sentence.endToken - 1; v++) {
    const t = tokens[v]!;
    const h = t.head ?? -1;
    // The tagger may call it an adjective while the parser still gives it a clause of its own.
    if ((t.pos !== 'VERB' && t.pos !== 'ADJ') || !ROLE_FRAMES.attributiveParticiples.has(t.norm) || h < 0) continue;
    const named = v + 1;
    if (tokens[named]!.head !== v || tokens[named]!.dep !== 'obj' || !NOMINAL_POS.has(tokens[named]!.pos)) continue;
    if (dependentsOf(v).some((c) => (tokens[c]!.dep ?? '').startsWith('nsubj') || tokens[c]!.dep === 'aux')) continue;
    const mark = dependentsOf(v).find((c) => c === v - 1 && tokens[c]!.dep === 'mark' && MARK_POS.has(tokens[c]!.pos));
    const headIsVerb = tokens[h]!.pos === 'VERB';
    if (mark !== undefined) {
      // "from neighboring Lebanon": the mark is the name's preposition.
      out.set(named, { head: h, dep: headIsVerb ? 'obl' : 'nmod' }).set(mark, { head: named, dep: 'case' });
    } else if (t.dep === 'xcomp' && headIsVerb) {
      // "attacked neighboring Somalia": the name is the verb's object.
      out.set(named, { head: h, dep: 'obj' });
    } else continue;
    out.set(v, { head: named, dep: 'amod' });
  }
  return new Map([...out, ...hyphenatedParticiple(tokens, sentence, dependentsOf), ...hyphenatedParticipleClause(tokens, sentence, dependentsOf)]);
}
