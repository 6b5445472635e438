import transliteration from '../../data/transliteration.json';

const RULES: [RegExp, string][] = transliteration.rules.map(([from, to]) => [new RegExp(from!, 'g'), to!]);

/** Spelling-insensitive key of a name: "Araqchi", "Araghchi" and "Aragci" share one. */
export function nameSkeleton(name: string): string {
  let s = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z\s'’`ʼ-]/g, '')
    .trim();
  for (const [re, to] of RULES) s = s.replace(re, to);
  return s.replace(/\s+/g, ' ');
}
