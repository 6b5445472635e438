// Shipped weights laid out for fast lookup: an open-addressing table whose slots hold the feature key
// next to its weights (few classes) or next to its row number (many classes). Rows of many classes
// are sparse (a feature votes for a few tags or labels), so they keep only their non-zero weights.
import type { QuantisedRows, Scorer } from './linearModel';

/** Up to this many classes, weights live inside the slot. */
const INLINE_CLASSES = 3;

function slotOf(key: number, mask: number): number {
  return (key ^ (key >>> 16)) & mask;
}

export class PackedModel implements Scorer {
  readonly classes: number;
  private readonly stride: number;
  private readonly mask: number;
  /** Slots of `stride` ints: key (0 = empty), then the weights or the row number. */
  private readonly slots: Int32Array;
  /** Sparse rows: entries rowStart[r]..rowStart[r + 1] of entryClass / entryWeight. */
  private readonly rowStart: Int32Array;
  private readonly entryClass: Uint8Array;
  private readonly entryWeight: Int16Array;

  constructor(rows: QuantisedRows) {
    this.classes = rows.classes;
    const inline = rows.classes <= INLINE_CLASSES;
    this.stride = inline ? 1 + rows.classes : 2;
    let capacity = 1024;
    while (capacity < rows.keys.length * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity * this.stride);
    const sparse = sparseRows(inline ? { classes: rows.classes, keys: new Int32Array(0), weights: new Int16Array(0) } : rows);
    this.rowStart = sparse.rowStart;
    this.entryClass = sparse.entryClass;
    this.entryWeight = sparse.entryWeight;
    rows.keys.forEach((rawKey, row) => {
      const key = rawKey === 0 ? 1 : rawKey;
      let slot = slotOf(key, this.mask);
      while (this.slots[slot * this.stride] !== 0) slot = (slot + 1) & this.mask;
      const at = slot * this.stride;
      this.slots[at] = key;
      if (!inline) this.slots[at + 1] = row;
      else for (let k = 0; k < rows.classes; k++) this.slots[at + 1 + k] = rows.weights[row * rows.classes + k]!;
    });
  }

  score(features: Int32Array, count: number, scores: Float32Array): void {
    const { classes, stride, mask, slots, rowStart, entryClass, entryWeight } = this;
    const inline = stride !== 2 || classes === 1;
    scores.fill(0, 0, classes);
    for (let i = 0; i < count; i++) {
      const raw = features[i]!;
      const key = raw === 0 ? 1 : raw;
      let slot = slotOf(key, mask);
      let at = slot * stride;
      let found = slots[at]!;
      while (found !== key && found !== 0) {
        slot = (slot + 1) & mask;
        at = slot * stride;
        found = slots[at]!;
      }
      if (found === 0) continue;
      if (inline) {
        for (let k = 0; k < classes; k++) scores[k] = scores[k]! + slots[at + 1 + k]!;
      } else {
        const row = slots[at + 1]!;
        const end = rowStart[row + 1]!;
        for (let e = rowStart[row]!; e < end; e++) scores[entryClass[e]!] = scores[entryClass[e]!]! + entryWeight[e]!;
      }
    }
  }
}

function sparseRows(rows: QuantisedRows): { rowStart: Int32Array; entryClass: Uint8Array; entryWeight: Int16Array } {
  let entries = 0;
  for (const w of rows.weights) if (w !== 0) entries++;
  const rowStart = new Int32Array(rows.keys.length + 1);
  const entryClass = new Uint8Array(entries);
  const entryWeight = new Int16Array(entries);
  let e = 0;
  for (let r = 0; r < rows.keys.length; r++) {
    rowStart[r] = e;
    for (let k = 0; k < rows.classes; k++) {
      const w = rows.weights[r * rows.classes + k]!;
      if (w === 0) continue;
      entryClass[e] = k;
      entryWeight[e++] = w;
    }
  }
  rowStart[rows.keys.length] = e;
  return { rowStart, entryClass, entryWeight };
}
