import { describe, expect, it } from 'vitest';
import { DocumentError, parseDocument } from '../../src/extract/parseDocument';

function refusal(name: string, text: string): DocumentError {
  try {
    parseDocument(name, text);
  } catch (err) {
    expect(err).toBeInstanceOf(DocumentError);
    return err as DocumentError;
  }
  throw new Error(`${name} was accepted`);
}

describe('parseDocument: Markdown with front matter', () => {
  it('reads title, published, source and url, and keeps the body verbatim', () => {
    const body = 'Russia attacked Ukraine.\n\n  Indented “quoted” line, with trailing spaces.  \n';
    const doc = parseDocument(
      'Russia Attacks Ukraine.md',
      `---\ntitle: "Russia attacks: day one"\npublished: 2024-03-15\nsource: Reuters\nurl: https://example.org/a\n---\n${body}`,
    );
    expect(doc).toEqual({
      id: 'russia-attacks-ukraine',
      title: 'Russia attacks: day one',
      published: '2024-03-15',
      publishedPrecision: 'day',
      publishedInferred: false,
      source: 'Reuters',
      url: 'https://example.org/a',
      body,
    });
  });

  it('keeps date-times to the minute and drops seconds and zone suffixes', () => {
    expect(parseDocument('a.md', '---\ntitle: T\npublished: 2026-01-12T18:19\n---\nBody')).toMatchObject({
      published: '2026-01-12T18:19',
      publishedPrecision: 'minute',
    });
    expect(parseDocument('a.md', '---\ntitle: T\npublished: 2026-01-12T18:19:45Z\n---\nBody').published).toBe('2026-01-12T18:19');
    expect(parseDocument('a.md', '---\ntitle: T\npublished: 2026-01-12 18:19\n---\nBody').published).toBe('2026-01-12T18:19');
  });

  it('keeps month and year precision as given', () => {
    expect(parseDocument('a.md', '---\ntitle: T\npublished: 2026-01\n---\nBody')).toMatchObject({ published: '2026-01', publishedPrecision: 'month' });
    expect(parseDocument('a.md', '---\ntitle: T\npublished: 2026\n---\nBody')).toMatchObject({ published: '2026', publishedPrecision: 'year' });
  });

  it('without a published field the date is null and unknown, and the title falls back to the file name', () => {
    const doc = parseDocument('notes.md', '---\nauthor: someone\n---\nBody text.');
    expect(doc).toMatchObject({ title: 'notes.md', published: null, publishedPrecision: 'unknown', publishedInferred: false, source: null });
    expect(doc).not.toHaveProperty('url');
  });

  it('accepts CRLF line endings and a byte-order mark', () => {
    const doc = parseDocument('w.md', '\uFEFF---\r\ntitle: Windows\r\npublished: 2024-03-15\r\n---\r\nLine one.\r\nLine two.\r\n');
    expect(doc).toMatchObject({ title: 'Windows', published: '2024-03-15', body: 'Line one.\r\nLine two.\r\n' });
  });

  it('turns file names into stable ASCII ids', () => {
    expect(parseDocument('Über Café — Talks!.md', '---\ntitle: T\n---\nBody').id).toBe('uber-cafe-talks');
  });

  it('refuses invalid YAML, naming the file', () => {
    const err = refusal('broken-yaml.md', '---\ntitle: [unclosed\nsource: x\n---\nBody');
    expect(err.message).toContain('broken-yaml.md');
    expect(err.message).toMatch(/YAML/);
  });

  it.each([
    ['a word', 'yesterday'],
    ['an impossible day', '2024-02-30'],
    ['a month 13', '2024-13-01'],
    ['a US-style date', '03/15/2024'],
  ])('refuses a published date that is %s, naming the file and the value', (_what, value) => {
    const err = refusal('bad-date.md', `---\ntitle: T\npublished: ${value}\n---\nBody`);
    expect(err.message).toContain('bad-date.md');
    expect(err.message).toContain('published');
    expect(err.message).toContain(value);
  });

  it('refuses a published date-time with an impossible time (25:99)', () => {
    const err = refusal('bad-time.md', '---\ntitle: T\npublished: 2024-03-15T25:99\n---\nBody');
    expect(err.message).toContain('bad-time.md');
  });
});

describe('parseDocument: plain text', () => {
  it('takes the first line as the title and keeps the rest verbatim as the body', () => {
    const doc = parseDocument('wire.txt', '  Russia attacks Ukraine  \nKYIV — Russian forces attacked.\n\n  Second paragraph.\n');
    expect(doc).toMatchObject({
      id: 'wire',
      title: 'Russia attacks Ukraine',
      body: 'KYIV — Russian forces attacked.\n\n  Second paragraph.\n',
      published: null,
      publishedPrecision: 'unknown',
      source: null,
    });
  });

  it('a file whose "---" is not a closed front matter is plain text', () => {
    const doc = parseDocument('dash.txt', '--- Breaking ---\nRussia attacked Ukraine.');
    expect(doc).toMatchObject({ title: '--- Breaking ---', body: 'Russia attacked Ukraine.' });
  });
});

describe('parseDocument: refusals', () => {
  it('refuses binary input (NUL bytes), naming the file', () => {
    const err = refusal('photo.md', 'PNG\u0000\u0000\u0001IHDR');
    expect(err.message).toContain('photo.md');
    expect(err.message).toMatch(/binary/);
  });

  it.each([
    ['empty input', ''],
    ['only whitespace', '  \n\t\n'],
    ['front matter with no body', '---\ntitle: T\npublished: 2024-03-15\n---\n'],
    ['a text file with only a title line', 'Just a title'],
  ])('refuses %s clearly', (_what, text) => {
    const err = refusal('empty.md', text);
    expect(err.message).toContain('empty.md');
    expect(err.message).toMatch(/no text/);
  });
});
