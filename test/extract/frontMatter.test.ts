import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readSimpleFrontMatter } from '../../src/extract/frontMatter';

/** What parseDocument takes from the YAML parser for the same front matter. */
function yamlMapping(text: string): unknown {
  const parsed: unknown = parse(text, { logLevel: 'error' });
  return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {};
}

describe('readSimpleFrontMatter', () => {
  it('reads one key and string value a line exactly as YAML does', () => {
    const cases = [
      'title: "Iran keeps US communication open"\npublished: 2026-01-12T18:19\nsource: Myind\nauthor: Myind Staff',
      "title: 'US Deplores Extension of Detention: \"a\" #2'",
      'title: "Russia attacks: day one #1"\nurl: http://tingroom.com/mobile/index.php?aid=37947&mid=3',
      'title: Iran’s top diplomat contacted Witkoff   \r\nstory: iraq-war\r\nlicence: public domain (Voice of America)',
      'title: C-sharp and {braces} [brackets], a-b\n\nsource: a "quoted" word',
      'published: 2024-03-15',
      'published: 2026-01-12 18:19\nnote: 12:30:00\nflag: yes',
      '',
    ];
    for (const text of cases) {
      const simple = readSimpleFrontMatter(text);
      expect(simple, text).toBeDefined();
      expect(simple, text).toEqual(yamlMapping(text));
    }
  });

  it('leaves to the YAML parser what it would read as another type, escapes, nesting, comments and errors', () => {
    const cases = [
      'count: 12',
      'ratio: 1.5e3',
      'hex: 0x1F',
      'on: true',
      'empty: null',
      'tilde: ~',
      'missing:',
      'inf: -.inf',
      'title: "with \\"escape\\""',
      "title: 'it''s'",
      'title: a: b',
      'title: a # comment',
      'title: C#',
      '# comment\ntitle: x',
      'meta:\n  nested: x',
      'title: first\n  continued',
      'tags: [a, b]',
      'title: *alias',
      'title: x\ntitle: y',
      '__proto__: x',
      'title:\tx',
      'title: x\r',
      'title: bell\u0007',
    ];
    for (const text of cases) expect(readSimpleFrontMatter(text), text).toBeUndefined();
  });
});
