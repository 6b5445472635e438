// The gold a benchmark set is scored against, in one shape for every set (news, seeds, PLOVER).

export type GoldModality = 'asserted' | 'reported' | 'planned' | 'hypothetical' | 'negated';

export interface GoldActor {
  name: string;
  kind?: string;
  aliases?: string[];
  affiliation?: string;
}

/** One relation a sentence states (or, in `weak`, may be read to state). */
export interface GoldRelation {
  /** A phrase copied exactly from the one sentence that states it. */
  anchor: string;
  relation: string;
  source: string;
  target: string;
  sources?: string[];
  targets?: string[];
  undirected?: boolean;
  /** Inclusive ISO day range, or "document" for the publication date. */
  date: [string, string] | 'document';
  modality?: GoldModality;
  attributedTo?: string;
  note?: string;
}

/** A `<doc>.gold.json` file. */
export interface GoldDocument {
  doc: string;
  annotator?: string;
  actors: Record<string, GoldActor>;
  events: GoldRelation[];
  weak?: GoldRelation[];
}

/** A gold relation placed in its document, as the scorer sees it. */
export interface PlacedGold extends GoldRelation {
  doc: string;
  weak: boolean;
  /** False when the gold file does not say whether the event is asserted (the older one-file gold). */
  modalityStated?: boolean;
}
