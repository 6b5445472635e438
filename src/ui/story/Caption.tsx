import { Fragment, type ReactNode } from 'react';
import { parseCaption, type CaptionLine } from './captionFormat';

function renderLine(line: CaptionLine): ReactNode[] {
  return line.map((part, i) => {
    switch (part.kind) {
      case 'bold':
        return <strong key={i}>{part.text}</strong>;
      case 'italic':
        return <em key={i}>{part.text}</em>;
      case 'link':
        return (
          <a key={i} href={part.href} target="_blank" rel="noopener noreferrer">
            {part.text}
          </a>
        );
      default:
        return <Fragment key={i}>{part.text}</Fragment>;
    }
  });
}

/** A step's caption: the formatting subset of captionFormat, built as elements (text is never HTML). */
export function Caption({ text, className, testId }: { text: string; className?: string; testId?: string }) {
  const blocks = parseCaption(text);
  return (
    <div className={className ? `caption ${className}` : 'caption'} data-testid={testId}>
      {blocks.map((block, b) =>
        block.kind === 'list' ? (
          <ul key={b}>
            {block.items.map((item, i) => (
              <li key={i}>{renderLine(item)}</li>
            ))}
          </ul>
        ) : (
          <p key={b}>
            {block.lines.map((line, i) => (
              <Fragment key={i}>
                {i > 0 && <br />}
                {renderLine(line)}
              </Fragment>
            ))}
          </p>
        ),
      )}
    </div>
  );
}
