// One sentence's dependency tree as the parser wrote it onto the tokens (head, dep), with each
// node's dependents indexed, so frames can ask "the nsubj of this verb" or "the case of this noun".
// Labels the scheme cannot give where the parser put them are read as what the arc must be.
import type { Sentence, Token } from '../types';

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

export class DependencyTree {
  private readonly dependents: number[][];
  private readonly repaired = new Map<number, string>();

  private constructor(
    readonly tokens: readonly Token[],
    readonly sentence: Sentence,
  ) {
    this.dependents = Array.from({ length: sentence.endToken - sentence.firstToken }, () => []);
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const h = tokens[i]!.head!;
      if (h >= 0) this.dependents[h - sentence.firstToken]!.push(i);
    }
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const label = schemeLabel(tokens, i, (n) => this.dependents[n - sentence.firstToken] ?? []);
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
    return this.tokens[i]!.head ?? -1;
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
