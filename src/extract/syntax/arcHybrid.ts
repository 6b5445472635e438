// Arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011) with the root on the
// bottom of the stack, and its dynamic oracle (Goldberg & Nivre 2013): the cost of a transition is
// the number of gold arcs it makes unreachable. Words are numbered 1..n; 0 is the root.

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const ACTIONS = 3;

export class ParseState {
  /** Words of the sentence (the arrays may hold more: see reset). */
  n: number;
  readonly stack: Int32Array;
  depth = 1;
  /** Front of the buffer; n + 1 when the buffer is empty. */
  buffer = 1;
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  /** Leftmost and second-leftmost, rightmost and second-rightmost dependents so far (-1: none). */
  readonly left1: Int32Array;
  readonly left2: Int32Array;
  readonly right1: Int32Array;
  readonly right2: Int32Array;
  readonly leftCount: Int32Array;
  readonly rightCount: Int32Array;

  /** The start state of a sentence of n words, with room for sentences of up to `room` words. */
  constructor(n: number, room = n) {
    const size = Math.max(n, room) + 1;
    this.n = n;
    this.stack = new Int32Array(size);
    this.heads = new Int32Array(size).fill(-1);
    this.labels = new Int32Array(size).fill(-1);
    this.left1 = new Int32Array(size).fill(-1);
    this.left2 = new Int32Array(size).fill(-1);
    this.right1 = new Int32Array(size).fill(-1);
    this.right2 = new Int32Array(size).fill(-1);
    this.leftCount = new Int32Array(size);
    this.rightCount = new Int32Array(size);
  }

  /** Words this state has room for. */
  get room(): number {
    return this.stack.length - 1;
  }

  /** Makes this the start state of a sentence of n words (n ≤ room), reusing its arrays. */
  reset(n: number): void {
    const end = n + 1;
    this.n = n;
    this.depth = 1;
    this.buffer = 1;
    this.stack[0] = 0;
    this.heads.fill(-1, 0, end);
    this.labels.fill(-1, 0, end);
    this.left1.fill(-1, 0, end);
    this.left2.fill(-1, 0, end);
    this.right1.fill(-1, 0, end);
    this.right2.fill(-1, 0, end);
    this.leftCount.fill(0, 0, end);
    this.rightCount.fill(0, 0, end);
  }

  /** Makes this state a copy of `other` (a state of the same sentence). */
  copyFrom(other: ParseState): void {
    this.depth = other.depth;
    this.buffer = other.buffer;
    this.stack.set(other.stack);
    this.heads.set(other.heads);
    this.labels.set(other.labels);
    this.left1.set(other.left1);
    this.left2.set(other.left2);
    this.right1.set(other.right1);
    this.right2.set(other.right2);
    this.leftCount.set(other.leftCount);
    this.rightCount.set(other.rightCount);
  }

  /** The i-th item from the top of the stack (0 = top), or -1. */
  stackAt(i: number): number {
    return i < this.depth ? this.stack[this.depth - 1 - i]! : -1;
  }

  /** The i-th word of the buffer (0 = front), or -1. */
  bufferAt(i: number): number {
    const b = this.buffer + i;
    return b <= this.n ? b : -1;
  }

  done(): boolean {
    return this.buffer > this.n && this.depth === 1;
  }

  canApply(action: number): boolean {
    if (action === SHIFT) return this.buffer <= this.n;
    if (action === LEFT) return this.depth >= 2 && this.buffer <= this.n;
    if (this.depth < 2) return false;
    // Only one word may hang from the root: the last one left.
    return this.stack[this.depth - 2] !== 0 || (this.buffer > this.n && this.depth === 2);
  }

  /** Head and dependent the arc `action` would add (for LEFT or RIGHT). */
  arcOf(action: number): [head: number, dependent: number] {
    const s0 = this.stack[this.depth - 1]!;
    return action === LEFT ? [this.buffer, s0] : [this.stack[this.depth - 2]!, s0];
  }

  apply(action: number, label: number): void {
    if (action === SHIFT) {
      this.stack[this.depth++] = this.buffer++;
      return;
    }
    const [head, dependent] = this.arcOf(action);
    this.depth--;
    this.heads[dependent] = head;
    this.labels[dependent] = label;
    if (dependent < head) {
      this.left2[head] = this.left1[head]!;
      this.left1[head] = dependent;
      this.leftCount[head]!++;
    } else {
      this.right2[head] = this.right1[head]!;
      this.right1[head] = dependent;
      this.rightCount[head]!++;
    }
  }

  /** Gold arcs lost by `action` (which must be legal); `gold[d]` is the gold head of word d. */
  cost(action: number, gold: Int32Array): number {
    const n = this.n;
    if (action === SHIFT) {
      const b = this.buffer;
      let lost = 0;
      for (let i = 0; i < this.depth; i++) {
        const item = this.stack[i]!;
        if (i < this.depth - 1 && gold[b] === item) lost++;
        if (item !== 0 && gold[item] === b) lost++;
      }
      return lost;
    }
    const s0 = this.stack[this.depth - 1]!;
    const s1 = this.stack[this.depth - 2]!;
    const head = action === LEFT ? this.buffer : s1;
    let lost = 0;
    for (let k = this.buffer; k <= n; k++) if (gold[k] === s0) lost++;
    const g = gold[s0]!;
    if (g !== head) {
      if (action === LEFT && (g === s1 || g > this.buffer)) lost++;
      if (action === RIGHT && g >= this.buffer) lost++;
    }
    return lost;
  }
}
