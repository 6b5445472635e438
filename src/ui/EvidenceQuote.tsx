import { splitEvidence } from './evidenceSegments';

/** The evidence sentence as plain text, with the triggering words marked. */
export function EvidenceQuote({ text, cue }: { text: string; cue: string | null }) {
  return (
    <blockquote className="evidence" data-testid="evidence">
      {splitEvidence(text, cue).map((segment, i) => (segment.isCue ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}
    </blockquote>
  );
}
