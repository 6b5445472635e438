// Captions: a small formatting subset parsed to data, rendered as React elements; markup in the
// text stays text and only http(s) links become links.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Caption } from '../../../src/ui/story/Caption';
import { captionPlainText, parseCaption, parseInline, safeHref } from '../../../src/ui/story/captionFormat';

const html = (text: string) => renderToStaticMarkup(createElement(Caption, { text }));

describe('caption format', () => {
  it('reads bold, italic and links inside a line', () => {
    expect(parseInline('Iran **warned** the *U.S.* see [the report](https://example.org/r?a=1) or https://example.org/x.')).toEqual([
      { kind: 'text', text: 'Iran ' },
      { kind: 'bold', text: 'warned' },
      { kind: 'text', text: ' the ' },
      { kind: 'italic', text: 'U.S.' },
      { kind: 'text', text: ' see ' },
      { kind: 'link', text: 'the report', href: 'https://example.org/r?a=1' },
      { kind: 'text', text: ' or ' },
      { kind: 'link', text: 'https://example.org/x', href: 'https://example.org/x' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('leaves lone stars and arithmetic alone', () => {
    expect(parseInline('2 * 3 * 4 and **unclosed')).toEqual([{ kind: 'text', text: '2 * 3 * 4 and **unclosed' }]);
  });

  it('splits paragraphs at blank lines, keeps line breaks, and groups bullet lines', () => {
    const blocks = parseCaption('First line\nsecond line\n\n- one\n* two\n\nAfter');
    expect(blocks).toEqual([
      { kind: 'paragraph', lines: [[{ kind: 'text', text: 'First line' }], [{ kind: 'text', text: 'second line' }]] },
      { kind: 'list', items: [[{ kind: 'text', text: 'one' }], [{ kind: 'text', text: 'two' }]] },
      { kind: 'paragraph', lines: [[{ kind: 'text', text: 'After' }]] },
    ]);
    expect(captionPlainText('**Strikes** on *June 13*\n- Natanz')).toBe('Strikes on June 13 Natanz');
  });

  it('only http and https addresses become links', () => {
    expect(safeHref('https://example.org')).toBe('https://example.org/');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(parseInline('[click](javascript:alert(1))')).toEqual([{ kind: 'text', text: '[click](javascript:alert(1))' }]);
  });

  it('renders elements; tags in the text come out as text', () => {
    expect(html('**Bold** and *it*\nnext\n\n- a [link](https://example.org)')).toBe(
      '<div class="caption"><p><strong>Bold</strong> and <em>it</em><br/>next</p><ul><li>a <a href="https://example.org/" target="_blank" rel="noopener noreferrer">link</a></li></ul></div>',
    );
    const hostile = html('<script>alert(1)</script> <img src=x onerror="alert(2)"> [x](javascript:alert(3))');
    expect(hostile).not.toMatch(/<script|<img|href="javascript/);
    expect(hostile).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(hostile).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
  });
});
