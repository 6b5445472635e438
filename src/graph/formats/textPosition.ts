// Line and column of an offset in a text, for messages that say where a problem is.

export interface TextPosition {
  line: number;
  column: number;
}

/** 1-based line and column of a UTF-16 offset; \r\n, \n and \r each end a line. */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

export function describePosition(p: TextPosition): string {
  return `line ${p.line}, column ${p.column}`;
}
