// The model file's tables read back exactly as written (keys over the whole 32-bit range, weights
// of either sign, empty rows), and a cut file is refused rather than read short.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/extract/syntax/featureHash';
import type { QuantisedRows } from '../../../src/extract/syntax/linearModel';
import { decodeModel, encodeModel, MODEL_FORMAT_VERSION, type ModelTables } from '../../../src/extract/syntax/modelFormat';

function randomTable(classes: number, rows: number, seed: number): QuantisedRows {
  const random = seededRandom(seed);
  const keys = Int32Array.from(new Set(Array.from({ length: rows }, () => (random() * 2 ** 32) >>> 0)), (k) => k | 0);
  keys.sort((a, b) => (a >>> 0) - (b >>> 0));
  const weights = Int16Array.from({ length: keys.length * classes }, () => (random() < 0.1 ? Math.round((random() - 0.5) * 2046) : 0));
  return { classes, keys, weights };
}

function tables(): ModelTables {
  return {
    header: { format: 'dramatis-syntax', version: MODEL_FORMAT_VERSION, inventory: { tagClasses: ['NOUN NN'], labels: ['root'] }, provenance: {} },
    tagger: randomTable(83, 3000, 1),
    action: randomTable(3, 5000, 2),
    label: randomTable(51, 3000, 3),
  };
}

describe('the model file format', () => {
  it('reads back the tables it wrote, dense and without zeros', () => {
    const written = tables();
    const read = decodeModel(encodeModel(written));
    expect(read.header).toEqual(written.header);
    for (const name of ['tagger', 'action', 'label'] as const) {
      const [a, b] = [written[name], read[name]];
      expect(b.classes).toBe(a.classes);
      expect(Array.from(b.keys)).toEqual(Array.from(a.keys));
      expect(Array.from(b.weights)).toEqual(Array.from(a.weights));
      const nonZero = Array.from(a.weights).filter((w) => w !== 0).length;
      expect(b.sparse!.entries.length).toBe(nonZero);
      expect(b.sparse!.rowStart[a.keys.length]).toBe(nonZero);
    }
  });

  it('refuses a file cut short', () => {
    const bytes = encodeModel(tables());
    expect(() => decodeModel(bytes.subarray(0, bytes.length - 3))).toThrow(/truncated/);
  });
});
