// "The Trump administration", "the Maduro government", "the Assad regime": a person's name and a
// leader-body noun name the government the person leads, so the person's state (when the
// dictionary or the text says which), not the person and not an organisation of its own.
import type { ActorLookup } from '../actorLookup';
import type { Mention, Token } from '../types';
import { ACTOR_WORDS } from './actorWords';

export function readLeaderGovernments(tokens: Token[], mentions: Mention[], dict: ActorLookup, published: string | null): Mention[] {
  return mentions.map((m) => {
    const next = tokens[m.tokenEnd];
    if (!next || next.sentence !== m.sentence || !ACTOR_WORDS.leaderBodyNouns.has(next.norm) || dict.get(m.actorId)?.kind !== 'person') return m;
    const state = dict.affiliationOn(m.actorId, published);
    if (!state || dict.get(state)?.kind !== 'state') return m;
    const surface = `${m.surface} ${next.text}`;
    return {
      actorId: state,
      form: 'role',
      tokenStart: m.tokenStart,
      tokenEnd: m.tokenEnd + 1,
      sentence: m.sentence,
      surface,
      note: `"${surface}" read as ${dict.get(state)?.label ?? state}: the government ${dict.get(m.actorId)?.label ?? m.actorId} leads`,
    } satisfies Mention;
  });
}
