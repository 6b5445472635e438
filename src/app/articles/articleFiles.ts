// Which dropped or chosen files are articles: by extension, so the page can route a drop without
// loading any text-reading code.
import type { ArticleInputKind } from '../../extract/articleInput';

// A Map, so a file named "x.constructor" finds nothing on Object.prototype.
const ARTICLE_EXTENSIONS: ReadonlyMap<string, Exclude<ArticleInputKind, 'paste'>> = new Map([
  ['txt', 'txt'],
  ['text', 'txt'],
  ['md', 'md'],
  ['markdown', 'md'],
  ['html', 'html'],
  ['htm', 'html'],
]);

/** What the dialog's file picker offers. */
export const ARTICLE_ACCEPT = '.txt,.text,.md,.markdown,.html,.htm';

/** How a file of this name is read as an article; null when it is not an article file. */
export function articleKindOf(fileName: string): Exclude<ArticleInputKind, 'paste'> | null {
  const ext = /\.([^./\\]+)$/.exec(fileName.toLowerCase())?.[1];
  return ext ? (ARTICLE_EXTENSIONS.get(ext) ?? null) : null;
}
