import type { ActorDictionary } from './actorDictionary';
import { LEXICON } from './lexicon';
import type { Mention, Token } from './types';

const DETERMINERS = new Set(['the', 'this', 'that', 'its', 'their', 'our', 'his', 'her']);

function personsIn(mentions: Mention[], sentence: number, dict: ActorDictionary, beforeToken = Infinity): Mention[] {
  return mentions.filter(
    (m) => m.sentence === sentence && m.tokenStart < beforeToken && m.modifierOf === undefined && dict.get(m.actorId)?.kind === 'person',
  );
}

/**
 * Role nouns that name an actor already in the text: "the Iranian FM", "Trump's special envoy",
 * "the foreign minister". Resolved only when exactly one known actor fits the role and the
 * qualifying state or possessor.
 */
export function findRoleMentions(tokens: Token[], mentions: Mention[], dict: ActorDictionary, published: string | null): Mention[] {
  const out: Mention[] = [];
  const seen = new Set<string>();
  let mi = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (mi < mentions.length && mentions[mi]!.tokenEnd <= i) seen.add(mentions[mi++]!.actorId);
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN') continue;
    if (mentions.some((m) => i >= m.tokenStart && i < m.tokenEnd)) continue;
    const candidates = dict.actorsWithRoleHead(t.norm).filter((id) => seen.has(id));
    if (candidates.length === 0) continue;
    // The role must not be a title in front of a name ("Foreign Minister Abbas Araqchi").
    const next = tokens[i + 1];
    if (next && next.sentence === t.sentence && (next.pos === 'PROPN' || mentions.some((m) => m.tokenStart === i + 1))) continue;
    // Walk left over modifiers to the determiner, possessor or demonym that opens the phrase.
    let j = i - 1;
    let qualifier: string | undefined;
    let opened = false;
    while (j >= 0 && tokens[j]!.sentence === t.sentence && i - j <= 5) {
      const w = tokens[j]!;
      const owner = mentions.find((m) => m.tokenEnd === j + 1 || (m.tokenEnd === j && w.norm === "'s"));
      if (owner) {
        qualifier = owner.actorId;
        opened = true;
        break;
      }
      if (DETERMINERS.has(w.norm)) {
        opened = true;
        break;
      }
      if (w.pos !== 'ADJ' && w.pos !== 'NOUN' && w.pos !== 'PROPN' && w.norm !== "'s") break;
      j--;
    }
    if (!opened) continue;
    let fits = candidates;
    if (qualifier) {
      const qualifierState = dict.get(qualifier)?.kind === 'state' ? qualifier : dict.affiliationOn(qualifier, published);
      fits = candidates.filter((id) => id !== qualifier && dict.affiliationOn(id, published) === qualifierState);
    }
    if (fits.length !== 1) continue;
    // The qualifier now modifies the role mention ("Trump's" in "Trump's special envoy").
    const owner = mentions.find((m) => m.actorId === qualifier && m.tokenEnd >= j && m.tokenEnd <= i);
    if (owner && owner.modifierOf === undefined) owner.modifierOf = i;
    out.push({ actorId: fits[0]!, form: 'role', tokenStart: i, tokenEnd: i + 1, sentence: t.sentence, surface: t.text });
  }
  return out;
}

/**
 * Third-person singular pronouns to a person: the first person named earlier in the same sentence,
 * else the first person of the nearest earlier sentence that names one (the usual subject).
 */
export function findPronounMentions(tokens: Token[], mentions: Mention[], dict: ActorDictionary): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const gender = LEXICON.personPronouns.get(t.norm);
    if (!gender || t.pos !== 'PRON' && t.pos !== 'DET') continue;
    const fits = (m: Mention) => (dict.get(m.actorId)?.gender ?? gender) === gender;
    let antecedent = personsIn(mentions, t.sentence, dict, i).find(fits);
    for (let s = t.sentence - 1; !antecedent && s >= 0 && s >= t.sentence - 4; s--) {
      antecedent = personsIn(mentions, s, dict).find(fits) ?? personsIn(out, s, dict).find(fits);
    }
    if (antecedent) out.push({ actorId: antecedent.actorId, form: 'pronoun', tokenStart: i, tokenEnd: i + 1, sentence: t.sentence, surface: t.text });
  }
  return out;
}
