// "Iran's foreign ministry": the structural relation between an actor and the state or body that owns it.
import type { RelationDefinition } from '../domain/relationOntology';
import { partnerBetween } from './partnerNouns';
import type { MentionIndex } from './mentionIndex';
import type { ExtractedEvent, Mention, Sentence, SourceDocument, Token } from './types';

/** Whether a state's mention modifies mention m ("Tehran's" in "Tehran's United Nations spokesman"). */
function ownedByState(m: Mention, mentions: readonly Mention[], index: MentionIndex, kindOf: (id: string) => string | undefined): boolean {
  return mentions.some((x) => x.modifierOf !== undefined && index.at(x.modifierOf)?.tokenStart === m.tokenStart && kindOf(x.actorId) === 'state');
}

/** "Iran's foreign ministry": events of the registry's structural relation, from the ministry to Iran. */
export function affiliationEvents(
  structural: RelationDefinition | undefined,
  doc: SourceDocument,
  tokens: Token[],
  sentences: Sentence[],
  mentions: Mention[],
  index: MentionIndex,
  kindOf: (id: string) => string | undefined,
  docDate: string,
  international: (id: string) => boolean,
): ExtractedEvent[] {
  const out: ExtractedEvent[] = [];
  if (!structural) return out;
  const seen = new Set<string>();
  for (const m of mentions) {
    if (m.modifierOf === undefined) continue;
    const head = m.modifierOf === undefined ? undefined : index.at(m.modifierOf);
    if (!head || head.actorId === m.actorId) continue;
    const headKind = kindOf(head.actorId);
    const ownerKind = kindOf(m.actorId);
    if (headKind === 'state' || (ownerKind !== 'state' && ownerKind !== 'organization' && ownerKind !== 'group')) continue;
    // "Tehran's United Nations spokesman X": the state's mission to an international body; neither X nor the body is the other's.
    if ((ownerKind === 'state' && international(head.actorId)) || (international(m.actorId) && ownedByState(m, mentions, index, kindOf))) continue;
    // "Hamas ally Hezbollah": partners or foes, neither a part of the other.
    if (partnerBetween(tokens, Math.min(m.tokenEnd, head.tokenEnd), Math.max(m.tokenStart, head.tokenStart))) continue;
    const key = `${head.actorId}>${m.actorId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // The modifier comes before its head ("Iran's foreign ministry") or after it in apposition ("X, Iran's UN ambassador").
    const first = tokens[Math.min(m.tokenStart, head.tokenStart)]!;
    const last = tokens[Math.max(m.tokenEnd, head.tokenEnd) - 1]!;
    const s = sentences[first.sentence]!;
    out.push({
      id: `${doc.id}:${first.sentence}:aff:${head.actorId}:${m.actorId}`,
      source: head.actorId,
      target: m.actorId,
      relation: structural.id,
      cameo: structural.cameo[0]!,
      plover: structural.plover,
      date: docDate,
      datePrecision: 'document',
      doc: doc.id,
      evidence: { text: doc.body.slice(s.start, s.end), start: s.start, end: s.end },
      modality: 'asserted',
      confidence: m.form === 'name' ? 0.9 : 0.8,
      cue: doc.body.slice(first.start, last.end),
    });
  }
  return out;
}
