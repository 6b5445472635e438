// A blocked Bloom filter over a weight table's keys: two bits per key in one 32-bit word. Most
// feature keys the transition table lacks (on EWT dev, 20 of the 45 lookups per word that miss its
// small cache) are turned away here, in 256 KB that mostly stay in the processor's cache, instead
// of with a read from the 4 MB table in memory. A key it lets through is looked up as before, so
// the filter changes no score. (The tagger and label tables gain nothing from one: their bucket
// index already marks empty buckets, and a filter is one more read.)

function wordOf(key: number, mask: number): number {
  return (Math.imul(key, 0x85ebca77) >>> 16) & mask;
}

function bitsOf(key: number): number {
  return (1 << (key & 31)) | (1 << ((key >>> 5) & 31));
}

export class KeyFilter {
  private readonly words: Int32Array;
  private readonly mask: number;

  /** A filter for `count` keys: about 8 bits a key, at most 65,536 words (256 KB). */
  constructor(count: number) {
    let size = 1024;
    while (size * 32 < count * 8 && size < 1 << 16) size *= 2;
    this.words = new Int32Array(size);
    this.mask = size - 1;
  }

  add(key: number): void {
    this.words[wordOf(key, this.mask)]! |= bitsOf(key);
  }

  /** False only for keys never added. */
  mayHave(key: number): boolean {
    const bits = bitsOf(key);
    return (this.words[wordOf(key, this.mask)]! & bits) === bits;
  }
}
