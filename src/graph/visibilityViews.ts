// Read-only views over the visibility engine's arrays, so a filter step hands out a fresh object
// (React sees a change) without copying sets of a million keys. A view reads the engine's current
// state: only the newest one is meant to be used.

abstract class KeySetView implements ReadonlySet<string> {
  constructor(
    protected readonly itemKeys: readonly string[],
    protected readonly index: ReadonlyMap<string, number>,
    readonly size: number,
  ) {}

  protected abstract shown(i: number): boolean;

  has(key: string): boolean {
    const i = this.index.get(key);
    return i !== undefined && this.shown(i);
  }

  *values(): SetIterator<string> {
    for (let i = 0; i < this.itemKeys.length; i++) if (this.shown(i)) yield this.itemKeys[i]!;
  }

  keys(): SetIterator<string> {
    return this.values();
  }

  *entries(): SetIterator<[string, string]> {
    for (const k of this.values()) yield [k, k];
  }

  forEach(visit: (value: string, key: string, set: ReadonlySet<string>) => void): void {
    for (const k of this.values()) visit(k, k, this);
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }
}

export class EdgeSetView extends KeySetView {
  constructor(keys: readonly string[], index: ReadonlyMap<string, number>, private readonly mask: ArrayLike<number>, size: number) {
    super(keys, index, size);
  }
  protected shown(i: number): boolean {
    return this.mask[i] === 0;
  }
}

export class NodeSetView extends KeySetView {
  constructor(keys: readonly string[], index: ReadonlyMap<string, number>, private readonly isShown: (n: number) => boolean, size: number) {
    super(keys, index, size);
  }
  protected shown(i: number): boolean {
    return this.isShown(i);
  }
}

/** Facet counts by id; ids counting 0 are absent, as in a Map built by counting. */
export class CountsView implements ReadonlyMap<string, number> {
  /** `codes` maps each id to its index in `ids` (built once per graph, not per view). */
  constructor(
    private readonly ids: readonly string[],
    private readonly codes: ReadonlyMap<string, number>,
    private readonly counts: Int32Array,
  ) {}

  static codesOf(ids: readonly string[]): ReadonlyMap<string, number> {
    return new Map(ids.map((id, c) => [id, c]));
  }

  get size(): number {
    let n = 0;
    for (let c = 0; c < this.counts.length; c++) if (this.counts[c]! > 0) n++;
    return n;
  }

  get(id: string): number | undefined {
    const c = this.codes.get(id);
    const n = c === undefined ? 0 : this.counts[c]!;
    return n > 0 ? n : undefined;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  *entries(): MapIterator<[string, number]> {
    for (let c = 0; c < this.counts.length; c++) if (this.counts[c]! > 0) yield [this.ids[c]!, this.counts[c]!];
  }

  *keys(): MapIterator<string> {
    for (const [k] of this.entries()) yield k;
  }

  *values(): MapIterator<number> {
    for (const [, v] of this.entries()) yield v;
  }

  forEach(visit: (value: number, key: string, map: ReadonlyMap<string, number>) => void): void {
    for (const [k, v] of this.entries()) visit(v, k, this);
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }
}
