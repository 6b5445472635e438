// Bytes of a file given to `npm run extract` as text: UTF-8 (with or without a BOM), UTF-16 (by its
// BOM or by its zero bytes) or, failing UTF-8, Latin-1; binary data is refused.

export type Decoded = { ok: true; text: string; note?: string } | { ok: false; reason: string };

/** Share of zero bytes at even and at odd offsets of the first 4 KB. */
function zeroShares(bytes: Uint8Array): { even: number; odd: number } {
  const n = Math.min(bytes.length, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) (i % 2 === 0 ? even++ : odd++);
  const half = Math.max(1, n / 2);
  return { even: even / half, odd: odd / half };
}

function utf16(bytes: Uint8Array, littleEndian: boolean, skip: number): string {
  const body = bytes.subarray(skip, skip + ((bytes.length - skip) & ~1));
  if (littleEndian) return new TextDecoder('utf-16le').decode(body);
  const swapped = new Uint8Array(body.length);
  for (let i = 0; i + 1 < body.length; i += 2) {
    swapped[i] = body[i + 1]!;
    swapped[i + 1] = body[i]!;
  }
  return new TextDecoder('utf-16le').decode(swapped);
}

/** Control characters other than tab, line breaks and form feed: a few in a text, many in binary data. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  let controls = 0;
  for (const ch of sample) {
    const c = ch.charCodeAt(0);
    if (c === 0 || (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0xfffd) controls++;
  }
  return sample.length > 0 && controls / sample.length > 0.01;
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: utf16(bytes, true, 2), note: 'UTF-16 (little-endian, with BOM), decoded' };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: utf16(bytes, false, 2), note: 'UTF-16 (big-endian, with BOM), decoded' };
  const zeros = zeroShares(bytes);
  if (bytes.length >= 4 && zeros.odd > 0.3 && zeros.even < 0.05) {
    const text = utf16(bytes, true, 0);
    if (!looksBinary(text)) return { ok: true, text, note: 'UTF-16 (little-endian, no BOM), decoded' };
  }
  if (bytes.length >= 4 && zeros.even > 0.3 && zeros.odd < 0.05) {
    const text = utf16(bytes, false, 0);
    if (!looksBinary(text)) return { ok: true, text, note: 'UTF-16 (big-endian, no BOM), decoded' };
  }
  if (bytes.includes(0)) return { ok: false, reason: 'not a text file (binary data)' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return looksBinary(text) ? { ok: false, reason: 'not a text file (control characters)' } : { ok: true, text };
  } catch {
    // The WHATWG "latin1" decoder is Windows-1252, Latin-1's superset that news files use.
    const text = new TextDecoder('latin1').decode(bytes);
    if (looksBinary(text)) return { ok: false, reason: 'not a text file (neither UTF-8 nor Latin-1 text)' };
    return { ok: true, text, note: 'not UTF-8: read as Latin-1 (Windows-1252)' };
  }
}
