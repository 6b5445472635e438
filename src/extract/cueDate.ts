// The date of what one cue says, read from its clause and, failing that, from what the sentence and
// the document said around it: a "when" clause's anchor, an event noun's clause, the event it refers
// back to, "that day", a shared speech frame, the speech itself. Undefined: the document's date.
import type { CueMatch } from './assignRoles';
import { closingDate, linkedClauseDate, nearestDateBefore, sameDayDate } from './clauseDates';
import { distanceBase, distanceDate, narrativeDate, pastNarrative, phraseDate, type AnchorSource } from './discourseAnchor';
import { describingParticiple } from './describingParticiple';
import { cueTense } from './modality';
import { restatedEventDate } from './restatedEventDate';
import type { DependencyTree } from './relations/dependencyTree';
import { antecedentDate, type AnaphorReading, type NamedEvent } from './relations/eventAnaphora';
import { restatedEventNoun } from './relations/eventClauseDoer';
import { cueHead } from './relations/frameContext';
import { dateInOtherClause } from './relations/otherClauseDates';
import type { DateFinder, ResolvedDate, Tense } from './resolveEventDate';
import { speechDate } from './speechDate';
import type { Sentence, SourceDocument, SpeechFrame, Token } from './types';

const noAnchor: AnchorSource = () => undefined;

/** Undated documents keep only dates with a written year: no reference day resolves the rest. */
const FAR_FUTURE = '9999-12-31';

export interface CueDateContext {
  doc: SourceDocument;
  tokens: Token[];
  sentence: Sentence;
  clause: { start: number; end: number };
  cue: CueMatch;
  tree: DependencyTree | null;
  /** Tokens of the document's dateline (1), whose date is the filing date, not an event's. */
  dateline: Uint8Array;
  tense: Tense;
  findDates: DateFinder;
  evidence: { text: string };
  anaphor: AnaphorReading | null;
  earlier: readonly NamedEvent[];
  frames: readonly SpeechFrame[];
  frame: SpeechFrame | undefined;
  /** The actors the cue was read to relate (actor ids). */
  pairs?: readonly { source: string; target: string }[];
  /** The day the sentences before named last (discourseAnchor.ts), worked out when asked for. */
  anchor?: AnchorSource;
}

/** "revelations last week that North Korea had been helping ...": a date right before "that" dates what opens the complement, not the act inside it. */
function complementOpenerDate(text: string, d: { index: number; text: string }, cueChar: number): boolean {
  const end = d.index + d.text.length;
  return end <= cueChar && /^\s*that\b/i.test(text.slice(end));
}

/** "behind an April attack": a date naming a thing, unless a time preposition frames it ("during the June war"). */
function attributiveDate(text: string, d: { index: number; text: string }): boolean {
  const before = text.slice(Math.max(0, d.index - 24), d.index).toLowerCase();
  return /\b(a|an|the)\s+$/.test(before) && !/\b(during|in|since|after|before|throughout|by|until|on|over|at)\s+(a|an|the)\s+$/.test(before);
}

/** The date written between the noun a relative clause (or its conjunct) hangs on and the clause: "a statement from X on Saturday that called ...". */
function relativeNounDate(ctx: CueDateContext): ResolvedDate | undefined {
  const { doc, tokens, tree, tense, findDates } = ctx;
  if (!tree || !doc.published) return undefined;
  let v = cueHead(tree, ctx.cue);
  if (tree.dep(v) === 'conj' && tree.dep(tree.head(v)) === 'acl:relcl') v = tree.head(v);
  const noun = tree.head(v);
  if (tree.dep(v) !== 'acl:relcl' || noun < 0 || noun > v) return undefined;
  const first = Math.min(v, ...tree.children(v).filter((c) => c < v));
  if (first <= noun + 1) return undefined;
  return nearestDateBefore(doc.body.slice(tokens[noun + 1]!.start, tokens[first]!.start), doc.published, tense, findDates);
}

export function cueDate(ctx: CueDateContext): ResolvedDate | undefined {
  const { doc, tokens, sentence, clause, cue, tree, dateline, tense, findDates, evidence, anaphor, earlier, frames, frame } = ctx;
  const anchor = ctx.anchor ?? noAnchor;
  // A dateline's date is the filing date, not the event's.
  let dateFrom = clause.start;
  while (dateline[dateFrom] && dateFrom < cue.tokenStart) dateFrom++;
  const clauseStartChar = tokens[dateFrom]!.start;
  const clauseText = doc.body.slice(clauseStartChar, tokens[clause.end - 1]!.end);
  const cueChar = tokens[cue.tokenStart]!.start - clauseStartChar;
  const dates = doc.published
    ? findDates(clauseText, doc.published, tense)
    : findDates(clauseText, FAR_FUTURE, tense).filter((d) => /\b(19|20)\d{2}\b/.test(d.text));
  // The nearest date of the clause, unless it modifies a noun ("last July's election"), lies far off or in a clause without the cue.
  const otherClause = (d: { index: number }) => tree !== null && dateInOtherClause(tree, clauseStartChar + d.index, cueHead(tree, cue));
  // "photos of the girls kidnapped by X, May 6, 2014": a participle describing a noun names an earlier act, not the caption's.
  const background = describingParticiple(tree, cue);
  const closing = background && doc.published ? closingDate(evidence.text, doc.published, tense, findDates) : undefined;
  const captionDate = (d: { index: number }) => closing !== undefined && clauseStartChar + d.index === sentence.start + closing.index;
  let date: ResolvedDate | undefined = dates
    .filter((d) => !/^['’]s\b/.test(clauseText.slice(d.index + d.text.length)) && !attributiveDate(clauseText, d) && !complementOpenerDate(clauseText, d, cueChar) && Math.abs(d.index - cueChar) < 140 && !otherClause(d) && !captionDate(d))
    .sort((a, b) => Math.abs(a.index - cueChar) - Math.abs(b.index - cueChar))[0];
  // "The next day troops retook the town": counted from the day the text named before.
  date ??= phraseDate(clauseText, anchor);
  // "arrived one day after Gates concluded a visit": a day before the act the clause hangs on.
  if (!date && doc.published) {
    const beforeCue = doc.body.slice(sentence.start, tokens[cue.tokenStart]!.start);
    date = distanceDate(beforeCue, distanceBase(beforeCue, (t) => nearestDateBefore(t, doc.published!, tense, findDates), anchor, doc.published));
  }
  // "erupted last week when X accused Y": the date of the clause a "when" clause hangs on; a caption's closing date.
  if (!date && doc.published) date = linkedClauseDate(tokens[clause.start]?.norm, doc.body.slice(sentence.start, tokens[clause.start]!.start), doc.published, tense, findDates) ?? (background ? undefined : closingDate(evidence.text, doc.published, tense, findDates));
  // "ran out last year after attacks which killed ...": a clause restating an event noun is dated with the noun's clause.
  if (!date && doc.published && tree && restatedEventNoun(tree, cueHead(tree, cue), cue.relation) !== undefined)
    date = nearestDateBefore(doc.body.slice(sentence.start, tokens[clause.start]!.start), doc.published, tense, findDates);
  // "a statement on Saturday that called the detention unlawful": a relative clause says when through the noun it hangs on.
  if (!date && doc.published && tree) date = relativeNounDate(ctx);
  // "Russia will mediate the talks": the mediation is dated with the talks.
  date ??= antecedentDate(anaphor);
  // "Later that day, X will meet Y": the day the sentences before named last.
  date ??= sameDayDate(clauseText, earlier, sentence.index);
  // "X said on Sunday that ..., and accused Y": the second act shares the speech's date.
  const sharedFrame = !date && frames.find((f) => f.end === clause.start || f.end + 1 === clause.start || f.end + 2 === clause.start);
  const shared = sharedFrame && doc.published
    ? findDates(doc.body.slice(sentence.start, tokens[sharedFrame.start]!.start), doc.published, tense)[0]
    : undefined;
  if (shared) date = shared;
  // What a speaker reports as done happened on or before the speech: its date bounds the event.
  if (!date && frame && tense === 'past') date = speechDate(doc.body, tokens, sentence, frame, dateline, doc.published, findDates);
  // "held a meeting on Sunday. ... the meeting between them was aimed at": the act restated.
  if (!date && ctx.pairs) date = restatedEventDate(tokens, cue, ctx.pairs, earlier, sentence.index);
  // "clashed late Friday. Earlier, troops opened fire": past-tense narrative stays on the day named last.
  if (!date && !frame) date = narrativeDate(anchor, pastNarrative(tokens, clause, cue.tokenStart, tense, cueTense(tokens, cue.tokenStart), frames.map((f) => f.verb)), doc.published);
  return date;
}
