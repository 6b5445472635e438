// "the OPEC nation", "the NATO country": a noun naming one member of the organisation named right
// before it stands for that member, so the organisation is no party to the sentence's acts.
import type { Mention, Token } from '../types';
import { ROLE_FRAMES } from './roleFrames';

/** The mentions without organisations named right before a noun of one of their members. */
export function withoutMemberStateOwners(tokens: readonly Token[], mentions: Mention[], kindOf: (id: string) => string | undefined): Mention[] {
  return mentions.filter((m) => {
    if (kindOf(m.actorId) !== 'organization') return true;
    const next = tokens[m.tokenEnd];
    return !(next && next.sentence === m.sentence && ROLE_FRAMES.memberStateNouns.has(next.norm));
  });
}
