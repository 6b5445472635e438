// Explicit bidirectional controls in strangers' text. A right-to-left override (U+202E) in a file
// name or actor name reverses whatever follows it on the line, the app's own words included
// ("Imported report<RLO>atad.json: 3 actors" reads "Imported report:srotca 3 nosj.atad"). Text we
// compose around such a string puts it in an isolate (FSI … PDI), which the page renders as <bdi>
// (src/ui/BidiText.tsx); the canvas, which draws one string at a time, gets the string with the
// controls that could reorder it taken out (canvasBidi).

const LRE = '\u202A';
const RLE = '\u202B';
const PDF = '\u202C';
const LRO = '\u202D';
const RLO = '\u202E';
const LRI = '\u2066';
const RLI = '\u2067';
export const FSI = '\u2068';
export const PDI = '\u2069';

/** Any explicit embedding, override or isolate control, or their terminators. */
export const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

const EMBEDDINGS = new Set([LRE, RLE, LRO, RLO]);
const ISOLATES = new Set([LRI, RLI, FSI]);

interface Opened {
  kind: 'embedding' | 'isolate';
  at: number;
}

/** Index of every control that has a partner (an opener and the terminator that closes it). */
function pairedControls(chars: string[]): Set<number> {
  const paired = new Set<number>();
  const stack: Opened[] = [];
  chars.forEach((c, i) => {
    if (EMBEDDINGS.has(c)) stack.push({ kind: 'embedding', at: i });
    else if (ISOLATES.has(c)) stack.push({ kind: 'isolate', at: i });
    else if (c === PDF) {
      const top = stack[stack.length - 1];
      // A PDF closes the innermost embedding, never across an isolate's boundary.
      if (top?.kind === 'embedding') {
        paired.add(top.at).add(i);
        stack.pop();
      }
    } else if (c === PDI) {
      const isolate = stack.map((o) => o.kind).lastIndexOf('isolate');
      if (isolate >= 0) {
        paired.add(stack[isolate]!.at).add(i);
        // Embeddings still open inside the isolate end with it: they had no terminator of their own.
        stack.length = isolate;
      }
    }
  });
  return paired;
}

/**
 * The text as the canvas should draw it: controls without a partner are dropped, and so are
 * overrides (LRO, RLO) with their PDF, which reorder letters against their nature even when paired.
 * Paired embeddings and isolates, which only set a direction, stay.
 */
export function canvasBidi(text: string): string {
  if (!BIDI_CONTROL.test(text)) return text;
  const chars = Array.from(text);
  const paired = pairedControls(chars);
  const overrides = new Set<number>();
  const open: number[] = [];
  chars.forEach((c, i) => {
    if (!paired.has(i)) return;
    if (EMBEDDINGS.has(c)) open.push(i);
    else if (c === PDF) {
      const opener = open.pop()!;
      if (chars[opener] === LRO || chars[opener] === RLO) overrides.add(opener).add(i);
    }
  });
  return chars.filter((c, i) => !BIDI_CONTROL.test(c) || (paired.has(i) && !overrides.has(i))).join('');
}

/**
 * The text wrapped in an isolate (FSI … PDI), for text the app composes around it: nothing inside
 * can reorder what stands outside. Stray PDIs, which would end the isolate early, are dropped, and
 * isolates the text leaves open are closed before the final PDI.
 */
export function isolate(text: string): string {
  if (!BIDI_CONTROL.test(text)) return `${FSI}${text}${PDI}`;
  const chars = Array.from(text);
  let open = 0;
  const kept = chars.filter((c) => {
    if (ISOLATES.has(c)) open += 1;
    else if (c === PDI) {
      if (open === 0) return false;
      open -= 1;
    }
    return true;
  });
  return `${FSI}${kept.join('')}${PDI.repeat(open)}${PDI}`;
}

export interface BidiPart {
  text: string;
  /** Text that was put in an isolate (its FSI and PDI removed). */
  isolated: boolean;
}

/** Splits composed text at its top-level isolates, for rendering each as <bdi>. */
export function isolatedParts(text: string): BidiPart[] {
  if (!text.includes(FSI)) return [{ text, isolated: false }];
  const parts: BidiPart[] = [];
  let plain = '';
  let inner = '';
  let depth = 0;
  for (const c of text) {
    if (depth === 0) {
      if (c === FSI) {
        if (plain) parts.push({ text: plain, isolated: false });
        plain = '';
        depth = 1;
      } else plain += c;
      continue;
    }
    if (ISOLATES.has(c)) depth += 1;
    else if (c === PDI) depth -= 1;
    if (depth === 0) {
      parts.push({ text: inner, isolated: true });
      inner = '';
    } else inner += c;
  }
  // An isolate never closed (text not made by isolate()) keeps its marker, as plain text would.
  if (depth > 0) plain += FSI + inner;
  if (plain) parts.push({ text: plain, isolated: false });
  return parts;
}
