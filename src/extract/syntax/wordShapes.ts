import { hashRange, hashString } from './featureHash';

/** Per-word hashes the tagger and parser features read, computed once per sentence. */
export interface WordHashes {
  count: number;
  /** Lowercased form, typographic quotes and dashes folded, digits as 0. */
  word: Int32Array;
  prefix1: Int32Array;
  prefix2: Int32Array;
  prefix3: Int32Array;
  /** The form with its case kept (quotes, dashes and digits folded as in `word`). */
  cased: Int32Array;
  suffix2: Int32Array;
  suffix3: Int32Array;
  suffix4: Int32Array;
  /** Character classes of the raw form with runs collapsed ("Xx", "X.X.", "d:d"). */
  shape: Int32Array;
}

/** Characters foldForm changes: typographic quotes and dashes, digits. */
const FOLDED = /[\u2018\u2019\u02bc`\u00b4\u201c\u201d\u2013\u20140-9]/;

function foldForm(form: string): string {
  if (!FOLDED.test(form)) return form;
  return form
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '--')
    .replace(/[0-9]/g, '0');
}

export function normaliseForm(form: string): string {
  return foldForm(form).toLowerCase();
}

/** Code units of the shape that are hashed (longer shapes are cut). */
const SHAPE_UNITS = 8;
const UPPER = 88; // 'X'
const LOWER = 120; // 'x'
const DIGIT = 100; // 'd'
const OTHER_LETTER = 76; // 'L'
const LETTER = /\p{L}/u;

/** Shape class of the code point `c` (one or two code units of `form` at `i`): X, x, d, L or the character itself, as its code unit or code point. */
function shapeClass(c: number, form: string, i: number, size: number): number {
  if (c >= 65 && c <= 90) return UPPER;
  if (c >= 97 && c <= 122) return LOWER;
  if (c >= 48 && c <= 57) return DIGIT;
  if (c < 128) return c;
  return LETTER.test(form.slice(i, i + size)) ? OTHER_LETTER : c;
}

/**
 * The hash of the form's shape: character classes with runs collapsed ("Xx", "X.X.", "d:d"), cut
 * to SHAPE_UNITS code units; hashed as it is read, without making the shape string.
 */
function shapeHash(form: string): number {
  let h = 0x811c9dc5;
  let units = 0;
  let last = -1;
  for (let i = 0; i < form.length && units < SHAPE_UNITS; ) {
    const c = form.codePointAt(i)!;
    const size = c > 0xffff ? 2 : 1;
    const cls = shapeClass(c, form, i, size);
    i += size;
    if (cls === last) continue;
    last = cls;
    if (cls > 0xffff) {
      // A character outside the basic plane is two code units (the cut may keep only the first).
      h = Math.imul(h ^ (((cls - 0x10000) >> 10) + 0xd800), 0x01000193);
      if (++units < SHAPE_UNITS) {
        h = Math.imul(h ^ (((cls - 0x10000) & 0x3ff) + 0xdc00), 0x01000193);
        units++;
      }
    } else {
      h = Math.imul(h ^ cls, 0x01000193);
      units++;
    }
  }
  return h | 0;
}

/** Room for the hashes of `room` words (count 0). */
export function wordHashesFor(room: number): WordHashes {
  return {
    count: 0,
    word: new Int32Array(room),
    prefix1: new Int32Array(room),
    prefix2: new Int32Array(room),
    prefix3: new Int32Array(room),
    cased: new Int32Array(room),
    suffix2: new Int32Array(room),
    suffix3: new Int32Array(room),
    suffix4: new Int32Array(room),
    shape: new Int32Array(room),
  };
}

/**
 * Hashes of each word for the tagger's and parser's features. `richParts` false leaves `prefix3` and
 * `cased` zero: only the richer tagger templates read them (see RICH_TAGGER_TEMPLATES). `into`, when
 * given, is filled instead of new arrays (it must have room for the words and, without `richParts`,
 * zero `prefix3` and `cased`).
 */
export function hashWords(forms: readonly string[], richParts = true, into?: WordHashes): WordHashes {
  const count = forms.length;
  const h = into ?? wordHashesFor(count);
  h.count = count;
  for (let i = 0; i < count; i++) {
    const folded = foldForm(forms[i]!);
    const norm = folded.toLowerCase();
    const length = norm.length;
    if (richParts) {
      h.cased[i] = hashString(folded);
      h.prefix3[i] = hashRange(norm, 0, Math.min(3, length));
    }
    h.word[i] = hashString(norm);
    h.prefix1[i] = hashRange(norm, 0, Math.min(1, length));
    h.prefix2[i] = hashRange(norm, 0, Math.min(2, length));
    h.suffix2[i] = hashRange(norm, Math.max(0, length - 2), length);
    h.suffix3[i] = hashRange(norm, Math.max(0, length - 3), length);
    h.suffix4[i] = hashRange(norm, Math.max(0, length - 4), length);
    h.shape[i] = shapeHash(forms[i]!);
  }
  return h;
}
