// An HTML page reduced to its article text and the metadata the page states. No DOM: htmlparser2
// parses, so the same code runs in Node tests, on the page and in a worker. Nothing is executed.
import { DomUtils, parseDocument } from 'htmlparser2';

type HtmlDocument = ReturnType<typeof parseDocument>;
type HtmlNode = HtmlDocument['children'][number];
type HtmlElement = Extract<HtmlNode, { attribs: Record<string, string> }>;

export interface HtmlArticle {
  /** The article's text: one paragraph per block element, separated by blank lines. */
  text: string;
  /** og:title, else the article's first h1, else <title>; null when the page has none. */
  title: string | null;
  /** article:published_time, a date meta tag or the first <time datetime>, as the page writes it. */
  published: string | null;
  /** og:site_name and author, joined; null when the page names neither. */
  source: string | null;
  /** rel=canonical or og:url, as written (checked by the caller). */
  url: string | null;
}

/** Elements whose content is never article text. */
const DROPPED = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button',
  'select', 'textarea', 'svg', 'iframe', 'object', 'embed', 'canvas', 'head', 'menu', 'dialog',
]);

/** Elements that end a paragraph. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol',
  'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'caption', 'figure',
  'figcaption', 'address', 'hr', 'br', 'body', 'html',
]);

const isElement = (n: HtmlNode): n is HtmlElement => 'attribs' in n;

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function attr(el: HtmlElement, name: string): string | null {
  const value = el.attribs[name];
  return value !== undefined && value.trim() ? value.trim() : null;
}

/** The content of the first <meta> whose property or name is one of `keys` (case-insensitive). */
function metaContent(all: HtmlElement[], keys: string[]): string | null {
  for (const key of keys) {
    const el = all.find((e) => e.name === 'meta' && [e.attribs.property, e.attribs.name, e.attribs.itemprop].some((v) => v?.toLowerCase() === key));
    const content = el ? attr(el, 'content') : null;
    if (content) return clean(content);
  }
  return null;
}

/** Paragraphs of `root`'s text: dropped elements skipped, block elements start a new paragraph. */
function paragraphs(root: HtmlNode[]): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const text = clean(current);
    if (text) out.push(text);
    current = '';
  };
  const walk = (nodes: HtmlNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') current += node.data;
      else if (isElement(node)) {
        if (DROPPED.has(node.name)) continue;
        const block = BLOCKS.has(node.name);
        if (block) flush();
        walk(node.children);
        if (block) flush();
        else if (node.name === 'img' || node.name === 'wbr') current += ' ';
      }
    }
  };
  walk(root);
  flush();
  return out;
}

/** The element holding the article: the <article> with the most text, else <main>, else <body>. */
function articleRoot(all: HtmlElement[]): HtmlElement | null {
  const articles = all.filter((e) => e.name === 'article');
  if (articles.length > 0) {
    return articles.map((a) => ({ a, length: paragraphs(a.children).join(' ').length })).sort((x, y) => y.length - x.length)[0]!.a;
  }
  return all.find((e) => e.name === 'main' || e.attribs.role === 'main') ?? all.find((e) => e.name === 'body') ?? null;
}

function joinSource(site: string | null, author: string | null): string | null {
  if (site && author && site.toLowerCase() !== author.toLowerCase()) return `${site}, ${author}`;
  return site ?? author;
}

/** Reads an HTML page (entities decoded, scripts and styles ignored, never run). */
export function readHtmlArticle(html: string): HtmlArticle {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const all = DomUtils.findAll(() => true, doc.children) as HtmlElement[];
  const root = articleRoot(all);
  const scope = root ? DomUtils.findAll(() => true, root.children) as HtmlElement[] : all;
  const firstH1 = scope.find((e) => e.name === 'h1') ?? all.find((e) => e.name === 'h1');
  const titleEl = all.find((e) => e.name === 'title');
  const title =
    metaContent(all, ['og:title', 'twitter:title']) ??
    (firstH1 ? clean(DomUtils.textContent(firstH1)) || null : null) ??
    (titleEl ? clean(DomUtils.textContent(titleEl)) || null : null);
  const time = scope.find((e) => e.name === 'time' && attr(e, 'datetime')) ?? all.find((e) => e.name === 'time' && attr(e, 'datetime'));
  const published =
    metaContent(all, ['article:published_time', 'datepublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued']) ??
    (time ? attr(time, 'datetime') : null);
  const source = joinSource(metaContent(all, ['og:site_name']), metaContent(all, ['author', 'article:author']));
  const canonical = all.find((e) => e.name === 'link' && (e.attribs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical'));
  const url = (canonical ? attr(canonical, 'href') : null) ?? metaContent(all, ['og:url']);
  const blocks = paragraphs(root ? [root] : doc.children);
  // The headline is the title, not the first sentence of the body.
  if (title && blocks[0] && clean(blocks[0]) === title) blocks.shift();
  return { text: blocks.join('\n\n'), title, published, source, url };
}
