// One sentence's dependency tree as the parser wrote it onto the tokens (head, dep), with each
// node's dependents indexed, so frames can ask "the nsubj of this verb" or "the case of this noun".
// Labels the scheme cannot give where the parser put them are read as what the arc must be.
import type { Sentence, Token } from '../types';
import { ROLE_FRAMES } from './roleFrames';

const NOMINAL_POS = new Set(['NOUN', 'PROPN', 'PRON']);
const POSSESSIVE_MARKS = new Set(["'s", "'", '’s', '’']);

/**
 * The label an arc must have where the parser's cannot be right: a passive agent without "by"
 * ("rebels freed Omar Haddad" read as "rebels freed by Omar Haddad") and a nominal in apposition
 * to a verb after it ("Cuba freed Alan Gross" with the name hung on the verb) are the verb's object;
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
  if (t.dep === 'obl:agent' && !byAgent(i)) return 'obj';
  if (t.dep === 'appos' && tokens[h]!.pos === 'VERB') return 'obj';
  return undefined;
}

/** "helping build Syria a reactor" read with the bare verb as an object: a verb right after its head with no subject, marker or auxiliary is its open complement. */
function bareVerbObject(tokens: readonly Token[], i: number, dependentsOf: (n: number) => readonly number[]): boolean {
  const t = tokens[i]!;
  const h = t.head ?? -1;
  if (t.dep !== 'obj' || t.pos !== 'VERB' || h !== i - 1 || tokens[h]!.pos !== 'VERB') return false;
  return !dependentsOf(i).some((c) => ['nsubj', 'nsubj:pass', 'mark', 'aux', 'aux:pass'].includes(tokens[c]!.dep ?? ''));
}

/**
 * "continue to hold the opposition leader, Bobi Wine" read with the name after the comma as a bare
 * attachment of the verb: it is in apposition to the object that ends right before the comma.
 */
function nameAfterObject(tokens: readonly Token[], sentence: Sentence, dependentsOf: (n: number) => readonly number[]): Map<number, Rewired> {
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

/** An arc as the tree reads it where the parser's cannot be right: its head and label. */
interface Rewired {
  head: number;
  dep: string;
}

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

const CLAUSE_VERB_DEPS = new Set(['advcl', 'xcomp', 'ccomp']);

/**
 * "The announcement came as Cuba released Alan Gross" read with "as Cuba" as an attachment of the
 * main verb and "released" as a subjectless clause right after it: the name is that clause's subject
 * and the preposition opens the clause.
 */
function subjectAfterOpener(tokens: readonly Token[], sentence: Sentence, dependentsOf: (n: number) => readonly number[]): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  const under = (node: number, top: number) => {
    for (let n = node, steps = 0; n >= 0 && steps < 20; n = tokens[n]!.head ?? -1, steps++) if (n === top) return true;
    return false;
  };
  for (let n = sentence.firstToken; n < sentence.endToken; n++) {
    const t = tokens[n]!;
    const h = t.head ?? -1;
    if (t.dep !== 'obl' || t.pos !== 'PROPN' || h < 0 || h > n) continue;
    const opener = dependentsOf(n).find((k) => k < n && tokens[k]!.dep === 'case' && (tokens[k]!.norm === 'as' || ROLE_FRAMES.clauseOpeningPrepositions.has(tokens[k]!.norm)));
    if (opener === undefined) continue;
    let v = n + 1;
    while (v < sentence.endToken && under(v, n)) v++;
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
function relativeObjectClause(tokens: readonly Token[], sentence: Sentence, dependentsOf: (n: number) => readonly number[]): Map<number, Rewired> {
  const out = new Map<number, Rewired>();
  for (let v = sentence.firstToken + 2; v < sentence.endToken; v++) {
    const t = tokens[v]!;
    const h = t.head ?? -1;
    if (t.pos !== 'VERB' || h < 0 || h > v || dependentsOf(v).some((c) => tokens[c]!.dep === 'nsubj' && tokens[c]!.pos !== 'PRON')) continue;
    const name = v - 1;
    const rel = v - 2;
    if (tokens[name]!.pos !== 'PROPN' || tokens[name]!.head !== v || tokens[name]!.dep !== 'compound') continue;
    if (!ROLE_FRAMES.relativePronouns.has(tokens[rel]!.norm) || tokens[rel]!.head !== v || rel <= h) continue;
    out.set(name, { head: v, dep: 'nsubj' }).set(rel, { head: v, dep: 'obj' }).set(v, { head: h, dep: 'acl:relcl' });
  }
  return out;
}

export class DependencyTree {
  private readonly dependents: number[][];
  private readonly repaired = new Map<number, string>();
  private readonly rewired: Map<number, Rewired>;

  private constructor(
    readonly tokens: readonly Token[],
    readonly sentence: Sentence,
  ) {
    const index = (head: (i: number) => number) => {
      const table: number[][] = Array.from({ length: sentence.endToken - sentence.firstToken }, () => []);
      for (let i = sentence.firstToken; i < sentence.endToken; i++) if (head(i) >= 0) table[head(i) - sentence.firstToken]!.push(i);
      return table;
    };
    const parsed = index((i) => tokens[i]!.head!);
    const parsedDependents = (n: number) => parsed[n - sentence.firstToken] ?? [];
    this.rewired = new Map([
      ...subjectAfterOpener(tokens, sentence, parsedDependents),
      ...relativeObjectClause(tokens, sentence, parsedDependents),
      ...nameAfterObject(tokens, sentence, parsedDependents),
      ...clauseAfterObject(tokens, sentence, parsedDependents),
    ]);
    this.dependents = this.rewired.size > 0 ? index((i) => this.head(i)) : parsed;
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const label = this.rewired.get(i)?.dep ?? schemeLabel(tokens, i, parsedDependents) ?? (bareVerbObject(tokens, i, parsedDependents) ? 'xcomp' : undefined);
      if (label) this.repaired.set(i, label);
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
    return this.rewired?.get(i)?.head ?? this.tokens[i]!.head ?? -1;
  }

  /** The full relation ("nsubj:pass"), as the scheme allows it where the parser's label cannot be right. */
  dep(i: number): string {
    return this.repaired.get(i) ?? this.tokens[i]!.dep ?? '';
  }

  /** The relation without its subtype ("nsubj" for "nsubj:pass"). */
  baseDep(i: number): string {
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
    return all.filter((c) => deps.includes(this.dep(c)) || deps.includes(this.baseDep(c)));
  }

  /** The case marker of a nominal ("on" in "on Iran"; "according to" as two words), lower-cased. */
  caseOf(i: number): string | undefined {
    // "by Somali militants" with "by" hung on the modifier "Somali": the preposition still opens the phrase.
    const borrowed = this.children(i, 'compound', 'amod')
      .filter((c) => c < i)
      .flatMap((n) => this.children(n, 'case', 'mark'))
      .filter((c) => c < i && !POSSESSIVE_MARKS.has(this.tokens[c]!.norm));
    const marks = [...this.children(i, 'case', 'mark').filter((c) => c < i), ...borrowed].sort((a, b) => a - b);
    if (marks.length === 0) return undefined;
    return marks.map((c) => this.tokens[c]!.norm).join(' ');
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
