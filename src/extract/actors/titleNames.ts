// "the Dalai Lama", "the Pope", "Qatar's Emir", "the U.N. Secretary-General": a title used as the
// name of the one person holding it (data/titleNames.json), read where the phrase is an argument.
import data from '../../../data/titleNames.json';
import type { Mention, Token } from '../types';
import type { DiscoveryState } from './discoveryState';
import { isCapitalized } from './discoveryState';

interface TitleName {
  words: string[];
  label: string;
  affiliation?: string;
}

const TITLES: readonly TitleName[] = Object.entries(data.titles as Record<string, { label: string; affiliation?: string }>)
  .map(([key, v]) => ({ words: key.split(' '), label: v.label, ...(v.affiliation ? { affiliation: v.affiliation } : {}) }))
  .sort((a, b) => b.words.length - a.words.length);

/** Dependencies by which a noun phrase is an argument or a name of one: subject, object, oblique, apposition. */
const ARGUMENT_DEPS = new Set(['nsubj', 'nsubj:pass', 'obj', 'iobj', 'obl', 'nmod', 'appos', 'conj', 'root', 'nmod:poss']);

function titleAt(tokens: readonly Token[], i: number): TitleName | undefined {
  return TITLES.find((t) => t.words.every((w, k) => tokens[i + k]?.norm === w && tokens[i + k]!.sentence === tokens[i]!.sentence));
}

/** The state or body named with the title: right before it ("Qatar's Emir", "the Qatari Emir", "U.N. Secretary-General") or after "of". */
function ownerOf(s: DiscoveryState, i: number, end: number): Mention | undefined {
  const isOwner = (m: Mention | undefined) => m !== undefined && (s.kindOf(m.actorId) === 'state' || s.kindOf(m.actorId) === 'organization');
  const before = s.covered[i - 1];
  if (isOwner(before) && before!.tokenEnd === i) return before;
  const possessor = s.covered[i - 2];
  if (s.tokens[i - 1]?.norm === "'s" && isOwner(possessor) && possessor!.tokenEnd === i - 1) return possessor;
  const after = s.covered[end + 1];
  if (s.tokens[end]?.norm === 'of' && isOwner(after) && after!.tokenStart === end + 1) return after;
  return undefined;
}

/** A person the document names with the title in front ("Emir Tamim bin Hamad"), or one the dictionary gives the title's role. */
function titledPerson(s: DiscoveryState, title: TitleName, before: number): string | undefined {
  const last = title.words[title.words.length - 1]!;
  for (const m of [...s.known, ...s.mentions]) {
    if (m.tokenStart >= before || s.kindOf(m.actorId) !== 'person') continue;
    const start = m.tokenStart - title.words.length;
    if (start >= 0 && title.words.every((w, k) => s.tokens[start + k]!.norm === w)) return m.actorId;
    if (s.known.includes(m) && s.dict.actorsWithRoleHead(last).includes(m.actorId)) return m.actorId;
  }
  return undefined;
}

/** A name right after the title or in apposition to it ("Pope Francis", "Qatar's emir, Sheikh Tamim"): the title is not the name. */
function namedAfter(s: DiscoveryState, end: number): boolean {
  const { tokens } = s;
  const at = tokens[end]?.norm === ',' ? end + 1 : end;
  const next = tokens[at];
  if (!next || next.sentence !== tokens[end - 1]!.sentence || !isCapitalized(next)) return false;
  const m = s.covered[at];
  return m ? s.kindOf(m.actorId) === 'person' : next.upos === 'PROPN' && (at === end || tokens[at + 1]?.upos === 'PROPN');
}

/** Reads titles used as names; a title before a name ("Pope Francis") is left to the person rules. */
export function readTitleNames(s: DiscoveryState): void {
  const { tokens } = s;
  const byTitle = new Map<string, string>();
  for (let i = 0; i < tokens.length; i++) {
    const title = s.covered[i] ? undefined : titleAt(tokens, i);
    if (!title) continue;
    const end = i + title.words.length;
    if (tokens.slice(i, end).some((_, k) => s.covered[i + k])) continue;
    if (namedAfter(s, end)) continue;
    const owner = ownerOf(s, i, end);
    const opener = owner ? tokens[owner.tokenStart - 1] : tokens[i - 1];
    if (!owner && opener?.norm !== 'the') continue;
    const head = tokens[end - 1]!;
    if (!ARGUMENT_DEPS.has(head.dep ?? '')) continue;
    const key = title.words.join(' ');
    const holder = titledPerson(s, title, i) ?? (owner ? undefined : byTitle.get(key));
    if (holder) {
      s.addMention(holder, i, end, 'role').note = `"${s.slice(i, end)}" read as the person the document names with that title`;
      continue;
    }
    const ownerId = owner?.actorId ?? title.affiliation;
    const ownerLabel = owner ? (s.dict.get(owner.actorId)?.label ?? owner.surface) : undefined;
    const label = ownerLabel ? `${title.label} of ${ownerLabel}` : title.label;
    const id = s.upsert(label, 'person', `title used as the name of its holder: "${s.slice(owner?.tokenStart ?? i, end)}"`, {
      aliases: [title.label],
      roles: [key.replace(/ - /g, '-')],
      ...(ownerId ? { affiliations: [{ actor: ownerId }] } : {}),
    });
    byTitle.set(key, id);
    s.addMention(id, i, end, 'discovered');
  }
}
