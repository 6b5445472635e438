// The generator's vocabulary and proportions, read from data/synthetic-corpus.json.
import vocabularyFile from '../../../data/synthetic-corpus.json';

export interface SentenceTemplate {
  relation: string;
  cameo: string;
  /** Verb in the past tense and in the base form; either is the event's cue. */
  past: string;
  base: string;
  /** What follows the verb; `{target}` and `{place}` are filled in. */
  rest: string;
}

export interface SyntheticVocabulary {
  kindShares: Record<string, number>;
  relationWeights: Record<string, number>;
  modalityWeights: Record<string, number>;
  precisionWeights: Record<string, number>;
  /** Share of day-dated events that span a few days (`dateEnd`). */
  spanShare: number;
  syllables: { onsets: string[]; vowels: string[]; codas: string[] };
  nameEndings: { state: string[]; place: string[]; given: string[]; family: string[] };
  /** Label patterns per actor kind around an invented `{Name}`. */
  kindPatterns: Record<string, string[]>;
  /** Job titles of affiliated persons, by the kind of their state or organisation. */
  roles: Record<string, string[]>;
  templates: SentenceTemplate[];
  reportFrames: string[];
  plannedFrames: string[];
  hypotheticalFrames: string[];
  negatedFrames: string[];
}

export const SYNTHETIC_VOCABULARY: SyntheticVocabulary = vocabularyFile;
