// Persons the dictionary lacks: named after a title, described by an apposition, or the subject of a
// speech verb or of any verb when the name has two words or more (read from the dependency tree).
import { LEXICON } from '../lexicon';
import { ROLE_FRAMES } from '../relations/roleFrames';
import type { Mention, Token } from '../types';
import { slugify } from '../slugify';
import { ACTOR_WORDS } from './actorWords';
import { isAcronym, type DiscoveryState } from './discoveryState';
import { argumentRole } from './argumentNames';
import { isCalendarWord, phraseHead, titleBefore, TITLE_WORDS } from './nameParts';
import { wordClass } from '../wordClass';

const PERSON_MAX = 5;
const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose']);

export interface Apposition {
  description: string;
  start: number;
  end: number;
}

/**
 * The actor a title belongs to: "Qatari Foreign Ministry spokesman", "RSF field commander",
 * "Egypt's deputy intelligence chief," — a mention ending up to three modifier words before it.
 */
function ownerOfTitle(s: DiscoveryState, titleStart: number): Mention | undefined {
  for (let j = titleStart - 1; j >= 0 && titleStart - j <= 4; j--) {
    const t = s.tokens[j]!;
    const m = s.covered[j];
    if (m) return m;
    if (t.norm === "'s" || wordClass(t) === 'ADJ' || wordClass(t) === 'NOUN' || (wordClass(t) === 'PROPN' && /^\p{Lu}/u.test(t.text))) continue;
    return undefined;
  }
  return undefined;
}

const describesPerson = (t: Token) =>
  ACTOR_WORDS.relationalNouns.has(t.norm) ||
  LEXICON.personDescriptors.has(t.norm) || LEXICON.personDescriptors.has(t.lemma) || (TITLE_WORDS.has(t.norm) && !ACTOR_WORDS.titleModifiers.has(t.norm));

/**
 * ", a former U.S. diplomat and Iran expert," or ", Iran's UN ambassador," — the apposition after a
 * name when it describes a person: a comma, then words without a verb up to the next comma, either
 * opening like a description or attached to the name as its apposition in the tree.
 */
export function personApposition(text: string, tokens: Token[], nameStart: number, after: number, sentenceEnd: number): Apposition | null {
  if (tokens[after]?.norm !== ',') return null;
  const j = after + 1;
  let end = j;
  let personal = false;
  let linked = false;
  // A relative clause closes the description: ", an American citizen who worked for USAID".
  while (end < sentenceEnd && end < after + 14 && tokens[end]!.norm !== ',' && tokens[end]!.norm !== '.' && !RELATIVE_PRONOUNS.has(tokens[end]!.norm)) {
    const w = tokens[end]!;
    if (describesPerson(w)) personal = true;
    if (w.dep === 'appos' && w.head !== undefined && w.head >= nameStart && w.head < after) linked = true;
    end++;
  }
  if (!personal || end === j) return null;
  const first = tokens[j]!;
  const opensLikeApposition = first.norm === 'a' || first.norm === 'an' || first.norm === 'the' || wordClass(first) === 'ADJ' || LEXICON.personDescriptors.has(first.lemma);
  if ((!opensLikeApposition && !linked) || tokens.slice(j, end).some((w) => wordClass(w) === 'VERB' || wordClass(w) === 'AUX')) return null;
  return { description: text.slice(first.start, tokens[end - 1]!.end), start: j, end };
}

/** How the tree links a name to its verb: the subject of a speech verb, or of another verb. */
function subjectRole(s: DiscoveryState, start: number, end: number): 'speaker' | 'subject' | null {
  const { tokens } = s;
  const next = tokens[end];
  const sameSentence = next && next.sentence === tokens[start]!.sentence;
  if (sameSentence && LEXICON.speechVerbs.has(next.lemma) && wordClass(next) === 'VERB') return 'speaker';
  // A parse that lost the subject ("Speaking to reporters in Juba, X accused Y" with X hung on "Juba"):
  // a name opening its clause after a comma, right before an inflected cue verb, is its subject.
  const prev = tokens[start - 1];
  if (sameSentence && prev?.norm === ',' && prev.sentence === next.sentence && wordClass(next) === 'VERB' && next.upos === 'VERB' && next.norm !== next.lemma && s.actsInRelations(next.lemma)) return 'subject';
  const head = phraseHead(tokens, start, end);
  if (!head?.dep?.startsWith('nsubj') || head.head === undefined || head.head < 0) return null;
  const verb = tokens[head.head]!;
  if (LEXICON.speechVerbs.has(verb.lemma)) return 'speaker';
  if (head.dep !== 'nsubj') return null;
  if (wordClass(verb) === 'VERB' && s.actsInRelations(verb.lemma)) return 'subject';
  // "X called on Y to ...": a phrasal cue whose verb alone states nothing.
  const particle = tokens[head.head + 1];
  if (wordClass(verb) === 'VERB' && particle && particle.sentence === verb.sentence && s.opensPhrasalCue(verb.lemma, particle.norm)) return 'subject';
  // The tagger reads "had" before its object as an auxiliary now and then.
  return (wordClass(verb) === 'VERB' || wordClass(verb) === 'AUX') && lightVerbOnEvent(s, head.head) ? 'subject' : null;
}

/** The verb a name is the subject of: the tree's, or the one right after the name where the tree lost the subject. */
function subjectVerb(tokens: Token[], start: number, end: number): Token | undefined {
  const head = phraseHead(tokens, start, end);
  return head?.dep?.startsWith('nsubj') && head.head !== undefined && head.head >= 0 ? tokens[head.head] : tokens[end];
}

/** "had a meeting with", "held talks with": a light verb whose object is an event noun of a relation. */
function lightVerbOnEvent(s: DiscoveryState, verb: number): boolean {
  if (!ROLE_FRAMES.lightVerbs.has(s.tokens[verb]!.lemma)) return false;
  for (let k = verb + 1; k < s.tokens.length && k <= verb + 8; k++) {
    const w = s.tokens[k]!;
    if (w.head === verb && w.dep === 'obj' && wordClass(w) === 'NOUN' && (s.namesEvent(w.lemma) || s.namesEvent(w.norm))) return true;
  }
  return false;
}

/** True when the words could be a person's name: no all-caps acronym, no organisation keyword, no demonym-like ending. */
export function looksLikePersonalName(words: Token[]): boolean {
  return words.every((w) => !isAcronym(w) && !isCalendarWord(w) && !LEXICON.organizationKeywords.has(w.norm) && !LEXICON.armedGroupKeywords.has(w.norm) && !LEXICON.mediaKeywords.has(w.norm) && !/(ians?|ese|ish)$/.test(w.norm));
}

/** "Tamil Tigers", "Red Brigades": two or more name words ending in a plural, no place ("Golan Heights") nor a personal name's form. */
function pluralGroupName(words: Token[]): boolean {
  const last = words[words.length - 1]!;
  return words.length >= 2 && /[^s]s$/.test(last.norm) && !words.some((w) => ACTOR_WORDS.placeNameWords.has(w.norm)) && looksLikePersonalName(words);
}

/** "Prince Khalid bin Salman (KBS)": an acronym of the person's name words, registered as an alias. */
function personAcronym(s: DiscoveryState, nameStart: number, end: number): string | undefined {
  const { tokens } = s;
  const acr = tokens[end + 1];
  if (tokens[end]?.norm !== '(' || !acr || !isAcronym(acr) || tokens[end + 2]?.norm !== ')') return undefined;
  const initials = tokens
    .slice(nameStart, end)
    .filter((w) => /^\p{L}/u.test(w.text))
    .map((w) => w.text[0]!.toUpperCase())
    .join('');
  let k = 0;
  for (const c of initials) if (c === acr.text[k]) k++;
  return k === acr.text.length && acr.text[0] === initials[0] ? acr.text : undefined;
}

export interface PersonRun {
  /** First token of the capitalised run (titles included). */
  runStart: number;
  nameStart: number;
  end: number;
  titleStart: number | null;
  sentenceEnd: number;
  /** The line is a headline, caption or credit: known persons only. */
  quiet: boolean;
}

/**
 * A person's id leaves out middle initials, so "Robert M. Gates" in one article and "Robert Gates"
 * in another are one actor (the label keeps the name as written).
 */
export function personId(name: string): string {
  const words = name.split(/\s+/);
  const initial = (w: string) => /^\p{Lu}\.?$/u.test(w);
  // "F. W. de Klerk" is known by its initials: only a full given name lets middle ones go.
  if (initial(words[0]!)) return slugify(name);
  const kept = words.filter((w, k) => k === 0 || k === words.length - 1 || !initial(w));
  return slugify(kept.join(' '));
}

/**
 * Takes [nameStart, end) as a person when the text says it is one; returns the token to go on
 * from, or null when the run names nobody new.
 */
export function discoverPerson(s: DiscoveryState, run: PersonRun): number | null {
  const { tokens, dict } = s;
  const { nameStart, end, titleStart } = run;
  const nameWords = tokens.slice(nameStart, end);
  // Hyphens join parts of one name word ("Zia-Ul-Haq"): they are not counted as words.
  if (nameWords.length === 0 || nameWords.filter((w) => w.norm !== '-').length > PERSON_MAX) return null;
  const name = s.slice(nameStart, end);
  // One word that is a name word of a person the document names: "Maliki", "Zhan", "Al-Golani" (a joined particle before it).
  const joinedParticle = nameWords.length === 3 && ACTOR_WORDS.nameParticles.has(nameWords[0]!.norm) && nameWords[1]!.norm === '-' && nameWords[0]!.end === nameWords[1]!.start && nameWords[1]!.end === nameWords[2]!.start;
  const namePart = nameWords.length === 1 ? s.personByNamePart(name) : joinedParticle ? s.personByNamePart(nameWords[2]!.text) : undefined;
  if (namePart) {
    const full = s.actors.get(namePart)?.label ?? dict.get(namePart)?.label ?? namePart;
    const m = s.addMention(namePart, nameStart, end, 'discovered');
    if (full !== name) m.note = `"${name}" read as ${full}: the one person of the document with that name word`;
    return end;
  }
  // The full name of a person the document named before, wherever it stands now ("Aung San Suu Kyi's release").
  const named = nameWords.length >= 2 ? s.actors.get(personId(name)) : undefined;
  if (named?.kind === 'person') {
    s.addMention(named.id, nameStart, end, 'discovered');
    return end;
  }
  // "In late March, the President of Belarus, ...": a month or weekday is no one, whatever follows it.
  if (nameWords.every(isCalendarWord)) return null;
  const apposition = personApposition(s.text, tokens, nameStart, end, run.sentenceEnd);
  const role = subjectRole(s, nameStart, end);
  const argument = titleStart === null && !apposition && !role ? argumentRole(s, nameStart, end) : null;
  // "the Tamil Tigers accused": a personal name takes no "the" ("the Red Brigades", "the Black Panthers" are groups).
  const definite = tokens[nameStart - 1]?.norm === 'the' && tokens[nameStart - 1]!.sentence === tokens[nameStart]!.sentence;
  const acting = (role === 'subject' || argument !== null) && nameWords.length >= 2 && !definite && looksLikePersonalName(nameWords);
  if (definite && (role === 'subject' || argument !== null) && titleStart === null && !apposition && !run.quiet && pluralGroupName(nameWords)) {
    const id = s.upsert(name, 'group', `group named by a plural name after "the" ("the ${name}"), as a relation's ${role === 'subject' ? 'subject' : 'argument'}`);
    s.addMention(id, nameStart, end, 'discovered');
    return end;
  }
  if (titleStart === null && !apposition && role !== 'speaker' && !acting) return null;
  const variant = dict.findPersonVariant(name);
  if (titleStart === null && !apposition && nameWords.length === 1 && !variant) return null;
  if (variant) {
    s.addMention(variant.id, nameStart, end, 'name');
    return end;
  }
  if (run.quiet) return null;
  // "official, Iftikhar Hussain": the comma of an apposition is no part of the title.
  const title = titleStart !== null ? tokens.slice(titleStart, titleStart === run.runStart ? nameStart : run.runStart).filter((w) => wordClass(w) !== 'PUNCT').map((w) => w.norm).join(' ') : undefined;
  const ownerBefore = titleStart !== null ? ownerOfTitle(s, titleStart) : undefined;
  const appositionState = apposition && !/\bformer\b/i.test(apposition.description) ? s.mentionsInside(apposition.start, apposition.end).find((m) => dict.get(m.actorId)?.kind === 'state') : undefined;
  // "Zimbabwe crisis mediator X", "Congolese security researcher Y": who stands outside or between is no member.
  const outsider = title !== undefined && [ACTOR_WORDS.outsiderDescriptors, ACTOR_WORDS.thirdPartyNouns].some((set) => set.has(title.split(' ').pop() ?? ''));
  const ownerKind = ownerBefore && !outsider ? s.kindOf(ownerBefore.actorId) : undefined;
  const affiliation = (ownerBefore && ownerKind && ownerKind !== 'person' && ownerKind !== 'media' ? ownerBefore : appositionState)?.actorId;
  const acronym = personAcronym(s, nameStart, end);
  const why = title
    ? `person named after the title "${title}"`
    : apposition
      ? `person described as "${apposition.description}"`
      : role === 'speaker'
        ? 'person quoted by name (subject of a speech verb)'
        : argument
          ? `person named in an argument of a relation (${argument})`
          : `person named as the subject of a relation verb ("${s.slice(nameStart, end)} ${subjectVerb(tokens, nameStart, end)?.text ?? ''}")`;
  const id = s.upsert(name, 'person', acronym ? `${why}; "${acronym}" defined in brackets after the name` : why, {
    ...(title ? { roles: [title] } : {}),
    ...(apposition ? { description: apposition.description } : {}),
    ...(affiliation ? { affiliations: [{ actor: affiliation }] } : {}),
    ...(acronym ? { aliases: [acronym] } : {}),
  }, personId(name));
  s.addMention(id, nameStart, end, 'discovered');
  if (acronym) {
    s.byAcronym.set(acronym, id);
    s.addMention(id, end + 1, end + 2, 'discovered');
    return end + 2;
  }
  return end;
}

export { titleBefore };

/**
 * Actors named inside a person's apposition ("X, Iran's UN ambassador,") describe the person: they
 * become modifiers of the name, not parties to the sentence's relations, and give the affiliation
 * of a person the dictionary lacks.
 */
export function markAppositions(s: DiscoveryState): void {
  const persons = [...s.known, ...s.mentions].filter((m) => m.form !== 'demonym' && s.tokens[m.tokenEnd]?.norm === ',' && s.kindOf(m.actorId) === 'person');
  for (const person of persons) {
    const [, sentenceEnd] = s.sentenceBounds(person.tokenStart);
    const apposition = personApposition(s.text, s.tokens, person.tokenStart, person.tokenEnd, sentenceEnd);
    if (!apposition) continue;
    // "a former U.S. diplomat", "an Iran expert": the actors named say nothing of membership.
    const words = s.tokens.slice(apposition.start, apposition.end);
    if (words.some((w) => w.norm === 'former' || ACTOR_WORDS.outsiderDescriptors.has(w.norm))) continue;
    const inside = s.mentionsInside(apposition.start, apposition.end).filter((m) => m.actorId !== person.actorId);
    for (const m of inside) m.modifierOf ??= person.tokenStart;
    const entry = s.actors.get(person.actorId);
    const state = inside.find((m) => s.kindOf(m.actorId) === 'state');
    if (entry && !entry.affiliations.length && state) entry.affiliations = [{ actor: state.actorId }];
    if (entry) entry.description ??= apposition.description;
  }
}
