// A bare name that ends a longer name the same document uses for another actor of the same kind is
// that actor: "Congo" in an article about the "Democratic Republic of Congo" is not the Republic of
// the Congo. Never when the longer name opens with a compass word ("South Sudan" leaves "Sudan"
// alone), nor when the document names the bare name's own actor in another way. A bare name several
// actors share ("Congo"; "Brussels", Belgium's capital and the European Union's seat) is the one of
// them the document names otherwise, else the one it usually means (data/gazetteer/ambiguous-names.json).
import ambiguousNames from '../../../data/gazetteer/ambiguous-names.json';
import type { ActorDictionary } from '../actorDictionary';
import type { Mention } from '../types';
import { ACTOR_WORDS } from './actorWords';

const words = (surface: string) =>
  surface
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && w !== 'the');

/** The mention (of another actor) whose name ends with `short` and only adds words no compass word opens. */
function longerName(short: string[], m: Mention, named: readonly { mention: Mention; words: string[] }[], kindOf: (id: string) => string | undefined): Mention | undefined {
  const tail = short.join(' ');
  return named.find(({ mention: o, words: long }) => {
    if (o.actorId === m.actorId || kindOf(o.actorId) !== kindOf(m.actorId)) return false;
    if (long.length <= short.length || long.slice(-short.length).join(' ') !== tail) return false;
    return !long.slice(0, long.length - short.length).some((w) => ACTOR_WORDS.compassWords.has(w));
  })?.mention;
}

interface SharedName {
  states: string[];
  usual: string;
}

const SHARED_NAMES = new Map<string, SharedName>(Object.entries(ambiguousNames.names));

/**
 * The state a shared bare name stands for in this document: the one of its states the document names
 * in another way (the mention's own first), else the usual one; with the reason.
 */
function sharedNameReading(name: string, m: Mention, spellings: Map<string, Set<string>>): { id: string; why: string } | undefined {
  const shared = SHARED_NAMES.get(name);
  if (!shared || !shared.states.includes(m.actorId)) return undefined;
  const namedOtherwise = (id: string) => [...(spellings.get(id) ?? [])].some((w) => w !== name);
  if (namedOtherwise(m.actorId)) return undefined;
  const other = shared.states.filter((id) => id !== m.actorId && namedOtherwise(id));
  if (other.length === 1) return { id: other[0]!, why: 'the one of the states so called that the document names in another way' };
  if (other.length === 0 && shared.usual !== m.actorId) return { id: shared.usual, why: 'the state the name usually means; the document names none of the states so called in another way' };
  return undefined;
}

/**
 * The dictionary's mentions with bare names read as the longer name of the document they end. Each
 * actor's spellings and each distinct name are compared once, not once per mention: a long text
 * names the same few actors thousands of times.
 */
export function preferLongerNames(mentions: Mention[], dict: ActorDictionary): Mention[] {
  const kindOf = (id: string) => dict.get(id)?.kind;
  const wordsOf = new Map<string, string[]>();
  const cachedWords = (surface: string) => {
    let w = wordsOf.get(surface);
    if (!w) wordsOf.set(surface, (w = words(surface)));
    return w;
  };
  // Each actor's spellings, and each (actor, spelling) named once, in the order first named.
  const spellings = new Map<string, Set<string>>();
  const named: { mention: Mention; words: string[] }[] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    const w = cachedWords(m.surface);
    const joined = w.join(' ');
    const set = spellings.get(m.actorId) ?? new Set<string>();
    set.add(joined);
    spellings.set(m.actorId, set);
    const key = `${m.actorId}\u0000${joined}`;
    if (m.form === 'name' && !seen.has(key)) {
      seen.add(key);
      named.push({ mention: m, words: w });
    }
  }
  const chosen = new Map<string, Mention | undefined>();
  return mentions.map((m) => {
    // A capital may be a shared name too ("Brussels": Belgium, or the European Union seated there).
    if (m.form !== 'name' && m.form !== 'capital') return m;
    const short = cachedWords(m.surface);
    if (short.length === 0) return m;
    const shared = sharedNameReading(short.join(' '), m, spellings);
    if (shared) return { ...m, actorId: shared.id, note: `"${m.surface}" read as ${dict.get(shared.id)?.label ?? shared.id}: ${shared.why}` };
    if (m.form !== 'name') return m;
    // The bare name's own actor named otherwise ("Republic of the Congo", "Brazzaville") keeps it.
    if (spellings.get(m.actorId)!.size > 1) return m;
    const key = `${m.actorId}\u0000${short.join(' ')}`;
    if (!chosen.has(key)) chosen.set(key, longerName(short, m, named, kindOf));
    const longer = chosen.get(key);
    if (!longer) return m;
    const label = dict.get(longer.actorId)?.label ?? longer.actorId;
    return { ...m, actorId: longer.actorId, note: `"${m.surface}" read as ${label}: the document names it "${longer.surface}"` };
  });
}
