// Where a DOM selection in the source reader sits in the document's body. The reader marks every
// piece of text with the body offset it starts at (data-offset); nothing here reads the text itself.

function offsetElement(node: Node | null, root: Element): HTMLElement | null {
  let el: Node | null = node;
  while (el && el !== root) {
    if (el instanceof HTMLElement && el.dataset.offset !== undefined) return el;
    el = el.parentNode;
  }
  return null;
}

function firstOffsetIn(node: Node): number | null {
  if (node instanceof HTMLElement && node.dataset.offset !== undefined) return Number(node.dataset.offset);
  const el = node instanceof Element ? node.querySelector<HTMLElement>('[data-offset]') : null;
  return el ? Number(el.dataset.offset) : null;
}

function endOffsetIn(node: Node): number | null {
  const all = node instanceof Element ? [...node.querySelectorAll<HTMLElement>('[data-offset]')] : [];
  const last = node instanceof HTMLElement && node.dataset.offset !== undefined && all.length === 0 ? node : all.at(-1);
  return last ? Number(last.dataset.offset) + (last.textContent ?? '').length : null;
}

/** The body offset of one boundary point of a range. */
function boundaryOffset(root: Element, node: Node, offset: number, atEnd: boolean): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const el = offsetElement(node, root);
    if (!el) return null;
    // The text before this text node inside the marked element (a mention splits none, but be safe).
    let before = 0;
    for (const child of el.childNodes) {
      if (child === node) break;
      before += (child.textContent ?? '').length;
    }
    return Number(el.dataset.offset) + before + offset;
  }
  const children = node.childNodes;
  if (!atEnd && offset < children.length) return firstOffsetIn(children[offset]!);
  if (atEnd && offset > 0) return endOffsetIn(children[offset - 1]!);
  return atEnd ? endOffsetIn(node) : firstOffsetIn(node);
}

/** The selected span of the body, or null when the selection is empty or not inside `root`. */
export function selectedBodySpan(root: Element, selection: Selection | null): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const start = boundaryOffset(root, range.startContainer, range.startOffset, false);
  const end = boundaryOffset(root, range.endContainer, range.endOffset, true);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
