import { governingPreposition } from './clauses';
import { LEXICON } from './lexicon';
import type { Mention, Token } from './types';

export interface CueMatch {
  relation: string;
  cameo: string;
  kind: 'verb' | 'noun' | 'phrase';
  tokenStart: number;
  tokenEnd: number;
  /** Both sides act on each other ("exchanged fire"). */
  mutual?: boolean;
  /** The cue announces a future act ("invited Iran to talks"). */
  planned?: boolean;
  /** The relation's parties may come in either order, or act among themselves ("talks between", "held talks with"). */
  symmetric?: boolean;
  /** The relation's target may be a place after "in"/"inside" ("struck facilities in Kharkiv"). */
  placeTarget?: boolean;
  /** The relation's source acts between two parties, as a mediator: one pair per party. */
  betweenParties?: boolean;
  /** Only whom the act protests or demands from is its target (data/relations.json targetRules: aimed). */
  aimed?: boolean;
}

/** What data/relations.json declares about how a relation's roles are read. */
export type RoleTraits = Pick<CueMatch, 'symmetric' | 'placeTarget' | 'betweenParties'>;

export interface RolePair {
  source: Mention;
  target: Mention;
  /** 0–1: how directly the syntax gave both roles. */
  strength: number;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s"]);
const LIST_JOINERS = new Set(['and', 'or', '&']);
const NON_TARGET_PREPOSITIONS = new Set(['through', 'via', 'according', 'despite', 'amid', 'like', 'including', 'in', 'inside', 'within', 'across', 'throughout', 'from']);
const LIGHT_VERBS = new Set(['keep', 'maintain', 'establish', 'open', 'reopen', 'restore', 'seek', 'receive', 'launch', 'carry', 'conduct', 'stage', 'make', 'issue', 'mount', 'hold', 'deliver', 'step', 'intensify', 'continue', 'resume', 'begin', 'start', 'announce', 'impose', 'order', 'unleash', 'file', 'lodge', 'send', 'extend', 'offer', 'give', 'provide', 'express', 'voice', 'level', 'renew', 'escalate', 'expand', 'tighten', 'lift', 'ease', 'have', 'be', 'plan', 'prepare', 'threaten', 'vow', 'discuss']);
const PARTICLES = new Set(['out', 'up', 'off', 'down']);
// Prepositions that also open a clause ("after X attacked Y"), and what may stand between that clause's subject and its verb.
const CLAUSE_OPENING_PREPOSITIONS = new Set(['after', 'before', 'since', 'until', 'once']);
const SUBJECT_TO_VERB_POS = new Set(['NOUN', 'ADJ', 'ADV', 'AUX', 'PART', 'PROPN']);
// Verbs that pass their subject through: "acts as a mediator", "serves as an intermediary".
const LINKING_VERBS = new Set(['act', 'serve', 'be', 'become', 'remain', 'emerge', 'step']);
// Verbs whose "to"-infinitive object carries the real event: "threatened to strike Ukraine".
const CONTROL_VERBS = new Set(['threaten', 'vow', 'plan', 'pledge', 'promise', 'intend', 'want', 'seek', 'prepare', 'consider', 'try', 'aim', 'hope', 'offer', 'propose', 'agree', 'refuse', 'decline', 'continue', 'begin', 'start', 'decide', 'attempt', 'expect']);

interface Clause {
  tokens: Token[];
  /** Candidate actor mentions of the whole sentence, in text order. */
  args: Mention[];
  start: number;
  end: number;
}

/** The mention plus those coordinated with it ("the U.S. and Israel", "A, B and C") inside the clause. */
function withCoordinated(c: Clause, m: Mention, direction: 1 | -1): Mention[] {
  const group = [m];
  let listed = false;
  let commaOnly = false;
  let cur = m;
  for (;;) {
    const other = c.args[c.args.indexOf(cur) + direction];
    if (!other || other.tokenStart < c.start || other.tokenEnd > c.end) break;
    const [a, b] = direction === 1 ? [cur, other] : [other, cur];
    const between = c.tokens.slice(a.tokenEnd, b.tokenStart).filter((t) => t.pos !== 'DET');
    const words = between.map((t) => t.norm).join(' ');
    const head = between[0]?.norm ?? '';
    const joined = LIST_JOINERS.has(head) || words.startsWith('as well as') || words.startsWith(', and') || words.startsWith(', or');
    const comma = head === ',' && !joined;
    // After the joiner only modifiers of the next name may follow ("and the Iranian minister").
    const skip = words.startsWith('as well as') ? 3 : words.startsWith(', and') || words.startsWith(', or') ? 2 : 1;
    const rest = between.slice(skip);
    if ((!joined && !comma) || !rest.every((t) => t.pos === 'ADJ' || t.pos === 'PROPN' || t.norm === "'s")) break;
    // After "A and B" a comma opens an apposition ("Britain and France, Kyiv's backers"), not more list.
    if (comma && listed && direction === 1) break;
    if (joined) listed = true;
    if (comma) commaOnly = true;
    group.push(other);
    cur = other;
  }
  // "Israel will strike Hamas, Netanyahu said": a comma alone does not make a list.
  if (commaOnly && !listed) return [m];
  return group;
}

function isPassive(tokens: Token[], cue: CueMatch, clauseStart: number): boolean {
  const t = tokens[cue.tokenStart]!;
  if ((t.pos !== 'VERB' && t.pos !== 'ADJ') || !/(ed|en|wn|t)$/.test(t.norm)) return false;
  for (let j = cue.tokenStart - 1; j >= Math.max(clauseStart, cue.tokenStart - 3); j--) {
    if (BE.has(tokens[j]!.norm)) return true;
    if (tokens[j]!.pos !== 'ADV' && tokens[j]!.pos !== 'AUX') return false;
  }
  return false;
}

/** "between A and B" right after the cue. */
function betweenPair(c: Clause, cue: CueMatch): [Mention, Mention] | null {
  for (let j = cue.tokenEnd; j < Math.min(c.end, cue.tokenEnd + 4); j++) {
    if (c.tokens[j]!.norm !== 'between') continue;
    const after = c.args.filter((m) => m.tokenStart > j && m.tokenStart < c.end);
    const a = after[0];
    const b = after[1];
    if (a && b && c.tokens.slice(a.tokenEnd, b.tokenStart).some((t) => t.norm === 'and')) return [a, b];
  }
  return null;
}

function speakerPossessive(tokens: Token[], cue: CueMatch): boolean {
  let j = cue.tokenStart - 1;
  while (j >= 0 && tokens[j]!.pos === 'ADJ') j--;
  return tokens[j]?.norm === 'our' || tokens[j]?.norm === 'my';
}

/** "Trump's threats", "U.S. strikes": the actor owning a nominal cue. */
function possessorOf(c: Clause, cue: CueMatch): Mention | undefined {
  let j = cue.tokenStart - 1;
  // Skip modifiers, compounds included: "Russia's full-scale invasion".
  while (j >= 0 && cue.tokenStart - j <= 4 && (c.tokens[j]!.pos === 'ADJ' || c.tokens[j]!.norm === '-' || (c.tokens[j]!.pos === 'NOUN' && c.tokens[j - 1]?.norm === '-'))) j--;
  if (c.tokens[j]?.norm === "'s" || c.tokens[j]?.norm === "'") j--;
  return c.args.find((m) => m.tokenEnd === j + 1);
}

/** A mention right after a verb is that verb's object, not a later verb's subject. */
function isObjectOfVerb(tokens: Token[], m: Mention, cue: CueMatch): boolean {
  // Followed by its own verb it is a clause subject: "said it would not talk".
  const after = tokens[m.tokenEnd];
  if (after && (after.pos === 'AUX' || after.pos === 'VERB')) return false;
  let j = m.tokenStart - 1;
  while (j >= 0 && (tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'NUM')) j--;
  return j >= 0 && j !== cue.tokenStart && tokens[j]!.pos === 'VERB' && tokens[j]!.sentence === m.sentence;
}

/** A finite verb between subject and cue, other than control verbs ("wants to") and linking verbs ("acts as"). */
function predicateBetween(tokens: Token[], m: Mention, cue: CueMatch): boolean {
  // ", accusing Caracas of...": a participle takes the main clause's subject.
  if (tokens[cue.tokenStart]!.norm.endsWith('ing') && tokens[cue.tokenStart - 1]?.norm === ',') return false;
  for (let k = m.tokenEnd; k < cue.tokenStart - 1; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'VERB') continue;
    const next = tokens[k + 1]!;
    if (next.norm === 'to' || (LINKING_VERBS.has(t.lemma) && next.norm === 'as')) continue;
    return true;
  }
  return false;
}

/** "Erdogan received President Zelensky and thanked him": a verb after "and" shares the first verb's subject. */
function sharesSubject(tokens: Token[], free: Mention[], cue: CueMatch): boolean {
  const first = free[0];
  const nearest = free[free.length - 1];
  let j = cue.tokenStart - 1;
  while (j > 0 && tokens[j]!.pos === 'ADV') j--;
  if (!first || first === nearest || cue.kind !== 'verb' || tokens[j]?.norm !== 'and') return false;
  return tokens.slice(first.tokenEnd, nearest!.tokenStart).some((t) => t.pos === 'VERB');
}

/** "after Colombian forces attacked rebels": a preposition that opens a clause, then the cue verb's own subject. */
function clauseSubject(tokens: Token[], left: Mention[], cue: CueMatch): Mention | undefined {
  const m = left[left.length - 1];
  if (!m || cue.kind !== 'verb' || !CLAUSE_OPENING_PREPOSITIONS.has(governingPreposition(tokens, m)?.norm ?? '')) return undefined;
  return tokens.slice(m.tokenEnd, cue.tokenStart).every((t) => SUBJECT_TO_VERB_POS.has(t.pos)) ? m : undefined;
}

function firstVerbAfter(c: Clause, from: number): number {
  for (let j = from; j < c.end; j++) if (c.tokens[j]!.pos === 'VERB') return j;
  return -1;
}

/** Where a cue's arguments stand around it in its clause, as the positional reading sees them. */
interface Positions {
  c: Clause;
  cue: CueMatch;
  /** Mentions on the cue's left within the clause that no preposition governs. */
  free: Mention[];
  nearest: Mention | undefined;
  subject: Mention | undefined;
  object: Mention | undefined;
  /** The first predicate after the cue (or its infinitive), -1 if none. */
  stop: number;
  agent: Mention | undefined;
  between: [Mention, Mention] | null;
  symmetric: boolean;
}

type PushPairs = (sources: Mention[], targets: Mention[], strength: number) => void;

/**
 * Subject: the nearest free mention on the left, unless it is an earlier verb's object or a
 * finite predicate stands between ("Russia condemned NATO and accused the EU").
 */
function positionalSubject(tokens: Token[], left: Mention[], free: Mention[], cue: CueMatch): Mention | undefined {
  const nearest = free[free.length - 1];
  // "asked Ankara to press Moscow", "called on Israel to talk": the object of "asked" is who presses.
  const controlled = left[left.length - 1];
  const objectControl = controlled && tokens[controlled.tokenEnd]?.norm === 'to' && controlled.tokenEnd + 1 === cue.tokenStart;
  if (controlled && objectControl) return controlled;
  const own = clauseSubject(tokens, left, cue);
  if (own) return own;
  if (nearest && !isObjectOfVerb(tokens, nearest, cue) && !predicateBetween(tokens, nearest, cue) && !sharesSubject(tokens, free, cue)) return nearest;
  if (free[0] && free[0] !== nearest && !isObjectOfVerb(tokens, free[0], cue)) return free[0];
  return undefined;
}

/** Object: before the next predicate, except through a control verb ("threatened to strike X"). */
function positionalObject(c: Clause, cue: CueMatch, right: Mention[], symmetric: boolean): { object: Mention | undefined; stop: number } {
  const { tokens, end } = c;
  let stop = firstVerbAfter(c, cue.tokenEnd);
  let embedded = false;
  if (stop >= 0 && tokens[stop - 1]?.norm === 'to' && stop - 1 === cue.tokenEnd && CONTROL_VERBS.has(tokens[cue.tokenStart]!.lemma)) {
    embedded = true;
    stop = firstVerbAfter(c, stop + 1);
  }
  const object = right.find((m) => {
    if (stop >= 0 && m.tokenStart > stop) return false;
    // A direct or prepositional object sits close to its verb.
    if (m.tokenStart - cue.tokenEnd > 8 && !(symmetric && governingPreposition(tokens, m)?.norm === 'with')) return false;
    // "with Turkey acting as mediator": a mention with its own verb is no object.
    const after = tokens[m.tokenEnd];
    if (after && after.pos === 'VERB' && after.norm.endsWith('ing') && m.tokenEnd < end) return false;
    // "struck Gaza on Monday, Hamas responded": after a comma, a mention with a verb opens a new clause.
    if (tokens[m.tokenStart - 1]?.norm === ',' && after && (after.pos === 'VERB' || after.pos === 'AUX')) return false;
    const prep = governingPreposition(tokens, m);
    if (!prep) return true;
    // Force lands somewhere: "struck energy facilities in Ukraine's Kharkiv".
    if (cue.placeTarget && (prep.norm === 'in' || prep.norm === 'inside') && m.tokenStart <= cue.tokenEnd + 6) return true;
    if (NON_TARGET_PREPOSITIONS.has(prep.norm) || LEXICON.sourcePrepositions.has(prep.norm)) return false;
    // A verb's prepositional object follows it closely ("spoke to X"); "with" may follow the
    // direct object of a communication verb ("discussed the ceasefire with Ukraine"), and the
    // infinitive of a control verb brings its own ("threatened to impose sanctions on Moscow").
    const at = m.tokenStart - 1 - tokens.slice(Math.max(0, m.tokenStart - 4), m.tokenStart).reverse().indexOf(prep);
    return at <= cue.tokenEnd + 1 || (symmetric && prep.norm === 'with') || (embedded && LEXICON.targetPrepositions.has(prep.norm));
  });
  return { object, stop };
}

/** A mediator and the parties it stands between. */
function mediatorPairs(p: Positions, outerSubject: Mention | undefined, push: PushPairs): void {
  const { c, cue, subject, object, between, free } = p;
  // "with Turkey acting as mediator": the mention right before "(acting) as".
  const asMediator = actingAs(c, cue);
  // "a release brokered by Qatar": the mention after a passive participle's "by" mediates for the subject.
  if (!asMediator && subject && object && c.tokens[cue.tokenEnd]?.norm === 'by' && object.tokenStart > cue.tokenEnd) {
    push(withCoordinated(c, object, 1), [subject], 0.7);
    return;
  }
  const mediator = asMediator ?? subject ?? outerSubject;
  // "Egypt and Qatar mediated between ...": every coordinated subject mediates.
  const mediators = mediator && mediator === subject ? withCoordinated(c, mediator, -1) : mediator ? [mediator] : [];
  if (mediator && between) push(mediators, [between[0], between[1]], 0.9);
  else if (mediator && object && object !== mediator) push(mediators, withCoordinated(c, object, 1), 0.7);
  else if (asMediator && free[0] && free[0] !== asMediator) {
    // The parties are the sentence's subjects: "Russian and Ukrainian negotiators met..., with Turkey acting as mediator".
    push([asMediator], withCoordinated(c, free[0], 1).filter((m) => m !== asMediator), 0.6);
  }
}

/** A noun cue's doer (its owner, or the subject of a light verb) and its target after a target preposition. */
function nounPairs(p: Positions, right: Mention[], speaker: Mention | undefined, push: PushPairs): void {
  const { c, cue, free, nearest, between, stop, symmetric } = p;
  const { tokens } = c;
  // "X will be our legitimate target": the speaker's nominal predicate about the subject.
  if (speakerPossessive(tokens, cue) && speaker) {
    const subjects = free.filter((m) => tokens.slice(m.tokenEnd, cue.tokenStart).some((t) => t.lemma === 'be'));
    push([speaker], subjects, 0.7);
    return;
  }
  const owner = possessorOf(c, cue);
  // A noun's agent reaches it without a preposition in between ("Israel carried out strikes",
  // not "since the attacks"); verb particles such as "out" do not count.
  const reaches = (m: Mention) =>
    !tokens.slice(m.tokenEnd, cue.tokenStart).some((t, k, arr) => (t.pos === 'ADP' || t.pos === 'SCONJ') && t.norm !== 'of' && t.norm !== 'than' && !(PARTICLES.has(t.norm) && arr[k - 1]?.pos === 'VERB'));
  // Only light verbs pass their subject to the noun: "launched an attack", not "accused X of ... an attack".
  const lightOnly = (m: Mention) => tokens.slice(m.tokenEnd, cue.tokenStart).every((t) => t.pos !== 'VERB' || LIGHT_VERBS.has(t.lemma));
  const nounSubject = nearest && reaches(nearest) && lightOnly(nearest) ? nearest : undefined;
  const target = right.find((m) => {
    const prep = governingPreposition(tokens, m);
    return Boolean(prep && LEXICON.targetPrepositions.has(prep.norm)) && m.tokenStart <= cue.tokenEnd + 6 && (stop < 0 || m.tokenStart < stop);
  });
  if (between && !owner) {
    push([between[0]], [between[1]], 0.75);
    return;
  }
  const source = owner ?? nounSubject;
  if (source && target) push(withCoordinated(c, source, -1), withCoordinated(c, target, 1), owner ? 0.8 : 0.6);
  else if (source && symmetric && !owner) pushGroup(c, source, push);
  else if (symmetric && !owner && precededByTheir(tokens, cue) && free[0]) pushGroup(c, free[free.length - 1]!, push);
}

/** An active verb or verbal phrase: its subject (or the outer one) on its object or on the parties it stands between. */
function activePairs(p: Positions, outerSubject: Mention | undefined, push: PushPairs): void {
  const { c, subject, object, between, symmetric } = p;
  const source = subject ?? outerSubject;
  if (between) {
    if (source) push([source], [between[0], between[1]], 0.7);
    else push([between[0]], [between[1]], 0.7);
    return;
  }
  if (source && object) push(withCoordinated(c, source, -1), withCoordinated(c, object, 1), subject ? 0.9 : 0.7);
  else if (source && symmetric) pushGroup(c, source, push);
}

/**
 * Source and target of a cue inside its clause [start, end). `args` are the sentence's candidate
 * actor mentions in text order; `outerSubject` is the subject of the governing clause, used for
 * infinitives ("Iran contacted the U.S. to negotiate") and relative clauses ("Switzerland, which
 * acts..."); `speaker` is who says the clause, for "our"/"my".
 */
export function assignRoles(
  tokens: Token[],
  args: Mention[],
  cue: CueMatch,
  start: number,
  end: number,
  outerSubject?: Mention,
  speaker?: Mention,
): RolePair[] {
  const c: Clause = { tokens, args, start, end };
  const left = args.filter((m) => m.tokenEnd <= cue.tokenStart && m.tokenStart >= start);
  const right = args.filter((m) => m.tokenStart >= cue.tokenEnd && m.tokenStart < end);
  const pairs: RolePair[] = [];
  const push: PushPairs = (sources, targets, strength) => {
    for (const s of sources)
      for (const t of targets) {
        if (s.actorId === t.actorId) continue;
        pairs.push({ source: s, target: t, strength });
        if (cue.mutual) pairs.push({ source: t, target: s, strength });
      }
  };
  const symmetric = Boolean(cue.symmetric || cue.mutual);
  const free = left.filter((m) => !governingPreposition(tokens, m));
  const nearest = free[free.length - 1];
  const subject = positionalSubject(tokens, left, free, cue);
  const { object, stop } = positionalObject(c, cue, right, symmetric);
  const agent = right.find((m) => governingPreposition(tokens, m)?.norm === 'by');
  const p: Positions = { c, cue, free, nearest, subject, object, stop, agent, between: betweenPair(c, cue), symmetric };
  if (cue.betweenParties) mediatorPairs(p, outerSubject, push);
  else if (cue.kind === 'verb' && isPassive(tokens, cue, start)) {
    const patient = subject ?? nearest ?? outerSubject;
    if (agent && patient) push(withCoordinated(c, agent, 1), withCoordinated(c, patient, -1), 0.85);
  } else if (cue.kind === 'noun') nounPairs(p, right, speaker, push);
  else activePairs(p, outerSubject, push);
  return pairs;
}

/** "their first direct talks": a possessive pronoun in front of the noun and its modifiers. */
function precededByTheir(tokens: Token[], cue: CueMatch): boolean {
  for (let j = cue.tokenStart - 1; j >= 0 && cue.tokenStart - j <= 4; j--) {
    if (tokens[j]!.norm === 'their') return true;
    if (tokens[j]!.pos !== 'ADJ' && tokens[j]!.pos !== 'ADV') return false;
  }
  return false;
}

/** "X acting as mediator", "X, as an intermediary": the mention before "as". */
function actingAs(c: Clause, cue: CueMatch): Mention | undefined {
  let j = cue.tokenStart - 1;
  while (j >= 0 && (c.tokens[j]!.pos === 'DET' || c.tokens[j]!.pos === 'ADJ')) j--;
  if (c.tokens[j]?.norm !== 'as') return undefined;
  j--;
  if (c.tokens[j] && (c.tokens[j]!.lemma === 'act' || c.tokens[j]!.lemma === 'serve')) j--;
  return c.args.find((m) => m.tokenEnd === j + 1);
}

/**
 * "Araghchi and Witkoff discussed...": a coordinated pair as the subject of a symmetric relation;
 * "The two sides joined ranks": one reference read as two parties is that pair.
 */
function pushGroup(c: Clause, source: Mention, push: (s: Mention[], t: Mention[], strength: number) => void): void {
  const group = withCoordinated(c, source, -1).sort((a, b) => a.tokenStart - b.tokenStart);
  const only = group.length === 1 && group[0]!.members?.length === 2 ? group[0]! : undefined;
  if (only) push([memberOf(only, 0)], [memberOf(only, 1)], 0.7);
  else if (group.length === 2) push([group[0]!], [group[1]!], 0.75);
}

/** The k-th actor a plural reference stands for, as a mention of its own. */
function memberOf(m: Mention, k: number): Mention {
  const copy: Mention = { ...m, actorId: m.members![k]! };
  delete copy.members;
  return copy;
}
