// Regenerates data/gazetteer/countries.json from the world-countries package.
// Usage: npm run data:countries
import { writeFileSync, mkdirSync } from 'node:fs';
import countries from 'world-countries';
import { slugify } from '../extract/slugify';
import extrasFile from '../../data/gazetteer/country-extras.json';

interface CountryEntry {
  id: string;
  label: string;
  kind: 'state';
  iso3: string;
  aliases: string[];
  demonyms: string[];
  capitals: string[];
}

// Two-letter codes ("IR", "CH") collide with ordinary words and initials; keep longer forms only.
function usableAlias(alias: string): boolean {
  if (alias.length < 3) return false;
  if (/^the\s/i.test(alias)) return false; // descriptive epithets, not names
  if (alias.includes(',')) return false; // "Iran, Islamic Republic of"
  return /^[\p{Lu}]/u.test(alias);
}

const extras = extrasFile.extras as Record<string, { aliases: string[]; demonyms: string[] }>;

const entries: CountryEntry[] = countries
  .filter((c) => c.independent || c.unMember || extrasFile.include.includes(c.cca3))
  .map((c) => {
    const extra = extras[c.cca3];
    const aliases = new Set<string>([c.name.common, c.name.official, ...c.altSpellings.filter(usableAlias), ...(extra?.aliases ?? [])]);
    const eng = c.demonyms?.eng;
    // The package lists a two-part state's demonyms as one string ('Bosnian, Herzegovinian').
    const demonyms = new Set<string>([...[eng?.m, eng?.f].filter((d): d is string => Boolean(d)).flatMap((d) => d.split(/,\s*/)), ...(extra?.demonyms ?? [])]);
    const capitals = c.capital.map((cap) => cap.replace(/\s+D\.C\.$/, ''));
    return {
      id: slugify(c.name.common),
      label: c.name.common,
      kind: 'state' as const,
      iso3: c.cca3,
      aliases: [...aliases].filter((a) => /^[\x20-\x7e]+$/.test(a) || a === c.name.common || extra?.aliases.includes(a)),
      demonyms: [...demonyms],
      capitals,
    };
  })
  .sort((a, b) => a.id.localeCompare(b.id));

mkdirSync('data/gazetteer', { recursive: true });
writeFileSync(
  'data/gazetteer/countries.json',
  JSON.stringify({ source: 'world-countries npm package, independent or UN member states', countries: entries }, null, 1) + '\n',
);
console.error(`wrote ${entries.length} countries to data/gazetteer/countries.json`);
