import type { ActorKind, DocumentMeta, EdgeAttributes, NodeAttributes } from '../domain/contract';

export type SourceDocument = DocumentMeta;

export interface Token {
  text: string;
  /** Lowercased, accents stripped, typographic quotes folded. */
  norm: string;
  lemma: string;
  /** Universal POS tag from wink-nlp's tagger. */
  pos: string;
  /** Universal POS tag from our own tagger (with its predicate constraint), the one the parse read; set with `head`. */
  upos?: string;
  start: number;
  end: number;
  sentence: number;
  /** Token index of this token's syntactic head, -1 at the sentence's root; set when a syntax model read the sentence. */
  head?: number;
  /** Universal Dependencies relation to the head ("nsubj", "obl", "nmod:poss"); set with `head`. */
  dep?: string;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Token range [firstToken, endToken). */
  firstToken: number;
  endToken: number;
}

export interface TokenizedText {
  tokens: Token[];
  sentences: Sentence[];
}

/** 'place': a city or region standing for its state as a relation's target (src/extract/places.ts). */
export type MentionForm = 'name' | 'demonym' | 'capital' | 'pronoun' | 'role' | 'discovered' | 'place';

export interface Mention {
  actorId: string;
  form: MentionForm;
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  surface: string;
  /** Token start of the mention this one modifies inside a noun phrase ("Iranian" in "Iranian FM Araghchi"). */
  modifierOf?: number;
  /** Why a pronoun, role noun or group reference was read as this actor (kept in the actor's notes). */
  note?: string;
  /** Every actor a plural reference stands for ("the two countries", "both sides"); `actorId` is the first. */
  members?: string[];
}

/** Reported speech in a sentence: who says it, if the text names an actor, and what is said. */
export interface SpeechFrame {
  speaker?: Mention;
  /** Token range of what is reported [start, end). */
  start: number;
  end: number;
  /** Token index of the speech verb, or of "according". */
  verb: number;
  /** Subject of what is said when an attribution interrupts it ("Russia, officials said, attacked..."). */
  heldSubject?: Mention;
}

export interface Affiliation {
  actor: string;
  role?: string;
  from?: string;
  to?: string;
}

export interface ActorEntry {
  id: string;
  label: string;
  kind: ActorKind;
  aliases: string[];
  demonyms: string[];
  capitals: string[];
  roles: string[];
  gender?: 'male' | 'female';
  affiliations: Affiliation[];
}

/** One extracted event before it becomes a graph edge. */
export interface ExtractedEvent extends EdgeAttributes {
  id: string;
  source: string;
  target: string;
}

/** An actor as it becomes a graph node: the node attributes plus its id. */
export interface ExtractedActor extends NodeAttributes {
  id: string;
}

export interface ExtractionResult {
  documents: SourceDocument[];
  actors: ExtractedActor[];
  events: ExtractedEvent[];
  /** Things a user should know about the input ("no publication date: 3 relations left out"). */
  warnings: string[];
}
