/**
 * Open-addressing table from 32-bit feature keys to dense row numbers. Key 0 marks an empty slot,
 * so a key that hashes to 0 is stored as 1 (one more collision among four billion).
 */
export class FeatureIndex {
  private keys: Int32Array;
  private rows: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected = 1024) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Int32Array(capacity);
    this.rows = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** Row of `key`, or -1 when the key was never added. */
  find(key: number): number {
    const k = key === 0 ? 1 : key;
    const keys = this.keys;
    let slot = (k ^ (k >>> 16)) & this.mask;
    for (;;) {
      const found = keys[slot]!;
      if (found === k) return this.rows[slot]!;
      if (found === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Row of `key`, adding it as the next row when new. */
  findOrAdd(key: number): number {
    const row = this.find(key);
    if (row >= 0) return row;
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    this.place(key === 0 ? 1 : key, this.size);
    return this.size++;
  }

  /** Every key with its row, in row order. */
  entries(): Int32Array {
    const out = new Int32Array(this.size);
    for (let slot = 0; slot < this.keys.length; slot++) {
      if (this.keys[slot] !== 0) out[this.rows[slot]!] = this.keys[slot]!;
    }
    return out;
  }

  private place(k: number, row: number): void {
    let slot = (k ^ (k >>> 16)) & this.mask;
    while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask;
    this.keys[slot] = k;
    this.rows[slot] = row;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldRows = this.rows;
    this.keys = new Int32Array(oldKeys.length * 2);
    this.rows = new Int32Array(oldKeys.length * 2);
    this.mask = this.keys.length - 1;
    for (let slot = 0; slot < oldKeys.length; slot++) {
      if (oldKeys[slot] !== 0) this.place(oldKeys[slot]!, oldRows[slot]!);
    }
  }
}
