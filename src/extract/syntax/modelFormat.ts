// The shipped model file: a JSON header (inventory, provenance) and three weight tables (tagger,
// transitions, labels), each as sorted feature keys (delta varints) and sparse rows of quantised
// weights (class, zigzag varint). The file is stored gzipped.
import type { SyntaxInventory } from './inventory';
import type { QuantisedRows } from './linearModel';

const MAGIC = 'DRSX';
export const MODEL_FORMAT_VERSION = 1;

export interface ModelHeader {
  format: 'dramatis-syntax';
  version: number;
  inventory: SyntaxInventory;
  /** Beam width the parser was trained for (absent: 1, greedy). */
  beam?: number;
  /** Where the weights come from and under which licence (they are a derived work). */
  provenance: Record<string, string>;
}

export interface ModelTables {
  header: ModelHeader;
  tagger: QuantisedRows;
  action: QuantisedRows;
  label: QuantisedRows;
}

class ByteWriter {
  private bytes = new Uint8Array(1 << 16);
  length = 0;

  byte(value: number): void {
    if (this.length === this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes[this.length++] = value;
  }

  varint(value: number): void {
    let v = value >>> 0;
    while (v >= 0x80) {
      this.byte((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    this.byte(v);
  }

  raw(data: Uint8Array): void {
    for (const b of data) this.byte(b);
  }

  result(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

class ByteReader {
  offset = 0;
  constructor(readonly bytes: Uint8Array) {}

  varint(): number {
    // Most values (class numbers, small weights) fit one byte.
    const first = this.bytes[this.offset];
    if (first !== undefined && first < 0x80) {
      this.offset++;
      return first;
    }
    let result = 0;
    let shift = 0;
    for (;;) {
      if (this.offset >= this.bytes.length) throw new Error('Syntax model file is truncated');
      const b = this.bytes[this.offset++]!;
      result += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return result;
      shift += 7;
    }
  }

  raw(length: number): Uint8Array {
    const out = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return out;
  }
}

function writeTable(w: ByteWriter, table: QuantisedRows): void {
  w.varint(table.classes);
  w.varint(table.keys.length);
  let previous = 0;
  for (const key of table.keys) {
    const unsigned = key >>> 0;
    w.varint(unsigned - previous);
    previous = unsigned;
  }
  for (let r = 0; r < table.keys.length; r++) {
    const base = r * table.classes;
    let nonZero = 0;
    for (let k = 0; k < table.classes; k++) if (table.weights[base + k] !== 0) nonZero++;
    w.varint(nonZero);
    for (let k = 0; k < table.classes; k++) {
      const v = table.weights[base + k]!;
      if (v === 0) continue;
      w.varint(k);
      w.varint(v < 0 ? -2 * v - 1 : 2 * v);
    }
  }
}

/** A table's varints decoded in one loop with the offset in a local (a call per varint cost most of a model's loading). */
function readTable(r: ByteReader): QuantisedRows {
  const bytes = r.bytes;
  const end = bytes.length;
  let at = r.offset;
  const varint = (): number => {
    let b = at < end ? bytes[at++]! : truncated();
    if (b < 0x80) return b;
    let result = b & 0x7f;
    let scale = 0x80;
    for (;;) {
      b = at < end ? bytes[at++]! : truncated();
      result += (b & 0x7f) * scale;
      if (b < 0x80) return result;
      scale *= 0x80;
    }
  };
  const classes = varint();
  const rows = varint();
  const keys = new Int32Array(rows);
  let previous = 0;
  for (let i = 0; i < rows; i++) {
    previous += varint();
    keys[i] = previous | 0;
  }
  const weights = new Int16Array(rows * classes);
  // The file holds rows without their zeros: keep that form too, so packing needs no second pass.
  const rowStart = new Int32Array(rows + 1);
  let entries = new Int32Array(Math.max(16, rows * 4));
  let e = 0;
  for (let i = 0; i < rows; i++) {
    rowStart[i] = e;
    const nonZero = varint();
    if (e + nonZero > entries.length) {
      const grown = new Int32Array(Math.max(entries.length * 2, e + nonZero));
      grown.set(entries);
      entries = grown;
    }
    for (let j = 0; j < nonZero; j++) {
      const k = varint();
      const z = varint();
      const w = z % 2 === 1 ? -(z + 1) / 2 : z / 2;
      weights[i * classes + k] = w;
      if (w !== 0) entries[e++] = (k << 16) | (w & 0xffff);
    }
  }
  rowStart[rows] = e;
  r.offset = at;
  return { classes, keys, weights, sparse: { rowStart, entries: entries.subarray(0, e) } };
}

function truncated(): never {
  throw new Error('Syntax model file is truncated');
}

export function encodeModel(tables: ModelTables): Uint8Array {
  const w = new ByteWriter();
  w.raw(new TextEncoder().encode(MAGIC));
  const header = new TextEncoder().encode(JSON.stringify(tables.header));
  w.varint(header.length);
  w.raw(header);
  writeTable(w, tables.tagger);
  writeTable(w, tables.action);
  writeTable(w, tables.label);
  return w.result();
}

export function decodeModel(bytes: Uint8Array): ModelTables {
  const r = new ByteReader(bytes);
  if (new TextDecoder().decode(r.raw(4)) !== MAGIC) throw new Error('Not a Dramatis syntax model file');
  const header = JSON.parse(new TextDecoder().decode(r.raw(r.varint()))) as ModelHeader;
  if (header.format !== 'dramatis-syntax' || header.version !== MODEL_FORMAT_VERSION) {
    throw new Error(`Unsupported syntax model version ${String(header.version)}`);
  }
  return { header, tagger: readTable(r), action: readTable(r), label: readTable(r) };
}
