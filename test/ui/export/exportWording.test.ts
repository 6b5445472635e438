// The Export dialog's words: counts with their noun, file sizes, the saved files, the visible share.
import { describe, expect, it } from 'vitest';
import { formatBytes, plural, savedMessage, visibleHint } from '../../../src/ui/export/exportWording';

describe('export wording', () => {
  it('says one and many', () => {
    expect(plural(1, 'actor', 'actors')).toBe('1 actor');
    expect(plural(0, 'actor', 'actors')).toBe('0 actors');
    expect(plural(12, 'relation', 'relations')).toBe('12 relations');
  });

  it('gives sizes in B, KB and MB', () => {
    expect(formatBytes(900)).toBe('900 B');
    expect(formatBytes(2048)).toBe('2.0 KB');
    expect(formatBytes(3.5 * 1024 * 1024)).toBe('3.5 MB');
  });

  it('names every saved file with its size', () => {
    expect(savedMessage([{ name: 'port-talks.png', bytes: 512 }])).toBe('Saved port-talks.png (512 B).');
    expect(
      savedMessage([
        { name: 'nodes.csv', bytes: 1536 },
        { name: 'edges.csv', bytes: 100 },
      ]),
    ).toBe('Saved nodes.csv (1.5 KB) and edges.csv (100 B).');
  });

  it('says how much of the graph is visible', () => {
    expect(visibleHint({ relations: 3, actors: 1 }, { size: 40, order: 1 })).toBe('(3 of 40 relations, 1 of 1 actor)');
  });
});
