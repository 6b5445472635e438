// A bare name that ends a longer name the same document uses for another actor of the same kind is
// that actor: "Congo" in an article about the "Democratic Republic of Congo" is not the Republic of
// the Congo. Never when the longer name opens with a compass word ("South Sudan" leaves "Sudan"
// alone), nor when the document names the bare name's own actor in another way.
import type { ActorDictionary } from '../actorDictionary';
import type { Mention } from '../types';
import { ACTOR_WORDS } from './actorWords';

const words = (surface: string) =>
  surface
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && w !== 'the');

/** The mention (of another actor) whose name ends with `short` and only adds words no compass word opens. */
function longerName(short: string[], m: Mention, named: Mention[], kindOf: (id: string) => string | undefined): Mention | undefined {
  return named.find((o) => {
    if (o.actorId === m.actorId || kindOf(o.actorId) !== kindOf(m.actorId)) return false;
    const long = words(o.surface);
    if (long.length <= short.length || long.slice(-short.length).join(' ') !== short.join(' ')) return false;
    return !long.slice(0, long.length - short.length).some((w) => ACTOR_WORDS.compassWords.has(w));
  });
}

/** The dictionary's mentions with bare names read as the longer name of the document they end. */
export function preferLongerNames(mentions: Mention[], dict: ActorDictionary): Mention[] {
  const named = mentions.filter((m) => m.form === 'name');
  const kindOf = (id: string) => dict.get(id)?.kind;
  return mentions.map((m) => {
    if (m.form !== 'name') return m;
    const short = words(m.surface);
    if (short.length === 0) return m;
    // The bare name's own actor named otherwise ("Republic of the Congo", "Brazzaville") keeps it.
    if (mentions.some((o) => o.actorId === m.actorId && words(o.surface).join(' ') !== short.join(' '))) return m;
    const longer = longerName(short, m, named, kindOf);
    if (!longer) return m;
    const label = dict.get(longer.actorId)?.label ?? longer.actorId;
    return { ...m, actorId: longer.actorId, note: `"${m.surface}" read as ${label}: the document names it "${longer.surface}"` };
  });
}
