export interface EvidenceSegment {
  text: string;
  isCue: boolean;
}

/** Splits evidence around the first case-insensitive occurrence of the cue, for highlighting. */
export function splitEvidence(evidence: string, cue: string | null): EvidenceSegment[] {
  const at = cue ? evidence.toLowerCase().indexOf(cue.toLowerCase()) : -1;
  if (!cue || at === -1) return [{ text: evidence, isCue: false }];
  return [
    { text: evidence.slice(0, at), isCue: false },
    { text: evidence.slice(at, at + cue.length), isCue: true },
    { text: evidence.slice(at + cue.length), isCue: false },
  ].filter((s) => s.text.length > 0);
}
