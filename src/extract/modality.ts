import type { Modality } from '../domain/contract';
import { anchorPhrases } from './anchorPhrases';
import { LEXICON } from './lexicon';
import type { Tense } from './resolveEventDate';
import type { Token } from './types';

const OBJECT_WORDS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'PRON', 'PART']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', "'d"]);
const FUTURE = new Set(['will', "'ll", 'shall']);

/** The verb before an object that ends at `last`: "urged" in "urged the Iranian government" or "called on Iran". */
function objectControlVerb(tokens: Token[], last: number): Token | undefined {
  let j = last;
  while (j >= 0 && last - j < 6 && tokens[j]!.sentence === tokens[last]!.sentence && OBJECT_WORDS.has(tokens[j]!.pos) && tokens[j]!.norm !== 'to') j--;
  if (j === last) return undefined;
  if (tokens[j]?.norm === 'on' || tokens[j]?.norm === 'to') j--;
  const verb = tokens[j];
  return verb && verb.pos === 'VERB' && verb.sentence === tokens[last]!.sentence ? verb : undefined;
}

/** A verb in a past form ("held", not "holds" or "holding"). */
function pastForm(t: Token | undefined): boolean {
  return t !== undefined && t.pos === 'VERB' && t.norm !== t.lemma && !t.norm.endsWith('s') && !t.norm.endsWith('ing');
}

/** A past verb whose infinitive says what it was done for, not what was threatened, planned, asked or refused ("held rallies to protest"). */
function purposeOfPast(t: Token | undefined): boolean {
  if (!pastForm(t)) return false;
  const governs = [LEXICON.hypotheticalGovernors, LEXICON.plannedGovernors, LEXICON.requestGovernors, LEXICON.inviteGovernors, LEXICON.negatingVerbs];
  return !governs.some((list) => list.has(t!.lemma));
}

/** Tense of a verb cue from its own form: "spoke" is past whatever else the clause says. */
export function cueTense(tokens: Token[], cueStart: number): Tense | null {
  const t = tokens[cueStart]!;
  // "Trump's planned visit to China in April": the act a planning word puts before the noun lies ahead.
  if (t.pos === 'NOUN') return LEXICON.plannedPremodifiers.has(tokens[cueStart - 1]?.norm ?? '') ? 'future' : null;
  if (t.pos !== 'VERB') return null;
  const before = tokens[cueStart - 1];
  // "held rallies Thursday to protest ...": a purpose infinitive on a past verb happens with it, also
  // where the parser hung it on that verb's object ("began a hunger strike on Monday to protest"), unless the object is itself a plan.
  const head = tokens[t.head ?? -1];
  const onObject = t.dep === 'acl' && head?.dep === 'obj' && !LEXICON.plannedGovernors.has(head.lemma) && !LEXICON.hypotheticalGovernors.has(head.lemma) ? tokens[head.head ?? -1] : undefined;
  if (before?.norm === 'to' && ((t.dep === 'advcl' && purposeOfPast(head)) || purposeOfPast(onObject))) return 'past';
  if (before && (FUTURE.has(before.norm) || before.norm === 'to')) return 'future';
  if (before && PAST_AUX.has(before.norm)) return 'past';
  if (t.norm !== t.lemma && !t.norm.endsWith('s') && !t.norm.endsWith('ing')) return 'past';
  return null;
}

/** "The next day rebels attacked": a planning word inside a phrase counting days from the day named before (anchorPhrases.ts), no plan. */
function countsDays(tokens: Token[], i: number): boolean {
  const from = Math.max(0, i - 2);
  const words = tokens.slice(from, i + 3).map((t) => t.norm);
  const at = words.slice(0, i - from).join(' ').length + (i > from ? 1 : 0);
  return anchorPhrases(words.join(' ')).some((p) => p.index <= at && at < p.index + p.text.length);
}

/** Tense of a clause from its verbs: future markers win, then past forms, else present. */
export function clauseTense(tokens: Token[], start: number, end: number): Tense {
  let past = false;
  for (let i = start; i < end; i++) {
    const t = tokens[i]!;
    if (FUTURE.has(t.norm) || (t.norm === 'going' && tokens[i + 1]?.norm === 'to') || t.norm === 'expected' || (t.norm === 'next' && !countsDays(tokens, i)) || t.norm === 'upcoming') return 'future';
    if (PAST_AUX.has(t.norm)) past = true;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && t.norm !== t.lemma && !t.norm.endsWith('s') && !t.norm.endsWith('ing')) past = true;
  }
  return past ? 'past' : 'present';
}

/**
 * Modality of a cue in its clause; the strongest qualifier wins:
 * negated > hypothetical > planned > reported > asserted.
 */
export function cueModality(tokens: Token[], clauseStart: number, clauseEnd: number, cueStart: number, reported: boolean): Modality {
  const near = Math.max(clauseStart, cueStart - 5);
  for (let i = near; i < cueStart; i++) {
    const t = tokens[i]!;
    if (LEXICON.negators.has(t.norm)) return 'negated';
    // "declined to comment", "refused to meet": the negating verb governs the cue directly.
    if (LEXICON.negatingVerbs.has(t.lemma) && (i + 1 === cueStart || (tokens[i + 1]?.norm === 'to' && i + 2 >= cueStart - 1))) return 'negated';
  }
  // The cue as the object of an intention: "threatened to strike", "plans to impose new sanctions".
  let to = cueStart - 1;
  while (to > clauseStart && cueStart - to <= 4 && tokens[to]!.norm !== 'to' && ['VERB', 'ADJ', 'DET', 'NUM'].includes(tokens[to]!.pos)) to--;
  const governor = tokens[to]?.norm === 'to' ? tokens[to - 1] : undefined;
  if (governor && to - 1 >= clauseStart) {
    if (LEXICON.hypotheticalGovernors.has(governor.lemma)) return 'hypothetical';
    if (LEXICON.plannedGovernors.has(governor.lemma)) return 'planned';
    // "urged Iran to stop", "invited Iran to visit": the object is asked or invited to act, and has not yet.
    const asker = objectControlVerb(tokens, to - 1);
    if (asker && LEXICON.requestGovernors.has(asker.lemma)) return 'hypothetical';
    if (asker && LEXICON.inviteGovernors.has(asker.lemma)) return 'planned';
  }
  let hypothetical = false;
  let planned = false;
  for (let i = clauseStart; i < Math.min(clauseEnd, cueStart + 3); i++) {
    const t = tokens[i]!;
    if (LEXICON.hypotheticalMarkers.has(t.norm) || LEXICON.hypotheticalMarkers.has(t.lemma)) hypothetical = true;
    if (i < cueStart + 2 && ((LEXICON.plannedMarkers.has(t.norm) && !countsDays(tokens, i)) || (t.norm === 'set' && tokens[i + 1]?.norm === 'up'))) planned = true;
  }
  if (hypothetical) return 'hypothetical';
  if (planned) return 'planned';
  return reported ? 'reported' : 'asserted';
}
