import { parse as parseYaml } from 'yaml';
import type { PublishedPrecision } from '../domain/contract';
import { documentIdFromName } from './documentIds';
import { readSimpleFrontMatter } from './frontMatter';
import type { SourceDocument } from './types';

export class DocumentError extends Error {}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function stringField(value: unknown): string | null {
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (typeof value === 'number') return String(value);
  return null;
}

/** Parses an ISO date or date-time into its canonical form and precision. */
export function parsePublished(value: unknown): { published: string; precision: PublishedPrecision } | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return { published: value.toISOString().slice(0, 16), precision: 'minute' };
  }
  const text = stringField(value);
  if (!text) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m;
  const month = mo ? Number(mo) : 1;
  const day = d ? Number(d) : 1;
  const probe = new Date(Date.UTC(Number(y), month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  if (h && mi && (Number(h) > 23 || Number(mi) > 59)) return null;
  if (h && mi) return { published: `${y}-${mo}-${d}T${h}:${mi}`, precision: 'minute' };
  if (d) return { published: `${y}-${mo}-${d}`, precision: 'day' };
  if (mo) return { published: `${y}-${mo}`, precision: 'month' };
  return { published: `${y}`, precision: 'year' };
}

/** Front matter read by the YAML parser: its mapping, or nothing when it holds no mapping. */
function yamlFrontMatter(fileName: string, text: string): Record<string, unknown> {
  try {
    // Unknown tags in a stranger's front matter stay plain values; they are not printed as warnings.
    const parsed: unknown = parseYaml(text, { logLevel: 'error' });
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch (err) {
    throw new DocumentError(`${fileName}: front matter is not valid YAML (${(err as Error).message.split('\n')[0]}).`);
  }
}

/**
 * Reads a Markdown file with YAML front matter (title, published, source, url) or a plain text file
 * whose first line is the title. The body is kept verbatim: evidence offsets index into it.
 */
export function parseDocument(fileName: string, raw: string): SourceDocument {
  if (raw.includes('\u0000')) throw new DocumentError(`${fileName}: looks like a binary file, not text.`);
  const text = raw.replace(/^\uFEFF/, '');
  let meta: Record<string, unknown> = {};
  let body: string;
  let title: string | null = null;
  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    meta = readSimpleFrontMatter(fm[1] ?? '') ?? yamlFrontMatter(fileName, fm[1] ?? '');
    body = text.slice(fm[0].length);
    title = stringField(meta.title);
  } else {
    const newline = text.indexOf('\n');
    title = (newline < 0 ? text : text.slice(0, newline)).trim() || null;
    body = newline < 0 ? '' : text.slice(newline + 1);
  }
  if (!body.trim()) throw new DocumentError(`${fileName}: the document has no text to read.`);
  // An empty "published:" is the same as none; a present but malformed one is refused.
  const field = meta.published !== undefined && meta.published !== null && meta.published !== '' ? 'published' : meta.date != null && meta.date !== '' ? 'date' : null;
  const published = field ? parsePublished(meta[field]) : null;
  if (field && !published) {
    throw new DocumentError(`${fileName}: "${field}" must be an ISO date or date-time (YYYY-MM-DD or YYYY-MM-DDTHH:mm), got ${JSON.stringify(meta[field])}.`);
  }
  const url = stringField(meta.url);
  return {
    id: documentIdFromName(fileName),
    title: title ?? fileName,
    published: published?.published ?? null,
    publishedPrecision: published?.precision ?? 'unknown',
    publishedInferred: false,
    source: stringField(meta.source),
    ...(url ? { url } : {}),
    body,
  };
}
