// Threats made by announcing a hostile act of one's own: "NATO said it would tighten the blockade of
// Serbia", "the farmers said they would blockade the capital". A doer that says it will use force or
// coercion against another actor threatens that actor by saying so (CAMEO 13, a declared intent to
// act against another; test/gold/news/README.md: the saying is the event, asserted). The planned act
// stays an event of its own. Relations read this way: data/speechReadings.json, announcedThreatRelations.
import readingsData from '../../data/speechReadings.json';
import type { RelationRegistry } from '../domain/relationRegistry';
import type { ExtractedEvent, SpeechFrame, Token } from './types';

const ANNOUNCED: ReadonlySet<string> = new Set(readingsData.announcedThreatRelations);

/** The threat a planned hostile act makes when its own doer announces it, or null. */
export function announcedThreat(relations: RelationRegistry, tokens: readonly Token[], body: string, e: ExtractedEvent, frame: SpeechFrame | undefined): ExtractedEvent | null {
  if (e.modality !== 'planned' || !ANNOUNCED.has(e.relation)) return null;
  const speaker = frame?.speaker?.actorId;
  if (!frame || speaker !== e.source) return null;
  const threat = relations.relations.find((r) => r.cameo.includes(readingsData.threatCameo));
  const verb = tokens[frame.verb];
  if (!threat || !verb || verb.pos === 'NOUN') return null;
  const { attributedTo: _speaker, ...rest } = e;
  void _speaker;
  return {
    ...rest,
    id: `${e.id}:announced`,
    relation: threat.id,
    cameo: readingsData.threatCameo,
    plover: threat.plover,
    modality: 'asserted',
    confidence: Math.round(e.confidence * 0.8 * 100) / 100,
    cue: body.slice(verb.start, verb.end),
  };
}
