// findCues may be handed the sentence's tree built beforehand: the weapon and transfer cues read it
// instead of building their own, and find the same cues. Sentences about other conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../src/extract/defaultResources';
import { readSyntax } from '../../src/extract/documentSyntax';
import { findCues } from '../../src/extract/findCues';
import { DependencyTree } from '../../src/extract/relations/dependencyTree';

const res = defaultResources();

function cuesBothWays(body: string) {
  const { tokens, sentences } = readSyntax(body, res);
  const sentence = sentences[0]!;
  const own = findCues(tokens, sentence, [], res.ontology);
  const tree = DependencyTree.of(tokens, sentence);
  return { own, handed: findCues(tokens, sentence, [], res.ontology, tree), tree };
}

describe('findCues with the sentence tree handed in', () => {
  it('finds the same weapon cue: "Eritrean troops fired mortar shells at Tigrayan towns"', () => {
    const { own, handed, tree } = cuesBothWays('Eritrean troops fired mortar shells at Tigrayan towns.');
    expect(tree).not.toBeNull();
    expect(handed).toEqual(own);
    expect(handed.some((c) => c.relation === 'force')).toBe(true);
  });

  it('finds the same transfer cue: "Norway shipped medical supplies to Sudan"', () => {
    const { own, handed } = cuesBothWays('Norway shipped medical supplies to Sudan on Friday.');
    expect(handed).toEqual(own);
  });

  it('a tree handed in as null (no parse) is not built again: no weapon cue, which needs one', () => {
    const { tokens, sentences } = readSyntax('Chad fired rockets at Libyan positions.', res);
    const sentence = sentences[0]!;
    const handed = findCues(tokens, sentence, [], res.ontology, null);
    expect(handed.some((c) => c.relation === 'force' && tokens[c.tokenStart]!.lemma === 'fire')).toBe(false);
  });
});
