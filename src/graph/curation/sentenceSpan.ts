// A reader's text selection widened to the whole sentence(s) it touches: the evidence of a
// relation an analyst adds is always whole sentences of the document, never a fragment.

export interface TextSpan {
  start: number;
  end: number;
}

/**
 * The span from the start of the first sentence `selection` touches to the end of the last one.
 * `sentences` are sorted and do not overlap; null when the selection touches none (only spaces).
 */
export function widenToSentences(sentences: readonly TextSpan[], selection: TextSpan): TextSpan | null {
  const from = Math.min(selection.start, selection.end);
  const to = Math.max(selection.start, selection.end);
  const touched = sentences.filter((s) => s.start < Math.max(to, from + 1) && s.end > from);
  if (touched.length === 0) return null;
  return { start: touched[0]!.start, end: touched[touched.length - 1]!.end };
}
