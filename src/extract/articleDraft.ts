// An article as the analyst brought it, before extraction: its text to read and the metadata
// defaults, each saying where it came from. Then the document the user's final choices make.
import { articleFingerprint, checkArticleText, nonEnglishLanguage, type ArticleInputKind, type LanguageGuess } from './articleInput';
import { documentIdFromName } from './documentIds';
import { readHtmlArticle } from './htmlArticle';
import { inferPublication } from './inferPublication';
import { DocumentError, parseDocument, parsePublished } from './parseDocument';
import type { SourceDocument } from './types';

export type FieldOrigin = 'front matter' | 'page' | 'first line' | 'first words' | 'file name' | 'inferred';

export interface DraftField {
  value: string;
  /** Where the default came from; null when there is none. */
  origin: FieldOrigin | null;
}

export interface ArticleDraft {
  kind: ArticleInputKind;
  fileName: string | null;
  /** The text that is read; evidence offsets index into it. */
  body: string;
  textHash: string;
  title: DraftField;
  published: DraftField;
  source: DraftField;
  url: DraftField;
  /** Set when the text does not look English (the user must confirm). */
  language: LanguageGuess | null;
}

export type DraftOutcome = { ok: true; draft: ArticleDraft } | { ok: false; message: string };

const ORIGIN_TEXT: Readonly<Record<FieldOrigin, string>> = {
  'front matter': 'from front matter',
  page: 'from the page',
  'first line': 'from the first line',
  'first words': 'from the first words of the text',
  'file name': 'from the file name',
  inferred: 'inferred from the text',
};

/** "from front matter", "inferred from the text"…; empty when there is no default. */
export function originText(origin: FieldOrigin | null): string {
  return origin ? ORIGIN_TEXT[origin] : '';
}

/** The URL when it is an http(s) link (the reader's rule); anything else is not kept. */
export function httpUrl(url: string): string | null {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

const field = (value: string | null | undefined, origin: FieldOrigin): DraftField => (value ? { value, origin } : { value: '', origin: null });
const FRONT_MATTER_START = /^\uFEFF?---\r?\n/;
const MAX_TITLE_LINE = 200;
/** How much of a text is searched for dates to infer its publication from: far more than a news article. */
const INFER_CHARS = 30_000;

function firstWords(text: string): string {
  const words = text.trim().split(/\s+/);
  return words.length > 10 ? `${words.slice(0, 10).join(' ')}…` : words.join(' ');
}

function withDate(fields: Omit<ArticleDraft, 'published' | 'textHash' | 'language'>, given: string | null, origin: FieldOrigin): ArticleDraft {
  // The opening of a long text is enough to date it, and keeps the page responsive (chrono is not fast).
  const published = given ? { value: given, origin } : field(inferPublication(fields.body.slice(0, INFER_CHARS)), 'inferred');
  return { ...fields, published, textHash: articleFingerprint(fields.body), language: nonEnglishLanguage(fields.body) };
}

function markdownDraft(kind: ArticleInputKind, fileName: string | null, raw: string): ArticleDraft {
  const doc = parseDocument(fileName ?? 'pasted.md', raw);
  const fromFrontMatter = FRONT_MATTER_START.test(raw);
  const titleOrigin: FieldOrigin = fromFrontMatter ? (doc.title === (fileName ?? 'pasted.md') ? 'file name' : 'front matter') : 'first line';
  return withDate(
    {
      kind,
      fileName,
      body: doc.body,
      title: field(doc.title, titleOrigin),
      source: field(doc.source, 'front matter'),
      url: field(doc.url ? httpUrl(doc.url) : null, 'front matter'),
    },
    doc.published,
    'front matter',
  );
}

/** Plain text: a short first line that is not a sentence is the title; else the whole text is read. */
function plainDraft(kind: ArticleInputKind, fileName: string | null, raw: string): ArticleDraft {
  const text = raw.replace(/^\uFEFF/, '');
  const lead = /^\s*/.exec(text)![0].length;
  const newline = text.indexOf('\n', lead);
  const firstLine = (newline < 0 ? text.slice(lead) : text.slice(lead, newline)).trim();
  const rest = newline < 0 ? '' : text.slice(newline + 1);
  const headline = firstLine.length <= MAX_TITLE_LINE && !/[.!?;:,]["'”’)]?$/.test(firstLine) && rest.trim() !== '';
  const body = headline ? rest : text;
  const title = headline ? field(firstLine, 'first line') : fileName ? field(fileName.replace(/\.[^.]+$/, ''), 'file name') : field(firstWords(text), 'first words');
  return withDate({ kind, fileName, body, title, source: field(null, 'page'), url: field(null, 'page') }, null, 'page');
}

function htmlDraft(fileName: string | null, raw: string): ArticleDraft {
  const page = readHtmlArticle(raw);
  const published = page.published ? parsePublished(page.published) : null;
  const title = page.title ? field(page.title, 'page') : fileName ? field(fileName.replace(/\.[^.]+$/, ''), 'file name') : field(firstWords(page.text), 'first words');
  return withDate(
    { kind: 'html', fileName, body: page.text, title, source: field(page.source, 'page'), url: field(page.url ? httpUrl(page.url) : null, 'page') },
    published?.published ?? null,
    'page',
  );
}

/** Reads pasted text or a file's text into a draft, or says why it cannot be read. */
export function readArticleDraft(input: { kind: ArticleInputKind; fileName: string | null; text: string }): DraftOutcome {
  const what = input.fileName ?? 'The pasted text';
  const problem = checkArticleText(input.text, what);
  if (problem) return { ok: false, message: problem };
  let draft: ArticleDraft;
  try {
    if (input.kind === 'html' || (input.kind === 'paste' && /^\s*<(!doctype html|html|article|body)\b/i.test(input.text))) draft = htmlDraft(input.fileName, input.text);
    else if (input.kind === 'md' || FRONT_MATTER_START.test(input.text)) draft = markdownDraft(input.kind, input.fileName, input.text);
    else draft = plainDraft(input.kind, input.fileName, input.text);
  } catch (err) {
    if (err instanceof DocumentError) return { ok: false, message: err.message };
    throw err;
  }
  if (!draft.body.trim()) return { ok: false, message: `${what} has no article text to read${input.kind === 'html' ? ' (the page holds no paragraphs outside scripts, menus and forms)' : ''}.` };
  return { ok: true, draft };
}

/** What the user settled on in the dialog. */
export interface ArticleMetadata {
  title: string;
  published: string;
  source: string;
  url: string;
}

export type DocumentOutcome = { ok: true; doc: SourceDocument } | { ok: false; message: string };

/** The document to extract: the draft's text with the user's metadata; a message when a field is wrong. */
export function articleDocument(draft: ArticleDraft, meta: ArticleMetadata): DocumentOutcome {
  const title = meta.title.replace(/\s+/g, ' ').trim();
  if (!title) return { ok: false, message: 'Give the article a title.' };
  const dateText = meta.published.trim();
  const published = dateText ? parsePublished(dateText) : null;
  if (dateText && !published) return { ok: false, message: `The publication date must be YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm; "${dateText}" is not.` };
  const url = meta.url.trim() ? httpUrl(meta.url) : null;
  const source = meta.source.replace(/\s+/g, ' ').trim();
  const doc: SourceDocument = {
    id: documentIdFromName(draft.fileName ?? `${title}.txt`),
    title,
    published: published?.published ?? null,
    publishedPrecision: published?.precision ?? 'unknown',
    // An inferred date the user kept stays flagged; one they typed is given.
    publishedInferred: published !== null && draft.published.origin === 'inferred' && dateText === draft.published.value,
    source: source || null,
    ...(url ? { url } : {}),
    body: draft.body,
  };
  return { ok: true, doc };
}
