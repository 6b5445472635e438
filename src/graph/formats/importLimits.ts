// What an import refuses before reading a file: too big, empty, or not text.

/** 50 MB: far more than any corpus Dramatis draws comfortably, small enough not to freeze a tab. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A message when a file of this size cannot be imported, else null. Call it before reading the file. */
export function checkImportSize(fileName: string, bytes: number): string | null {
  if (bytes === 0) return `${fileName} is empty.`;
  if (bytes > MAX_IMPORT_BYTES)
    return `${fileName} is ${megabytes(bytes)}; files over ${megabytes(MAX_IMPORT_BYTES)} are not imported.`;
  return null;
}

/**
 * Actors and relations one imported file (and the graph on screen with it) may hold: twice the scale
 * Dramatis is measured at (10,000 actors, 100,000 relations; BENCHMARKS.md), so a graph of that scale
 * can join what is already loaded. Importing 9,500 actors takes 5 s with main-thread tasks up to 2 s
 * (production build, no GPU) and 19,000 twice that; bigger graphs are refused before they are fitted,
 * while their parse is cheap.
 */
export const MAX_IMPORT_ACTORS = 20_000;
export const MAX_IMPORT_RELATIONS = 200_000;

function count(n: number, what: string): string {
  return `${n.toLocaleString('en-US')} ${what}`;
}

/** A message when a graph file holds more actors or relations than an import takes, else null. */
export function checkImportCounts(actors: number, relations: number): string | null {
  if (actors <= MAX_IMPORT_ACTORS && relations <= MAX_IMPORT_RELATIONS) return null;
  const over = actors > MAX_IMPORT_ACTORS ? count(actors, 'actors') : count(relations, 'relations');
  return `it holds ${over}; Dramatis imports up to ${count(MAX_IMPORT_ACTORS, 'actors')} and ${count(MAX_IMPORT_RELATIONS, 'relations')} per file, as larger graphs cannot be laid out and drawn in a browser tab. Import a part of it (filter it in Gephi or split the file).`;
}

/**
 * A message when the graph on screen would grow past the same bounds with an import, else null:
 * several files each under the limit must not add up to a graph the tab cannot draw.
 */
export function checkCombinedCounts(actors: number, relations: number): string | null {
  if (actors <= MAX_IMPORT_ACTORS && relations <= MAX_IMPORT_RELATIONS) return null;
  const over = actors > MAX_IMPORT_ACTORS ? count(actors, 'actors') : count(relations, 'relations');
  return `with it the graph would hold ${over}; Dramatis shows up to ${count(MAX_IMPORT_ACTORS, 'actors')} and ${count(MAX_IMPORT_RELATIONS, 'relations')} at once. Remove a source under Loaded data first, or import a part of the file.`;
}

/**
 * A CSV's data rows, counted as lines after the header (a quoted cell with line breaks counts more
 * than once): a few milliseconds for a 50 MB file, so an edge list too long is refused before it is parsed.
 */
export function csvRowCount(text: string): number {
  let lines = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
  if (text.length > 0 && !text.endsWith('\n')) lines++;
  return Math.max(0, lines - 1);
}

/** How many characters of the start of a file are looked at to tell text from binary. */
const SNIFF_CHARS = 4096;

// Control characters other than tab, line feed, form feed and carriage return; NUL above all.
const BINARY_CHAR = /[\u0000-\u0008\u000B\u000E-\u001F]/g;

/**
 * A message when the text read from a file cannot be a graph file at all (empty, binary, over the
 * limit), else null. Text decoded from a binary file shows NUL bytes or many control characters.
 */
export function checkImportText(fileName: string, text: string): string | null {
  // A UTF-16 code unit is one to three UTF-8 bytes: count exactly only when it could matter.
  if (text.length > MAX_IMPORT_BYTES) return checkImportSize(fileName, text.length);
  if (text.length * 3 > MAX_IMPORT_BYTES) {
    const tooBig = checkImportSize(fileName, new TextEncoder().encode(text).length);
    if (tooBig) return tooBig;
  }
  if (!text.trim()) return `${fileName} is empty.`;
  const head = text.slice(0, SNIFF_CHARS);
  const controls = head.match(BINARY_CHAR)?.length ?? 0;
  // UTF-16 text read as UTF-8 has a NUL beside nearly every character.
  const nuls = head.split('\u0000').length - 1;
  if (nuls > head.length / 3) return `${fileName} looks like UTF-16 text: save it as UTF-8 and import it again.`;
  if (head.includes('\u0000') || controls > head.length / 100)
    return `${fileName} is not a text file (it looks binary: a GEXF, GraphML, JSON or CSV file is plain text).`;
  return null;
}
