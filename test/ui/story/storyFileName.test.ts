// A story exports to a file named after its title: lower-case letters and digits joined by dashes.
import { describe, expect, it } from 'vitest';
import { storyFileName } from '../../../src/ui/story/storyFileName';

describe('storyFileName', () => {
  it('slugs the title', () => {
    expect(storyFileName('The Harbour Strike, Week 2')).toBe('dramatis-story-the-harbour-strike-week-2.json');
    expect(storyFileName('  Ferry talks: day 3 ')).toBe('dramatis-story-ferry-talks-day-3.json');
  });

  it('names an untitled story, and keeps long titles to 60 characters', () => {
    expect(storyFileName('—')).toBe('dramatis-story-untitled.json');
    expect(storyFileName('a'.repeat(100))).toBe(`dramatis-story-${'a'.repeat(60)}.json`);
  });
});
