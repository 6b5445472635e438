import type { CSSProperties } from 'react';
import { KIND_COLORS } from '../../graph/appearance';
import type { ArticleInline, ArticlePiece } from '../../graph/articleMentions';
import { isolate } from '../../graph/bidiText';
import type { ActorInfo } from './readerActors';

interface InlineProps {
  piece: ArticleInline;
  actors: ReadonlyMap<string, ActorInfo>;
  selectedActor: string | null;
  onMention: (actor: string) => void;
}

/** A run of article text, or an actor mention that selects its actor when clicked. */
function Inline({ piece, actors, selectedActor, onMention }: InlineProps) {
  if (piece.kind === 'text') return <span data-offset={piece.start}>{piece.text}</span>;
  const info = actors.get(piece.actor);
  return (
    <span
      data-offset={piece.start}
      role="button"
      tabIndex={-1}
      className={piece.actor === selectedActor ? 'mention selected' : 'mention'}
      style={{ '--kind': info?.color ?? KIND_COLORS.other } as CSSProperties}
      data-actor={piece.actor}
      title={`${isolate(info?.label ?? piece.actor)}: select in the graph`}
      onClick={() => onMention(piece.actor)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onMention(piece.actor);
        }
      }}
    >
      {piece.text}
    </span>
  );
}

interface PieceProps extends Omit<InlineProps, 'piece'> {
  piece: ArticlePiece;
  edge: string | null;
}

/** A piece of a paragraph; an evidence sentence is marked, and highlighted when it is the open event's. */
export function ArticlePieceView({ piece, edge, ...inline }: PieceProps) {
  if (piece.kind !== 'evidence') return <Inline piece={piece} {...inline} />;
  const children = piece.children.map((child) => <Inline key={child.start} piece={child} {...inline} />);
  if (edge !== null && piece.edges.includes(edge)) {
    return (
      <mark className="reader-evidence current" data-testid="reader-evidence" data-edges={piece.edges.join(' ')}>
        {children}
      </mark>
    );
  }
  const label = `Evidence for ${piece.edges.length} ${piece.edges.length === 1 ? 'relation' : 'relations'}`;
  return (
    <span className="reader-evidence" data-edges={piece.edges.join(' ')} title={label}>
      {children}
    </span>
  );
}
