import { ACTOR_WORDS } from './actorWords';
import type { ActorLookup } from '../actorLookup';
import { LEXICON } from '../lexicon';
import { MentionIndex } from '../mentionIndex';
import type { Mention, Token } from '../types';
import { wordClass } from '../wordClass';

const DETERMINERS = new Set(['the', 'this', 'that', 'its', 'their', 'our', 'his', 'her']);

/**
 * Role nouns that name an actor already in the text: "the Iranian FM", "Trump's special envoy",
 * "the foreign minister". Resolved only when exactly one known actor fits the role and the
 * qualifying state or possessor; the qualifier then modifies the role mention.
 */
export function findRoleMentions(tokens: Token[], mentions: Mention[], dict: ActorLookup, published: string | null): Mention[] {
  const index = new MentionIndex(mentions, tokens.length);
  const out: Mention[] = [];
  const seen = new Set<string>();
  let mi = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (mi < mentions.length && mentions[mi]!.tokenEnd <= i) seen.add(mentions[mi++]!.actorId);
    const t = tokens[i]!;
    if ((wordClass(t) !== 'NOUN' && wordClass(t) !== 'PROPN') || index.at(i)) continue;
    const candidates = dict.actorsWithRoleHead(t.norm).filter((id) => seen.has(id));
    if (candidates.length === 0) continue;
    // A title in front of a name ("Foreign Minister Abbas Araqchi") is not a role mention.
    const next = tokens[i + 1];
    if (next && next.sentence === t.sentence && (wordClass(next) === 'PROPN' || index.at(i + 1))) continue;
    // Walk left over modifiers to the determiner, possessor or demonym that opens the phrase.
    let j = i - 1;
    let owner: Mention | undefined;
    let opened = false;
    while (j >= 0 && tokens[j]!.sentence === t.sentence && i - j <= 5) {
      const w = tokens[j]!;
      owner = index.endingBefore(j + 1) ?? (w.norm === "'s" ? index.endingBefore(j) : undefined);
      if (owner) {
        opened = true;
        break;
      }
      // "The Deputy Secretary and Deputy Foreign Minister": the determiner opens both conjuncts.
      if (DETERMINERS.has(w.norm) || (w.norm === 'and' && out[out.length - 1]?.tokenEnd === j)) {
        opened = true;
        break;
      }
      if (wordClass(w) !== 'ADJ' && wordClass(w) !== 'NOUN' && wordClass(w) !== 'PROPN' && w.norm !== "'s" && !ACTOR_WORDS.titleModifiers.has(w.norm)) break;
      j--;
    }
    if (!opened) continue;
    // "the Deputy Foreign Minister": a title word in front that some candidate's role holds picks
    // those candidates ("deputy minister of defense" is not the deputy foreign minister).
    const roleHas = (id: string, w: string) => (dict.get(id)?.roles ?? []).some((r) => r.toLowerCase().split(/\s+/).includes(w));
    const titleWords = tokens.slice(j + 1, i).filter((w) => ACTOR_WORDS.titleModifiers.has(w.norm)).map((w) => w.norm);
    const telling = titleWords.filter((w) => candidates.some((id) => roleHas(id, w)));
    let fits = candidates.filter((id) => telling.every((w) => roleHas(id, w)));
    if (owner) {
      const q = owner.actorId;
      const qualifierState = dict.get(q)?.kind === 'state' ? q : dict.affiliationOn(q, published);
      fits = fits.filter((id) => id !== q && dict.affiliationOn(id, published) === qualifierState);
    }
    if (fits.length !== 1) continue;
    if (owner && owner.modifierOf === undefined) owner.modifierOf = i;
    const label = dict.get(fits[0]!)?.label ?? fits[0]!;
    const why = owner ? `the one actor named before with the role "${t.text}" and the state of "${owner.surface}"` : `the one actor named before with the role "${t.text}"`;
    out.push({ actorId: fits[0]!, form: 'role', tokenStart: i, tokenEnd: i + 1, sentence: t.sentence, surface: t.text, note: `"${t.text}" read as ${label}: ${why}` });
  }
  return out;
}

/** "Maduro met with him": an object pronoun is not the subject of its own verb. */
function subjectOfOwnVerb(tokens: Token[], m: Mention, pronoun: Token): boolean {
  if (pronoun.head === undefined || pronoun.dep === undefined || pronoun.dep.startsWith('nsubj') || pronoun.dep === 'nmod:poss') return false;
  for (let k = m.tokenStart; k < m.tokenEnd; k++) {
    const w = tokens[k]!;
    if (w.head !== undefined && (w.head < m.tokenStart || w.head >= m.tokenEnd)) return w.head === pronoun.head && (w.dep?.startsWith('nsubj') ?? false);
  }
  return false;
}

/**
 * Third-person singular pronouns to a person: the first person named earlier in the same sentence,
 * else the first person of the nearest earlier sentence that names one (the usual subject).
 */
export function findPronounMentions(tokens: Token[], mentions: Mention[], dict: ActorLookup, published: string | null): Mention[] {
  const out: Mention[] = [];
  const persons = new Map<number, Mention[]>();
  const addPerson = (m: Mention) => {
    const list = persons.get(m.sentence);
    if (list) list.push(m);
    else persons.set(m.sentence, [m]);
  };
  for (const m of mentions) if (m.modifierOf === undefined && dict.get(m.actorId)?.kind === 'person') addPerson(m);
  // "Liu He", "Ma Ying-jeou": a word of a name is no pronoun.
  const named = new Set(mentions.flatMap((m) => Array.from({ length: m.tokenEnd - m.tokenStart }, (_, k) => m.tokenStart + k)));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const gender = LEXICON.personPronouns.get(t.norm);
    if (!gender || (wordClass(t) !== 'PRON' && wordClass(t) !== 'DET') || named.has(i)) continue;
    const fits = (m: Mention) => (dict.get(m.actorId)?.gender ?? gender) === gender;
    let antecedent = (persons.get(t.sentence) ?? []).find((m) => m.tokenStart < i && fits(m) && !subjectOfOwnVerb(tokens, m, t));
    for (let s = t.sentence - 1; !antecedent && s >= 0 && s >= t.sentence - 4; s--) antecedent = (persons.get(s) ?? []).find(fits);
    if (!antecedent) continue;
    // "his country", "her government": the state the person belongs to.
    const next = tokens[i + 1];
    if ((t.norm === 'his' || t.norm === 'her') && next && ACTOR_WORDS.stateNouns.has(next.norm)) {
      const state = dict.affiliationOn(antecedent.actorId, published);
      const surface = `${t.text} ${next.text}`;
      const note = `"${surface}" read as ${dict.get(state ?? '')?.label ?? state}: the state of ${dict.get(antecedent.actorId)?.label ?? antecedent.actorId}, the person named before it`;
      if (state && dict.get(state)?.kind === 'state') out.push({ actorId: state, form: 'pronoun', tokenStart: i, tokenEnd: i + 2, sentence: t.sentence, surface, note });
      continue;
    }
    const note = `"${t.norm}" read as ${dict.get(antecedent.actorId)?.label ?? antecedent.actorId}: the ${antecedent.sentence === t.sentence ? 'first person named before it in the sentence' : 'first person of the nearest sentence before that names one'}`;
    const m: Mention = { actorId: antecedent.actorId, form: 'pronoun', tokenStart: i, tokenEnd: i + 1, sentence: t.sentence, surface: t.text, note };
    out.push(m);
    addPerson(m);
  }
  return out;
}
