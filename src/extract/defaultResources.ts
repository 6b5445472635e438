import actorsFile from '../../data/actors.json';
import countriesFile from '../../data/gazetteer/countries.json';
import organizationsFile from '../../data/gazetteer/organizations.json';
import personsFile from '../../data/gazetteer/persons.json';
import { RELATIONS } from '../domain/relationRegistry';
import { ActorDictionary, type ActorRecord, type CountryRecord } from './actorDictionary';
import type { ExtractionResources } from './extractEvents';
import { Ontology } from './ontology';

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

/** The dictionary and ontology shipped in data/, built once per process. */
export function defaultResources(): ExtractionResources {
  cached ??= { dictionary: dictionaryWith([]), ontology: new Ontology(RELATIONS) };
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
  return { dictionary: dictionaryWith(missing), ontology: base.ontology };
}
