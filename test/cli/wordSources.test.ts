// The generators' word sources: WordNet's dictionary folder and SCOWL's common-word sizes.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commonWordSizes, wordnetDictionary } from '../../src/cli/wordSources';

describe('word sources', () => {
  it('finds WordNet dictionary files and names the package version', () => {
    const { dict, version } = wordnetDictionary();
    expect(existsSync(join(dict, 'index.verb'))).toBe(true);
    expect(version).toMatch(/^\d+\.\d+/);
  });

  it('gives a word the smallest list size that holds it, and leaves out lists past the limit', () => {
    const sizes = commonWordSizes(['english'], 50);
    expect(sizes.get('house')).toBe(10);
    const rare = [...sizes.values()].filter((n) => n > 10);
    expect(rare.length).toBeGreaterThan(0);
    expect(Math.max(...sizes.values())).toBeLessThanOrEqual(50);
    expect(commonWordSizes(['english'], 10).size).toBeLessThan(sizes.size);
  });
});
