// One sentence's dependency tree as the parser wrote it onto the tokens (head, dep), with each
// node's dependents indexed, so frames can ask "the nsubj of this verb" or "the case of this noun".
import type { Sentence, Token } from '../types';

export class DependencyTree {
  private readonly dependents: number[][];

  private constructor(
    readonly tokens: readonly Token[],
    readonly sentence: Sentence,
  ) {
    this.dependents = Array.from({ length: sentence.endToken - sentence.firstToken }, () => []);
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const h = tokens[i]!.head!;
      if (h >= 0) this.dependents[h - sentence.firstToken]!.push(i);
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

  /** The full relation ("nsubj:pass"). */
  dep(i: number): string {
    return this.tokens[i]!.dep ?? '';
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
    const marks = this.children(i, 'case', 'mark').filter((c) => c < i);
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
