// Reading loosely typed attribute values from files: strings, numbers, string lists.

export function nonEmptyString(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() ? value : undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** A string that is there at all (the empty string counts as absent; blanks are kept as they are). */
export function presentString(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

export function finiteNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

/**
 * A list of strings from an array, a JSON array in a string (how Dramatis writes lists into GEXF,
 * GraphML and CSV), or a string with items separated by ";" or "|".
 */
export function stringList(value: unknown): string[] | undefined {
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string') ? (value as string[]) : value.map(String);
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const s = value.trim();
  if (s.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(s);
      if (Array.isArray(parsed) && parsed.every((v) => typeof v === 'string')) return parsed as string[];
    } catch {
      // not JSON: read as a separated list below
    }
  }
  const separator = s.includes(';') ? ';' : s.includes('|') ? '|' : null;
  const items = separator ? s.split(separator).map((x) => x.trim()) : [s];
  return items.filter((x) => x !== '');
}
