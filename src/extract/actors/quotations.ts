// Quotations of a document and who speaks each: the attribution in a sentence the quotation touches
// ("“...,” she said", "Kostunica says, “...”"), a sentence just before that ends in a speech verb
// ("..., Kostunica says. “We ...”"), or the quotation before it in the same paragraph ("“...,” she
// said. “We hope ...”"). Used to read "we" and "our" inside a quotation as its speaker.
import { LEXICON } from '../lexicon';
import type { MentionIndex } from '../mentionIndex';
import type { Mention, Token } from '../types';
import { wordClass } from '../wordClass';

export interface Quotation {
  /** Token range of what is quoted, without its marks [start, end). */
  start: number;
  end: number;
  paragraph: number;
  speaker?: Mention;
  /** How the speaker was found, for notes. */
  how?: string;
}

const OPENING = new Set(['“']);
const CLOSING = new Set(['”']);
/** Words that may stand between a speaker and the speech verb ("Kostunica later says", "officials have said"). */
const BETWEEN = new Set(['ADV', 'AUX']);

/** Quotations by their marks; a paragraph ends any quotation still open (news reopens it on the next). */
export function quotations(body: string, tokens: Token[]): Quotation[] {
  const out: Quotation[] = [];
  let paragraph = 0;
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i > 0 && body.slice(tokens[i - 1]!.end, t.start).includes('\n')) {
      if (open >= 0 && i > open + 1) out.push({ start: open + 1, end: i, paragraph });
      open = -1;
      paragraph++;
    }
    if (t.norm !== '"') continue;
    const closes = CLOSING.has(t.text) || (!OPENING.has(t.text) && open >= 0);
    if (closes && open >= 0) {
      if (i > open + 1) out.push({ start: open + 1, end: i, paragraph });
      open = -1;
    } else if (!closes) open = i;
  }
  if (open >= 0 && tokens.length > open + 1) out.push({ start: open + 1, end: tokens.length, paragraph });
  return out;
}

interface SpeakerContext {
  tokens: Token[];
  index: MentionIndex;
  children: Map<number, number[]>;
  /** Per token: true inside a quotation. */
  quoted: Uint8Array;
}

const isSpeechVerb = (t: Token) => LEXICON.speechVerbs.has(t.lemma) && (wordClass(t) === 'VERB' || wordClass(t) === 'AUX');

/** "army spokesman Colonel X", "a spokesman for X": the name a subject noun without one of its own holds in apposition or attachment. */
function namedIn(c: SpeakerContext, k: number): Mention | undefined {
  for (const j of c.children.get(k) ?? []) {
    const dep = c.tokens[j]!.dep ?? '';
    if (dep !== 'appos' && dep !== 'flat' && dep !== 'compound' && dep !== 'nmod') continue;
    const m = c.index.at(j);
    if (m && m.modifierOf === undefined && !m.members && !c.quoted[m.tokenStart]) return m;
  }
  return undefined;
}

/** The actor a speech verb at `v` has as its speaker: its subject on the tree, else the name right before or after it. */
function speakerOf(c: SpeakerContext, v: number): Mention | undefined {
  const free = (m: Mention | undefined) => (m && m.modifierOf === undefined && !m.members && !c.quoted[m.tokenStart] ? m : undefined);
  for (const k of c.children.get(v) ?? []) if (c.tokens[k]!.dep === 'nsubj') return free(c.index.at(k)) ?? namedIn(c, k);
  let j = v - 1;
  while (j >= 0 && BETWEEN.has(c.tokens[j]!.pos) && c.tokens[j]!.sentence === c.tokens[v]!.sentence) j--;
  const before = j >= 0 && c.tokens[j]!.sentence === c.tokens[v]!.sentence ? free(c.index.at(j)) : undefined;
  if (before) return before;
  // "“...,” said Hua": the name right after the verb.
  const after = c.tokens[v + 1]?.sentence === c.tokens[v]!.sentence ? free(c.index.at(v + 1)) : undefined;
  return after;
}

function sentenceRange(tokens: Token[], s: number, near: number): [number, number] {
  let a = near;
  while (a > 0 && tokens[a - 1]!.sentence === s) a--;
  let b = near;
  while (b < tokens.length && tokens[b]!.sentence === s) b++;
  return [a, b];
}

/** A speech verb outside the quotation, in a sentence it touches, that names a speaker: the nearest one. */
function attribution(c: SpeakerContext, q: Quotation): Mention | undefined {
  const [from] = sentenceRange(c.tokens, c.tokens[q.start]!.sentence, q.start);
  const [, to] = sentenceRange(c.tokens, c.tokens[q.end - 1]!.sentence, q.end - 1);
  let best: { m: Mention; distance: number } | undefined;
  for (let v = from; v < to; v++) {
    if (c.quoted[v] || !isSpeechVerb(c.tokens[v]!)) continue;
    const m = speakerOf(c, v);
    const distance = v < q.start ? q.start - v : v - q.end;
    if (m && (!best || distance < best.distance)) best = { m, distance };
  }
  return best?.m;
}

/** "..., Kostunica says. “We ...”": the sentence before the quotation ends in an attribution. */
function lastSaid(c: SpeakerContext, q: Quotation): Mention | undefined {
  let j = q.start - 2;
  if (j < 0 || c.tokens[j]!.sentence === c.tokens[q.start]!.sentence) return undefined;
  while (j >= 0 && c.tokens[j]!.pos === 'PUNCT') j--;
  if (j < 0 || c.quoted[j]) return undefined;
  return isSpeechVerb(c.tokens[j]!) ? speakerOf(c, j) : undefined;
}

/** Each quotation's speaker, where the text names one. */
export function quotationSpeakers(body: string, tokens: Token[], index: MentionIndex): Quotation[] {
  const list = quotations(body, tokens);
  const quoted = new Uint8Array(tokens.length);
  for (const q of list) quoted.fill(1, q.start, q.end);
  const children = new Map<number, number[]>();
  tokens.forEach((t, i) => {
    if (t.head === undefined || t.head < 0) return;
    const kids = children.get(t.head);
    if (kids) kids.push(i);
    else children.set(t.head, [i]);
  });
  const c: SpeakerContext = { tokens, index, children, quoted };
  let previous: Quotation | undefined;
  for (const q of list) {
    const own = attribution(c, q);
    const before = own ? undefined : lastSaid(c, q);
    if (own || before) {
      q.speaker = (own ?? before)!;
      q.how = own ? 'the speaker the quotation is attributed to' : 'the speaker the sentence before it names';
    } else if (previous?.speaker && previous.paragraph === q.paragraph) {
      q.speaker = previous.speaker;
      q.how = 'the speaker of the quotation before it in the paragraph';
    }
    previous = q;
  }
  return list;
}
