// Where actors and evidence sentences sit in a document's body, for the source reader.
// The graph stores no mention offsets, so mentions are found again here from node labels and
// aliases; evidence spans come from the events of the document. Pure functions, no DOM.
import type { DramatisGraph } from './buildGraph';

/** The names an actor may appear under in a text. */
export interface MentionActor {
  id: string;
  label: string;
  aliases: readonly string[];
}

/** An event of the document, reduced to what the reader marks. */
export interface ArticleEvent {
  edge: string;
  /** Offsets into the body; `text` should equal `body.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /** Actors the event involves (source, target, speaker); they win ambiguous names in its sentence. */
  actors: readonly string[];
}

export interface ArticleMention {
  start: number;
  end: number;
  actor: string;
}

/** A sentence that is evidence for one or more events (identical spans are grouped). */
export interface EvidenceSpan {
  start: number;
  end: number;
  edges: string[];
}

export type ArticleInline = { kind: 'text'; start: number; end: number; text: string } | { kind: 'mention'; start: number; end: number; text: string; actor: string };

export interface ArticleSentence {
  kind: 'evidence';
  start: number;
  end: number;
  edges: string[];
  children: ArticleInline[];
}

export type ArticlePiece = ArticleInline | ArticleSentence;

/** A paragraph: one non-blank line of the body. */
export interface ArticleParagraph {
  start: number;
  end: number;
  children: ArticlePiece[];
}

export interface ArticleMarkup {
  mentions: ArticleMention[];
  evidence: EvidenceSpan[];
  paragraphs: ArticleParagraph[];
}

const HAS_LETTER = /\p{L}/u;
const HAS_UPPER = /\p{Lu}/u;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * How a surface form is searched: forms with a capital letter match case-sensitively (plus a
 * sentence-initial capital: "al-Jazeera" also finds "Al-Jazeera"); all-lowercase forms such as
 * "state media" match in any case. Whole words only: no letter or digit may touch either end.
 */
function formPattern(form: string): RegExp {
  const body = escapeRegExp(form);
  const edges = (inner: string) => `(?<![\\p{L}\\p{N}])(?:${inner})(?![\\p{L}\\p{N}])`;
  if (!HAS_UPPER.test(form)) return new RegExp(edges(body), 'giu');
  const first = form[0]!;
  const capitalised = first.toUpperCase() + form.slice(1);
  const alternatives = capitalised !== form ? `${body}|${escapeRegExp(capitalised)}` : body;
  return new RegExp(edges(alternatives), 'gu');
}

/** Every distinct usable surface form of each actor: label and aliases, at least two characters with a letter. */
function surfaceForms(actors: readonly MentionActor[]): Map<string, string[]> {
  const byForm = new Map<string, string[]>();
  for (const actor of actors) {
    for (const raw of [actor.label, ...actor.aliases]) {
      const form = raw.trim();
      if (form.length < 2 || !HAS_LETTER.test(form)) continue;
      const owners = byForm.get(form) ?? [];
      if (!owners.includes(actor.id)) owners.push(actor.id);
      byForm.set(form, owners);
    }
  }
  return byForm;
}

interface Candidate {
  start: number;
  end: number;
  actors: string[];
  form: string;
}

/**
 * Actor mentions in `body`: every label or alias found as a whole word, longest match first, so
 * "Iranian state media" wins over "Iranian" and "U.S.A." over "U.S."; matches never overlap.
 * When one name belongs to several actors, the actor whose label it is wins, then an actor of an
 * event whose evidence sentence holds the name, then an actor of any event of the document.
 */
export function findActorMentions(body: string, actors: readonly MentionActor[], events: readonly ArticleEvent[] = []): ArticleMention[] {
  const labels = new Map(actors.map((a) => [a.id, a.label]));
  const inDocument = new Set(events.flatMap((e) => e.actors));
  const candidates: Candidate[] = [];
  for (const [form, owners] of surfaceForms(actors)) {
    for (const match of body.matchAll(formPattern(form))) {
      const start = match.index;
      candidates.push({ start, end: start + match[0].length, actors: owners, form });
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);

  const taken = new Uint8Array(body.length);
  const mentions: ArticleMention[] = [];
  for (const c of candidates) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    mentions.push({ start: c.start, end: c.end, actor: pickActor(c, labels, events, inDocument) });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function pickActor(c: Candidate, labels: ReadonlyMap<string, string>, events: readonly ArticleEvent[], inDocument: ReadonlySet<string>): string {
  if (c.actors.length === 1) return c.actors[0]!;
  const inSentence = new Set(events.filter((e) => e.start <= c.start && c.end <= e.end).flatMap((e) => e.actors));
  const score = (id: string) => (labels.get(id) === c.form ? 4 : 0) + (inSentence.has(id) ? 2 : 0) + (inDocument.has(id) ? 1 : 0);
  return [...c.actors].sort((a, b) => score(b) - score(a) || a.localeCompare(b))[0]!;
}

/**
 * The evidence sentences of the document's events, identical spans grouped, in text order. An
 * event whose offsets no longer match its text is placed at the first occurrence of the text, or
 * left out when the body lacks it. Overlapping spans are merged into one.
 */
export function evidenceSpans(body: string, events: readonly ArticleEvent[]): EvidenceSpan[] {
  const placed: EvidenceSpan[] = [];
  for (const e of events) {
    let { start, end } = e;
    if (body.slice(start, end) !== e.text) {
      start = e.text ? body.indexOf(e.text) : -1;
      if (start === -1) continue;
      end = start + e.text.length;
    }
    placed.push({ start, end, edges: [e.edge] });
  }
  placed.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: EvidenceSpan[] = [];
  for (const span of placed) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      for (const edge of span.edges) if (!last.edges.includes(edge)) last.edges.push(edge);
    } else merged.push({ ...span, edges: [...span.edges] });
  }
  return merged;
}

/**
 * Paragraph ranges: the non-blank lines of the body, without surrounding whitespace. Line breaks
 * end sentences for the extractor too, and the corpus separates paragraphs with single breaks.
 */
export function paragraphRanges(body: string): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  for (const m of body.matchAll(/[^\n]+/g)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && /\s/.test(body[start]!)) start++;
    while (end > start && /\s/.test(body[end - 1]!)) end--;
    if (end > start) ranges.push({ start, end });
  }
  return ranges;
}

/** Text and mentions between `start` and `end`; mentions crossing either end are left as text. */
function inlines(body: string, start: number, end: number, mentions: readonly ArticleMention[]): ArticleInline[] {
  const out: ArticleInline[] = [];
  let at = start;
  for (const m of mentions) {
    if (m.start < start || m.end > end) continue;
    if (m.start > at) out.push({ kind: 'text', start: at, end: m.start, text: body.slice(at, m.start) });
    out.push({ kind: 'mention', start: m.start, end: m.end, text: body.slice(m.start, m.end), actor: m.actor });
    at = m.end;
  }
  if (at < end) out.push({ kind: 'text', start: at, end, text: body.slice(at, end) });
  return out;
}

/**
 * The body as paragraphs of plain text, actor mentions and evidence sentences (which hold their
 * own text and mentions). Every piece's `text` is exactly `body.slice(start, end)`.
 */
export function segmentArticle(body: string, mentions: readonly ArticleMention[], evidence: readonly EvidenceSpan[]): ArticleParagraph[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  return paragraphRanges(body).map(({ start, end }) => {
    const children: ArticlePiece[] = [];
    let at = start;
    for (const span of evidence) {
      const s = Math.max(span.start, start);
      const e = Math.min(span.end, end);
      if (e <= s || s < at) continue;
      children.push(...inlines(body, at, s, sorted));
      children.push({ kind: 'evidence', start: s, end: e, edges: span.edges, children: inlines(body, s, e, sorted) });
      at = e;
    }
    children.push(...inlines(body, at, end, sorted));
    return { start, end, children };
  });
}

/** Mentions, evidence and paragraphs of one document of the graph; null when the graph lacks it. */
export function articleMarkup(graph: DramatisGraph, docId: string): ArticleMarkup | null {
  const doc = graph.getAttribute('documents').find((d) => d.id === docId);
  if (!doc) return null;
  const events: ArticleEvent[] = [];
  graph.forEachEdge((edge, a, source, target) => {
    if (a.doc !== docId) return;
    const actors = a.attributedTo ? [source, target, a.attributedTo] : [source, target];
    events.push({ edge, start: a.evidence.start, end: a.evidence.end, text: a.evidence.text, actors });
  });
  const actors = graph.mapNodes((id, a): MentionActor => ({ id, label: a.label, aliases: a.aliases }));
  const mentions = findActorMentions(doc.body, actors, events);
  const evidence = evidenceSpans(doc.body, events);
  return { mentions, evidence, paragraphs: segmentArticle(doc.body, mentions, evidence) };
}

