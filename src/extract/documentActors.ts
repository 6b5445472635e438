// The actor stage of one document: dictionary names, discovered names, leaders' governments, role
// nouns, pronouns and discourse references, places by sentence; what the sentence loop reads.
import { ScopedActors } from './actorLookup';
import { datelineTokens } from './datelines';
import { discoverActors, type Discovery } from './actors/discoverActors';
import { findPronounMentions, findRoleMentions } from './actors/coreference';
import { findActorPronouns } from './actors/actorPronouns';
import { findFirstPersons } from './actors/firstPerson';
import { findDiscourseMentions } from './actors/discourse';
import { readLeaderGovernments } from './actors/leaderGovernments';
import { preferLongerNames } from './actors/shortNames';
import { withoutRegionStates } from './actors/regionNames';
import { findDictionaryMentions, qualifyMentions } from './findMentions';
import { findPlaceMentions, type PlaceGazetteer } from './places';
import { MentionIndex } from './mentionIndex';
import type { ExtractionResources } from './extractEvents';
import type { Mention, Sentence, SourceDocument, Token } from './types';

export interface DocumentActors {
  /** Tokens of the document's dateline (1). */
  dateline: Uint8Array;
  discovery: Discovery;
  dict: ScopedActors;
  kindOf: (id: string) => string | undefined;
  /** The state a state body (a ministry, a parliament) belongs to: it answers for its state. */
  stateOfBody: (id: string) => string | undefined;
  /** Demonyms no named mention kept, for the tree reading ("British in contact with ..."), by sentence. */
  looseDemonyms: Map<number, Mention[]>;
  /** Every mention, sorted by token start. */
  mentions: Mention[];
  index: MentionIndex;
  placesBySentence: Map<number, Mention[]>;
}

export const byStart = (a: Mention, b: Mention) => a.tokenStart - b.tokenStart;

/** The document's places by sentence, each read as its state where the name or the document settles which (src/extract/places.ts). */
function documentPlaces(text: string, tokens: Token[], places: PlaceGazetteer, named: readonly Mention[], dict: ScopedActors): Map<number, Mention[]> {
  const states = new Set(named.filter((m) => dict.get(m.actorId)?.kind === 'state').map((m) => m.actorId));
  const out = new Map<number, Mention[]>();
  for (const m of findPlaceMentions(text, tokens, places, named, states, (id) => dict.get(id)?.label)) {
    const list = out.get(m.sentence);
    if (list) list.push(m);
    else out.set(m.sentence, [m]);
  }
  return out;
}

/** Names from the dictionary and names discovered in the text, the longer kept where both cover a span. */
function namedActors(doc: SourceDocument, tokens: Token[], sentences: Sentence[], res: ExtractionResources, dateline: Uint8Array) {
  const { dictionary, ontology } = res;
  const found = findDictionaryMentions(doc.body, tokens, dictionary).filter((m) => !dateline[m.tokenStart]);
  const fromDictionary = preferLongerNames(withoutRegionStates(tokens, found, (id) => dictionary.get(id)?.kind), dictionary);
  const discovery = discoverActors({ text: doc.body, tokens, sentences, known: fromDictionary, dict: dictionary, skip: dateline, actsInRelations: (lemma) => ontology.cuesByFirstLemma.get(lemma)?.some((c) => c.kind === 'verb') ?? false, namesEvent: (lemma) => ontology.cuesByFirstLemma.get(lemma)?.some((c) => c.kind === 'noun') ?? false, opensPhrasalCue: (lemma, next) => ontology.cuesByFirstLemma.get(lemma)?.some((c) => c.kind === 'phrase' && !c.nominal && c.lemmas[1] === next) ?? false, placeAt: res.places ? (i, length) => res.places!.matchAt(tokens, i)?.length === length : undefined });
  return { fromDictionary, discovery };
}

/** The actors one document names and refers to, with their look-ups. */
export function documentActors(doc: SourceDocument, tokens: Token[], sentences: Sentence[], res: ExtractionResources): DocumentActors {
  const dateline = datelineTokens(tokens, sentences);
  const { fromDictionary, discovery } = namedActors(doc, tokens, sentences, res, dateline);
  const dict = new ScopedActors(res.dictionary, discovery.actors);
  const kindOf = (id: string) => dict.get(id)?.kind;
  const stateOfBody = (id: string) => {
    const owner = kindOf(id) === 'organization' ? dict.affiliationOn(id, doc.published ?? null) : undefined;
    return owner && kindOf(owner) === 'state' ? owner : undefined;
  };
  const superseded = new Set(discovery.superseded);
  const kept = fromDictionary.filter((m) => !superseded.has(m));
  const named = readLeaderGovernments(tokens, qualifyMentions(tokens, [...kept, ...discovery.mentions].sort(byStart), kindOf), dict, doc.published);
  const keptStarts = new Set(named.map((m) => m.tokenStart));
  const looseDemonyms = new Map<number, Mention[]>();
  for (const m of kept) {
    if (m.form !== 'demonym' || keptStarts.has(m.tokenStart)) continue;
    const list = looseDemonyms.get(m.sentence);
    if (list) list.push(m);
    else looseDemonyms.set(m.sentence, [m]);
  }
  const roles = findRoleMentions(tokens, named, dict, doc.published);
  let mentions = [...named, ...roles].sort(byStart);
  mentions = [...mentions, ...findPronounMentions(tokens, mentions, dict, doc.published)].sort(byStart);
  mentions = [...mentions, ...findDiscourseMentions(tokens, mentions, dict, doc.published)].sort(byStart);
  mentions = [...mentions, ...findActorPronouns(tokens, mentions, dict)].sort(byStart);
  const firstPersons = findFirstPersons({ body: doc.body, source: doc.source, published: doc.published, tokens, mentions, dict, dictionary: res.dictionary, stateOfBody });
  if (firstPersons.length) mentions = [...mentions, ...firstPersons].sort(byStart);
  const index = new MentionIndex(mentions, tokens.length);
  const placesBySentence = res.places ? documentPlaces(doc.body, tokens, res.places, [...fromDictionary, ...discovery.mentions, ...mentions], dict) : new Map<number, Mention[]>();
  return { dateline, discovery, dict, kindOf, stateOfBody, looseDemonyms, mentions, index, placesBySentence };
}
