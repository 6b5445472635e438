import placeRules from '../../data/gazetteer/place-rules.json';
import { governingPreposition } from './clauses';
import { normalizeWord } from './tokenize';
import type { Mention, Token } from './types';
import { wordClass } from './wordClass';

/** data/gazetteer/places.json: cities and first-level regions by state id. */
export interface PlacesFile {
  places: Record<string, { cities: string[]; regions: string[] }>;
}

interface PlaceSense {
  state: string;
  label: string;
  kind: 'city' | 'region';
}

interface PlaceNode {
  next: Map<string, PlaceNode>;
  senses?: PlaceSense[];
}

const TARGET_PREPOSITIONS: ReadonlySet<string> = new Set(placeRules.reading.targetPrepositions);
const PLACE_NOUNS: ReadonlySet<string> = new Set(placeRules.reading.placeNouns);
const LOCATION_PREPOSITIONS: ReadonlySet<string> = new Set(placeRules.reading.locationPrepositions);
const PEOPLE_OBJECTS: ReadonlySet<string> = new Set(placeRules.reading.peopleObjects);
const RELATION_PREPOSITIONS: Readonly<Record<string, readonly string[]>> = placeRules.reading.relationPrepositions;

/**
 * A place name's words as the tokenizer's norms of plainly spelled text: runs of letters and digits,
 * and each other sign on its own ("Mazār-e Sharīf" → mazar, -, e, sharif). Not the tokenizer itself:
 * it splits words at letters with a macron ("Herāt" → her, a, t), which news spells "Herat".
 */
export function placeWords(name: string): string[] {
  return (name.match(/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu) ?? []).map(normalizeWord);
}

/**
 * Cities and regions, read as the state they lie in where a relation may target a place ("Armenian
 * forces shelled Ganja": Armenia against Azerbaijan). A place is never an actor of its own.
 */
export class PlaceGazetteer {
  private readonly root: PlaceNode = { next: new Map() };

  constructor(file: PlacesFile) {
    const senses: PlaceSense[] = [];
    for (const [state, lists] of Object.entries(file.places)) {
      for (const label of lists.cities) senses.push({ state, label, kind: 'city' });
      for (const label of lists.regions) senses.push({ state, label, kind: 'region' });
    }
    for (const sense of senses) this.add(placeWords(sense.label), sense);
  }

  private add(words: readonly string[], sense: PlaceSense): void {
    if (words.length === 0) return;
    let node = this.root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map() };
        node.next.set(w, child);
      }
      node = child;
    }
    node.senses ??= [];
    if (!node.senses.some((s) => s.state === sense.state)) node.senses.push(sense);
  }

  /** The longest place name at `tokens[i]`, spelled with capitals as a name is. */
  matchAt(tokens: readonly Token[], i: number): { length: number; senses: PlaceSense[] } | null {
    let node: PlaceNode | undefined = this.root;
    let best: { length: number; senses: PlaceSense[] } | null = null;
    for (let j = i; j < tokens.length && node && tokens[j]!.sentence === tokens[i]!.sentence; j++) {
      node = node.next.get(tokens[j]!.norm);
      if (node?.senses && /^\p{Lu}/u.test(tokens[i]!.text) && /^\p{Lu}/u.test(tokens[j]!.text)) best = { length: j - i + 1, senses: node.senses };
    }
    return best;
  }
}

/**
 * Places the document names where no actor is named, each read as its state: the one state of that
 * name in the gazetteer, or, for a name several states share, the one of them the document names
 * itself (by name, demonym or capital). A name the document gives no state for is not read.
 */
export function findPlaceMentions(text: string, tokens: Token[], places: PlaceGazetteer, covered: readonly Mention[], documentStates: ReadonlySet<string>, labelOf: (state: string) => string | undefined): Mention[] {
  const taken = new Uint8Array(tokens.length);
  for (const m of covered) taken.fill(1, m.tokenStart, m.tokenEnd);
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const match = places.matchAt(tokens, i);
    if (!match || taken.subarray(i, i + match.length).some((x) => x === 1)) continue;
    const named = match.senses.filter((s) => documentStates.has(s.state));
    const sense = match.senses.length === 1 ? match.senses[0]! : named.length === 1 ? named[0]! : undefined;
    const state = sense && labelOf(sense.state);
    if (!sense || !state) continue;
    const last = tokens[i + match.length - 1]!;
    out.push({
      actorId: sense.state,
      form: 'place',
      tokenStart: i,
      tokenEnd: i + match.length,
      sentence: tokens[i]!.sentence,
      surface: text.slice(tokens[i]!.start, last.end),
      note: `${sense.label}, a ${sense.kind} of ${state}`,
    });
    i += match.length - 1;
  }
  return out;
}

/**
 * A pair a place may take part in: the place is the target of a relation that may target places,
 * named as the object or after "in", "on", "against", "at" ("struck positions in Saada"), and not
 * its own state; a place is never the source.
 */
export function placeAllowed(tokens: Token[], pair: { source: Mention; target: Mention }, cue: { tokenEnd: number; placeTarget?: boolean; relation?: string }): boolean {
  if (pair.source.form === 'place') return false;
  if (pair.target.form !== 'place') return true;
  if (!cue.placeTarget || pair.source.actorId === pair.target.actorId) return false;
  const prep = governingPreposition(tokens, pair.target);
  if (prep && LOCATION_PREPOSITIONS.has(prep.norm) && peopleBetween(tokens, cue.tokenEnd, pair.target.tokenStart)) return false;
  if (!prep || TARGET_PREPOSITIONS.has(prep.norm) || RELATION_PREPOSITIONS[cue.relation ?? '']?.includes(prep.norm)) return true;
  // "the city of Ganja": the place stands behind its common noun.
  const noun = tokens[pair.target.tokenStart - 2];
  return prep.norm === 'of' && Boolean(noun && (PLACE_NOUNS.has(noun.norm) || PLACE_NOUNS.has(noun.lemma)));
}

/** "killed 12 militants in Mosul": the act's object, the last noun between the cue and the place, is people ("rebel positions" are not). */
function peopleBetween(tokens: Token[], from: number, to: number): boolean {
  for (let j = to - 1; j >= from; j--) {
    const t = tokens[j]!;
    if (wordClass(t) === 'NOUN') return PEOPLE_OBJECTS.has(t.lemma) || PEOPLE_OBJECTS.has(t.norm);
  }
  return false;
}
