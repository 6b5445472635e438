// Demonyms written right before a stand-in noun name whose forces they are, even where the parser
// hung them elsewhere ("where French and Malian forces retook ..." with "French" read as a conjunct of
// the place before). The tree here is written by hand to hold that misparse.
import { describe, expect, it } from 'vitest';
import { SentenceMentions } from '../../../src/extract/relations/argumentMentions';
import { DependencyTree } from '../../../src/extract/relations/dependencyTree';
import { tokenize } from '../../../src/extract/tokenize';
import type { Mention } from '../../../src/extract/types';

/** "Gao , where Kenyan and Somali forces retook control ." with the demonyms hung on "Gao". */
function misparsed(): { mentions: SentenceMentions; forces: number } {
  const { tokens, sentences } = tokenize('Gao, where Kenyan and Somali forces retook control.');
  const arcs: [number, string][] = [[-1, 'root'], [0, 'punct'], [7, 'advmod'], [0, 'conj'], [5, 'cc'], [3, 'conj'], [7, 'nsubj'], [0, 'conj'], [7, 'obj'], [0, 'punct']];
  arcs.forEach(([head, dep], i) => Object.assign(tokens[i]!, { head, dep }));
  const demonym = (actorId: string, at: number): Mention => ({ actorId, form: 'demonym', tokenStart: at, tokenEnd: at + 1, sentence: 0, surface: tokens[at]!.text });
  const tree = DependencyTree.of(tokens, sentences[0]!)!;
  return { mentions: new SentenceMentions(tree, [demonym('kenya', 3), demonym('somalia', 5)]), forces: 6 };
}

describe('demonyms right before a stand-in noun', () => {
  it('"Kenyan and Somali forces" with both demonyms hung elsewhere still stands for Kenya and Somalia', () => {
    const { mentions, forces } = misparsed();
    expect(mentions.group(forces).map((m) => m.actorId)).toEqual(['kenya', 'somalia']);
  });
});
