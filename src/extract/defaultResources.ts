import actorsFile from '../../data/actors.json';
import cueExpansionsFile from '../../data/cue-expansions.json';
import countriesFile from '../../data/gazetteer/countries.json';
import organizationsFile from '../../data/gazetteer/organizations.json';
import personsFile from '../../data/gazetteer/persons.json';
import placesFile from '../../data/gazetteer/places.json';
import { RELATIONS } from '../domain/relationRegistry';
import { ActorDictionary, type ActorRecord, type CountryRecord } from './actorDictionary';
import type { ExtractionResources } from './extractEvents';
import { readGeneratedCues } from './generatedCues';
import { Ontology } from './ontology';
import { PlaceGazetteer } from './places';
import { providedSyntaxModel } from './syntaxModelSource';

export { provideSyntaxModel } from './syntaxModelSource';

let cached: ExtractionResources | null = null;

function dictionaryWith(extra: ActorRecord[]): ActorDictionary {
  return new ActorDictionary(countriesFile.countries as CountryRecord[], [
    ...(organizationsFile.actors as ActorRecord[]),
    ...(personsFile.actors as ActorRecord[]),
    // The domain dictionary comes last so its entries extend or override the general ones.
    ...(actorsFile.actors as ActorRecord[]),
    ...extra,
  ]);
}

/**
 * The dictionary and ontology shipped in data/ (built once per process), with the syntax model if one
 * was provided (./syntaxModelSource); without it the extractor reads sentences without their trees.
 */
export function defaultResources(): ExtractionResources {
  cached ??= { dictionary: dictionaryWith([]), ontology: new Ontology(RELATIONS, readGeneratedCues(cueExpansionsFile, RELATIONS)), places: new PlaceGazetteer(placesFile) };
  const model = providedSyntaxModel();
  if (model !== cached.syntax) {
    const { syntax: _old, ...rest } = cached;
    cached = model ? { ...rest, syntax: model } : rest;
  }
  return cached;
}

/**
 * The shipped resources plus actors the dictionary lacks (found in texts read earlier), so a text
 * read now names them by the same ids. Actors the dictionary has keep its entry.
 */
export function resourcesWithActors(extra: readonly ActorRecord[]): ExtractionResources {
  const base = defaultResources();
  const missing = extra.filter((a) => !base.dictionary.get(a.id));
  if (missing.length === 0) return base;
  return { ...base, dictionary: dictionaryWith(missing) };
}
