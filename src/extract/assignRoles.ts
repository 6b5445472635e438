import { governingPreposition } from './clauses';
import { LEXICON } from './lexicon';
import type { Mention, Token } from './types';

export interface CueMatch {
  relation: string;
  cameo: string;
  kind: 'verb' | 'noun' | 'phrase';
  tokenStart: number;
  tokenEnd: number;
}

export interface RolePair {
  source: Mention;
  target: Mention;
  /** 0–1: how directly the syntax gave both roles. */
  strength: number;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s"]);
const COORDINATORS = new Set(['and', ',', 'as well as', '&']);
const NON_TARGET_PREPOSITIONS = new Set(['through', 'via', 'according', 'despite', 'amid', 'like', 'including', 'in', 'inside', 'within', 'across', 'throughout', 'from']);

/** The mention plus those coordinated with it ("the U.S. and Israel"). */
function withCoordinated(tokens: Token[], args: Mention[], m: Mention, direction: 1 | -1): Mention[] {
  const group = [m];
  let cur = m;
  for (;;) {
    const idx = args.indexOf(cur);
    const other = args[idx + direction];
    if (!other) break;
    const [a, b] = direction === 1 ? [cur, other] : [other, cur];
    // "A and B", "A, B", "A and the Iranian minister": one coordinator, then only modifiers.
    const between = tokens.slice(a.tokenEnd, b.tokenStart).filter((t) => t.pos !== 'DET');
    const joiner = between.findIndex((t) => COORDINATORS.has(t.norm));
    const rest = between.slice(joiner + 1);
    if (joiner !== 0 || !rest.every((t) => COORDINATORS.has(t.norm) || t.pos === 'ADJ' || t.pos === 'PROPN' || t.norm === "'s")) break;
    group.push(other);
    cur = other;
  }
  return group;
}

function isPassive(tokens: Token[], cue: CueMatch, clauseStart: number): boolean {
  const t = tokens[cue.tokenStart]!;
  if (t.pos !== 'VERB' || !/(ed|en|wn|t)$/.test(t.norm)) return false;
  for (let j = cue.tokenStart - 1; j >= Math.max(clauseStart, cue.tokenStart - 3); j--) {
    if (BE.has(tokens[j]!.norm)) return true;
    if (tokens[j]!.pos !== 'ADV' && tokens[j]!.pos !== 'AUX') return false;
  }
  return false;
}

/** "between A and B" right after the cue. */
function betweenPair(tokens: Token[], args: Mention[], cue: CueMatch, end: number): [Mention, Mention] | null {
  for (let j = cue.tokenEnd; j < Math.min(end, cue.tokenEnd + 4); j++) {
    if (tokens[j]!.norm !== 'between') continue;
    const after = args.filter((m) => m.tokenStart > j && m.tokenStart < end);
    const a = after[0];
    const b = after[1];
    if (a && b && tokens.slice(a.tokenEnd, b.tokenStart).some((t) => t.norm === 'and')) return [a, b];
  }
  return null;
}

function speakerPossessive(tokens: Token[], cue: CueMatch): boolean {
  let j = cue.tokenStart - 1;
  while (j >= 0 && tokens[j]!.pos === 'ADJ') j--;
  return tokens[j]?.norm === 'our' || tokens[j]?.norm === 'my';
}

function possessorOf(tokens: Token[], args: Mention[], cue: CueMatch): Mention | undefined {
  let j = cue.tokenStart - 1;
  while (j >= 0 && tokens[j]!.pos === 'ADJ') j--;
  if (tokens[j]?.norm === "'s" || tokens[j]?.norm === "'") j--;
  return args.find((m) => m.tokenEnd === j + 1);
}

/**
 * Source and target of a cue inside its clause [start, end). `args` are the clause's candidate
 * actor mentions in text order; `outerSubject` is the subject of the governing clause, used for
 * infinitives ("Iran contacted the U.S. to negotiate") and relative clauses ("Switzerland, which acts").
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
  const left = args.filter((m) => m.tokenEnd <= cue.tokenStart && m.tokenStart >= start);
  const right = args.filter((m) => m.tokenStart >= cue.tokenEnd && m.tokenStart < end);
  const pairs: RolePair[] = [];
  const push = (sources: Mention[], targets: Mention[], strength: number) => {
    for (const s of sources) for (const t of targets) if (s.actorId !== t.actorId) pairs.push({ source: s, target: t, strength });
  };
  // The subject reaches its verb without another finite predicate in between
  // ("accused the U.S. and Israel of stirring unrest and called..." does not make Israel the caller).
  const blockedBy = (m: Mention) =>
    tokens.slice(m.tokenEnd, cue.tokenStart).some((t, k, arr) => t.pos === 'VERB' && arr[k + 1]?.norm !== 'to' && k < arr.length - 1);
  const ungoverned = left.filter((m) => !governingPreposition(tokens, m));
  const nearest = ungoverned[ungoverned.length - 1];
  const subjectLeft = nearest && !blockedBy(nearest) ? nearest : ungoverned[0] && ungoverned[0] !== nearest ? ungoverned[0] : undefined;
  // An object stands before the next predicate: "meet advisers to discuss options on Iran" has none.
  let nextVerb = -1;
  for (let j = cue.tokenEnd; j < end; j++) if (tokens[j]!.pos === 'VERB') {
    nextVerb = j;
    break;
  }
  const objectRight = right.find((m) => {
    if (nextVerb >= 0 && m.tokenStart > nextVerb) return false;
    const prep = governingPreposition(tokens, m);
    if (!prep) return true;
    // A verb's prepositional object follows it closely ("spoke to X", "met with X").
    const prepIndex = m.tokenStart - 1 - tokens.slice(Math.max(0, m.tokenStart - 4), m.tokenStart).reverse().indexOf(prep);
    return prepIndex <= cue.tokenEnd + 1 && !NON_TARGET_PREPOSITIONS.has(prep.norm) && !LEXICON.sourcePrepositions.has(prep.norm);
  });
  // A noun takes its target from a prepositional phrase right after it: "threats against Iran".
  const nounTarget = right.find((m) => {
    const prep = governingPreposition(tokens, m);
    return Boolean(prep && LEXICON.targetPrepositions.has(prep.norm)) && m.tokenStart <= cue.tokenEnd + 6 && (nextVerb < 0 || m.tokenStart < nextVerb);
  });
  // A noun's subject must reach it without a preposition in between ("Israel bombed" vs "since the attacks").
  const nounSubject =
    nearest && !tokens.slice(nearest.tokenEnd, cue.tokenStart).some((t) => (t.pos === 'ADP' || t.pos === 'SCONJ') && t.norm !== 'of') ? nearest : undefined;
  const symmetric = cue.relation === 'communication' || cue.relation === 'negotiation';
  const agentRight = right.find((m) => governingPreposition(tokens, m)?.norm === 'by');
  const between = betweenPair(tokens, args, cue, end);

  if (cue.relation === 'mediation') {
    const mediator = subjectLeft ?? outerSubject;
    if (mediator && between) push([mediator], [between[0], between[1]], 0.9);
    else if (mediator && objectRight) push([mediator], withCoordinated(tokens, args, objectRight, 1), 0.7);
    return pairs;
  }

  if (cue.kind === 'verb' && isPassive(tokens, cue, start)) {
    const patient = subjectLeft ?? outerSubject;
    if (agentRight && patient) push(withCoordinated(tokens, args, agentRight, 1), withCoordinated(tokens, args, patient, -1), 0.85);
    return pairs;
  }

  if (cue.kind === 'noun') {
    // "X will be our legitimate target": the speaker's nominal predicate about the subject.
    const firstPerson = speakerPossessive(tokens, cue);
    if (firstPerson && speaker) {
      const subjects = left.filter((m) => !governingPreposition(tokens, m) && tokens.slice(m.tokenEnd, cue.tokenStart).some((t) => t.lemma === 'be'));
      push([speaker], subjects, 0.7);
      return pairs;
    }
    const owner = possessorOf(tokens, args, cue);
    const source = owner ?? nounSubject;
    const target = nounTarget;
    if (between && !owner) {
      push([between[0]], [between[1]], 0.75);
      return pairs;
    }
    if (source && target) push(withCoordinated(tokens, args, source, -1), withCoordinated(tokens, args, target, 1), owner ? 0.8 : 0.6);
    return pairs;
  }

  // Active verb or phrase.
  const source = subjectLeft ?? outerSubject;
  if (between && source) {
    push([source], [between[0], between[1]], 0.7);
    return pairs;
  }
  if (between && !source) {
    push([between[0]], [between[1]], 0.7);
    return pairs;
  }
  if (source && objectRight) push(withCoordinated(tokens, args, source, -1), withCoordinated(tokens, args, objectRight, 1), subjectLeft ? 0.9 : 0.7);
  else if (source && symmetric) {
    // "Araghchi and Witkoff discussed...": a coordinated subject of a symmetric relation.
    const group = withCoordinated(tokens, args, source, -1).sort((a, b) => a.tokenStart - b.tokenStart);
    if (group.length === 2) push([group[0]!], [group[1]!], 0.75);
  }
  return pairs;
}
