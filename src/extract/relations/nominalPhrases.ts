// The prepositional phrases written right after an event noun, read in text order whatever the
// parser made of them: "attacks by Kenyan and Ugandan troops against al-Shabaab positions", "talks
// between A, B and C". The parser often hangs such a chain on the verb or on a name inside it; the
// words still say whose the act is and whom it is on. The noun frame falls back on this reading
// only for roles the tree left empty.
import type { Mention, Token } from '../types';
import type { FrameContext } from './frameContext';
import { FORCE_WORDS } from '../actors/forceWords';
import { LEXICON } from '../lexicon';
import { describesGroup } from './argumentMentions';
import { AUTHORING_VERBS } from './actDoer';
import { ROLE_FRAMES } from './roleFrames';

/** Words that may stand inside a noun phrase after its preposition. */
const PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const JOINING = new Set(['and', 'or']);
const WORD_JOINERS = new Set(['-', "'s", '’s', "'", '’']);

export interface NounPhrases {
  /** Actors of the "by" (or agent "from") phrases. */
  agents: Mention[];
  /** Actors of the phrases whose preposition names the relation's target. */
  targets: Mention[];
  /** Actors of a "between"/"among" phrase. */
  parties: Mention[];
  /** Actors of an opening "of" phrase the relation does not take as its target: what the act is done to once its doer is named apart. */
  themes: Mention[];
}

/** The last token of the noun phrase opening at `start`: its words, joined by hyphens, "'s", "and", and by commas where "and" closes the list. */
function phraseEnd(tokens: readonly Token[], start: number, end: number): number {
  let last = start - 1;
  let firstComma = -1;
  let joinedAfterComma = false;
  for (let i = start; i < end; i++) {
    const t = tokens[i]!;
    if (PHRASE_POS.has(t.pos) && !ROLE_FRAMES.relativePronouns.has(t.norm)) last = i;
    else if (WORD_JOINERS.has(t.norm) && i > start) continue;
    else if (JOINING.has(t.norm) && i > start) {
      if (firstComma >= 0) joinedAfterComma = true;
    } else if (t.norm === ',' && i > start) {
      if (firstComma < 0) firstComma = i;
    } else break;
  }
  // "by Kenya, Uganda said": a comma not closed by "and" ends the phrase.
  return firstComma >= 0 && !joinedAfterComma && firstComma <= last ? firstComma - 1 : last;
}

/** A noun standing for the actor named before it ("Kenyan troops", "al-Shabaab positions"). */
function standsIn(t: Token): boolean {
  return [t.norm, t.lemma].some((w) => ROLE_FRAMES.standInNouns.has(w) || FORCE_WORDS.heldPlaceNouns.has(w));
}

/**
 * The actors the phrase in tokens `from`..`to` names, one mention per actor: a name heading it or
 * coordinated in it ("by Kenya and Uganda"), or modifying a noun standing for its actor ("against
 * al-Shabaab positions"); not one owning another noun ("for any US interference") nor describing
 * a group ("al-Qaida-linked groups"). A demonym the mention finder kept out names its state only
 * before a noun for forces or places ("Kenyan troops"), not before a person ("a Chinese captain").
 */
function actorsIn(ctx: FrameContext, from: number, to: number): Mention[] {
  const tokens = ctx.tree.tokens;
  const head = tokens[to]!;
  const standIn = standsIn(head);
  const demonymOwned = standIn && (ROLE_FRAMES.demonymStandInNouns.has(head.norm) || ROLE_FRAMES.demonymStandInNouns.has(head.lemma) || FORCE_WORDS.heldPlaceNouns.has(head.norm));
  const out: Mention[] = [];
  for (let k = from; k <= to; k++) {
    const m = demonymOwned ? ctx.mentions.modifierAt(k) : ctx.mentions.covering(k);
    if (!m || out.some((o) => o.actorId === m.actorId) || describesGroup(tokens, m)) continue;
    const next = tokens[Math.min(m.tokenEnd, to + 1)]!;
    const named = m.tokenEnd > to || JOINING.has(next.norm) || next.norm === ',' || standIn;
    if (named) out.push(m);
  }
  return out;
}

/** A past participle saying the act was done, which may stand between the act's noun and its phrases ("attacks launched by X against Y"). */
function doingParticiple(t: Token): boolean {
  const participle = t.pos === 'VERB' && t.norm !== t.lemma && !t.norm.endsWith('ing') && !t.norm.endsWith('s');
  return participle && (ROLE_FRAMES.agentParticiples.has(t.norm) || ROLE_FRAMES.claimVerbs.has(t.lemma) || AUTHORING_VERBS.has(t.lemma));
}

/** The phrases after the cue noun: each preposition of a role, its noun phrase, until a word that is neither. */
export function nounPhrases(ctx: FrameContext): NounPhrases {
  const { tree, cue } = ctx;
  const tokens = tree.tokens;
  const end = tree.sentence.endToken;
  const targets = ROLE_FRAMES.nounTargets(cue.relation);
  const out: NounPhrases = { agents: [], targets: [], parties: [], themes: [] };
  // A phrase cue ending in its preposition ("operation against") opens its own first phrase.
  let i = tokens[cue.tokenEnd - 1]?.pos === 'ADP' && cue.tokenEnd - 1 > cue.tokenStart ? cue.tokenEnd - 1 : cue.tokenEnd;
  // "talks Friday between A and B", "attacks overnight by X": a time word may stand between.
  while (i < end && ROLE_FRAMES.timeNouns.has(tokens[i]!.norm)) i++;
  // "sanctions imposed by the EU on Belarus", "a raid carried out by Turkish jets": a participle of doing the act keeps its phrases.
  if (i < end && doingParticiple(tokens[i]!)) i += tokens[i + 1]?.norm === 'out' ? 2 : 1;
  for (let first = true; i < end; first = false) {
    const prep = tokens[i]!.norm;
    // "against the wishes of Somalia": an "of" phrase after another one belongs to that one's noun.
    if (prep === 'of' && !first) break;
    const agent = ROLE_FRAMES.nounAgents.has(prep) && (prep === 'by' || !targets.has(prep));
    const party = ROLE_FRAMES.parties.has(prep);
    // "rallies in Nairobi against X", "talks in Geneva between A and B": a named place between is passed over.
    const place = !agent && !party && !targets.has(prep) && LEXICON.locativePrepositions.has(prep);
    // "the recognition of Kosovo as a state by the US": an opening "of" phrase and an "as" predicate on it.
    const theme = first && prep === 'of' && !targets.has(prep);
    const predicate = !first && prep === 'as' && !targets.has(prep);
    if (tokens[i]!.pos !== 'ADP' || !(agent || party || place || theme || predicate || targets.has(prep))) break;
    const last = phraseEnd(tokens, i + 1, end);
    if (last <= i) break;
    if (place) {
      // Only a named place: "in peace negotiations with Syria" is another event with its own phrases.
      if (tokens[last]!.pos !== 'PROPN') break;
      i = last + 1;
      continue;
    }
    if (predicate) {
      i = last + 1;
      continue;
    }
    const actors = actorsIn(ctx, i + 1, last);
    (agent ? out.agents : party ? out.parties : theme ? out.themes : out.targets).push(...actors.filter((m) => !out.agents.includes(m) && !out.targets.includes(m)));
    i = last + 1;
  }
  return out;
}
