// Checks a news article and its gold before anything is scored: front matter complete, anchors exact
// and inside one sentence, actor ids declared, relation ids known, dates real.
import { parse as parseYaml } from 'yaml';
import type { GoldDocument, GoldRelation } from './goldTypes';

export const FRONT_MATTER_FIELDS = ['title', 'published', 'source', 'url', 'licence', 'story'] as const;
const MODALITIES = new Set(['asserted', 'reported', 'planned', 'hypothetical', 'negated']);
const KINDS = new Set(['person', 'state', 'organization', 'group', 'media', 'other']);
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export interface ArticleFile {
  /** Front matter fields as written. */
  meta: Record<string, unknown>;
  body: string;
}

/** Splits a Markdown article into its front matter and verbatim body; null without front matter. */
export function readArticle(text: string): ArticleFile | null {
  const fm = FRONT_MATTER.exec(text.replace(/^\uFEFF/, ''));
  if (!fm) return null;
  let meta: unknown;
  try {
    meta = parseYaml(fm[1] ?? '', { logLevel: 'error' });
  } catch {
    return null;
  }
  if (!meta || typeof meta !== 'object' || Array.isArray(meta)) return null;
  return { meta: meta as Record<string, unknown>, body: text.replace(/^\uFEFF/, '').slice(fm[0].length) };
}

export function isCalendarDay(text: unknown): boolean {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number);
  const probe = new Date(Date.UTC(y!, m! - 1, d!));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m! - 1 && probe.getUTCDate() === d;
}

/** Problems of the front matter: every field present and non-empty, a real publication date. */
export function frontMatterProblems(meta: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const field of FRONT_MATTER_FIELDS) {
    const value = meta[field];
    const text = value instanceof Date ? value.toISOString() : typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
    if (!text) problems.push(`front matter lacks "${field}"`);
  }
  const published = meta.published instanceof Date ? meta.published.toISOString().slice(0, 10) : String(meta.published ?? '').slice(0, 10);
  if (meta.published !== undefined && !isCalendarDay(published)) problems.push(`"published" is not a real date: ${JSON.stringify(meta.published)}`);
  if (typeof meta.url === 'string' && !/^https?:\/\//.test(meta.url)) problems.push(`"url" is not a web address: ${meta.url}`);
  return problems;
}

/** Sentence spans of a body, as [start, end) character offsets. */
export type SentenceSpans = readonly (readonly [number, number])[];

function anchorProblem(anchor: unknown, body: string, sentences: SentenceSpans): string | null {
  if (typeof anchor !== 'string' || !anchor.trim()) return 'has no anchor';
  let at = body.indexOf(anchor);
  if (at < 0) return `anchor "${anchor}" is not in the article text`;
  for (; at >= 0; at = body.indexOf(anchor, at + 1)) {
    const end = at + anchor.length;
    if (sentences.some(([s, e]) => at >= s && end <= e)) return null;
  }
  return `anchor "${anchor}" runs across a sentence boundary`;
}

function dateProblem(date: unknown): string | null {
  if (date === 'document') return null;
  if (!Array.isArray(date) || date.length !== 2) return `date must be "document" or [from, to], got ${JSON.stringify(date)}`;
  const [from, to] = date as unknown[];
  if (!isCalendarDay(from) || !isCalendarDay(to)) return `date ${JSON.stringify(date)} is not two real YYYY-MM-DD days`;
  if ((from as string) > (to as string)) return `date range ${JSON.stringify(date)} ends before it starts`;
  return null;
}

function relationProblems(r: GoldRelation, where: string, gold: GoldDocument, body: string, sentences: SentenceSpans, relations: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const declared = (id: unknown) => typeof id === 'string' && Object.hasOwn(gold.actors, id);
  const anchor = anchorProblem(r.anchor, body, sentences);
  if (anchor) problems.push(`${where} ${anchor}`);
  if (!relations.has(r.relation)) problems.push(`${where} has unknown relation "${r.relation}"`);
  for (const id of [r.source, r.target, ...(r.sources ?? []), ...(r.targets ?? []), ...(r.attributedTo ? [r.attributedTo] : [])]) {
    if (!declared(id)) problems.push(`${where} names actor "${String(id)}", not declared in "actors"`);
  }
  if (r.source === r.target && !r.sources && !r.targets) problems.push(`${where} has the same source and target`);
  const date = dateProblem(r.date);
  if (date) problems.push(`${where} ${date}`);
  if (r.modality !== undefined && !MODALITIES.has(r.modality)) problems.push(`${where} has unknown modality "${r.modality}"`);
  return problems;
}

/** Every problem of one gold file against its article body (empty when it is well formed). */
export function goldProblems(gold: GoldDocument, docId: string, body: string, sentences: SentenceSpans, relations: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  if (gold.doc !== docId) problems.push(`"doc" is "${gold.doc}", the file is ${docId}`);
  if (!gold.actors || typeof gold.actors !== 'object') return [...problems, 'has no "actors" object'];
  if (!Array.isArray(gold.events)) return [...problems, 'has no "events" list'];
  for (const [id, a] of Object.entries(gold.actors)) {
    if (typeof a?.name !== 'string' || !a.name.trim()) problems.push(`actor "${id}" has no name`);
    if (a?.kind !== undefined && !KINDS.has(a.kind)) problems.push(`actor "${id}" has unknown kind "${a.kind}"`);
    if (a?.aliases !== undefined && !(Array.isArray(a.aliases) && a.aliases.every((x) => typeof x === 'string'))) problems.push(`actor "${id}" has aliases that are not a list of names`);
  }
  gold.events.forEach((r, i) => problems.push(...relationProblems(r, `events[${i}]`, gold, body, sentences, relations)));
  (gold.weak ?? []).forEach((r, i) => problems.push(...relationProblems(r, `weak[${i}]`, gold, body, sentences, relations)));
  return problems;
}
