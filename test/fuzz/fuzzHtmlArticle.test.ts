// Property-based fuzzing of the HTML article reducer (readHtmlArticle): pages built from pieces of
// real markup, hostile attributes, broken nesting and raw strings are read without an exception,
// within a bound; what scripts and styles hold never becomes article text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readHtmlArticle } from '../../src/extract/htmlArticle';
import { FUZZ_RUNS, HOSTILE_STRINGS, PER_INPUT_MS, newsSentence, rawText, withinBound } from './fuzzArbitraries';

const SECRET = 'SECRETMARKER';

const attrValue = fc.constantFrom(...HOSTILE_STRINGS, '2026-01-12T10:00:00Z', 'https://example.org/a', 'javascript:alert(1)', 'x" onload="alert(1)');
const meta = fc.tuple(fc.constantFrom('og:title', 'article:published_time', 'og:site_name', 'author', 'og:url', 'date', 'OG:TITLE'), attrValue).map(([k, v]) => `<meta property="${k}" content="${v.replace(/"/g, '&quot;')}">`);
const piece = fc.oneof(
  { weight: 3, arbitrary: newsSentence },
  { weight: 4, arbitrary: fc.constantFrom('<p>', '</p>', '<div>', '</div>', '<article>', '</article>', '<main>', '</main>', '<body>', '</body>', '<html>', '<head>', '</head>', '<h1>', '</h1>', '<span>', '</span>', '<b>', '<br>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">', '</a>', '<li>', '<ul>', '<table><tr><td>', '<!-- c -->', '<!--', '-->', '<![CDATA[x]]>', '&amp;', '&lt;script&gt;', '&#0;', '&#x1F600;', '&nbsp;', '&bogus', '<', '>', '</', '<p <p>', '<time datetime="2025-06-01">', '</time>', '<link rel="canonical" href="https://example.org/x">', '<nav>menu</nav>', '<figure><figcaption>cap</figcaption></figure>') },
  // A leading ">" ends any tag a stray "<" opened, so the element really is a script (or style…).
  { weight: 1, arbitrary: fc.constantFrom(`<script>${SECRET}</script>`, `<style>p{content:"${SECRET}"}</style>`, `<noscript>${SECRET}</noscript>`, `<template>${SECRET}</template>`, `<script type="text/template"><p>${SECRET}</p></script>`, `<svg><script>${SECRET}</script></svg>`, `<iframe>${SECRET}</iframe>`).map((x) => `>${x}`) },
  { weight: 1, arbitrary: meta },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('p', 'div', 'span', 'article', 'time'), fc.constantFrom('class', 'id', 'role', 'datetime', 'onclick', 'style'), attrValue).map(([t, a, v]) => `<${t} ${a}="${v.replace(/"/g, '&quot;')}">`) },
  { weight: 1, arbitrary: rawText.filter((s) => !/<\s*(title|textarea|xmp|plaintext|script|style)/i.test(s)) },
);
const page = fc.array(piece, { maxLength: 24 }).map((xs) => xs.join(''));

describe(`HTML article fuzz (${FUZZ_RUNS} cases, under ${PER_INPUT_MS} ms each)`, () => {
  it('reads any page into clean paragraphs and trimmed metadata; script and style content never becomes text', () => {
    fc.assert(
      fc.property(page, (html) => {
        const a = withinBound(PER_INPUT_MS, 'readHtmlArticle', () => readHtmlArticle(html));
        expect(a.text).not.toContain(SECRET);
        if (a.text) {
          for (const p of a.text.split('\n\n')) {
            expect(p.length).toBeGreaterThan(0);
            expect(p).toBe(p.replace(/\s+/g, ' ').trim());
          }
        }
        for (const v of [a.title, a.published, a.source, a.url]) if (v !== null) expect(v.length > 0 && v === v.trim()).toBe(true);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
