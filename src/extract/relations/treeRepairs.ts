// Arcs of misparses the role reading meets in news text, read as what the sentence says: each repair
// finds one shape of error in the parser's tree and gives the arcs it must have (head and label).
import type { Sentence, Token } from '../types';
import type { DependentsOf, Rewired } from './dependencyTree';
import { ROLE_FRAMES } from './roleFrames';
import { appositiveClaim } from './appositiveClaim';
import { attributiveParticiple } from './attributiveParticiple';
import { possessedHyphenParticiple, possessedParticiple } from './possessedParticiple';
import { splitNameSubject } from './splitNameSubject';
import { listBeforeSubject, strayConjuncts } from './strayConjunct';
import { thatAsObject } from './thatAsObject';
import { openingParticiple } from './openingParticiple';
import { appositiveParticiple } from './appositiveParticiple';
import { utteranceConjunct } from './utteranceConjunct';
import { verbConjunctOnObject } from './verbConjunctOnObject';
import { verbAfterSubject } from './verbAfterSubject';
import { chargeClauseOnTime } from './chargeClauseOnTime';
import { accordingToSource } from './accordingToSource';
import { hyphenChain } from './hyphenChain';

const NOMINAL_POS = new Set(['NOUN', 'PROPN']);

/** True when `node` lies under `top` in the parsed tree. */
function under(tokens: readonly Token[], node: number, top: number): boolean {
  for (let n = node, steps = 0; n >= 0 && steps < 40; n = tokens[n]!.head ?? -1, steps++) if (n === top) return true;
  return false;
}

/** "helping build Syria a reactor" read with the bare verb as an object: a verb right after its head with no subject, marker or auxiliary is its open complement. */
export function bareVerbObject(tokens: readonly Token[], i: number, dependentsOf: DependentsOf): boolean {
  const t = tokens[i]!;
  const h = t.head ?? -1;
  if (t.dep !== 'obj' || t.pos !== 'VERB' || h !== i - 1 || tokens[h]!.pos !== 'VERB') return false;
  return !dependentsOf(i).some((c) => ['nsubj', 'nsubj:pass', 'mark', 'aux', 'aux:pass'].includes(tokens[c]!.dep ?? ''));
}

/**
 * "continue to hold the opposition leader, Bobi Wine" read with the name after the comma as a bare
 * attachment of the verb: it is in apposition to the object that ends right before the comma.
 */
function nameAfterObject(tokens: readonly Token[], sentence: Sentence, dependentsOf: DependentsOf): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  for (let n = sentence.firstToken + 2; n < sentence.endToken; n++) {
    const t = tokens[n]!;
    const v = t.head ?? -1;
    if (t.dep !== 'obl' || t.pos !== 'PROPN' || v < 0 || v > n || dependentsOf(n).some((c) => tokens[c]!.dep === 'case')) continue;
    let first = n;
    while (first - 1 > v && tokens[first - 1]!.head === n && tokens[first - 1]!.dep !== 'punct') first--;
    const object = first - 2;
    if (tokens[first - 1]!.norm !== ',' || tokens[object]!.head !== v || tokens[object]!.dep !== 'obj' || tokens[object]!.pos !== 'NOUN') continue;
    out.set(n, { head: object, dep: 'appos' });
  }
  return out;
}

const CLAUSE_VERB_DEPS = new Set(['advcl', 'xcomp', 'ccomp']);

/**
 * "The announcement came as Cuba released Alan Gross" read with "as Cuba" as an attachment of the
 * main verb and "released" as a subjectless clause right after it: the name is that clause's subject
 * and the preposition opens the clause.
 */
function subjectAfterOpener(tokens: readonly Token[], sentence: Sentence, dependentsOf: DependentsOf): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  for (let n = sentence.firstToken; n < sentence.endToken; n++) {
    const t = tokens[n]!;
    const h = t.head ?? -1;
    if (t.dep !== 'obl' || t.pos !== 'PROPN' || h < 0 || h > n) continue;
    const opener = dependentsOf(n).find((k) => k < n && tokens[k]!.dep === 'case' && (tokens[k]!.norm === 'as' || ROLE_FRAMES.clauseOpeningPrepositions.has(tokens[k]!.norm)));
    if (opener === undefined) continue;
    let v = n + 1;
    while (v < sentence.endToken && under(tokens, v, n)) v++;
    const verb = tokens[v];
    if (!verb || verb.pos !== 'VERB' || verb.head !== h || !CLAUSE_VERB_DEPS.has(verb.dep ?? '')) continue;
    if (dependentsOf(v).some((c) => tokens[c]!.dep === 'nsubj' || tokens[c]!.dep === 'nsubj:pass')) continue;
    out.set(n, { head: v, dep: 'nsubj' }).set(opener, { head: v, dep: 'mark' }).set(v, { head: h, dep: 'advcl' });
  }
  return out;
}

/**
 * "the PKK, which Ankara accuses of ..." read with the name as a compound of the verb and the
 * relative pronoun as its determiner: the name is the verb's subject, the pronoun its object, and
 * the clause a relative clause on the noun it hangs on.
 */
function relativeObjectClause(tokens: readonly Token[], sentence: Sentence, dependentsOf: DependentsOf): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  for (let v = sentence.firstToken + 2; v < sentence.endToken; v++) {
    const t = tokens[v]!;
    const h = t.head ?? -1;
    if (t.pos !== 'VERB' || h < 0 || h > v || dependentsOf(v).some((c) => tokens[c]!.dep === 'nsubj' && tokens[c]!.pos !== 'PRON')) continue;
    const name = v - 1;
    const rel = v - 2;
    if (tokens[name]!.pos !== 'PROPN' || tokens[name]!.head !== v || tokens[name]!.dep !== 'compound') continue;
    // The clause hangs on its antecedent noun, and "that" is a pronoun, not the conjunction of "demanded that Ukraine withdraw".
    if (!ROLE_FRAMES.relativePronouns.has(tokens[rel]!.norm) || tokens[rel]!.pos !== 'PRON' || tokens[rel]!.head !== v || rel <= h) continue;
    if (tokens[h]!.pos !== 'NOUN' && tokens[h]!.pos !== 'PROPN') continue;
    out.set(name, { head: v, dep: 'nsubj' }).set(rel, { head: v, dep: 'obj' }).set(v, { head: h, dep: 'acl:relcl' });
  }
  return out;
}

/**
 * "Pakistan denies aiding the infiltrators" read with the name as a compound of the root verb: a
 * verb never heads a compound, so the name right before a subjectless root verb is its subject (the
 * rest of the name hangs on it).
 */
function compoundSubjectOfRoot(tokens: readonly Token[], sentence: Sentence, dependentsOf: DependentsOf): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  for (let v = sentence.firstToken + 1; v < sentence.endToken; v++) {
    const t = tokens[v]!;
    const name = v - 1;
    if (t.pos !== 'VERB' || t.head !== -1 || tokens[name]!.pos !== 'PROPN' || tokens[name]!.head !== v || tokens[name]!.dep !== 'compound') continue;
    if (dependentsOf(v).some((c) => (tokens[c]!.dep ?? '').startsWith('nsubj') || tokens[c]!.dep === 'expl')) continue;
    out.set(name, { head: v, dep: 'nsubj' });
    for (const c of dependentsOf(v)) if (c < name && (tokens[c]!.dep === 'compound' || tokens[c]!.dep === 'flat' || tokens[c]!.dep === 'det')) out.set(c, { head: name, dep: tokens[c]!.dep! });
  }
  return out;
}

const PROGRESSIVE_COPULAS = new Set(['been', 'be', 'is', 'are', 'was', 'were']);
const NOUN_PHRASE_DEPS = new Set(['det', 'amod', 'compound', 'nummod', 'nmod:poss']);
const MOVED_TO_VERB = new Set(['nsubj', 'aux', 'cop', 'advmod', 'punct', 'mark']);

/**
 * "Turkey has been massing forces on its border" read with "been" as a copula and "massing" as an
 * adjective on "forces": the participle is the clause's verb, the noun its object.
 */
function progressiveAsCopula(tokens: readonly Token[], sentence: Sentence, dependentsOf: DependentsOf): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  for (let v = sentence.firstToken + 1; v < sentence.endToken; v++) {
    const t = tokens[v]!;
    const n = t.head ?? -1;
    if (t.pos !== 'VERB' || t.dep !== 'amod' || !t.norm.endsWith('ing') || n <= v || tokens[n]!.pos !== 'NOUN') continue;
    const cop = dependentsOf(n).find((c) => c < v && tokens[c]!.dep === 'cop' && PROGRESSIVE_COPULAS.has(tokens[c]!.norm));
    if (cop === undefined) continue;
    let between = true;
    for (let k = v + 1; k < n && between; k++) between = tokens[k]!.head === n && NOUN_PHRASE_DEPS.has(tokens[k]!.dep ?? '');
    if (!between) continue;
    out.set(v, { head: tokens[n]!.head ?? -1, dep: tokens[n]!.dep ?? 'root' }).set(n, { head: v, dep: 'obj' }).set(cop, { head: v, dep: 'aux' });
    for (const c of dependentsOf(n)) if (c !== cop && c < v && MOVED_TO_VERB.has(tokens[c]!.dep ?? '')) out.set(c, { head: v, dep: tokens[c]!.dep! });
  }
  return out;
}

/**
 * "Prime Minister Koirala and rebel leader Prachanda held a meeting" read with two subjects and the
 * "and" hung inside the second: the second subject is coordinated with the first.
 */
function secondSubject(tokens: readonly Token[], sentence: Sentence, dependentsOf: DependentsOf): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  for (let v = sentence.firstToken; v < sentence.endToken; v++) {
    if (dependentsOf(v).length < 2) continue;
    const subjects = dependentsOf(v).filter((c) => tokens[c]!.dep === 'nsubj' && c < v);
    if (subjects.length !== 2) continue;
    const [a, b] = subjects as [number, number];
    for (let k = a + 1; k < b; k++) {
      if (tokens[k]!.pos !== 'CCONJ') continue;
      if (under(tokens, k, b)) {
        out.set(b, { head: a, dep: 'conj' }).set(k, { head: b, dep: 'cc' });
        break;
      }
      // "Kiir and rebel leader Abdel Wahid" with "leader" coordinated and the name a second subject: the title describes the name.
      const title = tokens[k]!.head ?? -1;
      // The conjunct may hang on the first name's last word ("Dina Boluarte and Chilean President ...", "Chilean" on "Boluarte").
      const onFirst = (h: number) => h === a || (h > a && h < k && tokens[h]!.head === a && tokens[h]!.dep === 'flat');
      let adjacent = title > k && title < b && onFirst(tokens[title]!.head ?? -1) && tokens[title]!.dep === 'conj';
      for (let j = title + 1; j < b && adjacent; j++) adjacent = under(tokens, j, b);
      if (!adjacent) continue;
      out.set(b, { head: a, dep: 'conj' }).set(k, { head: b, dep: 'cc' }).set(title, { head: b, dep: 'nmod:desc' });
      break;
    }
  }
  return out;
}

/**
 * "the government and Maoist rebels have decided" read with the first conjunct as a bare attachment
 * of the verb and the second one's modifier as its conjunct: the first is the subject, and the noun
 * the verb took as its subject is coordinated with it, the modifier back on that noun.
 */
function splitCoordinatedSubject(tokens: readonly Token[], sentence: Sentence, dependentsOf: DependentsOf): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  for (let x = sentence.firstToken; x + 3 < sentence.endToken; x++) {
    const first = tokens[x]!;
    const v = first.head ?? -1;
    const cc = x + 1;
    const modifier = x + 2;
    const noun = x + 3;
    if (first.dep !== 'obl' || !NOMINAL_POS.has(first.pos) || v <= noun || dependentsOf(x).some((c) => tokens[c]!.dep === 'case')) continue;
    if (tokens[cc]!.pos !== 'CCONJ' || tokens[modifier]!.head !== x || tokens[modifier]!.dep !== 'conj' || tokens[cc]!.head !== modifier) continue;
    if (tokens[noun]!.head !== v || tokens[noun]!.dep !== 'nsubj' || !NOMINAL_POS.has(tokens[noun]!.pos)) continue;
    out.set(x, { head: v, dep: 'nsubj' }).set(noun, { head: x, dep: 'conj' }).set(cc, { head: noun, dep: 'cc' }).set(modifier, { head: noun, dep: 'amod' });
    break;
  }
  return out;
}

/**
 * "The two countries' foreign ministers met" read with the owner as a second subject of the verb and
 * the possessive mark as its case: the owner is the possessor of the noun its phrase runs into.
 */
function possessorAsSubject(tokens: readonly Token[], sentence: Sentence, dependentsOf: DependentsOf): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  for (let x = sentence.firstToken; x + 2 < sentence.endToken; x++) {
    const mark = tokens[x + 1]!;
    if (tokens[x]!.dep !== 'nsubj' || (mark.norm !== "'" && mark.norm !== "'s") || mark.head !== x || mark.dep !== 'case') continue;
    let y = x + 2;
    while (y < sentence.endToken && tokens[y]!.pos === 'ADJ' && tokens[y]!.head === y + 1) y++;
    const owned = tokens[y];
    if (!owned || !NOMINAL_POS.has(owned.pos) || owned.dep !== 'nsubj' || owned.head !== tokens[x]!.head) continue;
    if (dependentsOf(x).some((c) => c > x + 1)) continue;
    out.set(x, { head: y, dep: 'nmod:poss' });
  }
  return out;
}

/**
 * "said Azerbaijani forces shelled Armenian villages" read with the complement's subject as the
 * object of "said" and its verb as a modifier: the noun is the subject of the verb, the clause the
 * complement of the speech verb, and the noun the verb modified its object; also "ruled Serbia had
 * violated ..." read with the complement's verb as a conjunct of the speech verb.
 */
function thatlessComplement(tokens: readonly Token[], sentence: Sentence, dependentsOf: DependentsOf): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  for (let n = sentence.firstToken + 1; n + 1 < sentence.endToken; n++) {
    const said = tokens[n]!.head ?? -1;
    // "ruled Serbia had violated ...": auxiliaries may stand between the subject and its verb.
    let v = n + 1;
    while (v + 1 < sentence.endToken && tokens[v]!.pos === 'AUX') v++;
    const verb = tokens[v]!;
    if (tokens[n]!.dep !== 'obj' || said < 0 || said > n || !ROLE_FRAMES.thatlessSpeechVerbs.has(tokens[said]!.lemma)) continue;
    let auxiliaries = true;
    for (let a = n + 1; a < v && auxiliaries; a++) auxiliaries = tokens[a]!.head === v;
    if (!auxiliaries) continue;
    // "says its troops along the border were shelled": a subjectless complement after the object is the object's clause.
    const clause = dependentsOf(said).find((c) => c > n && tokens[c]!.dep === 'ccomp' && tokens[c]!.pos === 'VERB' && !dependentsOf(c).some((k) => (tokens[k]!.dep ?? '').startsWith('nsubj')));
    if (clause !== undefined) {
      const passive = dependentsOf(clause).some((k) => tokens[k]!.dep === 'aux:pass');
      out.set(n, { head: clause, dep: passive ? 'nsubj:pass' : 'nsubj' });
      continue;
    }
    // "complained Iran has been aiding ...": a participle after auxiliaries is finite.
    const progressive = v > n + 1 && verb.norm.endsWith('ing');
    if (verb.pos !== 'VERB' || (verb.norm.endsWith('ing') && !progressive) || dependentsOf(v).some((c) => (tokens[c]!.dep ?? '').startsWith('nsubj'))) continue;
    const modified = verb.head ?? -1;
    // A finite verb after an auxiliary, hung on the speech verb as a conjunct with no "and" or as an active adverbial clause: the complement's verb.
    const adverbial = verb.dep === 'advcl' && !dependentsOf(v).some((c) => tokens[c]!.dep === 'aux:pass' || tokens[c]!.dep === 'mark');
    const finiteConjunct = v > n + 1 && (verb.dep === 'conj' || adverbial) && modified === said;
    // "said its jets struck PKK targets" may hang the verb on its object as a compound too.
    if ((verb.dep === 'amod' || verb.dep === 'compound') && modified > v && tokens[modified]!.pos === 'NOUN') out.set(modified, { head: v, dep: 'obj' });
    else if (!finiteConjunct && !(verb.dep === 'acl' && modified === n && dependentsOf(v).some((c) => tokens[c]!.dep === 'obj'))) continue;
    out.set(n, { head: v, dep: 'nsubj' }).set(v, { head: said, dep: 'ccomp' });
  }
  return out;
}

/**
 * "President William Ruto and President Hassan Mohamud discussed trade" read with the second name
 * as a flat part of the first: a name whose own phrase holds a coordinator is the first one's conjunct.
 */
function nameAfterCoordinator(tokens: readonly Token[], sentence: Sentence): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  for (let n = sentence.firstToken + 2; n < sentence.endToken; n++) {
    const t = tokens[n]!;
    const h = t.head ?? -1;
    if (t.dep !== 'flat' || t.pos !== 'PROPN' || h < sentence.firstToken || h >= n) continue;
    let c = h + 1;
    while (c < n && tokens[c]!.dep !== 'cc') c++;
    if (c >= n) continue;
    // The words between stay inside the phrase: no clause lies between the two names.
    const inside = (k: number) => (tokens[k]!.head ?? -1) >= h && (tokens[k]!.head ?? -1) <= n;
    let phrase = true;
    for (let k = h + 1; k < n; k++) if (!inside(k)) phrase = false;
    if (!phrase) continue;
    out.set(n, { head: h, dep: 'conj' });
    // "and Somali President Hassan ...": a word after the coordinator read as the conjunct modifies the name.
    for (let k = c + 1; k < n; k++) if (tokens[k]!.dep === 'conj' && !under(tokens, k, n)) out.set(k, { head: n, dep: 'amod' });
  }
  return out;
}

/**
 * "Thousands of students demonstrated against X" read with the capitalised count word as a name
 * heading the sentence and the verb as a clause on "students": the verb heads the sentence and the
 * count word, which stands for the crowd after its "of", is its subject.
 */
function countedSubject(tokens: readonly Token[], sentence: Sentence, dependentsOf: DependentsOf): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  const n = sentence.firstToken;
  const count = tokens[n];
  if (!count || (count.head ?? -1) >= 0 || !ROLE_FRAMES.countNouns.has(count.norm)) return out;
  const crowd = dependentsOf(n).find((c) => tokens[c]!.dep === 'nmod' && dependentsOf(c).some((k) => tokens[k]!.norm === 'of'));
  const verb = crowd === undefined ? undefined : dependentsOf(crowd).find((c) => c > crowd && tokens[c]!.pos === 'VERB' && tokens[c]!.dep === 'acl');
  if (verb === undefined || dependentsOf(verb).some((c) => (tokens[c]!.dep ?? '').startsWith('nsubj'))) return out;
  return out.set(verb, { head: -1, dep: 'root' }).set(n, { head: verb, dep: 'nsubj' });
}

/** The repairs in the order they apply: a later repair's arc for a token replaces an earlier one's. */
const REPAIRS: readonly ((tokens: readonly Token[], sentence: Sentence, dependentsOf: DependentsOf) => Map<number, Rewired>)[] = [
  subjectAfterOpener,
  relativeObjectClause,
  compoundSubjectOfRoot,
  nameAfterObject,
  progressiveAsCopula,
  secondSubject,
  splitCoordinatedSubject,
  possessorAsSubject,
  thatlessComplement,
  nameAfterCoordinator,
  verbAfterSubject,
  countedSubject,
  utteranceConjunct,
  verbConjunctOnObject,
  splitNameSubject,
  possessedParticiple,
  possessedHyphenParticiple,
  thatAsObject,
  appositiveClaim,
  attributiveParticiple,
  openingParticiple,
  appositiveParticiple,
  strayConjuncts,
  listBeforeSubject,
  chargeClauseOnTime,
  accordingToSource,
  hyphenChain,
];

/** Every repair's arcs, for one sentence. */
export function clauseRepairs(tokens: readonly Token[], sentence: Sentence, dependentsOf: DependentsOf): Map<number, Rewired> {
  const arcs = new Map<number, Rewired>();
  for (const repair of REPAIRS) for (const [token, arc] of repair(tokens, sentence, dependentsOf)) arcs.set(token, arc);
  return arcs;
}
