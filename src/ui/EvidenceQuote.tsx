import { splitEvidence } from './evidenceSegments';

/**
 * The evidence sentence as plain text, with the triggering words marked; for an imported relation
 * without a sentence, the `missing` note instead of an empty quote.
 */
export function EvidenceQuote({ text, cue, missing = null }: { text: string; cue: string | null; missing?: string | null }) {
  if (text === '' && missing) {
    return (
      <p className="evidence-missing" data-testid="evidence-missing">
        {missing}
      </p>
    );
  }
  return (
    <blockquote className="evidence" data-testid="evidence">
      {splitEvidence(text, cue).map((segment, i) => (segment.isCue ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}
    </blockquote>
  );
}
