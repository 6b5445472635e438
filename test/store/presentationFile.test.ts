import { describe, expect, it } from 'vitest';
import { EMPTY_PRESENTATION_SLOT, fillPresentationTemplate, jsonForScriptElement, PRESENTATION_DATA_ID, readPresentationData, type PresentationData } from '../../src/store/presentationFile';
import { inlinePage, presentationPolicy } from '../../tools/presentationPage';

const data: PresentationData = {
  format: 'dramatis-presentation',
  version: 1,
  title: 'Talks',
  graph: { options: { type: 'directed', multi: true, allowSelfLoops: false }, attributes: { documents: [] }, nodes: [], edges: [] },
  positions: { iran: [1, 2] },
  stories: [{ id: 's1', title: 'Hostile </script><script>alert(1)</script>', steps: [{ id: 'a', view: { query: 'rel=force', camera: null }, caption: 'x' }] }],
  storyId: 's1',
};

function slotText(html: string): string {
  const open = `<script type="application/json" id="${PRESENTATION_DATA_ID}">`;
  const start = html.indexOf(open) + open.length;
  return html.slice(start, html.indexOf('</script>', start));
}

describe('presentation file', () => {
  it('fills the slot so that no text of the data can end the script element, and reads it back unchanged', () => {
    const html = fillPresentationTemplate(`<html><body>${EMPTY_PRESENTATION_SLOT}<script type="module">app()</script></body></html>`, data);
    expect(html.match(/<\/script>/g)!.length).toBe(2);
    expect(readPresentationData(slotText(html))).toEqual(data);
    expect(jsonForScriptElement('<!--')).toBe('"\\u003c!--"');
  });

  it('reads the empty slot as "no presentation" and refuses data of another format', () => {
    expect(readPresentationData('null')).toBeNull();
    expect(readPresentationData('{"format":"other"}')).toMatch(/another format/);
    expect(readPresentationData('{')).toMatch(/not valid JSON/);
    expect(readPresentationData(JSON.stringify({ ...data, positions: { iran: ['a', 2] } }))).toMatch(/positions/);
  });

  it('refuses a template without a slot', () => {
    expect(() => fillPresentationTemplate('<html></html>', data)).toThrow(/no data slot/);
  });

  it('inlines script and styles, allowed by their hashes only, with $-sequences in the code kept as they are', () => {
    const built = '<html><head><meta http-equiv="Content-Security-Policy" content="x"><script type="module" crossorigin src="./assets/a.js"></script><link rel="stylesheet" crossorigin href="./assets/a.css"></head><body><div id="root"></div></body></html>';
    const script = "const s = '$&' + \"</script>\";";
    const page = inlinePage(built, script, 'body{color:red}');
    expect(page).not.toContain('src="./assets');
    expect(page).not.toContain('href="./assets');
    expect(page).toContain("const s = '$&' + \"<\\/script>\";");
    expect(page).toContain(EMPTY_PRESENTATION_SLOT);
    const policy = presentationPolicy(script.replace(/<\/script/gi, '<\\/script'), 'body{color:red}');
    expect(page).toContain(policy);
    expect(policy).toMatch(/default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+'; style-src 'sha256-/);
    expect(policy).not.toMatch(/unsafe-inline|connect-src/);
  });
});
