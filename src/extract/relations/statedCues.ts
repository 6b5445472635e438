// Relations a sentence states by what a speaker says rather than by a cue word: judging another
// actor's act a wrong, asking it to act, announcing a response to it, calling its claim false.
// Each comes as a cue whose pairs are read already (data/speechReadings.json).
import readingsData from '../../../data/speechReadings.json';
import type { SpeechFrame } from '../types';
import type { SentenceMentions } from './argumentMentions';
import { deniedClaims } from './deniedClaims';
import type { DependencyTree } from './dependencyTree';
import type { NamedEvent } from './eventAnaphora';
import { judgedWrongs, type StatedCue } from './judgedWrongs';
import { statedObligations } from './statedObligations';
import { refusedAcceptance } from './refusedAcceptance';
import { acceptedClaims } from './acceptedClaims';
import { answeredRequests } from './answeredRequests';
import { rejectedProposals } from './rejectedProposals';
import { statedRequests } from './statedRequests';
import { statedThreats } from './statedThreats';

export interface StatedInput {
  tree: DependencyTree;
  mentions: SentenceMentions;
  frames: readonly SpeechFrame[];
  /** Events named before, in text order. */
  earlier: readonly NamedEvent[];
  /** CAMEO code of the accusations a report or judgement makes (the ontology's accusationCode). */
  accusationCameo: string;
  first: number;
  end: number;
}

/** Every stated relation of one sentence, as cues with their pairs. */
export function statedCues(input: StatedInput): StatedCue[] {
  const codes = readingsData.requestCameos;
  // One context for every reader (the codes each needs beside the input), made once per sentence.
  const ctx = {
    ...input,
    appealCameo: codes.appeal,
    releaseDemandCameo: codes.releaseDemand,
    threatCameo: readingsData.threatCameo,
    rejectionCameo: readingsData.rejectionCameo,
  };
  return [
    ...judgedWrongs(ctx),
    ...statedRequests(ctx),
    ...statedThreats(ctx),
    ...deniedClaims(ctx),
    ...statedObligations(ctx),
    ...rejectedProposals(ctx),
    ...refusedAcceptance(ctx),
    ...acceptedClaims(ctx),
    ...answeredRequests(ctx),
  ];
}
