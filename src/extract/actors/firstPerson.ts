// "We", "us", "our" (and "I", "me", "my") as the actor who speaks: inside a quotation, its speaker
// (quotations.ts) — a person's "we" is the state or body the person belongs to, else the person; in
// narration, the document's publisher when the source line names a government or an organisation
// ("US Department of State": "We call for ..." is the United States). Word lists:
// data/firstPersonWords.json. Each reading says why in its note.
import data from '../../../data/firstPersonWords.json';
import type { ActorDictionary } from '../actorDictionary';
import type { ActorLookup } from '../actorLookup';
import { LEXICON } from '../lexicon';
import { MentionIndex } from '../mentionIndex';
import { normalizeWord } from '../tokenize';
import type { Mention, Token } from '../types';
import { wordClass } from '../wordClass';
import { quotationSpeakers, type Quotation } from './quotations';

const PLURAL = new Set(data.plural);
const SINGULAR = new Set(data.singular);
const BODY_WORDS = new Set(data.publisherBodyWords);
const SIDES = new Set(['state', 'organization', 'group']);

export interface FirstPersonInput {
  body: string;
  /** The document's outlet or author line. */
  source: string | null;
  published: string | null;
  tokens: Token[];
  mentions: Mention[];
  dict: ActorLookup;
  dictionary: ActorDictionary;
  /** The state a state body belongs to. */
  stateOfBody: (id: string) => string | undefined;
}

/** Who a document's publisher is, when its source line names a government or an organisation. */
export function publisherVoice(source: string | null, dictionary: ActorDictionary, stateOfBody: (id: string) => string | undefined): string | undefined {
  if (!source) return undefined;
  const words = source
    .split(/[\s(),]+/)
    .filter((w) => w)
    .map((text) => ({ text, norm: normalizeWord(text) }));
  if (words[0]?.norm === 'the') words.shift();
  const m = words.length > 0 ? dictionary.matchAt(words, 0) : null;
  if (!m) return undefined;
  const kind = dictionary.get(m.actorId)?.kind;
  if (!kind || !SIDES.has(kind)) return undefined;
  const whole = m.length === words.length;
  if (!whole && !(kind === 'state' && words.slice(m.length).some((w) => BODY_WORDS.has(w.norm)))) return undefined;
  return stateOfBody(m.actorId) ?? m.actorId;
}

/** Whom a speaker's "we" stands for: a person's state or body, else the speaker. */
function speakersSide(input: FirstPersonInput, speaker: Mention): string {
  const { dict, published, stateOfBody } = input;
  if (dict.get(speaker.actorId)?.kind !== 'person') return speaker.actorId;
  const own = dict.affiliationOn(speaker.actorId, published);
  if (!own || !SIDES.has(dict.get(own)?.kind ?? '')) return speaker.actorId;
  return stateOfBody(own) ?? own;
}

function firstPersonAt(t: Token): 'plural' | 'singular' | undefined {
  const cls = wordClass(t);
  if (cls !== 'PRON' && cls !== 'DET') return undefined;
  // "US" in capitals is the United States.
  if (PLURAL.has(t.norm) && t.text !== 'US') return 'plural';
  return SINGULAR.has(t.norm) ? 'singular' : undefined;
}

function mentionFor(input: FirstPersonInput, index: MentionIndex, i: number, actorId: string, why: string): Mention {
  const { tokens, dict } = input;
  const t = tokens[i]!;
  // "our forces": the possessive and the government noun after it are the actor (as "its forces" is).
  const next = tokens[i + 1];
  const withNoun = t.norm === 'our' && next !== undefined && next.sentence === t.sentence && wordClass(next) === 'NOUN' && LEXICON.governmentNouns.has(next.norm) && !index.at(i + 1);
  const surface = withNoun ? `${t.text} ${next.text}` : t.text;
  const note = `"${surface}" read as ${dict.get(actorId)?.label ?? actorId}${withNoun ? "'s" : ''}: ${why}`;
  return { actorId, form: 'pronoun', tokenStart: i, tokenEnd: withNoun ? i + 2 : i + 1, sentence: t.sentence, surface, note };
}

/** Mentions for the document's first-person pronouns that stand for a speaker or the publisher. */
export function findFirstPersons(input: FirstPersonInput): Mention[] {
  const { body, tokens, mentions, dict } = input;
  // Most articles quote no one in the first person: skip finding quotations and speakers for them.
  if (!tokens.some((t) => firstPersonAt(t) !== undefined)) return [];
  const index = new MentionIndex(mentions, tokens.length);
  const quotes = quotationSpeakers(body, tokens, index);
  const quoteAt = new Array<Quotation | undefined>(tokens.length);
  for (const q of quotes) quoteAt.fill(q, q.start, q.end);
  const voice = publisherVoice(input.source, input.dictionary, input.stateOfBody);
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const person = firstPersonAt(tokens[i]!);
    if (!person || index.at(i)) continue;
    const q = quoteAt[i];
    let m: Mention | undefined;
    if (q?.speaker) {
      const speaker = q.speaker;
      const isPerson = dict.get(speaker.actorId)?.kind === 'person';
      if (person === 'singular' && !isPerson) continue;
      const side = person === 'plural' ? speakersSide(input, speaker) : speaker.actorId;
      const why = side === speaker.actorId ? q.how! : `the side of ${dict.get(speaker.actorId)?.label ?? speaker.surface}, ${q.how}`;
      m = mentionFor(input, index, i, side, why);
    } else if (!q && voice && person === 'plural') {
      m = mentionFor(input, index, i, voice, `the document's own voice: its publisher (${input.source}) speaks for it`);
    }
    if (!m) continue;
    out.push(m);
    i = m.tokenEnd - 1;
  }
  return out;
}
