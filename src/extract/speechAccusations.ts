// Accusations made by reporting: a speaker who says another actor did something hostile or
// unlawful is accusing that actor (test/gold/news/README.md: the saying is the event, asserted).
import type { Modality } from '../domain/contract';
import type { RelationRegistry } from '../domain/relationRegistry';
import type { ActorLookup } from './actorLookup';
import readingsData from '../../data/speechReadings.json';
import type { ExtractedEvent, SpeechFrame, Token } from './types';

const REPORTED_AID: ReadonlySet<string> = new Set(readingsData.reportedAidRelations);
const SPEECH_ACTS: ReadonlySet<string> = new Set(readingsData.speechActRelations);

/**
 * "The Council stated that it condemned the test": a speaker reporting a speech act of its own makes
 * it by saying so, so it is asserted rather than reported; every other modality stands.
 */
export function ownSpeechActModality(relation: string, modality: Modality, speaker: string | undefined, source: string): Modality {
  return modality === 'reported' && speaker === source && SPEECH_ACTS.has(relation) ? 'asserted' : modality;
}

/** What the accusation reading needs to know of the document's actors. */
export interface ReportingContext {
  relations: RelationRegistry;
  dict: ActorLookup;
  published: string | null;
  body: string;
  tokens: Token[];
}

/** The state an actor speaks or stands for: itself when it is one, else its affiliation. */
function sideOf(ctx: ReportingContext, id: string): string {
  return ctx.dict.get(id)?.kind === 'state' ? id : (ctx.dict.affiliationOn(id, ctx.published) ?? id);
}

/**
 * Why the speaker's report of `e` accuses its doer, or null: an organisation documenting any act
 * its relation marks accusable ("according to HRANA, security forces killed ..."); anyone reporting
 * such an act done to their own side ("India says its posts were shelled from the Pakistani side",
 * "Zelensky said Russia attacked Ukraine"); anyone reporting help given to an armed group
 * ("Colombia says Venezuela has been aiding the FARC rebels").
 */
function accusingReport(ctx: ReportingContext, e: ExtractedEvent, reporter: string): boolean {
  const kind = ctx.dict.get(reporter)?.kind;
  const relation = ctx.relations.get(e.relation);
  if (relation?.accusable && kind === 'organization') return true;
  // A speaker must stand for a known side: a state, or an actor the dictionary ties to one.
  if (kind !== 'state' && !ctx.dict.affiliationOn(reporter, ctx.published)) return false;
  // The doer's own side reporting its act ("Russia said its forces struck ...") accuses nobody.
  if (sideOf(ctx, e.source) === sideOf(ctx, reporter)) return false;
  if (relation?.accusable) return sideOf(ctx, e.target) === sideOf(ctx, reporter);
  return REPORTED_AID.has(e.relation) && ctx.dict.get(e.target)?.kind === 'group';
}

/** The accusation a reported event makes of its doer (see accusingReport), or null. */
export function reportAsAccusation(ctx: ReportingContext, e: ExtractedEvent, frame: SpeechFrame): ExtractedEvent | null {
  const reporter = frame.speaker?.actorId;
  const accusation = ctx.relations.accusation;
  if (!accusation || !reporter || reporter === e.source) return null;
  const verb = ctx.tokens[frame.verb]!;
  // "denied Rwandan claims that ...": a claim known only from its rejection accuses nobody here.
  if (verb.pos === 'NOUN' || e.modality === 'negated' || e.modality === 'hypothetical' || !accusingReport(ctx, e, reporter)) return null;
  const { attributedTo: _speaker, ...rest } = e;
  void _speaker;
  return {
    ...rest,
    id: `${e.id}:report`,
    source: reporter,
    target: e.source,
    relation: accusation.relation,
    cameo: accusation.cameo,
    plover: accusation.plover,
    modality: 'asserted',
    confidence: Math.round(e.confidence * 0.7 * 100) / 100,
    cue: ctx.body.slice(verb.start, verb.end + (verb.norm === 'according' ? 3 : 0)),
  };
}
