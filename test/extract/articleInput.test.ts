// Articles the user brings: HTML reduced to its text, bad input named, language and duplicates told,
// metadata defaults with where they came from, and per-sentence progress of extraction.
import { describe, expect, it } from 'vitest';
import { articleFingerprint, checkArticleText, nonEnglishLanguage } from '../../src/extract/articleInput';
import { articleKindOf } from '../../src/app/articles/articleFiles';
import { articleDocument, readArticleDraft, type ArticleDraft } from '../../src/extract/articleDraft';
import { defaultResources, resourcesWithActors } from '../../src/extract/defaultResources';
import { extractDocument } from '../../src/extract/extractEvents';
import { readHtmlArticle } from '../../src/extract/htmlArticle';
import { actorRecordsOf } from '../../src/extract/sessionActors';
import { readArticle } from '../../src/workers/readArticle';

const ENGLISH =
  'Carmelia accused Norland on Tuesday of massing troops along their shared border, a charge the Norland defence ministry denied. ' +
  'The United Nations urged both governments to return to talks in Geneva, and Canada offered to mediate between them.';
const GERMAN =
  'Die Regierung von Carmelia hat dem Nachbarland am Dienstag vorgeworfen, Truppen an der gemeinsamen Grenze zusammenzuziehen. ' +
  'Das Verteidigungsministerium wies die Vorwürfe zurück, und die Vereinten Nationen riefen beide Seiten zu Gesprächen in Genf auf.';

const PAGE = `<!doctype html><html><head>
<title>Border row | The Meridian Post</title>
<meta property="og:title" content="Carmelia accuses Norland of troop build-up">
<meta property="og:site_name" content="The Meridian Post">
<meta name="author" content="Ada Quill">
<meta property="article:published_time" content="2026-03-04T09:15:00+01:00">
<link rel="canonical" href="https://meridian.example/world/border-row">
<style>p { color: red }</style>
<script>window.__pwned = true; document.title = 'pwned';</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<header><p>Subscribe today &amp; save</p></header>
<div class="sidebar">Most read: celebrity news</div>
<article>
  <header><h1>Carmelia accuses Norland of troop build-up</h1></header>
  <p>Carmelia accused Norland on Tuesday of massing troops &mdash; a charge Norland&#39;s ministry denied.</p>
  <img src="x" onerror="window.__pwned = true">
  <p>The United Nations urged <b>both</b> sides to talk &amp; <a href="javascript:alert(1)">step back</a>.</p>
  <aside>Related: older stories</aside>
  <form><input name="q"><button>Search</button></form>
</article>
<footer>&copy; 2026 The Meridian Post</footer>
</body></html>`;

function draftOf(kind: 'paste' | 'txt' | 'md' | 'html', text: string, fileName: string | null = null): ArticleDraft {
  const outcome = readArticleDraft({ kind, fileName, text });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.draft;
}

describe('HTML pages reduced to their article', () => {
  it('keeps the article paragraphs, drops scripts, styles, menus and forms, decodes entities', () => {
    const page = readHtmlArticle(PAGE);
    expect(page.text).toBe(
      "Carmelia accused Norland on Tuesday of massing troops — a charge Norland's ministry denied.\n\n" +
        'The United Nations urged both sides to talk & step back.',
    );
    for (const gone of ['__pwned', 'pwned', 'color: red', 'Subscribe', 'Most read', 'Related', 'Search', 'Home', '2026 The Meridian']) expect(page.text).not.toContain(gone);
  });

  it('reads title, date, source and canonical URL from the page', () => {
    expect(readHtmlArticle(PAGE)).toMatchObject({
      title: 'Carmelia accuses Norland of troop build-up',
      published: '2026-03-04T09:15:00+01:00',
      source: 'The Meridian Post, Ada Quill',
      url: 'https://meridian.example/world/border-row',
    });
  });

  it('uses <main> when there is no <article>, the h1 and <time datetime> when there are no meta tags', () => {
    const page = readHtmlArticle('<html><head><title>Site</title></head><body><div>Menu-ish text</div><main><h1>Ports reopen</h1><time datetime="2026-02-01">1 Feb</time><p>Norland reopened its ports.</p></main></body></html>');
    expect(page.text).toBe('1 Feb\n\nNorland reopened its ports.');
    expect(page.title).toBe('Ports reopen');
    expect(page.published).toBe('2026-02-01');
  });

  it('turns block elements into paragraph breaks and keeps inline text together', () => {
    expect(readHtmlArticle('<body><p>One <i>two</i>\n three</p><ul><li>Four</li><li>Five<br>six</li></ul></body>').text).toBe('One two three\n\nFour\n\nFive\n\nsix');
  });
});

describe('input checks', () => {
  it('refuses empty, whitespace-only and binary input with a message', () => {
    expect(checkArticleText('', 'notes.txt')).toMatch(/notes\.txt is empty/);
    expect(checkArticleText(' \n\t \n', 'The pasted text')).toMatch(/empty/);
    expect(checkArticleText('%PDF-1.7\u0000\u0001\u0002binary', 'report.txt')).toMatch(/not text.*NUL/);
    expect(checkArticleText('\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008'.repeat(20), 'x.txt')).toMatch(/mostly not text/);
    expect(checkArticleText('\uFFFD\uFFFD\uFFFD\uFFFD'.repeat(40) + ' abc', 'x.txt')).toMatch(/mostly not text/);
    expect(checkArticleText(ENGLISH, 'x.txt')).toBeNull();
    const empty = readArticleDraft({ kind: 'html', fileName: 'empty.html', text: '<html><body><script>var a = 1;</script><nav>Home</nav></body></html>' });
    expect(empty).toEqual({ ok: false, message: expect.stringMatching(/empty\.html has no article text/) });
  });

  it('tells German from English, and stays quiet on short texts', () => {
    expect(nonEnglishLanguage(GERMAN)).toEqual({ code: 'deu', name: 'German' });
    expect(nonEnglishLanguage(ENGLISH)).toBeNull();
    expect(nonEnglishLanguage('Die Regierung hat gesprochen.')).toBeNull();
    expect(draftOf('paste', GERMAN).language?.name).toBe('German');
  });

  it('fingerprints equal across whitespace and case changes, different across texts', () => {
    const a = articleFingerprint(ENGLISH);
    expect(articleFingerprint(`  ${ENGLISH.replace(/ /g, '  \n').toUpperCase()}\n`)).toBe(a);
    expect(articleFingerprint(ENGLISH.replace('Tuesday', 'Wednesday'))).not.toBe(a);
    expect(articleFingerprint(ENGLISH.slice(0, -1))).not.toBe(a);
  });

  it('routes file names by extension', () => {
    expect(['a.txt', 'b.MD', 'c.html', 'd.htm', 'e.markdown'].map(articleKindOf)).toEqual(['txt', 'md', 'html', 'html', 'md']);
    expect(['g.json', 'g.gexf', 'g.csv', 'noext'].map(articleKindOf)).toEqual([null, null, null, null]);
  });
});

describe('metadata defaults', () => {
  it('takes front matter from Markdown and says so', () => {
    const d = draftOf('md', `---\ntitle: Ports reopen\npublished: 2026-02-01\nsource: Harbour Wire\nurl: https://harbour.example/a\n---\n${ENGLISH}\n`, 'ports.md');
    expect(d.title).toEqual({ value: 'Ports reopen', origin: 'front matter' });
    expect(d.published).toEqual({ value: '2026-02-01', origin: 'front matter' });
    expect(d.source).toEqual({ value: 'Harbour Wire', origin: 'front matter' });
    expect(d.url).toEqual({ value: 'https://harbour.example/a', origin: 'front matter' });
    expect(d.body).toBe(`${ENGLISH}\n`);
  });

  it('takes them from the page for HTML, and never keeps a javascript: URL', () => {
    const d = draftOf('html', PAGE, 'row.html');
    expect(d.title.origin).toBe('page');
    expect(d.published).toEqual({ value: '2026-03-04T09:15', origin: 'page' });
    const evil = draftOf('html', '<html><head><link rel="canonical" href="javascript:alert(1)"></head><body><p>Norland reopened its ports.</p></body></html>', 'e.html');
    expect(evil.url).toEqual({ value: '', origin: null });
  });

  it('infers a date from plain text, flags it in the document unless the user changes it', () => {
    const d = draftOf('paste', `Border row\nOn 3 March 2026, ${ENGLISH}`);
    expect(d.title).toEqual({ value: 'Border row', origin: 'first line' });
    expect(d.published).toEqual({ value: '2026-03-03', origin: 'inferred' });
    const kept = articleDocument(d, { title: 'Border row', published: '2026-03-03', source: '', url: 'javascript:alert(1)' });
    expect(kept).toMatchObject({ ok: true, doc: { published: '2026-03-03', publishedPrecision: 'day', publishedInferred: true, source: null } });
    expect(kept.ok && 'url' in kept.doc).toBe(false);
    const typed = articleDocument(d, { title: 'Border row', published: '2026-03-04', source: 'Wire', url: 'https://x.example/' });
    expect(typed).toMatchObject({ ok: true, doc: { published: '2026-03-04', publishedInferred: false, source: 'Wire', url: 'https://x.example/' } });
    expect(articleDocument(d, { title: 'Border row', published: '4 March', source: '', url: '' })).toMatchObject({ ok: false, message: expect.stringMatching(/YYYY-MM-DD/) });
    expect(articleDocument(d, { title: '  ', published: '', source: '', url: '' })).toMatchObject({ ok: false });
  });

  it('reads a single pasted paragraph whole, titled by its first words', () => {
    const d = draftOf('paste', ENGLISH);
    expect(d.body).toBe(ENGLISH);
    expect(d.title.origin).toBe('first words');
  });
});

describe('reading an article', () => {
  const doc = {
    id: 'border-row',
    title: 'Border row',
    published: '2026-03-03',
    publishedPrecision: 'day' as const,
    publishedInferred: false,
    source: null,
    body: `${ENGLISH}\nThe Zorblat Front attacked a convoy near the border on Monday. Iran condemned the Zorblat Front.`,
  };

  it('reports progress per sentence, increasing, ending at the total', () => {
    const calls: [number, number][] = [];
    extractDocument(doc, defaultResources(), (done, total) => calls.push([done, total]));
    const total = calls[0]![1];
    expect(total).toBeGreaterThanOrEqual(4);
    expect(calls.every(([, t]) => t === total)).toBe(true);
    expect(calls.map(([d]) => d)).toEqual([...Array(total + 1).keys()]);
  });

  it('names an actor known to the session by its session id', () => {
    const plain = readArticle({ id: 1, kind: 'article', doc, actors: [] });
    expect(plain.actors.some((a) => a.id === 'iran')).toBe(true);
    const known = actorRecordsOf([{ id: 'zf-session-id', label: 'Zorblat Front', kind: 'group', aliases: ['the', 'ZF'] }]);
    expect(known[0]!.aliases).toEqual([]);
    expect(resourcesWithActors(known).dictionary.get('zf-session-id')?.label).toBe('Zorblat Front');
    const withSession = readArticle({ id: 2, kind: 'article', doc, actors: known });
    expect(withSession.actors.map((a) => a.id)).toContain('zf-session-id');
    expect(withSession.events.some((e) => e.source === 'zf-session-id' || e.target === 'zf-session-id')).toBe(true);
    expect(withSession.documents).toHaveLength(1);
  });
});
