// One sentence's dependency tree as the parser wrote it onto the tokens (head, dep), with each
// node's dependents indexed, so frames can ask "the nsubj of this verb" or "the case of this noun".
// Labels the scheme cannot give where the parser put them are read as what the arc must be.
import type { Sentence, Token } from '../types';
import { ROLE_FRAMES } from './roleFrames';
import { bareVerbObject, clauseRepairs } from './treeRepairs';
import { nominalRepairs } from './nominalRepairs';

const NOMINAL_POS = new Set(['NOUN', 'PROPN', 'PRON']);
const POSSESSIVE_MARKS = new Set(["'s", "'", '’s', '’']);

/**
 * The label an arc must have where the parser's cannot be right: a passive agent without "by"
 * ("rebels freed Omar Haddad" read as "rebels freed by Omar Haddad") and a nominal in apposition
 * to a verb after it ("Cuba freed Alan Gross" with the name hung on the verb) are the verb's object;
 * a time word after its verb read as a second subject ("said Wednesday") is a time adjunct;
 * the subject of a verb with a "by" agent and no object is its passive subject ("Omar Haddad,
 * arrested by Ethiopia, ...").
 */
function schemeLabel(tokens: readonly Token[], i: number, dependentsOf: (n: number) => readonly number[]): string | undefined {
  const t = tokens[i]!;
  const h = t.head ?? -1;
  if (h < 0 || !NOMINAL_POS.has(t.pos)) return undefined;
  const byAgent = (n: number) => tokens[n]!.dep === 'obl:agent' && dependentsOf(n).some((c) => tokens[c]!.dep === 'case' && tokens[c]!.norm === 'by');
  if (t.dep === 'nsubj' && tokens[h]!.pos === 'VERB' && dependentsOf(h).some(byAgent) && !dependentsOf(h).some((c) => tokens[c]!.dep === 'obj')) return 'nsubj:pass';
  if (h > i) return undefined;
  // "Officials said Wednesday that ..." read with the day as a second subject: it says when.
  if (t.dep === 'nsubj' && ROLE_FRAMES.timeNouns.has(t.norm) && dependentsOf(h).some((c) => c < h && tokens[c]!.dep === 'nsubj')) return 'obl:tmod';
  if (t.dep === 'obl:agent' && !byAgent(i)) return 'obj';
  if (t.dep === 'appos' && tokens[h]!.pos === 'VERB') return 'obj';
  return undefined;
}

/** An arc as the tree reads it where the parser's cannot be right: its head and label. */
export interface Rewired {
  head: number;
  dep: string;
}

/** A token's dependents in the parser's tree, as the tree repairs read them. */
export type DependentsOf = (n: number) => readonly number[];

/**
 * "Ethiopia attacked Eritrea after Kenya criticized Eritrea" read with the object as the subject of a
 * complement clause and "after Kenya" hung on it: the object is the first verb's, the name after the
 * clause-opening preposition is the second verb's subject, and the second clause is adverbial.
 */
function clauseAfterObject(tokens: readonly Token[], sentence: Sentence, dependentsOf: (n: number) => readonly number[]): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  for (let v2 = sentence.firstToken; v2 < sentence.endToken; v2++) {
    const t = tokens[v2]!;
    const v1 = t.head ?? -1;
    if (t.pos !== 'VERB' || (t.dep !== 'ccomp' && t.dep !== 'advcl') || v1 < 0 || v1 > v2 || tokens[v1]!.pos !== 'VERB') continue;
    if (dependentsOf(v1).some((c) => tokens[c]!.dep === 'obj')) continue;
    for (const x of dependentsOf(v2)) {
      if (tokens[x]!.dep !== 'nsubj' || x < v1) continue;
      // The clause's subject hung on the object, or given to the clause as a second subject.
      const subjects = [...dependentsOf(x).filter((n) => tokens[n]!.dep === 'nmod'), ...dependentsOf(v2).filter((n) => n > x && tokens[n]!.dep === 'nsubj')];
      for (const n of subjects) {
        const opener = dependentsOf(n).find((k) => tokens[k]!.dep === 'case' && k > x && ROLE_FRAMES.clauseOpeningPrepositions.has(tokens[k]!.norm));
        if (n < x || n > v2 || opener === undefined) continue;
        out.set(x, { head: v1, dep: 'obj' }).set(n, { head: v2, dep: 'nsubj' }).set(opener, { head: v2, dep: 'mark' }).set(v2, { head: v1, dep: 'advcl' });
      }
    }
  }
  return out;
}

/**
 * "Lavrov, who mediated the talks, said ..." read with the name and "who" as two subjects of the
 * relative clause's verb: the name is the subject of the main verb (the clause's head, or its
 * conjunct after it with no subject of its own), and the relative clause hangs on the name.
 */
function relativeAfterName(tokens: readonly Token[], sentence: Sentence, dependentsOf: (n: number) => readonly number[]): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  const subjects = (n: number) => dependentsOf(n).filter((c) => tokens[c]!.dep === 'nsubj');
  // The tagger may call the verb an adjective ("mediated"): two subjects say it heads a clause.
  const clauseHead = (n: number) => !NOMINAL_POS.has(tokens[n]!.pos);
  for (let v = sentence.firstToken; v < sentence.endToken; v++) {
    if (!clauseHead(v) || dependentsOf(v).length < 2) continue;
    const [name, pronoun, ...rest] = subjects(v);
    if (name === undefined || pronoun === undefined || rest.length > 0 || pronoun > v) continue;
    if (!ROLE_FRAMES.relativePronouns.has(tokens[pronoun]!.norm) || tokens[pronoun - 1]?.norm !== ',' || !NOMINAL_POS.has(tokens[name]!.pos)) continue;
    const h = tokens[v]!.head ?? -1;
    if (h > v && clauseHead(h) && subjects(h).length === 0) {
      out.set(name, { head: h, dep: 'nsubj' }).set(v, { head: name, dep: 'acl:relcl' });
      continue;
    }
    // The relative clause's verb made the root, the main verb its conjunct.
    const main = h < 0 ? dependentsOf(v).find((c) => c > v && tokens[c]!.dep === 'conj' && clauseHead(c) && subjects(c).length === 0) : undefined;
    if (main === undefined) continue;
    out.set(main, { head: -1, dep: 'root' }).set(name, { head: main, dep: 'nsubj' }).set(v, { head: name, dep: 'acl:relcl' });
  }
  return out;
}

/**
 * "Qatar-mediated talks between Israel and Hamas resumed" read with "between Israel" as a second
 * subject: a subject never takes a preposition, so the phrase qualifies the subject noun right before it.
 */
function markedSubjectAfterNoun(tokens: readonly Token[], sentence: Sentence, dependentsOf: (n: number) => readonly number[]): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  for (let x = sentence.firstToken + 1; x < sentence.endToken; x++) {
    if (tokens[x]!.dep !== 'nsubj') continue;
    const marker = dependentsOf(x).find((c) => tokens[c]!.dep === 'case' && c < x);
    const noun = marker === undefined ? -1 : marker - 1;
    if (noun < sentence.firstToken || tokens[noun]!.dep !== 'nsubj' || tokens[noun]!.head !== tokens[x]!.head || !NOMINAL_POS.has(tokens[noun]!.pos)) continue;
    out.set(x, { head: noun, dep: 'nmod' });
  }
  return out;
}

/**
 * "The agreement the two countries struck collapsed" read with "countries" as a second subject and
 * "struck" as its modifier: a clause without a relative pronoun whose verb lacks its object hangs on
 * the noun before it, and the second subject is that clause's subject.
 */
function bareRelativeClause(tokens: readonly Token[], sentence: Sentence, dependentsOf: (n: number) => readonly number[]): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  for (let v = sentence.firstToken; v < sentence.endToken; v++) {
    if (dependentsOf(v).length < 2) continue;
    const [noun, subject, ...rest] = dependentsOf(v).filter((c) => tokens[c]!.dep === 'nsubj');
    if (noun === undefined || subject === undefined || rest.length > 0 || subject > v || !NOMINAL_POS.has(tokens[noun]!.pos)) continue;
    // The clause's subject opens right after the noun ("agreement | the two countries").
    const first = Math.min(subject, ...dependentsOf(subject));
    if (first !== noun + 1) continue;
    const verb = dependentsOf(subject).find((c) => c > subject && c < v && tokens[c]!.dep === 'acl' && tokens[c]!.pos === 'VERB');
    if (verb === undefined || dependentsOf(verb).some((c) => tokens[c]!.dep === 'obj')) continue;
    out.set(verb, { head: noun, dep: 'acl:relcl' }).set(subject, { head: verb, dep: 'nsubj' });
  }
  return out;
}

export class DependencyTree {
  private readonly dependents: number[][];
  /** Per token of the sentence (from its first): the head and the full and base relation the tree reads. */
  private readonly heads: number[];
  private readonly deps: string[];
  private readonly baseDeps: string[];
  /** `caseOf` per token of the sentence once asked (null: not yet); the tree does not change once built. */
  private readonly cases: (string | undefined | null)[];

  private constructor(
    readonly tokens: readonly Token[],
    readonly sentence: Sentence,
  ) {
    const first = sentence.firstToken;
    const size = sentence.endToken - first;
    const index = (head: (i: number) => number) => {
      const table: number[][] = [];
      for (let k = 0; k < size; k++) table.push([]);
      for (let i = first; i < sentence.endToken; i++) {
        const h = head(i);
        if (h >= 0) table[h - first]!.push(i);
      }
      return table;
    };
    const parsed = index((i) => tokens[i]!.head!);
    const parsedDependents = (n: number) => parsed[n - first] ?? [];
    // Later repairs win where two rewire the same arc (as one Map built from all their entries would).
    const rewired = clauseRepairs(tokens, sentence, parsedDependents);
    for (const more of [
      clauseAfterObject(tokens, sentence, parsedDependents),
      relativeAfterName(tokens, sentence, parsedDependents),
      markedSubjectAfterNoun(tokens, sentence, parsedDependents),
      bareRelativeClause(tokens, sentence, parsedDependents),
      nominalRepairs(tokens, sentence, parsedDependents),
    ])
      for (const [at, arc] of more) rewired.set(at, arc);
    this.heads = [];
    for (let i = first; i < sentence.endToken; i++) this.heads.push(rewired.get(i)?.head ?? tokens[i]!.head ?? -1);
    this.dependents = rewired.size > 0 ? index((i) => this.heads[i - first]!) : parsed;
    this.deps = [];
    this.baseDeps = [];
    this.cases = new Array<string | undefined | null>(size).fill(null);
    for (let i = first; i < sentence.endToken; i++) {
      const label = rewired.get(i)?.dep ?? schemeLabel(tokens, i, parsedDependents) ?? (bareVerbObject(tokens, i, parsedDependents) ? 'xcomp' : undefined);
      const dep = label ?? tokens[i]!.dep ?? '';
      const colon = dep.indexOf(':');
      this.deps.push(dep);
      this.baseDeps.push(colon < 0 ? dep : dep.slice(0, colon));
    }
  }

  /** The sentence's tree, or null when the parser did not read it. */
  static of(tokens: readonly Token[], sentence: Sentence): DependencyTree | null {
    if (sentence.endToken <= sentence.firstToken) return null;
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const h = tokens[i]!.head;
      if (h === undefined || (h >= 0 && (h < sentence.firstToken || h >= sentence.endToken))) return null;
    }
    return new DependencyTree(tokens, sentence);
  }

  token(i: number): Token {
    return this.tokens[i]!;
  }

  head(i: number): number {
    return this.contains(i) ? this.heads[i - this.sentence.firstToken]! : (this.tokens[i]?.head ?? -1);
  }

  /** The full relation ("nsubj:pass"), as the scheme allows it where the parser's label cannot be right. */
  dep(i: number): string {
    return this.contains(i) ? this.deps[i - this.sentence.firstToken]! : (this.tokens[i]?.dep ?? '');
  }

  /** The relation without its subtype ("nsubj" for "nsubj:pass"). */
  baseDep(i: number): string {
    if (this.contains(i)) return this.baseDeps[i - this.sentence.firstToken]!;
    const d = this.dep(i);
    const colon = d.indexOf(':');
    return colon < 0 ? d : d.slice(0, colon);
  }

  contains(i: number): boolean {
    return i >= this.sentence.firstToken && i < this.sentence.endToken;
  }

  /** Dependents of `i` whose relation is one of `deps` (full names, or base names matching every subtype). */
  children(i: number, ...deps: string[]): number[] {
    const all = this.dependents[i - this.sentence.firstToken] ?? [];
    if (deps.length === 0) return all;
    const out: number[] = [];
    const first = this.sentence.firstToken;
    for (const c of all) if (deps.includes(this.deps[c - first]!) || deps.includes(this.baseDeps[c - first]!)) out.push(c);
    return out;
  }

  /** The case markers opening a nominal, in text order: its own, or those the parser hung on a modifier before it. */
  caseMarkers(i: number): number[] {
    // "by Somali militants" with "by" hung on the modifier "Somali", "with Prime Minister Abiy Ahmed" with "with" on "Abiy": the preposition still opens the phrase.
    const borrowed = this.children(i, 'compound', 'amod', 'nmod:desc')
      .filter((c) => c < i)
      .flatMap((n) => this.children(n, 'case', 'mark'))
      .filter((c) => c < i && !POSSESSIVE_MARKS.has(this.tokens[c]!.norm));
    return [...this.children(i, 'case', 'mark').filter((c) => c < i), ...borrowed].sort((a, b) => a - b);
  }

  /** The case marker of a nominal ("on" in "on Iran"; "according to" as two words), lower-cased. */
  caseOf(i: number): string | undefined {
    const k = i - this.sentence.firstToken;
    const known = this.contains(i) ? this.cases[k] : null;
    if (known !== null) return known;
    const marks = this.caseMarkers(i);
    const found = marks.length === 0 ? undefined : marks.map((c) => this.tokens[c]!.norm).join(' ');
    if (this.contains(i)) this.cases[k] = found;
    return found;
  }

  /** `i` and the nodes coordinated under it ("A" in "A, B and C" gives all three), in text order. */
  conjuncts(i: number): number[] {
    const out: number[] = [];
    const walk = (n: number) => {
      out.push(n);
      // A conjunct with its own preposition ("Hamas, according to Netanyahu") is no co-argument.
      for (const c of this.children(n, 'conj')) if (this.children(c, 'case').length === 0 || this.children(n, 'case').length > 0) walk(c);
    };
    walk(i);
    return out.sort((a, b) => a - b);
  }

  /** True when `node` lies in the subtree of `ancestor`. */
  dominates(ancestor: number, node: number): boolean {
    for (let n = node, steps = 0; n >= 0 && steps < 200; n = this.head(n), steps++) if (n === ancestor) return true;
    return false;
  }
}
