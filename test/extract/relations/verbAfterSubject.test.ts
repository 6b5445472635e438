// A verb the parser hung as a modifier on the noun after it, with no verb heading the sentence
// ("Ethiopian troops shelled Eritrean positions" read as one noun phrase), heads the sentence again:
// the noun before it is its subject, the noun it modified its object.
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../../src/extract/defaultResources';
import { DependencyTree } from '../../../src/extract/relations/dependencyTree';
import { attachTrees } from '../../../src/extract/syntax/sentenceTrees';
import { tokenize } from '../../../src/extract/tokenize';
import { documentTriples } from '../../support/extractText';

function arcs(text: string): { tree: DependencyTree; at: (word: string) => number } {
  const { tokens, sentences } = tokenize(text);
  attachTrees(defaultResources().syntax!, tokens, sentences, () => true);
  const tree = DependencyTree.of(tokens, sentences[0]!)!;
  return { tree, at: (word) => tokens.findIndex((t) => t.text === word) };
}

describe('a verb read as a modifier of its object', () => {
  it('"Sudanese warplanes bombed rebel positions": the verb heads the sentence with subject and object', () => {
    const { tree, at } = arcs('Sudanese warplanes bombed rebel positions in Darfur.');
    expect(tree.head(at('bombed'))).toBe(-1);
    expect(tree.head(at('warplanes'))).toBe(at('bombed'));
    expect(tree.dep(at('warplanes'))).toBe('nsubj');
    expect(tree.dep(at('positions'))).toBe('obj');
  });

  it('"Ethiopian forces seized control of the town from Eritrean troops": the taken-from party is the target', () => {
    expect(documentTriples('Ethiopian forces seized control of the town from Eritrean troops.')).toEqual(['ethiopia -force-> eritrea']);
  });

  it('a sentence with a verb of its own is left as parsed ("the wounded soldiers")', () => {
    const { tree, at } = arcs('Kenyan officials visited the wounded soldiers in Nairobi.');
    expect(tree.head(at('visited'))).toBe(-1);
    expect(tree.head(at('wounded'))).toBe(at('soldiers'));
  });
});

describe('a verb read as a preposition', () => {
  it('"Islamic State fighters overran the Syrian town of Palmyra"', () => {
    expect(documentTriples('Islamic State fighters overran the Syrian town of Palmyra.')).toEqual(['islamic-state -force-> syria']);
  });
});
