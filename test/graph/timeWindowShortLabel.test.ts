import { describe, expect, it } from 'vitest';
import { shortenTitle } from '../../src/graph/timeWindow';

describe('shortenTitle', () => {
  it('keeps short titles, cuts long ones at a word with an ellipsis, and cuts one long word where it must', () => {
    expect(shortenTitle('Talks in Muscat')).toBe('Talks in Muscat');
    expect(shortenTitle('Iran keeps US communication open as Trump considers action')).toBe('Iran keeps US communication…');
    expect(shortenTitle('Donaudampfschifffahrtsgesellschaftskapitän')).toBe('Donaudampfschifffahrtsgesell…');
    expect([...shortenTitle('Iran keeps US communication open as Trump considers action')].length).toBeLessThanOrEqual(29);
  });
});
