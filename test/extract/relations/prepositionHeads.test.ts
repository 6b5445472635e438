// Misparses around titled names, with the trees written by hand to hold them: a preposition the
// parser made the head of its names ("meets with German Chancellor ...") still introduces them and
// every name coordinated in its phrase; a lone demonym read as a subject of its own ("Kenyan
// President William Ruto ... meets") modifies the title after it.
import { describe, expect, it } from 'vitest';
import { SentenceMentions } from '../../../src/extract/relations/argumentMentions';
import { DependencyTree } from '../../../src/extract/relations/dependencyTree';
import { prepositionObjects } from '../../../src/extract/relations/prepositionHeads';
import { splitNameSubject } from '../../../src/extract/relations/splitNameSubject';
import { tokenize } from '../../../src/extract/tokenize';
import type { Mention } from '../../../src/extract/types';
import { documentTriples } from '../../support/extractText';

function withArcs(text: string, arcs: [number, string][]) {
  const { tokens, sentences } = tokenize(text);
  arcs.forEach(([head, dep], i) => Object.assign(tokens[i]!, { head, dep }));
  const name = (actorId: string, start: number, end: number): Mention => ({ actorId, form: 'name', tokenStart: start, tokenEnd: end, sentence: 0, surface: actorId });
  return { tokens, sentence: sentences[0]!, name };
}

describe('a preposition heading its phrase', () => {
  // "Ruto meets with German Chancellor Olaf Scholz , left , and French President Emmanuel Macron in Nairobi ."
  const { tokens, sentence, name } = withArcs('Ruto meets with German Chancellor Olaf Scholz, left, and French President Emmanuel Macron in Nairobi.', [
    [1, 'nsubj'], [-1, 'root'], [1, 'obl'], [4, 'amod'], [2, 'goeswith'], [4, 'flat'], [4, 'flat'], [8, 'punct'], [4, 'appos'],
    [14, 'punct'], [14, 'cc'], [12, 'amod'], [13, 'nmod:desc'], [14, 'compound'], [4, 'conj'], [16, 'case'], [4, 'nmod'], [1, 'punct'],
  ]);
  const tree = DependencyTree.of(tokens, sentence)!;
  const mentions = new SentenceMentions(tree, [name('william-ruto', 0, 1), name('olaf-scholz', 5, 7), name('emmanuel-macron', 13, 15), name('kenya', 16, 17)]);

  it('gives every name of its phrase, coordinated ones too', () => {
    expect(prepositionObjects(tree, mentions, 2).map((m) => m.actorId)).toEqual(['olaf-scholz', 'emmanuel-macron']);
  });

  it('leaves out a phrase opened by a preposition of its own inside it ("in Nairobi")', () => {
    expect(prepositionObjects(tree, mentions, 2).map((m) => m.actorId)).not.toContain('kenya');
  });
});

describe('a lone demonym read as a subject of its own', () => {
  // "Kenyan President William Ruto , center , meets Abiy Ahmed ." with "Kenyan" and "William" both subjects.
  const { tokens, sentence } = withArcs('Kenyan President William Ruto, center, meets Abiy Ahmed.', [
    [7, 'nsubj'], [2, 'nmod:desc'], [7, 'nsubj'], [2, 'flat'], [5, 'punct'], [2, 'appos'], [7, 'punct'], [-1, 'root'], [7, 'obj'], [8, 'flat'], [7, 'punct'],
  ]);
  const dependentsOf = (n: number) => tokens.flatMap((t, i) => (t.head === n ? [i] : []));

  it('modifies the title after it', () => {
    expect(splitNameSubject(tokens, sentence, dependentsOf).get(0)).toEqual({ head: 1, dep: 'amod' });
  });
});

describe('"each other" under a preposition the parser made a head', () => {
  it('"A and B imposed tariffs on each other" goes both ways', () => {
    expect(documentTriples('Kenya and Tanzania imposed tariffs on each other.')).toEqual(['kenya -sanction-> tanzania', 'tanzania -sanction-> kenya']);
  });
});
