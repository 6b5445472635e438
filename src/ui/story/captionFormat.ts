// Captions are plain text with a small formatting subset, parsed into data that the Caption
// component turns into React elements (never HTML strings):
//   **bold**, *italic*, line breaks, blank lines between paragraphs,
//   lines starting with "- " or "* " as bullet points,
//   [text](https://...) and bare http(s) addresses as links (any other scheme stays plain text).

export type CaptionInline =
  | { kind: 'text'; text: string }
  | { kind: 'bold'; text: string }
  | { kind: 'italic'; text: string }
  | { kind: 'link'; text: string; href: string };

/** One line of a paragraph or one bullet point. */
export type CaptionLine = CaptionInline[];

export type CaptionBlock = { kind: 'paragraph'; lines: CaptionLine[] } | { kind: 'list'; items: CaptionLine[] };

const BULLET = /^\s*[-*•]\s+/;
// Order matters: bold before italic, a written link before a bare address.
const INLINE = /\*\*([^*\n]+?)\*\*|\*([^*\s][^*\n]*?)\*|\[([^\]\n]+)\]\(([^)\s]+)\)|(https?:\/\/[^\s<>"')\]]+)/g;

/** The address when it is an absolute http or https URL, otherwise null. */
export function safeHref(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

function pushText(out: CaptionLine, text: string): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last?.kind === 'text') out[out.length - 1] = { kind: 'text', text: last.text + text };
  else out.push({ kind: 'text', text });
}

export function parseInline(line: string): CaptionLine {
  const out: CaptionLine = [];
  let at = 0;
  for (const m of line.matchAll(INLINE)) {
    const start = m.index;
    pushText(out, line.slice(at, start));
    at = start + m[0].length;
    if (m[1] !== undefined) out.push({ kind: 'bold', text: m[1] });
    else if (m[2] !== undefined) out.push({ kind: 'italic', text: m[2] });
    else if (m[3] !== undefined && m[4] !== undefined) {
      const href = safeHref(m[4]);
      if (href) out.push({ kind: 'link', text: m[3], href });
      else pushText(out, m[0]);
    } else if (m[5] !== undefined) {
      // A sentence's full stop or comma after an address is not part of it.
      const trimmed = m[5].replace(/[.,;:!?]+$/, '');
      const href = safeHref(trimmed);
      if (href) {
        out.push({ kind: 'link', text: trimmed, href });
        pushText(out, m[5].slice(trimmed.length));
      } else pushText(out, m[5]);
    }
  }
  pushText(out, line.slice(at));
  return out;
}

/** Splits a caption into paragraphs and bullet lists. */
export function parseCaption(caption: string): CaptionBlock[] {
  const blocks: CaptionBlock[] = [];
  let current: CaptionBlock | null = null;
  for (const raw of caption.replace(/\r\n?/g, '\n').split('\n')) {
    if (raw.trim() === '') {
      current = null;
      continue;
    }
    const bullet = BULLET.exec(raw);
    if (bullet) {
      if (current?.kind !== 'list') {
        current = { kind: 'list', items: [] };
        blocks.push(current);
      }
      current.items.push(parseInline(raw.slice(bullet[0].length).trimEnd()));
    } else {
      if (current?.kind !== 'paragraph') {
        current = { kind: 'paragraph', lines: [] };
        blocks.push(current);
      }
      current.lines.push(parseInline(raw.trim()));
    }
  }
  return blocks;
}

/** The caption as plain text with the markers removed (for titles and screen-reader labels). */
export function captionPlainText(caption: string): string {
  return parseCaption(caption)
    .flatMap((b) => (b.kind === 'paragraph' ? b.lines : b.items))
    .map((line) => line.map((i) => i.text).join(''))
    .join(' ');
}
