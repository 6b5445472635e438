import type { ActorKind } from '../domain/contract';
import type { ActorDictionary } from './actorDictionary';
import { LEXICON } from './lexicon';
import { nameSkeleton } from './nameSkeleton';
import { slugify } from './slugify';
import type { ActorEntry, Mention, Token } from './types';

export interface DiscoveredEntry extends ActorEntry {
  description?: string;
  /** Why surface forms were taken as this actor. */
  notes: string[];
}

export interface Discovery {
  actors: DiscoveredEntry[];
  mentions: Mention[];
  /** Dictionary mentions that turned out to be part of another name ("Rubio" in "Joe Rubio"). */
  superseded: Mention[];
}

const CALENDAR = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
// Name words that make an organisation part of a state's government.
const GOVERNMENT_BODIES = new Set(['ministry', 'department', 'guard', 'army', 'navy', 'police', 'forces', 'force', 'council', 'parliament', 'office', 'agency', 'service', 'command', 'corps', 'military', 'embassy', 'cabinet', 'government', 'court', 'assembly', 'senate', 'congress', 'administration']);
const NAME_PARTICLE = new Set(['al', 'el', 'ad', 'as', 'ash', 'at', 'az', 'ibn', 'bin', 'bint', 'abu', 'abd']);
const isCapitalized = (t: Token) => /^[\p{Lu}]/u.test(t.text);
const isAcronym = (t: Token) => /^[\p{Lu}]{2,8}$/u.test(t.text);
const PERSON_MAX = 4;

function kindFromWords(words: string[]): ActorKind | null {
  const lower = words.map((w) => w.toLowerCase());
  if (lower.some((w) => LEXICON.mediaKeywords.has(w))) return 'media';
  if (lower.some((w) => LEXICON.armedGroupKeywords.has(w))) return 'group';
  if (lower.some((w) => LEXICON.organizationKeywords.has(w))) return 'organization';
  return null;
}

/** Longest title ending right before `end` (exclusive), case-insensitive: "Foreign Minister", "spokesperson". */
function titleBefore(tokens: Token[], end: number, sentenceStart: number): number | null {
  for (const title of LEXICON.personTitles) {
    const start = end - title.length;
    if (start < sentenceStart) continue;
    if (title.every((w, k) => tokens[start + k]!.norm === w)) return start;
  }
  return null;
}

/**
 * The actor a title belongs to: "Qatari Foreign Ministry spokesman", "RSF field commander",
 * "Egypt's deputy intelligence chief," — a mention ending up to three modifier words before it.
 */
function ownerOfTitle(tokens: Token[], titleStart: number, covered: (Mention | undefined)[]): Mention | undefined {
  for (let j = titleStart - 1; j >= 0 && titleStart - j <= 4; j--) {
    const t = tokens[j]!;
    const m = covered[j];
    if (m) return m;
    if (t.norm === "'s" || t.pos === 'ADJ' || t.pos === 'NOUN' || (t.pos === 'PROPN' && isCapitalized(t))) continue;
    return undefined;
  }
  return undefined;
}

/** "human rights group HRANA": the kind a preceding group noun gives. */
function groupNounBefore(tokens: Token[], start: number, sentenceStart: number): ActorKind | null {
  for (let n = 3; n >= 1; n--) {
    if (start - n < sentenceStart) continue;
    const phrase = tokens
      .slice(start - n, start)
      .map((t) => t.norm)
      .join(' ');
    const kind = LEXICON.groupNouns.get(phrase);
    if (kind) return kind;
  }
  return null;
}

/** ", a former U.S. diplomat and Iran expert," — the apposition after a name, if it describes a person. */
function personApposition(text: string, tokens: Token[], after: number, sentenceEnd: number): { description: string; start: number; end: number } | null {
  if (tokens[after]?.norm !== ',') return null;
  const j = after + 1;
  let end = j;
  let personal = false;
  while (end < sentenceEnd && end < after + 14 && tokens[end]!.norm !== ',' && tokens[end]!.norm !== '.') {
    if (LEXICON.personDescriptors.has(tokens[end]!.norm) || LEXICON.personDescriptors.has(tokens[end]!.lemma)) personal = true;
    end++;
  }
  if (!personal || end === j) return null;
  const first = tokens[j]!;
  // "X, a former diplomat", "X, director of ...": an article or the describing words themselves, no verb.
  const opensLikeApposition = first.norm === 'a' || first.norm === 'an' || first.norm === 'the' || first.pos === 'ADJ' || LEXICON.personDescriptors.has(first.lemma);
  if (!opensLikeApposition || tokens.slice(j, end).some((w) => w.pos === 'VERB' || w.pos === 'AUX')) return null;
  return { description: text.slice(first.start, tokens[end - 1]!.end), start: after + 1, end };
}

/**
 * Finds actors the dictionary lacks: persons after titles ("Foreign Minister X", "spokesperson X"),
 * before speech verbs or with a describing apposition ("X, a former diplomat"); organisations from
 * acronym definitions ("Human Rights Activists News Agency (HRANA)"), group nouns ("rights group
 * HRANA") and name keywords ("Center for Middle East Studies"). Spelling variants of known persons
 * ("Arakchi") become mentions of them, with the reason recorded.
 */
export function discoverActors(text: string, tokens: Token[], known: Mention[], dict: ActorDictionary, skip?: Uint8Array): Discovery {
  const covered: (Mention | undefined)[] = new Array(tokens.length);
  // A known person's bare surname after an unknown given name is someone else: "Joe Rubio".
  const superseded = known.filter((m) => {
    if (m.form !== 'name' || m.tokenEnd - m.tokenStart !== 1 || dict.get(m.actorId)?.kind !== 'person') return false;
    const prev = tokens[m.tokenStart - 1];
    if (!prev || prev.sentence !== m.sentence || prev.pos !== 'PROPN' || !isCapitalized(prev) || known.some((k) => k.tokenEnd === m.tokenStart)) return false;
    if (LEXICON.personTitles.some((t) => t.length === 1 && t[0] === prev.norm)) return false;
    return dict.findPersonVariant(`${prev.text} ${m.surface}`)?.id !== m.actorId;
  });
  for (const m of known) if (!superseded.includes(m)) for (let i = m.tokenStart; i < m.tokenEnd; i++) covered[i] = m;
  const actors = new Map<string, DiscoveredEntry>();
  const byAcronym = new Map<string, string>();
  const bySurname = new Map<string, Set<string>>();
  const mentions: Mention[] = [];
  // Walked once per sentence: walking per token made a very long sentence cost its length squared.
  const boundsOf = new Map<number, readonly [number, number]>();
  const sentenceBounds = (i: number) => {
    const s = tokens[i]!.sentence;
    const known = boundsOf.get(s);
    if (known) return known;
    let a = i;
    while (a > 0 && tokens[a - 1]!.sentence === s) a--;
    let b = i;
    while (b < tokens.length - 1 && tokens[b + 1]!.sentence === s) b++;
    const bounds = [a, b + 1] as const;
    boundsOf.set(s, bounds);
    return bounds;
  };

  const addMention = (id: string, start: number, end: number, form: Mention['form']) => {
    mentions.push({ actorId: id, form, tokenStart: start, tokenEnd: end, sentence: tokens[start]!.sentence, surface: text.slice(tokens[start]!.start, tokens[end - 1]!.end) });
    for (let k = start; k < end; k++) covered[k] = mentions[mentions.length - 1];
  };

  const upsert = (label: string, kind: ActorKind, note: string, extra: Partial<DiscoveredEntry> = {}): string => {
    const id = slugify(label);
    const prev = actors.get(id);
    if (prev) {
      if (extra.description && !prev.description) prev.description = extra.description;
      if (extra.roles) prev.roles.push(...extra.roles.filter((r) => !prev.roles.includes(r)));
      if (extra.affiliations?.length && !prev.affiliations.length) prev.affiliations = extra.affiliations;
      return id;
    }
    actors.set(id, { id, label, kind, aliases: [label, ...(extra.aliases ?? [])], demonyms: [], capitals: [], roles: extra.roles ?? [], affiliations: extra.affiliations ?? [], notes: [note], ...(extra.description ? { description: extra.description } : {}) });
    if (kind === 'person') {
      const last = nameSkeleton(label).split(' ').pop()!;
      const set = bySurname.get(last) ?? new Set<string>();
      set.add(id);
      bySurname.set(last, set);
    }
    return id;
  };

  // A known actor defining its acronym: "the Sudanese Armed Forces (SAF)".
  for (const m of known) {
    const acr = tokens[m.tokenEnd + 1];
    if (tokens[m.tokenEnd]?.norm !== '(' || !acr || !isAcronym(acr) || tokens[m.tokenEnd + 2]?.norm !== ')' || covered[m.tokenEnd + 1]) continue;
    const kind = dict.get(m.actorId)?.kind;
    if (kind === 'person' || kind === 'state') continue;
    byAcronym.set(acr.text, m.actorId);
    addMention(m.actorId, m.tokenEnd + 1, m.tokenEnd + 2, 'discovered');
  }

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (covered[i] || skip?.[i] || !isCapitalized(t) || t.pos !== 'PROPN') continue;
    const [sStart, sEnd] = sentenceBounds(i);
    // Maximal capitalised run, allowing lowercase connectors inside organisation names.
    let end = i + 1;
    while (end < sEnd && !covered[end]) {
      const w = tokens[end]!;
      if (isCapitalized(w) && (w.pos === 'PROPN' || w.pos === 'NOUN' || w.pos === 'ADJ')) end++;
      // Arabic and other name particles, split by the tokenizer: "Majed al-Ansari" is al / - / Ansari.
      else if (NAME_PARTICLE.has(w.norm) && tokens[end + 1]?.norm === '-' && tokens[end + 2] && isCapitalized(tokens[end + 2]!) && end + 2 < sEnd && !covered[end + 2]) end += 3;
      else if (LEXICON.nameConnectors.has(w.norm) && end + 1 < sEnd && isCapitalized(tokens[end + 1]!) && !covered[end + 1] && !CALENDAR.has(tokens[end + 1]!.norm)) end += 2;
      else break;
    }
    let words = tokens.slice(i, end);
    let label = text.slice(t.start, tokens[end - 1]!.end);
    const isConnector = (w: Token, k: number) => LEXICON.nameConnectors.has(w.norm) && words[k + 1]?.norm !== '-';
    const hasConnector = words.some(isConnector);

    // An acronym used again after its definition.
    if (words.length === 1 && byAcronym.has(t.text)) {
      addMention(byAcronym.get(t.text)!, i, end, 'discovered');
      continue;
    }
    // "Full Name (ACR)"
    // "Sudanese Armed Forces (SAF)": a state adjective may open the defined name.
    const statePrefix = covered[i - 1]?.tokenEnd === i && dict.get(covered[i - 1]!.actorId)?.kind === 'state' ? covered[i - 1] : undefined;
    if ((words.length >= 2 || statePrefix) && tokens[end]?.norm === '(' && tokens[end + 1] && isAcronym(tokens[end + 1]!) && tokens[end + 2]?.norm === ')') {
      const acr = tokens[end + 1]!.text;
      const from = statePrefix ? statePrefix.tokenStart : i;
      const nameWords = tokens.slice(from, end);
      const initials = nameWords.filter((w) => !LEXICON.nameConnectors.has(w.norm)).map((w) => w.text[0]).join('');
      if (initials.startsWith(acr[0]!) && acr.length >= 2) {
        const fullLabel = text.slice(tokens[from]!.start, tokens[end - 1]!.end);
        const known = dict.matchAt([{ text: acr, norm: acr.toLowerCase() }], 0);
        const kind = kindFromWords(nameWords.map((w) => w.text)) ?? 'organization';
        const id = known?.actorId ?? upsert(fullLabel, statePrefix && kind === 'group' ? 'organization' : kind, `acronym defined in the text: ${fullLabel} (${acr})`, {
          aliases: [acr],
          ...(statePrefix ? { affiliations: [{ actor: statePrefix.actorId }] } : {}),
        });
        if (statePrefix) superseded.push(statePrefix);
        byAcronym.set(acr, id);
        addMention(id, from, end, 'discovered');
        addMention(id, end + 1, end + 2, 'discovered');
        i = end + 2;
        continue;
      }
    }
    // A title opening the run: "Defence Minister Yoav Gallant", "Parliament Speaker X".
    let nameStart = i;
    let titleStart = titleBefore(tokens, i, sStart) ?? (tokens[i - 1]?.norm === ',' ? titleBefore(tokens, i - 1, sStart) : null);
    for (let k = Math.min(end - 1, i + 3); k > i; k--) {
      if (titleBefore(tokens, k, i) === i) {
        titleStart ??= i;
        nameStart = k;
        break;
      }
    }
    // A run that is itself part of a title phrase ("Foreign Ministry spokesperson X") names nobody;
    // the person's affiliation comes from the state in front of it.
    const after = tokens[end];
    const prefix = covered[i - 1];
    const prefixKind = prefix && prefix.tokenEnd === i ? dict.get(prefix.actorId)?.kind : undefined;
    const prefixState = prefixKind === 'state' && prefix!.form !== 'capital' ? prefix : undefined;
    // An organisation or a city opening a longer name is part of that name ("United Nations
    // Military Observer Group", "Islamabad Policy Institute"); only a state or body owns it.
    const prefixName = prefix && prefix.tokenEnd === i && (prefixState || prefixKind === 'organization' || prefix.form === 'capital') ? prefix : undefined;
    const owner = prefixState ?? (prefixKind === 'organization' ? prefix : undefined);
    const keywordKind = kindFromWords(words.map((w) => w.text));
    if (nameStart === i && after && after.sentence === t.sentence && (titleBefore(tokens, end + 1, i) !== null || titleBefore(tokens, end, i) === i)) {
      i = end - 1;
      continue;
    }
    if (nameStart === i) {
      const groupKind = groupNounBefore(tokens, i, sStart);
      if (groupKind && words.length <= 5) {
        const id = upsert(label, groupKind, `named after a group noun: "${text.slice(tokens[i - 1]!.start, tokens[end - 1]!.end)}"`);
        if (words.length === 1 && isAcronym(t)) byAcronym.set(t.text, id);
        addMention(id, i, end, 'discovered');
        i = end - 1;
        continue;
      }
      // A state's name or adjective opening the name belongs to it: "China Coast Guard".
      if (keywordKind && (words.length >= 2 || prefixName)) {
        const start = prefixName ? prefixName.tokenStart : i;
        const fullLabel = text.slice(tokens[start]!.start, tokens[end - 1]!.end);
        const government = words.some((w) => GOVERNMENT_BODIES.has(w.norm)) || prefixKind === 'organization';
        // A state's own army or navy is one of its organisations, not a non-state armed group.
        const kind = prefixState && keywordKind === 'group' ? 'organization' : keywordKind;
        const id = upsert(fullLabel, kind, `name contains an organisation keyword: "${fullLabel}"`, {
          ...(owner && government ? { affiliations: [{ actor: owner.actorId }] } : {}),
        });
        if (prefixName) superseded.push(prefixName);
        addMention(id, start, end, 'discovered');
        i = end - 1;
        continue;
      }
    }
    if (hasConnector) {
      // Not an organisation: keep the part before the first connector as a possible name.
      end = i + words.findIndex(isConnector);
      if (end <= nameStart) continue;
      words = tokens.slice(i, end);
      label = text.slice(t.start, tokens[end - 1]!.end);
    }

    const nameWords = tokens.slice(nameStart, end);
    if (nameWords.length === 0 || nameWords.length > PERSON_MAX) continue;
    const name = text.slice(tokens[nameStart]!.start, tokens[end - 1]!.end);
    const apposition = personApposition(text, tokens, end, sEnd);
    const next = tokens[end];
    const speaks = Boolean(next && next.sentence === t.sentence && LEXICON.speechVerbs.has(next.lemma) && next.pos === 'VERB');
    const surnameOnly = nameWords.length === 1 ? bySurname.get(nameSkeleton(name)) : undefined;
    if (surnameOnly && surnameOnly.size === 1) {
      addMention([...surnameOnly][0]!, nameStart, end, 'discovered');
      i = end - 1;
      continue;
    }
    if (titleStart === null && !apposition && !speaks) continue;
    if (titleStart === null && !apposition && nameWords.length === 1 && !dict.findPersonVariant(name)) continue;
    const variant = dict.findPersonVariant(name);
    if (variant) {
      addMention(variant.id, nameStart, end, 'name');
      i = end - 1;
      continue;
    }
    const title = titleStart !== null ? tokens.slice(titleStart, titleStart === i ? nameStart : i).map((w) => w.norm).join(' ') : undefined;
    const ownerBefore = titleStart !== null ? ownerOfTitle(tokens, titleStart, covered) : undefined;
    const appositionState = apposition && !/\bformer\b/i.test(apposition.description) ? known.find((m) => m.tokenStart >= apposition.start && m.tokenEnd <= apposition.end && dict.get(m.actorId)?.kind === 'state') : undefined;
    const ownerKind = ownerBefore ? (dict.get(ownerBefore.actorId)?.kind ?? actors.get(ownerBefore.actorId)?.kind) : undefined;
    const affiliation = (ownerBefore && ownerKind && ownerKind !== 'person' && ownerKind !== 'media' ? ownerBefore : appositionState)?.actorId;
    const id = upsert(name, 'person', title ? `person named after the title "${title}"` : apposition ? `person described as "${apposition.description}"` : `person quoted by name`, {
      ...(title ? { roles: [title] } : {}),
      ...(apposition ? { description: apposition.description } : {}),
      ...(affiliation ? { affiliations: [{ actor: affiliation }] } : {}),
    });
    addMention(id, nameStart, end, 'discovered');
    i = end - 1;
  }
  return { actors: [...actors.values()], mentions, superseded };
}
