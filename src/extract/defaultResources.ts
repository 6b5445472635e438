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
import type { SyntaxModel } from './syntax/syntaxModel';

let cached: ExtractionResources | null = null;
let syntaxSource: (() => SyntaxModel) | null = null;
let syntax: SyntaxModel | undefined;

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
 * Where the syntax model comes from: the committed file in Node (src/cli/syntaxModelFile.ts), a fetched
 * asset in a browser worker. Read lazily, once, the first time resources are asked for; without a
 * source the extractor reads sentences without their dependency trees.
 */
export function provideSyntaxModel(source: SyntaxModel | (() => SyntaxModel)): void {
  if (typeof source === 'function') {
    syntaxSource = source;
    syntax = undefined;
  } else {
    syntaxSource = null;
    syntax = source;
  }
  if (cached) cached = { dictionary: cached.dictionary, ontology: cached.ontology, ...(cached.places ? { places: cached.places } : {}) };
}

function currentSyntax(): SyntaxModel | undefined {
  if (!syntax && syntaxSource) {
    syntax = syntaxSource();
    syntaxSource = null;
  }
  return syntax;
}

/** The dictionary and ontology shipped in data/ (built once per process), with the syntax model if provided. */
export function defaultResources(): ExtractionResources {
  cached ??= { dictionary: dictionaryWith([]), ontology: new Ontology(RELATIONS, readGeneratedCues(cueExpansionsFile, RELATIONS)), places: new PlaceGazetteer(placesFile) };
  const model = currentSyntax();
  if (model && cached.syntax !== model) cached = { ...cached, syntax: model };
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
