// People who speak for an actor named after a preposition: "a spokesman for Hamas", "a representative
// for the rebels" (data/speechReadings.json, speakingForNouns). The noun stands for that actor.
import readingsData from '../../data/speechReadings.json';

const SPEAKING_FOR: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(readingsData.speakingForNouns).map(([p, nouns]) => [p, new Set(nouns)]));

/** True when `noun` (lemma or form) followed by `preposition` speaks for the actor the preposition names. */
export function speaksFor(preposition: string, noun: { lemma: string; norm: string }): boolean {
  const nouns = SPEAKING_FOR.get(preposition);
  return nouns !== undefined && (nouns.has(noun.lemma) || nouns.has(noun.norm));
}
