// "the West": a bloc of states named by one capitalised word after "the" (data/actorWords.json
// blocNames), a group actor only where it acts: the subject of a verb, the object or passive subject
// of a relation verb, or a "by" agent ("condemned by Kyiv and the West"); never a place ("fled to the West").
import { wordClass } from '../wordClass';
import { ACTOR_WORDS } from './actorWords';
import { isCapitalized, type DiscoveryState } from './discoveryState';

const ACTING_DEPS: ReadonlySet<string> = new Set(['nsubj', 'obj', 'nsubj:pass', 'obl:agent']);
const MAX_CONJUNCTS = 4;

/** Whether the token at `i` has "by" as its preposition. */
function byMarked(s: DiscoveryState, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 3; k--) if (s.tokens[k]!.head === i && s.tokens[k]!.dep === 'case') return s.tokens[k]!.norm === 'by';
  return false;
}

/** Whether the word at `i`, or the first conjunct it is coordinated with, acts in a relation. */
function acts(s: DiscoveryState, i: number): boolean {
  let k = i;
  for (let hops = 0; s.tokens[k]!.dep === 'conj' && hops < MAX_CONJUNCTS; hops++) {
    const first = s.tokens[k]!.head;
    if (first === undefined || first < 0) return false;
    k = first;
  }
  const t = s.tokens[k]!;
  if (byMarked(s, k)) return true;
  const verb = t.head !== undefined && t.head >= 0 ? s.tokens[t.head] : undefined;
  if (!verb || !t.dep || wordClass(verb) !== 'VERB') return false;
  // The subject of any verb acts ("the West imposed sanctions"); an object only a relation verb's.
  return t.dep === 'nsubj' || (ACTING_DEPS.has(t.dep) && s.actsInRelations(verb.lemma));
}

/** Mentions of the blocs the document names where they act. */
export function discoverBlocs(s: DiscoveryState, quiet: Uint8Array): void {
  const { tokens } = s;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const name = ACTOR_WORDS.blocNames.get(t.norm);
    if (!name || s.covered[i] || quiet[i] || !isCapitalized(t) || tokens[i - 1]!.norm !== 'the' || tokens[i - 1]!.sentence !== t.sentence) continue;
    // "the West Bank", "the West African states": a longer name or a qualifier.
    const next = tokens[i + 1];
    if (next && next.sentence === t.sentence && (isCapitalized(next) || next.norm === '-')) continue;
    if (!acts(s, i)) continue;
    const id = s.upsert(name, 'group', `"${name}" named as an actor of a relation`);
    s.addMention(id, i - 1, i + 1, 'discovered');
  }
}
