// The article details step's notes: a missing or inferred date, a link that will be left out, the
// text's size and preview, the files waiting, and the reading progress.
import { describe, expect, it } from 'vitest';
import { dateNote, previewOf, progressText, textSize, urlNote, waitingText } from '../../../src/ui/articles/articleDetailsWording';

describe('article details wording', () => {
  it('notes a missing date, and an inferred one kept as it was', () => {
    const inferred = { published: { value: '2024-05-17', origin: 'inferred' as const } };
    expect(dateNote(inferred, { published: ' ' })).toMatch(/^No date/);
    expect(dateNote(inferred, { published: '2024-05-17' })).toMatch(/^Kept as inferred/);
    expect(dateNote(inferred, { published: '2024-05-18' })).toBeNull();
    expect(dateNote({ published: { value: '2024-05-17', origin: null } }, { published: '2024-05-17' })).toBeNull();
  });

  it('notes a link that is not http(s)', () => {
    expect(urlNote({ url: 'ftp://archive.example/wire.txt' })).toMatch(/left out/);
    expect(urlNote({ url: 'https://news.example/harbour-talks' })).toBeNull();
    expect(urlNote({ url: '' })).toBeNull();
  });

  it('counts characters and paragraphs, and cuts a long preview', () => {
    expect(textSize('Ferry talks resumed.\n\nThe union agreed.')).toBe('39 characters, 2 paragraphs');
    expect(textSize('One line.')).toBe('9 characters, 1 paragraph');
    const long = 'x'.repeat(3500);
    expect(previewOf(long)).toHaveLength(3001);
    expect(previewOf('short')).toBe('short');
  });

  it('says how many files wait and how far the reading got', () => {
    expect(waitingText(0)).toBe('');
    expect(waitingText(1)).toBe('1 more file waits after this one.');
    expect(waitingText(3)).toBe('3 more files wait after this one.');
    expect(progressText({ phase: 'model' })).toBe('Loading the language model…');
    expect(progressText({ phase: 'reading', done: 4, total: 4 })).toBe('Reading sentence 4 of 4…');
    expect(progressText({ phase: 'reading', done: 1, total: 9 })).toBe('Reading sentence 2 of 9…');
  });
});
