// A finite verb coordinated after an object noun ("rejected the claims and accused X of ...") is the
// clause's second verb, sharing its subject; a participle on the noun ("the attack and killings
// committed by X") stays on the noun. Sentences about other conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import '../../support/syntaxModel';
import { defaultResources } from '../../../src/extract/defaultResources';
import { readSyntax } from '../../../src/extract/documentSyntax';
import { verbConjunctOnObject } from '../../../src/extract/relations/verbConjunctOnObject';
import type { Token } from '../../../src/extract/types';

function repaired(text: string): { tokens: Token[]; arcs: Map<number, { head: number; dep: string }> } {
  const { tokens, sentences } = readSyntax(text, defaultResources());
  const children = (n: number) => tokens.flatMap((t, i) => (t.head === n ? [i] : []));
  return { tokens, arcs: verbConjunctOnObject(tokens, sentences[0]!, children) };
}

describe('a verb coordinated after an object noun', () => {
  it('goes on the first verb when it takes an object of its own', () => {
    // The parse hangs "accused" on "claims" here.
    const { tokens, arcs } = repaired('Ortega dismissed the claims and accused Costa Rica of lying.');
    const accused = tokens.findIndex((t) => t.norm === 'accused');
    expect(tokens[accused]!.head).toBe(tokens.findIndex((t) => t.norm === 'claims'));
    expect(arcs.get(accused)).toEqual({ head: tokens.findIndex((t) => t.norm === 'dismissed'), dep: 'conj' });
  });

  it('leaves a participle without an object on its noun', () => {
    const { tokens, arcs } = repaired('Kenya condemned the attack and killings committed by the militants.');
    expect(arcs.has(tokens.findIndex((t) => t.norm === 'committed'))).toBe(false);
  });
});
